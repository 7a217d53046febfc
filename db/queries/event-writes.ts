// Writing events: create, update (with its version check), soft delete and restore. Each is one
// IMMEDIATE transaction that writes the record, its join rows, its search entry and a revision.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { writeTransaction, type ParleyDb, type ParleyTx } from '../connection';
import type {
  DurationBound,
  EventKind,
  EventRelationType,
  EventStatus,
  PartyRole,
  PersonRole,
  Precision,
} from '../enums';
import { RecordNotFoundError } from '../errors';
import { localSpan, upperBound } from '../calendar';
import {
  eventParties,
  eventPeople,
  eventRelations,
  events,
  eventStatusChanges,
  eventTopics,
  locations,
  parties,
  people,
  topics,
} from '../schema';
import { slugify } from '../slug';
import { getDb } from '../client';
import {
  citationInputs,
  citationReferences,
  insertCitations,
  removeCitations,
  saveCitations,
  type CitationInput,
} from './citation-writes';
import { getEvent, type EventDetailDTO } from './events';
import {
  freeSlug,
  idForSlug,
  optionalIdForSlug,
  requireReferences,
  type Reference,
  type SluggedTable,
} from './references';
import { writeRevision, type Actor } from './revisions';
import { reindexEvent } from './search-index';
import { deleteVersioned, restoreVersioned, updateVersioned, withKept, type Versioned } from './versioned-writes';

export type StatusChangeInput = {
  /** The stored change this entry edits, as GET answers it; without one it is matched by content. */
  id?: number;
  status: EventStatus;
  effectiveAt: string;
  precision: Precision;
  claimedBy?: string | null;
  note?: string;
  citations?: CitationInput[];
};

/** What a form, the API, the seed and an import all send to create or replace an event. */
export type EventInput = {
  slug?: string;
  kind: EventKind;
  title: string;
  summary?: string;
  startsAt: string;
  endsAt?: string | null;
  timeZone: string;
  precision: Precision;
  approximate?: boolean;
  endApproximate?: boolean;
  /** Without an end: how long it lasted, read through `durationBound` ("under" 120 minutes). */
  durationMinutes?: number | null;
  durationBound?: DurationBound;
  status: EventStatus;
  location?: string | null;
  parties?: { party: string; role: PartyRole }[];
  /** onBehalfOf left undefined on an update keeps the stored one for that person and role. */
  people?: { person: string; role: PersonRole; onBehalfOf?: string | null }[];
  topics?: string[];
  citations?: CitationInput[];
  relations?: { type: EventRelationType; event: string }[];
  statusHistory?: StatusChangeInput[];
};

export type EventSnapshot = Required<Omit<EventInput, 'slug'>> & { slug: string; version: number };

/** The duration as stored: an end already says how long, and a bound without a duration says nothing. */
export function statedDuration(input: Pick<EventInput, 'endsAt' | 'durationMinutes' | 'durationBound'>): {
  durationMinutes: number | null;
  durationBound: DurationBound;
} {
  return input.endsAt || !input.durationMinutes
    ? { durationMinutes: null, durationBound: 'exact' }
    : { durationMinutes: input.durationMinutes, durationBound: input.durationBound ?? 'exact' };
}

function eventColumns(tx: ParleyTx, input: EventInput) {
  const startsAt = new Date(input.startsAt).toISOString();
  const endsAt = input.endsAt ? new Date(input.endsAt).toISOString() : null;
  const { startDay, endDay } = localSpan({ startsAt, endsAt, precision: input.precision, timeZone: input.timeZone });
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary ?? '',
    startsAt,
    startsUpper: upperBound(startsAt, input.precision, input.timeZone),
    endsAt,
    localStartDay: startDay,
    localEndDay: endDay,
    timeZone: input.timeZone,
    precision: input.precision,
    approximate: input.approximate ?? false,
    endApproximate: input.endApproximate ?? false,
    ...statedDuration(input),
    status: input.status,
    locationId: optionalIdForSlug(tx, 'locations', 'location', input.location),
  };
}

