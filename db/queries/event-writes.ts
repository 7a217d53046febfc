// Writing events: create, update (with its version check), soft delete and restore. Each is one
// IMMEDIATE transaction that writes the record, its join rows, its search entry and a revision.
import { asc, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { writeTransaction, type ParleyDb, type ParleyTx } from '../connection';
import type { EventKind, EventRelationType, EventStatus, PartyRole, PersonRole, Precision } from '../enums';
import { RecordNotFoundError } from '../errors';
import { upperBound } from '../precision';
import {
  citations,
  eventParties,
  eventPeople,
  eventRelations,
  events,
  eventStatusChanges,
  eventTopics,
  locations,
  parties,
  people,
  sources,
  topics,
} from '../schema';
import { slugify } from '../slug';
import { getDb } from '../client';
import { insertCitations, type CitationInput } from './citation-writes';
import { getEvent, type EventDetailDTO } from './events';
import { freeSlug, idForSlug, optionalIdForSlug } from './references';
import { writeRevision, type Actor } from './revisions';
import { reindexEvent } from './search-index';
import { deleteVersioned, restoreVersioned, updateVersioned, type Versioned } from './versioned-writes';

export type StatusChangeInput = {
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
  status: EventStatus;
  location?: string | null;
  parties?: { party: string; role: PartyRole }[];
  people?: { person: string; role: PersonRole; onBehalfOf?: string | null }[];
  topics?: string[];
  citations?: CitationInput[];
  relations?: { type: EventRelationType; event: string }[];
  statusHistory?: StatusChangeInput[];
};

export type EventSnapshot = Required<Omit<EventInput, 'slug'>> & { slug: string; version: number };

function eventColumns(tx: ParleyTx, input: EventInput) {
  const startsAt = new Date(input.startsAt).toISOString();
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary ?? '',
    startsAt,
    startsUpper: upperBound(startsAt, input.precision),
    endsAt: input.endsAt ? new Date(input.endsAt).toISOString() : null,
    timeZone: input.timeZone,
    precision: input.precision,
    approximate: input.approximate ?? false,
    endApproximate: input.endApproximate ?? false,
    status: input.status,
    locationId: optionalIdForSlug(tx, 'locations', 'location', input.location),
  };
}

function clearJoins(tx: ParleyTx, eventId: number): void {
  const changeIds = tx.select({ id: eventStatusChanges.id }).from(eventStatusChanges).where(eq(eventStatusChanges.eventId, eventId)).all().map((row) => row.id);
  tx.delete(citations)
    .where(or(eq(citations.eventId, eventId), changeIds.length ? inArray(citations.statusChangeId, changeIds) : undefined))
    .run();
  tx.delete(eventStatusChanges).where(eq(eventStatusChanges.eventId, eventId)).run();
  tx.delete(eventParties).where(eq(eventParties.eventId, eventId)).run();
  tx.delete(eventPeople).where(eq(eventPeople.eventId, eventId)).run();
  tx.delete(eventTopics).where(eq(eventTopics.eventId, eventId)).run();
  tx.delete(eventRelations).where(eq(eventRelations.fromEventId, eventId)).run();
}

function writeJoins(tx: ParleyTx, eventId: number, input: EventInput): void {
  const partyRows = (input.parties ?? []).map((p, i) => ({ eventId, partyId: idForSlug(tx, 'parties', `parties.${i}.party`, p.party), role: p.role }));
  if (partyRows.length) tx.insert(eventParties).values(partyRows).onConflictDoNothing().run();
  const personRows = (input.people ?? []).map((p, i) => ({
    eventId,
    personId: idForSlug(tx, 'people', `people.${i}.person`, p.person),
    role: p.role,
    onBehalfOfPartyId: optionalIdForSlug(tx, 'parties', `people.${i}.onBehalfOf`, p.onBehalfOf),
  }));
  if (personRows.length) tx.insert(eventPeople).values(personRows).onConflictDoNothing().run();
  const topicRows = (input.topics ?? []).map((slug, i) => ({ eventId, topicId: idForSlug(tx, 'topics', `topics.${i}`, slug) }));
  if (topicRows.length) tx.insert(eventTopics).values(topicRows).onConflictDoNothing().run();
  insertCitations(tx, { eventId }, input.citations, 'citations');
  const relationRows = (input.relations ?? []).map((r, i) => ({ fromEventId: eventId, toEventId: idForSlug(tx, 'events', `relations.${i}.event`, r.event), type: r.type }));
  if (relationRows.length) tx.insert(eventRelations).values(relationRows).onConflictDoNothing().run();
  (input.statusHistory ?? []).forEach((change, i) => {
    const inserted = tx
      .insert(eventStatusChanges)
      .values({
        eventId,
        status: change.status,
        effectiveAt: new Date(change.effectiveAt).toISOString(),
        precision: change.precision,
        claimedByPartyId: optionalIdForSlug(tx, 'parties', `statusHistory.${i}.claimedBy`, change.claimedBy),
        note: change.note ?? '',
      })
      .returning({ id: eventStatusChanges.id })
      .get();
    insertCitations(tx, { statusChangeId: inserted.id }, change.citations, `statusHistory.${i}.citations`);
  });
}

export function citationInputs(tx: ParleyTx, where: ReturnType<typeof eq>): CitationInput[] {
  return tx
    .select({
      source: sources.slug,
      excerpt: citations.excerpt,
      attribution: citations.attribution,
      attributedTo: people.slug,
      confidence: citations.confidence,
      note: citations.note,
    })
    .from(citations)
    .innerJoin(sources, eq(citations.sourceId, sources.id))
    .leftJoin(people, eq(citations.attributedPersonId, people.id))
    .where(where)
    .orderBy(asc(citations.id))
    .all();
}

