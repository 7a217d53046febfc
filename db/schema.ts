// Every table of Parley. Tables only: client forms import the Zod schemas derived from this
// file, so it must never import a connection or anything server-only.
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  AFFILIATION_KINDS,
  ATTRIBUTIONS,
  CLAIM_KINDS,
  COMMITMENT_STATUSES,
  CONFIDENCES,
  DURATION_BOUNDS,
  EVENT_KINDS,
  EVENT_RELATION_TYPES,
  EVENT_STATUSES,
  PARTY_KINDS,
  PARTY_ROLES,
  PERSON_ROLES,
  POINT_ALIGNMENTS,
  PRECISIONS,
  RELIABILITIES,
  REVISION_ACTIONS,
  REVISION_ENTITY_TYPES,
  SESSION_OUTCOME_KINDS,
  SOURCE_KINDS,
  USER_ROLES,
} from './enums';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Columns every analyst-editable record carries: optimistic version, clocks and tombstone. */
const editable = {
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
  deletedAt: text('deleted_at'),
};

export const parties = sqliteTable(
  'parties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind', { enum: PARTY_KINDS }).notNull(),
    countryCode: text('country_code'),
    /** Other names readers and reporters use: "Moscow", "the Kremlin". JSON array of strings. */
    aliases: text('aliases', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    description: text('description').notNull().default(''),
    ...editable,
  },
  (t) => [uniqueIndex('parties_slug_unique').on(t.slug)],
);
export type Party = typeof parties.$inferSelect;
export type NewParty = typeof parties.$inferInsert;

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    sortName: text('sort_name').notNull(),
    aliases: text('aliases', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    description: text('description').notNull().default(''),
    ...editable,
  },
  (t) => [uniqueIndex('people_slug_unique').on(t.slug), index('people_sort_name_idx').on(t.sortName)],
);
export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;

/** A title a person held in a party over a span of days; open ends are null. */
export const affiliations = sqliteTable(
  'affiliations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    title: text('title').notNull(),
    kind: text('kind', { enum: AFFILIATION_KINDS }).notNull(),
    /** Calendar dates (YYYY-MM-DD): a title is held from a day, never from an instant. */
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
    ...editable,
  },
  (t) => [
    index('affiliations_person_idx').on(t.personId, t.validFrom),
    index('affiliations_party_idx').on(t.partyId),
    check(
      'affiliations_span_ordered',
      sql`${t.validTo} IS NULL OR ${t.validFrom} IS NULL OR ${t.validFrom} <= ${t.validTo}`,
    ),
  ],
);
export type Affiliation = typeof affiliations.$inferSelect;
export type NewAffiliation = typeof affiliations.$inferInsert;

export const topics = sqliteTable(
  'topics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ...editable,
  },
  (t) => [uniqueIndex('topics_slug_unique').on(t.slug)],
);
export type Topic = typeof topics.$inferSelect;
export type NewTopic = typeof topics.$inferInsert;

export const locations = sqliteTable(
  'locations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    city: text('city'),
    country: text('country').notNull(),
    countryCode: text('country_code').notNull(),
    /** The country as a party (of kind state), so that it links to the party rather than being retyped text. */
    countryPartyId: integer('country_party_id').references(() => parties.id),
    timeZone: text('time_zone').notNull(),
    latitude: real('latitude'),
    longitude: real('longitude'),
    /** Other names a source uses for the place ("the Saudi capital", "Kiev"). JSON array of strings. */
    aliases: text('aliases', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    ...editable,
  },
  (t) => [uniqueIndex('locations_slug_unique').on(t.slug)],
);
export type Location = typeof locations.$inferSelect;
export type NewLocation = typeof locations.$inferInsert;

