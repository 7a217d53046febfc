// Reading events: the filtered, keyset-paged timeline and one event with everything around it.
import { and, asc, eq, exists, gt, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { addCalendarDays } from '../calendar';
import type { ParleyDb, ParleyTx } from '../connection';
import { encodeCursor, type EventCursor } from '../cursor';
import type { EventKind, EventRelationType, EventStatus, MatchMode, Precision } from '../enums';
import { buildFtsQuery } from '../fts';
import { MATCH_END, MATCH_START } from '../search-marks';
import {
  eventHistory,
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
  type Event,
} from '../schema';
import { getDb } from '../client';
import { getEventAsOf, listEventsAsOf } from './as-of';
import { hydrateEvents, loadCitations, toCitationDTO, type CitationDTO, type EventDTO } from './event-dto';
import { idsForSlugs } from './slug-ids';

export type EventFilters = {
  party?: string[];
  /** `all`: every chosen party takes part; `any` (the default): at least one does. */
  partyMatch?: MatchMode;
  topic?: string[];
  person?: string[];
  personMatch?: MatchMode;
  /** Location slugs, alternatives: events held at any of them. */
  location?: string[];
  kind?: EventKind[];
  /**
   * Inclusive lower bound: a calendar date (YYYY-MM-DD), met by events whose last local day is
   * on or after it, or an ISO instant, met by events whose span reaches past it.
   */
  from?: string;
  /**
   * Upper bound: a calendar date (YYYY-MM-DD), inclusive, met by events whose first local day
   * is on or before it, or an ISO instant, exclusive, met by events that start before it.
   */
  to?: string;
  q?: string;
  /** A UTC instant: the events as Parley held them then, read from their history (as-of.ts). */
  asOf?: string;
};

export { MATCH_END, MATCH_START };

/** A filter bound given as a calendar date rather than an instant. */
export function isCalendarDay(bound: string): boolean {
  return bound.length === 10;
}

export type EventListItem = EventDTO & { match?: { title: string; snippet: string } };
export type EventPage = { items: EventListItem[]; nextCursor: string | null };

type JoinTable =
  | { table: typeof eventParties; column: typeof eventParties.partyId }
  | { table: typeof eventPeople; column: typeof eventPeople.personId }
  | { table: typeof eventTopics; column: typeof eventTopics.topicId };

/**
 * Events linked to the chosen ids through a join table: to any of them with one EXISTS probe, or
 * to all of them ("Russia and the United States") with one probe per id.
 */
function joinConditions(db: ParleyDb, { table, column }: JoinTable, ids: number[], mode: MatchMode = 'any'): SQL[] {
  const probe = (wanted: SQL) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(table)
        .where(and(eq(table.eventId, events.id), wanted)),
    );
  return mode === 'all' ? ids.map((id) => probe(eq(column, id))) : [probe(inArray(column, ids))];
}

/**
 * The WHERE conditions for a set of filters; shared by the page query and the facet counts.
 * Party, topic and person are correlated EXISTS probes of the join tables' primary keys, so a
 * page walks the time index and stops at its limit instead of sorting every matching event.
 */
export function eventConditions(db: ParleyDb, filters: EventFilters, skip?: keyof EventFilters): SQL[] {
  const conditions: SQL[] = [isNull(events.deletedAt)];
  if (filters.party?.length && skip !== 'party') {
    const ids = idsForSlugs(db, parties, 'party', filters.party);
    conditions.push(
      ...joinConditions(db, { table: eventParties, column: eventParties.partyId }, ids, filters.partyMatch),
    );
  }
  if (filters.topic?.length && skip !== 'topic') {
    const ids = idsForSlugs(db, topics, 'topic', filters.topic);
    conditions.push(...joinConditions(db, { table: eventTopics, column: eventTopics.topicId }, ids));
  }
  if (filters.person?.length && skip !== 'person') {
    const ids = idsForSlugs(db, people, 'person', filters.person);
    conditions.push(
      ...joinConditions(db, { table: eventPeople, column: eventPeople.personId }, ids, filters.personMatch),
    );
  }
  if (filters.location?.length && skip !== 'location')
    conditions.push(inArray(events.locationId, idsForSlugs(db, locations, 'location', filters.location)));
  if (filters.kind?.length && skip !== 'kind') conditions.push(inArray(events.kind, filters.kind));
  conditions.push(
    ...eventTimeConditions({
      from: skip === 'from' ? undefined : filters.from,
      to: skip === 'to' ? undefined : filters.to,
    }),
  );
  const match = filters.q ? buildFtsQuery(filters.q) : null;
  if (match && skip !== 'q')
    conditions.push(sql`${events.id} IN (SELECT rowid FROM event_search WHERE event_search MATCH ${match})`);
  return conditions;
}

