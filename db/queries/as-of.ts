// Reading the archive as Parley held it at an instant: the same lists and records the live reads
// answer, taken from the states in event_history and claim_history valid then (event-history.ts).
// Reads without `asOf` never come here. Search as of then is a LIKE over the state's own text
// (events: title and summary; claims: quote and paraphrase), each word required: the live FTS
// index holds only today's text, and a second FTS index over every state would double its size.
import { and, asc, desc, eq, exists, gt, inArray, isNull, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import { encodeCursor, type EventCursor } from '../cursor';
import type { MatchMode } from '../enums';
import {
  claimHistory,
  claimHistoryTopics,
  claims,
  eventHistory,
  eventHistoryParties,
  eventHistoryPeople,
  eventHistoryTopics,
  events,
  locations,
  parties,
  people,
  revisions,
  topics,
} from '../schema';
import { hydrateClaims, type ClaimDTO, type ClaimFilters, type ClaimOrder, type ClaimPage } from './claims';
import type { EventDTO } from './event-dto';
import { eventDetail, eventTimeConditions, type EventDetailDTO, type EventFilters, type EventPage } from './events';
import { idsForSlugs } from './slug-ids';

/** The states valid at `at`: begun at or before it, not yet ended. */
function validAt(table: typeof eventHistory | typeof claimHistory, at: string): SQL {
  return and(lte(table.validFrom, at), or(isNull(table.validTo), gt(table.validTo, at)))!;
}

/** Each word of `q` in `text`, case-insensitively (LIKE's ASCII folding); a "phrase" is taken word by word. */
function wordsIn(text: SQL, q: string | undefined): SQL[] {
  const words = (q ?? '').replace(/"/g, ' ').split(/\s+/).filter(Boolean);
  return words
    .map((word) => like(text, `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`))
    .map((condition) => sql`${condition} ESCAPE '\\'`);
}

type EventSnapshotFields = Partial<Omit<EventDTO, 'location' | 'parties' | 'people' | 'topics' | 'citations'>>;

/**
 * A state the backfill built from a revision snapshot (its `dto` is null): the event's own
 * fields as the snapshot holds them, its lists as they stand today.
 */
function backfilledEvent(
  db: ParleyDb,
  row: {
    eventId: number;
    revisionId: number | null;
    localStartDay: string;
    localEndDay: string;
  },
): EventDetailDTO {
  const current = eventDetail(db, db.select().from(events).where(eq(events.id, row.eventId)).get()!);
  const after =
    row.revisionId === null
      ? null
      : db.select({ after: revisions.after }).from(revisions).where(eq(revisions.id, row.revisionId)).get()?.after;
  const snapshot = (after ?? {}) as EventSnapshotFields;
  const own = [
    'kind',
    'title',
    'summary',
    'startsAt',
    'endsAt',
    'timeZone',
    'precision',
    'approximate',
    'endApproximate',
    'durationMinutes',
    'durationBound',
    'status',
    'version',
  ] as const;
  const fields = Object.fromEntries(
    own.filter((key) => snapshot[key] !== undefined).map((key) => [key, snapshot[key]]),
  );
  return {
    ...current,
    ...fields,
    localDate: row.localStartDay,
    localEndDate: (snapshot.endsAt ?? current.endsAt) ? row.localEndDay : null,
  };
}

type StateRow = {
  eventId: number;
  revisionId: number | null;
  localStartDay: string;
  localEndDay: string;
  dto: unknown;
};

function eventState(db: ParleyDb, row: StateRow): EventDetailDTO {
  return (row.dto as EventDetailDTO | null) ?? backfilledEvent(db, row);
}

/** A list shows an event without its related events and status history, as listEvents does. */
function listItem({ related: _related, statusHistory: _statusHistory, ...item }: EventDetailDTO): EventDTO {
  return item;
}

const STATE_COLUMNS = {
  eventId: eventHistory.eventId,
  revisionId: eventHistory.revisionId,
  startsAt: eventHistory.startsAt,
  localStartDay: eventHistory.localStartDay,
  localEndDay: eventHistory.localEndDay,
  dto: eventHistory.dto,
};

/** The timeline's filters over the states valid at `filters.asOf`, less the one named by `skip` (for facet counts). */
export function eventConditionsAsOf(
  db: ParleyDb,
  filters: EventFilters & { asOf: string },
  skip?: keyof EventFilters,
): SQL[] {
  const h = eventHistory;
  type HistoryJoin = typeof eventHistoryParties | typeof eventHistoryPeople | typeof eventHistoryTopics;
  // Any of the chosen ids with one probe, or all of them ("Russia and the United States") with one probe per id.
  const members = (join: HistoryJoin, column: SQL, ids: number[], mode: MatchMode = 'any') => {
    const probe = (wanted: SQL) =>
      exists(
        db
          .select({ one: sql`1` })
          .from(join)
          .where(and(eq(join.historyId, h.id), wanted)),
      );
    return mode === 'all' ? ids.map((id) => probe(sql`${column} = ${id}`)) : [probe(inArray(column, ids))];
  };
  const conditions: SQL[] = [validAt(h, filters.asOf)];
  if (filters.party?.length && skip !== 'party') {
    const ids = idsForSlugs(db, parties, 'party', filters.party, { includeDeleted: true });
    conditions.push(...members(eventHistoryParties, sql`${eventHistoryParties.partyId}`, ids, filters.partyMatch));
  }
  if (filters.topic?.length && skip !== 'topic')
    conditions.push(
      ...members(
        eventHistoryTopics,
        sql`${eventHistoryTopics.topicId}`,
        idsForSlugs(db, topics, 'topic', filters.topic, { includeDeleted: true }),
      ),
    );
  if (filters.person?.length && skip !== 'person') {
    const ids = idsForSlugs(db, people, 'person', filters.person, { includeDeleted: true });
    conditions.push(...members(eventHistoryPeople, sql`${eventHistoryPeople.personId}`, ids, filters.personMatch));
  }
  if (filters.location?.length && skip !== 'location')
    conditions.push(
      inArray(h.locationId, idsForSlugs(db, locations, 'location', filters.location, { includeDeleted: true })),
    );
  if (filters.kind?.length && skip !== 'kind') conditions.push(inArray(h.kind, filters.kind));
  const bounds = {
    from: skip === 'from' ? undefined : filters.from,
    to: skip === 'to' ? undefined : filters.to,
  };
  conditions.push(
    ...eventTimeConditions(bounds, h),
    ...wordsIn(sql`${h.title} || ' ' || ${h.summary}`, skip === 'q' ? undefined : filters.q),
  );
  return conditions;
}

/** The timeline as Parley held it at `filters.asOf`: the same page shape, order and cursor as listEvents. */
export function listEventsAsOf({
  filters,
  cursor,
  limit,
  db,
}: {
  filters: EventFilters & { asOf: string };
  cursor: EventCursor | null;
  limit: number;
  db: ParleyDb;
}): EventPage {
  const h = eventHistory;
  const after = cursor
    ? or(gt(h.startsAt, cursor.startsAt), and(eq(h.startsAt, cursor.startsAt), gt(h.eventId, cursor.id)))
    : undefined;
  const rows = db
    .select(STATE_COLUMNS)
    .from(h)
    .where(and(...eventConditionsAsOf(db, filters), after))
    .orderBy(asc(h.startsAt), asc(h.eventId))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => {
      const { related: _related, statusHistory: _statusHistory, ...item } = eventState(db, row);
      return item;
    }),
    nextCursor: rows.length > limit && last ? encodeCursor({ startsAt: last.startsAt, id: last.eventId }) : null,
  };
}