/**
 * Something that happened, is scheduled, or was agreed. Instants are ISO 8601 UTC strings of a
 * fixed width so that text order is time order; `startsAt` is the lower bound of what the
 * source supports and `startsUpper` the upper bound implied by the precision.
 */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    startsAt: text('starts_at').notNull(),
    startsUpper: text('starts_upper').notNull(),
    endsAt: text('ends_at'),
    timeZone: text('time_zone').notNull(),
    precision: text('precision', { enum: PRECISIONS }).notNull(),
    /**
     * The first and last calendar day (YYYY-MM-DD, inclusive) the event covers in its own zone
     * (db/calendar.ts localSpan), written with every change so a date filter is a plain text
     * comparison. '' only in rows written before these columns existed, until opening the
     * database fills them in (db/local-days.ts).
     */
    localStartDay: text('local_start_day').notNull().default(''),
    localEndDay: text('local_end_day').notNull().default(''),
    approximate: integer('approximate', { mode: 'boolean' }).notNull().default(false),
    endApproximate: integer('end_approximate', { mode: 'boolean' }).notNull().default(false),
    /**
     * How long it lasted when the source says so but gives no end ("talks lasted under two
     * hours", start known only to the day); null with an end, which already says it.
     */
    durationMinutes: integer('duration_minutes'),
    durationBound: text('duration_bound', { enum: DURATION_BOUNDS }).notNull().default('exact'),
    status: text('status', { enum: EVENT_STATUSES }).notNull(),
    locationId: integer('location_id').references(() => locations.id),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    ...editable,
  },
  (t) => [
    uniqueIndex('events_slug_unique').on(t.slug),
    index('events_time_idx').on(t.deletedAt, t.startsAt, t.id),
    index('events_kind_time_idx').on(t.kind, t.startsAt, t.id),
    index('events_location_idx').on(t.locationId),
    index('events_local_start_day_idx').on(t.localStartDay),
    // Covers what the timeline counts over every live event (db/queries/event-facets.ts): the
    // total, the kinds, the extent and the histogram's spans, read from this narrow index
    // instead of the wide rows; without it a cold count of 100,000 events takes seconds.
    index('events_facets_idx').on(t.deletedAt, t.localStartDay, t.localEndDay, t.kind),
    check('events_end_after_start', sql`${t.endsAt} IS NULL OR ${t.endsAt} >= ${t.startsAt}`),
  ],
);
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;

/** Status is a history: each change has a date, who claims it, and (through citations) a source. */
export const eventStatusChanges = sqliteTable(
  'event_status_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
    status: text('status', { enum: EVENT_STATUSES }).notNull(),
    effectiveAt: text('effective_at').notNull(),
    precision: text('precision', { enum: PRECISIONS }).notNull(),
    /** The party whose account this is, where the parties disagree; null when uncontested. */
    claimedByPartyId: integer('claimed_by_party_id').references(() => parties.id),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('event_status_changes_event_idx').on(t.eventId, t.effectiveAt)],
);
export type EventStatusChange = typeof eventStatusChanges.$inferSelect;
export type NewEventStatusChange = typeof eventStatusChanges.$inferInsert;

export const eventParties = sqliteTable(
  'event_parties',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    role: text('role', { enum: PARTY_ROLES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.partyId, t.role] }),
    index('event_parties_party_idx').on(t.partyId, t.eventId),
  ],
);
export type EventParty = typeof eventParties.$inferSelect;

export const eventPeople = sqliteTable(
  'event_people',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    role: text('role', { enum: PERSON_ROLES }).notNull(),
    /** The party the person acted for at this event, when it is not obvious from affiliations. */
    onBehalfOfPartyId: integer('on_behalf_of_party_id').references(() => parties.id),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.personId, t.role] }),
    index('event_people_person_idx').on(t.personId, t.eventId),
  ],
);
export type EventPerson = typeof eventPeople.$inferSelect;

export const eventTopics = sqliteTable(
  'event_topics',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.topicId] }), index('event_topics_topic_idx').on(t.topicId, t.eventId)],
);
export type EventTopic = typeof eventTopics.$inferSelect;

/** A directed relation: `from` follows / is part of / responds to / implements / violates `to`. */
export const eventRelations = sqliteTable(
  'event_relations',
  {
    fromEventId: integer('from_event_id')
      .notNull()
      .references(() => events.id),
    toEventId: integer('to_event_id')
      .notNull()
      .references(() => events.id),
    type: text('type', { enum: EVENT_RELATION_TYPES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.fromEventId, t.toEventId, t.type] }),
    index('event_relations_to_idx').on(t.toEventId),
    check('event_relations_not_self', sql`${t.fromEventId} <> ${t.toEventId}`),
  ],
);
export type EventRelation = typeof eventRelations.$inferSelect;