/** The `from` and `to` bounds on events' times, as EventFilters describes them; claims are bounded by their events the same way. */
export function eventTimeConditions(
  { from, to }: Pick<EventFilters, 'from' | 'to'>,
  columns: typeof events | typeof eventHistory = events,
): SQL[] {
  const conditions: SQL[] = [];
  if (from) conditions.push(isCalendarDay(from) ? gte(columns.localEndDay, from) : gt(columns.startsUpper, from));
  if (to) {
    if (isCalendarDay(to)) {
      // The exact test is on the local day; the bound on the instant, which no zone's day can
      // pass (none is more than 14 hours behind UTC's next midnight), keeps the time index in use.
      conditions.push(lte(columns.localStartDay, to), lt(columns.startsAt, `${addCalendarDays(to, 1)}T14:00:00.000Z`));
    } else conditions.push(lt(columns.startsAt, to));
  }
  return conditions;
}

/**
 * Marked titles and snippets for a page of results. FTS5 seeks its doclists by rowid bounds but
 * not by a rowid list, so the page's id range is asked for and the rest dropped here: for a word
 * in every event this is the difference between reading one stretch and the whole index.
 */
function highlights(db: ParleyDb, q: string, ids: number[]): Map<number, { title: string; snippet: string }> {
  const match = buildFtsQuery(q);
  if (!match || ids.length === 0) return new Map();
  const rows = db.all<{ id: number; title: string; snippet: string }>(sql`
    SELECT rowid AS id,
      highlight(event_search, 0, ${MATCH_START}, ${MATCH_END}) AS title,
      snippet(event_search, -1, ${MATCH_START}, ${MATCH_END}, '…', 24) AS snippet
    FROM event_search
    WHERE event_search MATCH ${match} AND rowid >= ${Math.min(...ids)} AND rowid <= ${Math.max(...ids)}`);
  const wanted = new Set(ids);
  return new Map(
    rows.filter((row) => wanted.has(row.id)).map((row) => [row.id, { title: row.title, snippet: row.snippet }]),
  );
}

const WALK_CHUNK = 250;
/** Below this share of matches in the first stretch, gathering every match is the cheaper plan. */
const WALK_MIN_DENSITY = 0.2;

/**
 * A page of a search read in time order, a stretch of events at a time, each stretch checked
 * against the index within its rowid bounds (which FTS5 can seek to). For a word that most
 * events contain this stops as soon as the page is full instead of gathering every match only
 * to keep the first few. Returns null when the first stretch shows the word is rare enough for
 * the plain plan (gather the matches, then sort) to be cheaper.
 */
export function walkMatching(
  db: ParleyDb,
  conditions: SQL[],
  match: string,
  cursor: EventCursor | null,
  wanted: number,
  chunkSize = WALK_CHUNK,
): Event[] | null {
  const found: Event[] = [];
  let position = cursor;
  for (let stretch = 0; ; stretch++) {
    const after = position
      ? or(
          gt(events.startsAt, position.startsAt),
          and(eq(events.startsAt, position.startsAt), gt(events.id, position.id)),
        )
      : undefined;
    const chunk = db
      .select()
      .from(events)
      .where(and(...conditions, after))
      .orderBy(asc(events.startsAt), asc(events.id))
      .limit(chunkSize)
      .all();
    if (chunk.length === 0) return found;
    const ids = chunk.map((row) => row.id);
    const hits = new Set(
      db
        .all<{ id: number }>(
          sql`SELECT rowid AS id FROM event_search WHERE event_search MATCH ${match} AND rowid >= ${Math.min(...ids)} AND rowid <= ${Math.max(...ids)}`,
        )
        .map((row) => row.id),
    );
    if (
      stretch === 0 &&
      chunk.length === chunkSize &&
      chunk.filter((row) => hits.has(row.id)).length < chunkSize * WALK_MIN_DENSITY
    )
      return null;
    for (const row of chunk) {
      if (!hits.has(row.id)) continue;
      found.push(row);
      if (found.length === wanted) return found;
    }
    if (chunk.length < chunkSize) return found;
    const last = chunk.at(-1)!;
    position = { startsAt: last.startsAt, id: last.id };
  }
}