/** The feed's read as of then: the matching states, the most recently recorded first. */
export function listRecentlyChangedAsOf({
  filters,
  limit,
  db,
}: {
  filters: EventFilters & { asOf: string };
  limit: number;
  db: ParleyDb;
}): EventDTO[] {
  const rows = db
    .select(STATE_COLUMNS)
    .from(eventHistory)
    .where(and(...eventConditionsAsOf(db, filters)))
    .orderBy(desc(eventHistory.validFrom), desc(eventHistory.eventId))
    .limit(limit)
    .all();
  return rows.map((row) => listItem(eventState(db, row)));
}

/** One event as Parley held it at `at`, by id or slug; null when it did not exist then or was deleted. */
export function getEventAsOf({
  key,
  at,
  db,
}: {
  key: string | number;
  at: string;
  db: ParleyDb;
}): EventDetailDTO | null {
  const byId = typeof key === 'number' || /^\d+$/.test(key);
  const event = db
    .select({ id: events.id })
    .from(events)
    .where(byId ? eq(events.id, Number(key)) : eq(events.slug, String(key)))
    .get();
  if (!event) return null;
  const row = db
    .select(STATE_COLUMNS)
    .from(eventHistory)
    .where(and(eq(eventHistory.eventId, event.id), validAt(eventHistory, at)))
    .get();
  return row ? eventState(db, row) : null;
}