export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    publisher: text('publisher').notNull(),
    url: text('url'),
    /** Calendar date of publication (YYYY-MM-DD): the "reported" clock. */
    publishedOn: text('published_on'),
    /** How reliable the publisher or speaker is, independent of any one claim. */
    reliability: text('reliability', { enum: RELIABILITIES }).notNull().default('usually_reliable'),
    kind: text('kind', { enum: SOURCE_KINDS }).notNull().default('report'),
    /** For readouts and statements: the party whose own account this is. */
    partyId: integer('party_id').references(() => parties.id),
    /** The source's own words where an analyst has entered them: claims quote from this text. */
    text: text('text').notNull().default(''),
    ...editable,
  },
  (t) => [uniqueIndex('sources_slug_unique').on(t.slug), index('sources_party_idx').on(t.partyId)],
);
export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;

export const sourceAuthors = sqliteTable(
  'source_authors',
  {
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.position] })],
);
export type SourceAuthor = typeof sourceAuthors.$inferSelect;

/** Where a source was republished: the seed article is the Times' text in the Spokesman-Review. */
export const sourceSyndications = sqliteTable(
  'source_syndications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    publisher: text('publisher').notNull(),
    url: text('url'),
    publishedOn: text('published_on'),
  },
  (t) => [index('source_syndications_source_idx').on(t.sourceId)],
);
export type SourceSyndication = typeof sourceSyndications.$inferSelect;

/** A stated stance of a party on a topic at a time. */
export const positions = sqliteTable(
  'positions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id),
    /** A few words for the matrix cell: "Ukraine must never join NATO". */
    stance: text('stance').notNull(),
    summary: text('summary').notNull().default(''),
    statedOn: text('stated_on').notNull(),
    statedByPersonId: integer('stated_by_person_id').references(() => people.id),
    ...editable,
  },
  (t) => [index('positions_party_topic_idx').on(t.partyId, t.topicId, t.statedOn)],
);
export type Position = typeof positions.$inferSelect;
export type NewPosition = typeof positions.$inferInsert;

/**
 * The link from one recorded fact to the source that supports it. Exactly one subject column is
 * set; real foreign keys rather than a type/id pair keep the links honest.
 */
export const citations = sqliteTable(
  'citations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    eventId: integer('event_id').references(() => events.id),
    positionId: integer('position_id').references(() => positions.id),
    affiliationId: integer('affiliation_id').references(() => affiliations.id),
    statusChangeId: integer('status_change_id').references(() => eventStatusChanges.id),
    excerpt: text('excerpt').notNull(),
    attribution: text('attribution', { enum: ATTRIBUTIONS }).notNull(),
    attributedPersonId: integer('attributed_person_id').references(() => people.id),
    /** How credible this claim is; the source's own reliability is graded on the source. */
    confidence: text('confidence', { enum: CONFIDENCES }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    index('citations_event_idx').on(t.eventId),
    index('citations_position_idx').on(t.positionId),
    index('citations_affiliation_idx').on(t.affiliationId),
    index('citations_status_change_idx').on(t.statusChangeId),
    index('citations_source_idx').on(t.sourceId),
    index('citations_person_idx').on(t.attributedPersonId),
    check(
      'citations_one_subject',
      sql`(${t.eventId} IS NOT NULL) + (${t.positionId} IS NOT NULL) + (${t.affiliationId} IS NOT NULL) + (${t.statusChangeId} IS NOT NULL) = 1`,
    ),
  ],
);
export type Citation = typeof citations.$inferSelect;
export type NewCitation = typeof citations.$inferInsert;

/**
 * One attributed assertion: what a party (through a person, where known) says in a source about
 * a session, in its exact words. The quote is a W3C TextQuoteSelector (exact text with a little
 * before and after) so it can be found again in the source's text.
 */