export async function listEvents({
  filters = {},
  cursor,
  limit = 50,
  db = getDb(),
}: {
  filters?: EventFilters;
  cursor?: EventCursor | null;
  limit?: number;
  db?: ParleyDb;
}): Promise<EventPage> {
  const { asOf } = filters;
  if (asOf) return listEventsAsOf({ filters: { ...filters, asOf }, cursor: cursor ?? null, limit, db });
  const after = cursor
    ? or(gt(events.startsAt, cursor.startsAt), and(eq(events.startsAt, cursor.startsAt), gt(events.id, cursor.id)))!
    : undefined;
  const match = filters.q ? buildFtsQuery(filters.q) : null;
  const rows =
    (match ? walkMatching(db, eventConditions(db, filters, 'q'), match, cursor ?? null, limit + 1) : null) ??
    db
      .select()
      .from(events)
      .where(and(...eventConditions(db, filters), after))
      .orderBy(asc(events.startsAt), asc(events.id))
      .limit(limit + 1)
      .all();
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  const items: EventListItem[] = hydrateEvents(db, pageRows);
  if (filters.q) {
    const matches = highlights(
      db,
      filters.q,
      pageRows.map((row) => row.id),
    );
    for (const item of items) {
      const match = matches.get(item.id);
      if (match) item.match = match;
    }
  }
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ startsAt: last.startsAt, id: last.id }) : null,
  };
}

export type RelatedEventDTO = {
  type: EventRelationType;
  /** 'outgoing': this event <type> the other; 'incoming': the other <type> this event. */
  direction: 'outgoing' | 'incoming';
  event: {
    slug: string;
    title: string;
    kind: EventKind;
    startsAt: string;
    timeZone: string;
    precision: Precision;
    approximate: boolean;
  };
};

export type StatusChangeDTO = {
  id: number;
  status: EventStatus;
  effectiveAt: string;
  precision: Precision;
  claimedBy: { slug: string; name: string } | null;
  note: string;
  citations: CitationDTO[];
};

export type EventDetailDTO = EventDTO & { related: RelatedEventDTO[]; statusHistory: StatusChangeDTO[] };

/** One live event by numeric id or slug, or null; with `asOf`, the event as Parley held it then. */
export async function getEvent({
  key,
  asOf,
  db = getDb(),
}: {
  key: string | number;
  asOf?: string;
  db?: ParleyDb;
}): Promise<EventDetailDTO | null> {
  if (asOf) return getEventAsOf({ key, at: asOf, db });
  const byId = typeof key === 'number' || /^\d+$/.test(key);
  const row = db
    .select()
    .from(events)
    .where(and(byId ? eq(events.id, Number(key)) : eq(events.slug, String(key)), isNull(events.deletedAt)))
    .get();
  return row ? eventDetail(db, row) : null;
}

/** An event row with everything around it; synchronous, so a write's transaction can record it (event-history). */
export function eventDetail(db: ParleyDb | ParleyTx, row: Event): EventDetailDTO {
  const [dto] = hydrateEvents(db, [row]);

  const other = {
    slug: events.slug,
    title: events.title,
    kind: events.kind,
    startsAt: events.startsAt,
    timeZone: events.timeZone,
    precision: events.precision,
    approximate: events.approximate,
  };
  const outgoing = db
    .select({ type: eventRelations.type, event: other })
    .from(eventRelations)
    .innerJoin(events, eq(eventRelations.toEventId, events.id))
    .where(and(eq(eventRelations.fromEventId, row.id), isNull(events.deletedAt)))
    .all();
  const incoming = db
    .select({ type: eventRelations.type, event: other })
    .from(eventRelations)
    .innerJoin(events, eq(eventRelations.fromEventId, events.id))
    .where(and(eq(eventRelations.toEventId, row.id), isNull(events.deletedAt)))
    .all();
  const related: RelatedEventDTO[] = [
    ...outgoing.map((r) => ({ ...r, direction: 'outgoing' as const })),
    ...incoming.map((r) => ({ ...r, direction: 'incoming' as const })),
  ].sort((a, b) => a.event.startsAt.localeCompare(b.event.startsAt));

  const changes = db
    .select({
      id: eventStatusChanges.id,
      status: eventStatusChanges.status,
      effectiveAt: eventStatusChanges.effectiveAt,
      precision: eventStatusChanges.precision,
      note: eventStatusChanges.note,
      claimedBySlug: parties.slug,
      claimedByName: parties.name,
    })
    .from(eventStatusChanges)
    .leftJoin(parties, eq(eventStatusChanges.claimedByPartyId, parties.id))
    .where(eq(eventStatusChanges.eventId, row.id))
    .orderBy(asc(eventStatusChanges.effectiveAt), asc(eventStatusChanges.id))
    .all();
  const citationRows = loadCitations(
    db,
    'statusChangeId',
    changes.map((change) => change.id),
  );
  const statusHistory: StatusChangeDTO[] = changes.map((change) => ({
    id: change.id,
    status: change.status,
    effectiveAt: change.effectiveAt,
    precision: change.precision,
    note: change.note,
    claimedBy:
      change.claimedBySlug && change.claimedByName ? { slug: change.claimedBySlug, name: change.claimedByName } : null,
    citations: citationRows.filter((c) => c.statusChangeId === change.id).map(toCitationDTO),
  }));

  return { ...dto, related, statusHistory };
}