/** A claim state the backfill built (null `dto`): today's claim with the snapshot's own fields. */
function backfilledClaim(db: ParleyDb, row: { claimId: number; revisionId: number | null }): ClaimDTO {
  const [current] = hydrateClaims(db, [db.select().from(claims).where(eq(claims.id, row.claimId)).get()!]);
  const after =
    row.revisionId === null
      ? null
      : db.select({ after: revisions.after }).from(revisions).where(eq(revisions.id, row.revisionId)).get()?.after;
  const snapshot = (after ?? {}) as Partial<
    Pick<ClaimDTO, 'kind' | 'paraphrase' | 'attribution' | 'confidence' | 'version'>
  > & { quote?: ClaimDTO['quote'] };
  const quote = snapshot.quote
    ? {
        exact: snapshot.quote.exact,
        prefix: snapshot.quote.prefix ?? '',
        suffix: snapshot.quote.suffix ?? '',
      }
    : current.quote;
  const paraphrase = snapshot.paraphrase ?? current.paraphrase;
  return {
    ...current,
    ...snapshot,
    quote,
    paraphrase,
    text: paraphrase || quote.exact,
  };
}

/** One claim as Parley held it at `at`, whatever became of its event; null when it was not there then. */
export function getClaimAsOf({ id, at, db }: { id: number; at: string; db: ParleyDb }): ClaimDTO | null {
  const row = db
    .select({
      claimId: claimHistory.claimId,
      revisionId: claimHistory.revisionId,
      dto: claimHistory.dto,
    })
    .from(claimHistory)
    .where(and(eq(claimHistory.claimId, id), validAt(claimHistory, at)))
    .get();
  return row ? ((row.dto as ClaimDTO | null) ?? backfilledClaim(db, row)) : null;
}

/** Claims as Parley held them at `filters.asOf`, about events as they stood then, in listClaims's order and paging. */
export function listClaimsAsOf({
  filters,
  cursor,
  limit,
  order,
  db,
}: {
  filters: ClaimFilters & { asOf: string };
  cursor: EventCursor | null;
  limit: number;
  order: ClaimOrder;
  db: ParleyDb;
}): ClaimPage {
  const [ch, eh, at] = [claimHistory, eventHistory, filters.asOf];
  const [beyond, direction] = order === 'newest' ? [lt, desc] : [gt, asc];
  const conditions: SQL[] = [
    validAt(ch, at),
    ...eventTimeConditions(filters, eh),
    ...wordsIn(sql`${ch.text}`, filters.q),
  ];
  if (filters.event?.length)
    conditions.push(inArray(ch.eventId, idsForSlugs(db, events, 'event', filters.event, { includeDeleted: true })));
  if (filters.party?.length)
    conditions.push(inArray(ch.partyId, idsForSlugs(db, parties, 'party', filters.party, { includeDeleted: true })));
  if (filters.person?.length)
    conditions.push(inArray(ch.personId, idsForSlugs(db, people, 'person', filters.person, { includeDeleted: true })));
  if (filters.kind?.length) conditions.push(inArray(ch.kind, filters.kind));
  if (filters.topic?.length) {
    const ids = idsForSlugs(db, topics, 'topic', filters.topic, { includeDeleted: true });
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(claimHistoryTopics)
          .where(and(eq(claimHistoryTopics.historyId, ch.id), inArray(claimHistoryTopics.topicId, ids))),
      ),
    );
  }
  if (cursor)
    conditions.push(
      or(beyond(eh.startsAt, cursor.startsAt), and(eq(eh.startsAt, cursor.startsAt), beyond(ch.claimId, cursor.id)))!,
    );
  const rows = db
    .select({
      claimId: ch.claimId,
      revisionId: ch.revisionId,
      dto: ch.dto,
      startsAt: eh.startsAt,
    })
    .from(ch)
    .innerJoin(eh, and(eq(eh.eventId, ch.eventId), validAt(eh, at)))
    .where(and(...conditions))
    .orderBy(direction(eh.startsAt), direction(ch.claimId))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => (row.dto as ClaimDTO | null) ?? backfilledClaim(db, row)),
    nextCursor: rows.length > limit && last ? encodeCursor({ startsAt: last.startsAt, id: last.claimId }) : null,
  };
}