/** The event as its editable input: what revisions record and what a conflict view compares. */
export function eventSnapshot(tx: ParleyTx, eventId: number): EventSnapshot | null {
  const row = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!row) return null;
  const location = row.locationId ? tx.select({ slug: locations.slug }).from(locations).where(eq(locations.id, row.locationId)).get() : undefined;
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
    status: row.status,
    location: location?.slug ?? null,
    parties: tx
      .select({ party: parties.slug, role: eventParties.role })
      .from(eventParties)
      .innerJoin(parties, eq(eventParties.partyId, parties.id))
      .where(eq(eventParties.eventId, eventId))
      .all(),
    people: tx
      .select({ person: people.slug, role: eventPeople.role, onBehalfOf: behalf.slug })
      .from(eventPeople)
      .innerJoin(people, eq(eventPeople.personId, people.id))
      .leftJoin(behalf, eq(eventPeople.onBehalfOfPartyId, behalf.id))
      .where(eq(eventPeople.eventId, eventId))
      .all(),
    topics: tx
      .select({ slug: topics.slug })
      .from(eventTopics)
      .innerJoin(topics, eq(eventTopics.topicId, topics.id))
      .where(eq(eventTopics.eventId, eventId))
      .all()
      .map((t) => t.slug),
    citations: citationInputs(tx, eq(citations.eventId, eventId)),
    relations: tx
      .select({ type: eventRelations.type, event: events.slug })
      .from(eventRelations)
      .innerJoin(events, eq(eventRelations.toEventId, events.id))
      .where(eq(eventRelations.fromEventId, eventId))
      .all(),
    statusHistory: tx
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
      .all()
      .map(({ id, ...change }) => ({ ...change, citations: citationInputs(tx, eq(citations.statusChangeId, id)) })),
  };
}

/** The event as its editable input, read in one consistent transaction; null when there is none. */
export async function getEventSnapshot({ id, db = getDb() }: { id: number; db?: ParleyDb }): Promise<EventSnapshot | null> {
  return db.transaction((tx) => eventSnapshot(tx, id));
}

async function detail(db: ParleyDb, id: number): Promise<EventDetailDTO> {
  const dto = await getEvent({ key: id, db });
  if (!dto) throw new RecordNotFoundError('event', id);
  return dto;
}

/** Inserts one event with its join rows, search entry and revision; the caller holds the transaction. */
export function insertEvent(tx: ParleyTx, input: EventInput, actor: Actor): number {
  const slug = freeSlug(tx, 'events', input.slug ?? slugify(input.title));
  const inserted = tx
    .insert(events)
    .values({ ...eventColumns(tx, input), slug, createdBy: actor.name, updatedBy: actor.name })
    .returning({ id: events.id })
    .get();
  writeJoins(tx, inserted.id, input);
  reindexEvent(tx, inserted.id);
  writeRevision(tx, { entityType: 'event', entityId: inserted.id, action: 'create', actor, before: null, after: eventSnapshot(tx, inserted.id) });
  return inserted.id;
}

export async function createEvent({ input, actor, db = getDb() }: { input: EventInput; actor: Actor; db?: ParleyDb }): Promise<EventDetailDTO> {
  const id = writeTransaction(db, (tx) => insertEvent(tx, input, actor));
  return detail(db, id);
}

const versionedEvent: Versioned = { table: events, entityType: 'event', snapshot: eventSnapshot, afterChange: reindexEvent };

/** Creates many events all-or-nothing in one transaction, as imports and generated archives need. */
export async function createEvents({ inputs, actor, db = getDb() }: { inputs: readonly EventInput[]; actor: Actor; db?: ParleyDb }): Promise<number[]> {
  return writeTransaction(db, (tx) => inputs.map((input) => insertEvent(tx, input, actor)));
}

/** Replaces an event's content if `version` is still the stored one; otherwise writes nothing. */
export async function updateEvent({
  id,
  version,
  input,
  actor,
  db = getDb(),
}: {
  id: number;
  version: number;
  input: EventInput;
  actor: Actor;
  db?: ParleyDb;
}): Promise<EventDetailDTO> {
  writeTransaction(db, (tx) => replaceEvent(tx, { id, version, input, actor }));
  return detail(db, id);
}

/** The body of `updateEvent`, for callers (imports) that already hold the transaction. */
export function replaceEvent(tx: ParleyTx, { id, version, input, actor }: { id: number; version: number; input: EventInput; actor: Actor }): void {
  updateVersioned(tx, versionedEvent, {
    id,
    version,
    actor,
    write: () => {
      tx.update(events).set({ ...eventColumns(tx, input), updatedBy: actor.name }).where(eq(events.id, id)).run();
      clearJoins(tx, id);
      writeJoins(tx, id, input);
    },
  });
}

export async function deleteEvent({ id, version, actor, db = getDb() }: { id: number; version: number; actor: Actor; db?: ParleyDb }): Promise<void> {
  writeTransaction(db, (tx) => {
    tx.update(events).set({ updatedBy: actor.name }).where(eq(events.id, id)).run();
    deleteVersioned(tx, versionedEvent, { id, version, actor });
  });
}

export async function restoreEvent({ id, actor, db = getDb() }: { id: number; actor: Actor; db?: ParleyDb }): Promise<EventDetailDTO> {
  writeTransaction(db, (tx) => {
    restoreVersioned(tx, versionedEvent, { id, actor });
    tx.update(events).set({ updatedBy: actor.name }).where(eq(events.id, id)).run();
  });
  return detail(db, id);
}