export const claims = sqliteTable(
  'claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
    personId: integer('person_id').references(() => people.id),
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id),
    kind: text('kind', { enum: CLAIM_KINDS }).notNull(),
    quoteExact: text('quote_exact').notNull(),
    quotePrefix: text('quote_prefix').notNull().default(''),
    quoteSuffix: text('quote_suffix').notNull().default(''),
    paraphrase: text('paraphrase').notNull().default(''),
    attribution: text('attribution', { enum: ATTRIBUTIONS }).notNull(),
    confidence: text('confidence', { enum: CONFIDENCES }).notNull(),
    ...editable,
  },
  (t) => [
    uniqueIndex('claims_slug_unique').on(t.slug),
    index('claims_event_idx').on(t.eventId, t.id),
    index('claims_party_idx').on(t.partyId),
    index('claims_person_idx').on(t.personId),
    index('claims_source_idx').on(t.sourceId),
  ],
);
export type Claim = typeof claims.$inferSelect;
export type NewClaim = typeof claims.$inferInsert;

export const claimTopics = sqliteTable(
  'claim_topics',
  {
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.topicId] }), index('claim_topics_topic_idx').on(t.topicId, t.claimId)],
);

/** The matter of a session several parties' claims speak to, and how their accounts align. */
export const points = sqliteTable(
  'points',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
    label: text('label').notNull(),
    alignment: text('alignment', { enum: POINT_ALIGNMENTS }).notNull(),
    note: text('note').notNull().default(''),
    ...editable,
  },
  (t) => [uniqueIndex('points_slug_unique').on(t.slug), index('points_event_idx').on(t.eventId, t.id)],
);
export type Point = typeof points.$inferSelect;
export type NewPoint = typeof points.$inferInsert;

export const pointTopics = sqliteTable(
  'point_topics',
  {
    pointId: integer('point_id')
      .notNull()
      .references(() => points.id),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id),
  },
  (t) => [primaryKey({ columns: [t.pointId, t.topicId] }), index('point_topics_topic_idx').on(t.topicId)],
);

/** Which claims a point groups; a claim may speak to several points of its session. */
export const pointClaims = sqliteTable(
  'point_claims',
  {
    pointId: integer('point_id')
      .notNull()
      .references(() => points.id),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pointId, t.claimId] }), index('point_claims_claim_idx').on(t.claimId)],
);

/**
 * What parties undertook at a session or in an agreement, and by when. The deadline is an
 * instant (a duration from the start is turned into one by the write, in the venue's zone), so
 * that "overdue" turns at the same moment for every reader; `status` is the latest reported
 * status of its history, kept by the writes.
 */
export const commitments = sqliteTable(
  'commitments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    text: text('text').notNull(),
    /** Where the commitment is a number: 1000 with unit "prisoners". */
    quantity: real('quantity'),
    unit: text('unit'),
    /** The session or agreement it came from. */
    eventId: integer('event_id').references(() => events.id),
    startsAt: text('starts_at'),
    deadlineAt: text('deadline_at'),
    /** "A 30-day moratorium": kept as said, with the deadline it gives from the start. */
    durationDays: integer('duration_days'),
    /** The venue's zone, in which the start, a duration and the deadline are read. */
    timeZone: text('time_zone').notNull(),
    status: text('status', { enum: COMMITMENT_STATUSES }).notNull().default('proposed'),
    ...editable,
  },
  (t) => [
    uniqueIndex('commitments_slug_unique').on(t.slug),
    index('commitments_deadline_idx').on(t.deletedAt, t.deadlineAt, t.id),
    index('commitments_event_idx').on(t.eventId),
    check(
      'commitments_deadline_after_start',
      sql`${t.deadlineAt} IS NULL OR ${t.startsAt} IS NULL OR ${t.deadlineAt} >= ${t.startsAt}`,
    ),
  ],
);
export type Commitment = typeof commitments.$inferSelect;
export type NewCommitment = typeof commitments.$inferInsert;

export const commitmentParties = sqliteTable(
  'commitment_parties',
  {
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    partyId: integer('party_id')
      .notNull()
      .references(() => parties.id),
  },
  (t) => [
    primaryKey({ columns: [t.commitmentId, t.partyId] }),
    index('commitment_parties_party_idx').on(t.partyId, t.commitmentId),
  ],
);