/** The join rows with no identity of their own: an edit rewrites them. */
function clearJoins(tx: ParleyTx, eventId: number): void {
  tx.delete(eventParties).where(eq(eventParties.eventId, eventId)).run();
  tx.delete(eventPeople).where(eq(eventPeople.eventId, eventId)).run();
  tx.delete(eventTopics).where(eq(eventTopics.eventId, eventId)).run();
  tx.delete(eventRelations).where(eq(eventRelations.fromEventId, eventId)).run();
}

/** Every record an event's input names, with the field naming it, to check all at once. */
function eventReferences(input: EventInput): Reference[] {
  const optional = (table: SluggedTable, field: string, slug: string | null | undefined): Reference[] =>
    slug ? [{ table, field, slug }] : [];
  return [
    ...optional('locations', 'location', input.location),
    ...(input.parties ?? []).map((p, i) => ({ table: 'parties' as const, field: `parties.${i}.party`, slug: p.party })),
    ...(input.people ?? []).flatMap((p, i) => [
      { table: 'people' as const, field: `people.${i}.person`, slug: p.person },
      ...optional('parties', `people.${i}.onBehalfOf`, p.onBehalfOf),
    ]),
    ...(input.topics ?? []).map((slug, i) => ({ table: 'topics' as const, field: `topics.${i}`, slug })),
    ...citationReferences(input.citations, 'citations'),
    ...(input.relations ?? []).map((r, i) => ({
      table: 'events' as const,
      field: `relations.${i}.event`,
      slug: r.event,
    })),
    ...(input.statusHistory ?? []).flatMap((change, i) => [
      ...optional('parties', `statusHistory.${i}.claimedBy`, change.claimedBy),
      ...citationReferences(change.citations, `statusHistory.${i}.citations`),
    ]),
  ];
}

const slot = sql.placeholder;

function prepareInserts(tx: ParleyTx) {
  return {
    event: tx
      .insert(events)
      .values({
        slug: slot('slug'),
        kind: slot('kind'),
        title: slot('title'),
        summary: slot('summary'),
        startsAt: slot('startsAt'),
        startsUpper: slot('startsUpper'),
        endsAt: slot('endsAt'),
        localStartDay: slot('localStartDay'),
        localEndDay: slot('localEndDay'),
        timeZone: slot('timeZone'),
        precision: slot('precision'),
        approximate: slot('approximate'),
        endApproximate: slot('endApproximate'),
        durationMinutes: slot('durationMinutes'),
        durationBound: slot('durationBound'),
        status: slot('status'),
        locationId: slot('locationId'),
        createdBy: slot('createdBy'),
        updatedBy: slot('updatedBy'),
      })
      .returning({ id: events.id })
      .prepare(),
    party: tx
      .insert(eventParties)
      .values({ eventId: slot('eventId'), partyId: slot('partyId'), role: slot('role') })
      .onConflictDoNothing()
      .prepare(),
    person: tx
      .insert(eventPeople)
      .values({
        eventId: slot('eventId'),
        personId: slot('personId'),
        role: slot('role'),
        onBehalfOfPartyId: slot('onBehalfOfPartyId'),
      })
      .onConflictDoNothing()
      .prepare(),
    topic: tx
      .insert(eventTopics)
      .values({ eventId: slot('eventId'), topicId: slot('topicId') })
      .onConflictDoNothing()
      .prepare(),
    relation: tx
      .insert(eventRelations)
      .values({ fromEventId: slot('fromEventId'), toEventId: slot('toEventId'), type: slot('type') })
      .onConflictDoNothing()
      .prepare(),
  };
}

// Building and preparing each insert again for every event was most of a bulk import's time;
// a transaction prepares them once. Join rows go in one at a time, which ON CONFLICT DO NOTHING
// treats exactly as the rows of one multi-row insert.
const preparedInserts = new WeakMap<ParleyTx, ReturnType<typeof prepareInserts>>();