export const commitmentTopics = sqliteTable(
  'commitment_topics',
  {
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id),
  },
  (t) => [
    primaryKey({ columns: [t.commitmentId, t.topicId] }),
    index('commitment_topics_topic_idx').on(t.topicId, t.commitmentId),
  ],
);

/** The terms as each party worded them; a condition one side attaches is one of its `demand` claims. */
export const commitmentClaims = sqliteTable(
  'commitment_claims',
  {
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.commitmentId, t.claimId] }), index('commitment_claims_claim_idx').on(t.claimId)],
);

/**
 * A commitment's status history, each change dated and sourced. `claimedByPartyId` null is the
 * reported status; a party is that party's own claim (each side accusing the other of breaking
 * a truce), shown beside the reported one.
 */
export const commitmentStatusChanges = sqliteTable(
  'commitment_status_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    commitmentId: integer('commitment_id')
      .notNull()
      .references(() => commitments.id),
    status: text('status', { enum: COMMITMENT_STATUSES }).notNull(),
    at: text('at').notNull(),
    claimedByPartyId: integer('claimed_by_party_id').references(() => parties.id),
    sourceId: integer('source_id').references(() => sources.id),
    /** The source's words for this change. */
    excerpt: text('excerpt').notNull().default(''),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    index('commitment_status_changes_commitment_idx').on(t.commitmentId, t.at),
    index('commitment_status_changes_at_idx').on(t.at),
  ],
);
export type CommitmentStatusChange = typeof commitmentStatusChanges.$inferSelect;

/**
 * What a session ended with besides commitments: "no agreement announced", or "talks to
 * continue" with the scheduled follow-up session. One of each kind per session.
 */
export const sessionOutcomes = sqliteTable(
  'session_outcomes',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
    kind: text('kind', { enum: SESSION_OUTCOME_KINDS }).notNull(),
    followUpEventId: integer('follow_up_event_id').references(() => events.id),
    note: text('note').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.kind] }), index('session_outcomes_follow_up_idx').on(t.followUpEventId)],
);
export type SessionOutcome = typeof sessionOutcomes.$inferSelect;

/**
 * What an event was between two instants: one row per state, valid from `validFrom` (inclusive)
 * until `validTo` (exclusive; null while it is the current state). A deleted event has no row
 * covering the time it was deleted. Written by db/queries/event-history.ts in the transaction of
 * each write; `dto` is the event exactly as GET /api/events answered then (null only in rows the
 * backfill built from revision snapshots, read through `revisionId`). The other columns are the
 * ones the timeline's filters and order need, so an `asOf` read filters without parsing JSON.
 */
export const eventHistory = sqliteTable(
  'event_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id').notNull(),
    /** The revision that made this state; no foreign key, like the log itself. */
    revisionId: integer('revision_id'),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    startsAt: text('starts_at').notNull(),
    startsUpper: text('starts_upper').notNull(),
    localStartDay: text('local_start_day').notNull(),
    localEndDay: text('local_end_day').notNull(),
    locationId: integer('location_id'),
    dto: text('dto', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [
    // Walked in time order by asOf reads: it holds every column their conditions test, so the
    // wide rows (with their `dto`) are read only for the page's own states.
    index('event_history_time_idx').on(
      ...[t.startsAt, t.eventId, t.validFrom, t.validTo, t.kind, t.localStartDay, t.localEndDay, t.startsUpper],
    ),
    index('event_history_event_idx').on(t.eventId, t.validTo),
    index('event_history_valid_from_idx').on(t.validFrom),
  ],
);
export type EventHistory = typeof eventHistory.$inferSelect;