function inserts(tx: ParleyTx): ReturnType<typeof prepareInserts> {
  let prepared = preparedInserts.get(tx);
  if (!prepared) preparedInserts.set(tx, (prepared = prepareInserts(tx)));
  return prepared;
}

function writeJoins(tx: ParleyTx, eventId: number, input: EventInput): void {
  const insert = inserts(tx);
  const partyRows = (input.parties ?? []).map((p, i) => ({
    eventId,
    partyId: idForSlug(tx, 'parties', `parties.${i}.party`, p.party),
    role: p.role,
  }));
  for (const row of partyRows) insert.party.run(row);
  const personRows = (input.people ?? []).map((p, i) => ({
    eventId,
    personId: idForSlug(tx, 'people', `people.${i}.person`, p.person),
    role: p.role,
    onBehalfOfPartyId: optionalIdForSlug(tx, 'parties', `people.${i}.onBehalfOf`, p.onBehalfOf),
  }));
  for (const row of personRows) insert.person.run(row);
  const topicRows = (input.topics ?? []).map((slug, i) => ({
    eventId,
    topicId: idForSlug(tx, 'topics', `topics.${i}`, slug),
  }));
  for (const row of topicRows) insert.topic.run(row);
  const relationRows = (input.relations ?? []).map((r, i) => ({
    fromEventId: eventId,
    toEventId: idForSlug(tx, 'events', `relations.${i}.event`, r.event),
    type: r.type,
  }));
  for (const row of relationRows) insert.relation.run(row);
}

function statusChangeColumns(tx: ParleyTx, change: StatusChangeInput, i: number) {
  return {
    status: change.status,
    effectiveAt: new Date(change.effectiveAt).toISOString(),
    precision: change.precision,
    claimedByPartyId: optionalIdForSlug(tx, 'parties', `statusHistory.${i}.claimedBy`, change.claimedBy),
    note: change.note ?? '',
  };
}

function insertStatusChange(tx: ParleyTx, eventId: number, change: StatusChangeInput, i: number): void {
  const inserted = tx
    .insert(eventStatusChanges)
    .values({ eventId, ...statusChangeColumns(tx, change, i) })
    .returning({ id: eventStatusChanges.id })
    .get();
  insertCitations(tx, { statusChangeId: inserted.id }, change.citations, `statusHistory.${i}.citations`);
}

type StoredStatusChange = {
  id: number;
  status: EventStatus;
  effectiveAt: string;
  precision: Precision;
  claimedBy: string | null;
  note: string;
};

function sameStatusChange(stored: StoredStatusChange, change: StatusChangeInput): boolean {
  return (
    stored.status === change.status &&
    stored.effectiveAt === new Date(change.effectiveAt).toISOString() &&
    stored.precision === change.precision &&
    stored.claimedBy === (change.claimedBy || null) &&
    stored.note === (change.note ?? '')
  );
}

/**
 * Makes an event's status history that of `changes`, keeping the row and id of each stored
 * change it still lists: one named by its `id`, or one with the same status, time, party and
 * note. New ones are inserted; stored ones no longer listed go, with their citations.
 */
function saveStatusHistory(tx: ParleyTx, eventId: number, changes: readonly StatusChangeInput[]): void {
  const unmatched = statusChangeRows(tx, eventId);
  changes.forEach((change, i) => {
    let at = change.id === undefined ? -1 : unmatched.findIndex((stored) => stored.id === change.id);
    if (at < 0) at = unmatched.findIndex((stored) => sameStatusChange(stored, change));
    if (at < 0) return insertStatusChange(tx, eventId, change, i);
    const [stored] = unmatched.splice(at, 1);
    if (!sameStatusChange(stored, change))
      tx.update(eventStatusChanges)
        .set(statusChangeColumns(tx, change, i))
        .where(eq(eventStatusChanges.id, stored.id))
        .run();
    saveCitations(tx, { statusChangeId: stored.id }, change.citations, `statusHistory.${i}.citations`);
  });
  const gone = unmatched.map((stored) => stored.id);
  removeCitations(tx, 'statusChangeId', gone);
  if (gone.length) tx.delete(eventStatusChanges).where(inArray(eventStatusChanges.id, gone)).run();
}