/** The parties, people and topics of one event_history state, for filtering as of then. */
export const eventHistoryParties = sqliteTable(
  'event_history_parties',
  { historyId: integer('history_id').notNull(), partyId: integer('party_id').notNull() },
  (t) => [primaryKey({ columns: [t.historyId, t.partyId] })],
);
export const eventHistoryPeople = sqliteTable(
  'event_history_people',
  { historyId: integer('history_id').notNull(), personId: integer('person_id').notNull() },
  (t) => [primaryKey({ columns: [t.historyId, t.personId] })],
);
export const eventHistoryTopics = sqliteTable(
  'event_history_topics',
  { historyId: integer('history_id').notNull(), topicId: integer('topic_id').notNull() },
  (t) => [primaryKey({ columns: [t.historyId, t.topicId] })],
);

/** What a claim was between two instants, kept as event_history keeps events. */
export const claimHistory = sqliteTable(
  'claim_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id').notNull(),
    revisionId: integer('revision_id'),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    eventId: integer('event_id').notNull(),
    partyId: integer('party_id').notNull(),
    personId: integer('person_id'),
    kind: text('kind', { enum: CLAIM_KINDS }).notNull(),
    /** The quote and paraphrase, for a search as of then. */
    text: text('text').notNull(),
    dto: text('dto', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [
    index('claim_history_claim_idx').on(t.claimId, t.validTo),
    index('claim_history_valid_from_idx').on(t.validFrom),
  ],
);
export type ClaimHistory = typeof claimHistory.$inferSelect;

export const claimHistoryTopics = sqliteTable(
  'claim_history_topics',
  { historyId: integer('history_id').notNull(), topicId: integer('topic_id').notNull() },
  (t) => [primaryKey({ columns: [t.historyId, t.topicId] })],
);

/**
 * What a commitment was between two instants, kept as event_history keeps events: each create,
 * edit and status change (a status change is its own revision) begins a state. The columns are
 * the ones the tracker's filters and order test; `dto` is the commitment as GET answered then.
 */
export const commitmentHistory = sqliteTable(
  'commitment_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    commitmentId: integer('commitment_id').notNull(),
    revisionId: integer('revision_id'),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    eventId: integer('event_id'),
    status: text('status', { enum: COMMITMENT_STATUSES }).notNull(),
    deadlineAt: text('deadline_at'),
    text: text('text').notNull(),
    dto: text('dto', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [
    index('commitment_history_commitment_idx').on(t.commitmentId, t.validTo),
    index('commitment_history_valid_from_idx').on(t.validFrom),
  ],
);
export type CommitmentHistory = typeof commitmentHistory.$inferSelect;

/** The parties and topics of one commitment_history state, for the tracker's filters as of then. */
export const commitmentHistoryParties = sqliteTable(
  'commitment_history_parties',
  { historyId: integer('history_id').notNull(), partyId: integer('party_id').notNull() },
  (t) => [primaryKey({ columns: [t.historyId, t.partyId] })],
);
export const commitmentHistoryTopics = sqliteTable(
  'commitment_history_topics',
  { historyId: integer('history_id').notNull(), topicId: integer('topic_id').notNull() },
  (t) => [primaryKey({ columns: [t.historyId, t.topicId] })],
);

/** Who changed what and when: written in the same transaction as the change itself. */
export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entityType: text('entity_type', { enum: REVISION_ENTITY_TYPES }).notNull(),
    entityId: integer('entity_id').notNull(),
    action: text('action', { enum: REVISION_ACTIONS }).notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name').notNull(),
    /** The API token the change was made with; null for a browser session, the seed or a script. No foreign key: the log outlives the token. */
    tokenId: integer('token_id'),
    at: text('at').notNull().default(now),
    before: text('before', { mode: 'json' }).$type<unknown>(),
    after: text('after', { mode: 'json' }).$type<unknown>(),
    /** The shape of `before` and `after` (SNAPSHOT_VERSION in db/queries/revisions.ts). */
    snapshotVersion: integer('snapshot_version').notNull().default(1),
  },
  (t) => [
    index('revisions_entity_idx').on(t.entityType, t.entityId, t.id),
    // What changed in a window (db/queries/changes.ts) reads the log by time.
    index('revisions_at_idx').on(t.at),
    check(
      'revisions_entity_type_known',
      sql.raw(`entity_type IN (${REVISION_ENTITY_TYPES.map((type) => `'${type}'`).join(', ')})`),
    ),
  ],
);
export type Revision = typeof revisions.$inferSelect;
export type NewRevision = typeof revisions.$inferInsert;

/** Accounts. Column names follow better-auth's model so its Drizzle adapter can use them. */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
    image: text('image'),
    role: text('role', { enum: USER_ROLES }).notNull().default('analyst'),
    banned: integer('banned', { mode: 'boolean' }).notNull().default(false),
    banReason: text('ban_reason'),
    banExpires: integer('ban_expires', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email)],
);
export type User = typeof users.$inferSelect;

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    impersonatedBy: text('impersonated_by'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('sessions_token_unique').on(t.token), index('sessions_user_idx').on(t.userId)],
);
export type Session = typeof sessions.$inferSelect;

export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: integer('access_token_expires_at', { mode: 'timestamp_ms' }),
    refreshTokenExpiresAt: integer('refresh_token_expires_at', { mode: 'timestamp_ms' }),
    scope: text('scope'),
    password: text('password'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('accounts_user_idx').on(t.userId)],
);
export type Account = typeof accounts.$inferSelect;

export const verifications = sqliteTable('verifications', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
});
export type Verification = typeof verifications.$inferSelect;

/** Rate-limit counters live in the database so that a restart does not reset them. */
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    id: text('id').primaryKey(),
    key: text('key').notNull(),
    count: integer('count').notNull(),
    lastRequest: integer('last_request').notNull(),
  },
  (t) => [uniqueIndex('rate_limits_key_unique').on(t.key)],
);
export type RateLimit = typeof rateLimits.$inferSelect;

/** Personal API tokens: only a hash is kept; the token itself is shown once. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdAt: text('created_at').notNull().default(now),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_unique').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);
export type ApiToken = typeof apiTokens.$inferSelect;

export const partiesRelations = relations(parties, ({ many }) => ({
  affiliations: many(affiliations),
  eventParties: many(eventParties),
  positions: many(positions),
}));
export const peopleRelations = relations(people, ({ many }) => ({
  affiliations: many(affiliations),
  eventPeople: many(eventPeople),
}));
export const affiliationsRelations = relations(affiliations, ({ one }) => ({
  person: one(people, { fields: [affiliations.personId], references: [people.id] }),
  party: one(parties, { fields: [affiliations.partyId], references: [parties.id] }),
}));
export const eventsRelations = relations(events, ({ one, many }) => ({
  location: one(locations, { fields: [events.locationId], references: [locations.id] }),
  parties: many(eventParties),
  people: many(eventPeople),
  topics: many(eventTopics),
  citations: many(citations),
  statusChanges: many(eventStatusChanges),
}));
export const eventPartiesRelations = relations(eventParties, ({ one }) => ({
  event: one(events, { fields: [eventParties.eventId], references: [events.id] }),
  party: one(parties, { fields: [eventParties.partyId], references: [parties.id] }),
}));
export const eventPeopleRelations = relations(eventPeople, ({ one }) => ({
  event: one(events, { fields: [eventPeople.eventId], references: [events.id] }),
  person: one(people, { fields: [eventPeople.personId], references: [people.id] }),
}));
export const eventTopicsRelations = relations(eventTopics, ({ one }) => ({
  event: one(events, { fields: [eventTopics.eventId], references: [events.id] }),
  topic: one(topics, { fields: [eventTopics.topicId], references: [topics.id] }),
}));
export const citationsRelations = relations(citations, ({ one }) => ({
  source: one(sources, { fields: [citations.sourceId], references: [sources.id] }),
  event: one(events, { fields: [citations.eventId], references: [events.id] }),
  position: one(positions, { fields: [citations.positionId], references: [positions.id] }),
}));
export const sourcesRelations = relations(sources, ({ many }) => ({
  authors: many(sourceAuthors),
  syndications: many(sourceSyndications),
  citations: many(citations),
}));
export const positionsRelations = relations(positions, ({ one, many }) => ({
  party: one(parties, { fields: [positions.partyId], references: [parties.id] }),
  topic: one(topics, { fields: [positions.topicId], references: [topics.id] }),
  citations: many(citations),
}));