function statusChangeRows(tx: ParleyTx, eventId: number): StoredStatusChange[] {
  const behalf = alias(parties, 'behalf');
  return tx
    .select({
      id: eventStatusChanges.id,
      status: eventStatusChanges.status,
      effectiveAt: eventStatusChanges.effectiveAt,
      precision: eventStatusChanges.precision,
      claimedBy: behalf.slug,
      note: eventStatusChanges.note,
    })
    .from(eventStatusChanges)
    .leftJoin(behalf, eq(eventStatusChanges.claimedByPartyId, behalf.id))
    .where(eq(eventStatusChanges.eventId, eventId))
    .orderBy(asc(eventStatusChanges.effectiveAt), asc(eventStatusChanges.id))
    .all();
}

/**
 * The event as its editable input: what revisions record and what a conflict view compares.
 * Join rows come in key order, the order `createdSnapshot` builds them in.
 */
export function eventSnapshot(tx: ParleyTx, eventId: number): EventSnapshot | null {
  const row = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!row) return null;
  const location = row.locationId
    ? tx.select({ slug: locations.slug }).from(locations).where(eq(locations.id, row.locationId)).get()
    : undefined;
  const behalf = alias(parties, 'behalf');
  return {
    slug: row.slug,
    version: row.version,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    precision: row.precision,
    approximate: row.approximate,
    endApproximate: row.endApproximate,
    durationMinutes: row.durationMinutes,
    durationBound: row.durationBound,
    status: row.status,
    location: location?.slug ?? null,
    parties: tx
      .select({ party: parties.slug, role: eventParties.role })
      .from(eventParties)
      .innerJoin(parties, eq(eventParties.partyId, parties.id))
      .where(eq(eventParties.eventId, eventId))
      .orderBy(asc(eventParties.partyId), asc(eventParties.role))
      .all(),
    people: tx
      .select({ person: people.slug, role: eventPeople.role, onBehalfOf: behalf.slug })
      .from(eventPeople)
      .innerJoin(people, eq(eventPeople.personId, people.id))
      .leftJoin(behalf, eq(eventPeople.onBehalfOfPartyId, behalf.id))
      .where(eq(eventPeople.eventId, eventId))
      .orderBy(asc(eventPeople.personId), asc(eventPeople.role))
      .all(),
    topics: tx
      .select({ slug: topics.slug })
      .from(eventTopics)
      .innerJoin(topics, eq(eventTopics.topicId, topics.id))
      .where(eq(eventTopics.eventId, eventId))
      .orderBy(asc(eventTopics.topicId))
      .all()
      .map((t) => t.slug),
    citations: citationInputs(tx, { eventId }),
    relations: tx
      .select({ type: eventRelations.type, event: events.slug })
      .from(eventRelations)
      .innerJoin(events, eq(eventRelations.toEventId, events.id))
      .where(eq(eventRelations.fromEventId, eventId))
      .orderBy(asc(eventRelations.toEventId), asc(eventRelations.type))
      .all(),
    statusHistory: statusChangeRows(tx, eventId).map(({ id, ...change }) => ({
      ...change,
      citations: citationInputs(tx, { statusChangeId: id }),
    })),
  };
}

/** Keeps the first of each key, as the inserts' ON CONFLICT DO NOTHING does, in key order. */
function keyOrdered<T>(rows: T[], key: (row: T) => [number, string]): T[] {
  const seen = new Set<string>();
  const kept = rows.filter((row) => {
    const k = key(row).join('\u0000');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const compare = (a: T, b: T) => {
    const [ai, as] = key(a);
    const [bi, bs] = key(b);
    return ai - bi || (as < bs ? -1 : as > bs ? 1 : 0);
  };
  return kept.sort(compare);
}

function citationSnapshots(inputs: readonly CitationInput[] | undefined): CitationInput[] {
  return (inputs ?? []).map((c) => ({
    source: c.source,
    excerpt: c.excerpt,
    attribution: c.attribution,
    attributedTo: c.attributedTo || null,
    confidence: c.confidence,
    note: c.note ?? '',
  }));
}

/**
 * What `eventSnapshot` would read back right after `insertEvent` wrote `input`, built from the
 * input instead: a bulk import writes thousands of events, and reading each one back was half
 * of the time. Slugs resolve through the transaction's cache, already filled by the writes.
 */
function createdSnapshot(
  tx: ParleyTx,
  slug: string,
  columns: ReturnType<typeof eventColumns>,
  input: EventInput,
): EventSnapshot {
  const id = (table: SluggedTable, value: string) => idForSlug(tx, table, table, value);
  return {
    slug,
    version: 1,
    kind: columns.kind,
    title: columns.title,
    summary: columns.summary,
    startsAt: columns.startsAt,
    endsAt: columns.endsAt,
    timeZone: columns.timeZone,
    precision: columns.precision,
    approximate: columns.approximate,
    endApproximate: columns.endApproximate,
    durationMinutes: columns.durationMinutes,
    durationBound: columns.durationBound,
    status: columns.status,
    location: input.location || null,
    parties: keyOrdered(input.parties ?? [], (p) => [id('parties', p.party), p.role]).map((p) => ({
      party: p.party,
      role: p.role,
    })),
    people: keyOrdered(input.people ?? [], (p) => [id('people', p.person), p.role]).map((p) => ({
      person: p.person,
      role: p.role,
      onBehalfOf: p.onBehalfOf || null,
    })),
    topics: keyOrdered(input.topics ?? [], (t) => [id('topics', t), '']),
    citations: citationSnapshots(input.citations),
    relations: keyOrdered(input.relations ?? [], (r) => [id('events', r.event), r.type]).map((r) => ({
      type: r.type,
      event: r.event,
    })),
    statusHistory: (input.statusHistory ?? [])
      .map((change) => ({
        status: change.status,
        effectiveAt: new Date(change.effectiveAt).toISOString(),
        precision: change.precision,
        claimedBy: change.claimedBy || null,
        note: change.note ?? '',
        citations: citationSnapshots(change.citations),
      }))
      .sort((a, b) => (a.effectiveAt < b.effectiveAt ? -1 : a.effectiveAt > b.effectiveAt ? 1 : 0)),
  };
}

/** The event as its editable input, read in one consistent transaction; null when there is none. */
export async function getEventSnapshot({
  id,
  db = getDb(),
}: {
  id: number;
  db?: ParleyDb;
}): Promise<EventSnapshot | null> {
  return db.transaction((tx) => eventSnapshot(tx, id));
}

async function detail(db: ParleyDb, id: number): Promise<EventDetailDTO> {
  const dto = await getEvent({ key: id, db });
  if (!dto) throw new RecordNotFoundError('event', id);
  return dto;
}

/** Inserts one event with its join rows, search entry and revision; the caller holds the transaction. */
export function insertEvent(tx: ParleyTx, input: EventInput, actor: Actor): number {
  requireReferences(tx, eventReferences(input));
  const slug = freeSlug(tx, 'events', input.slug ?? slugify(input.title));
  const columns = eventColumns(tx, input);
  const inserted = inserts(tx).event.get({ ...columns, slug, createdBy: actor.name, updatedBy: actor.name });
  writeJoins(tx, inserted.id, input);
  insertCitations(tx, { eventId: inserted.id }, input.citations, 'citations');
  (input.statusHistory ?? []).forEach((change, i) => insertStatusChange(tx, inserted.id, change, i));
  reindexEvent(tx, inserted.id);
  writeRevision(tx, {
    entityType: 'event',
    entityId: inserted.id,
    action: 'create',
    actor,
    before: null,
    after: createdSnapshot(tx, slug, columns, input),
  });
  return inserted.id;
}

export async function createEvent({
  input,
  actor,
  db = getDb(),
}: {
  input: EventInput;
  actor: Actor;
  db?: ParleyDb;
}): Promise<EventDetailDTO> {
  const id = writeTransaction(db, (tx) => insertEvent(tx, input, actor));
  return detail(db, id);
}

const versionedEvent = {
  table: events,
  entityType: 'event',
  snapshot: eventSnapshot,
  afterChange: reindexEvent,
} satisfies Versioned;

/** Creates many events all-or-nothing in one transaction, as imports and generated archives need. */
export async function createEvents({
  inputs,
  actor,
  db = getDb(),
}: {
  inputs: readonly EventInput[];
  actor: Actor;
  db?: ParleyDb;
}): Promise<number[]> {
  return writeTransaction(db, (tx) => inputs.map((input) => insertEvent(tx, input, actor)));
}

/** The parts of an event an update may leave out to keep them as stored. */
export type EventPart =
  'parties' | 'people' | 'topics' | 'citations' | 'relations' | 'statusHistory' | 'durationMinutes' | 'durationBound';

type Replacement = { id: number; version: number; input: EventInput; keep?: readonly EventPart[]; actor: Actor };

/**
 * Replaces an event's content if `version` is still the stored one; otherwise writes nothing.
 * The parts named in `keep` stay as stored; content equal to the stored content writes nothing.
 */
export async function updateEvent({
  db = getDb(),
  ...replacement
}: Replacement & { db?: ParleyDb }): Promise<EventDetailDTO> {
  writeTransaction(db, (tx) => replaceEvent(tx, replacement));
  return detail(db, replacement.id);
}

/** A person's stated party, when the update does not say, is the one stored for that person and role. */
function withStoredBehalf(input: EventInput, stored: EventSnapshot): EventInput {
  if (!input.people?.some((p) => p.onBehalfOf === undefined)) return input;
  const storedBehalf = new Map(stored.people.map((p) => [`${p.person} ${p.role}`, p.onBehalfOf]));
  return {
    ...input,
    people: input.people.map((p) =>
      p.onBehalfOf === undefined ? { ...p, onBehalfOf: storedBehalf.get(`${p.person} ${p.role}`) ?? null } : p,
    ),
  };
}

/** The body of `updateEvent`, for callers (imports) that already hold the transaction. Says whether anything changed. */
export function replaceEvent(tx: ParleyTx, { id, version, input, keep = [], actor }: Replacement): boolean {
  return updateVersioned(tx, versionedEvent, {
    id,
    version,
    actor,
    write: (stored) => {
      const content = withStoredBehalf(withKept(input, stored!, keep), stored!);
      requireReferences(tx, eventReferences(content));
      tx.update(events)
        .set({ ...eventColumns(tx, content), updatedBy: actor.name })
        .where(eq(events.id, id))
        .run();
      clearJoins(tx, id);
      writeJoins(tx, id, content);
      saveCitations(tx, { eventId: id }, content.citations, 'citations');
      saveStatusHistory(tx, id, content.statusHistory ?? []);
    },
  });
}

export async function deleteEvent({
  id,
  version,
  actor,
  db = getDb(),
}: {
  id: number;
  version: number;
  actor: Actor;
  db?: ParleyDb;
}): Promise<void> {
  writeTransaction(db, (tx) => {
    tx.update(events).set({ updatedBy: actor.name }).where(eq(events.id, id)).run();
    deleteVersioned(tx, versionedEvent, { id, version, actor });
  });
}

export async function restoreEvent({
  id,
  actor,
  db = getDb(),
}: {
  id: number;
  actor: Actor;
  db?: ParleyDb;
}): Promise<EventDetailDTO> {
  writeTransaction(db, (tx) => {
    restoreVersioned(tx, versionedEvent, { id, actor });
    tx.update(events).set({ updatedBy: actor.name }).where(eq(events.id, id)).run();
  });
  return detail(db, id);
}
