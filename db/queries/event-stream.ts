// Reading every event a filter matches, page by page along the timeline's keyset cursor, so an
// export of the whole archive never holds more than one page in memory.
import { and, desc, sql } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import { decodeCursor } from '../cursor';
import { events, locations, parties, people, sources, topics } from '../schema';
import { getDb } from '../client';
import { analysesOfEvent, type EventAnalyses } from './claim-exchange';
import { hydrateEvents, type EventDTO } from './event-dto';
import { listRecentlyChangedAsOf } from './as-of';
import { eventConditions, getEvent, listEvents, type EventDetailDTO, type EventFilters } from './events';

export const EXPORT_PAGE_SIZE = 500;

/** Pages of matching events in timeline order; each page is read only when the caller asks. */
export async function* streamEvents({
  filters = {},
  pageSize = EXPORT_PAGE_SIZE,
  db = getDb(),
}: {
  filters?: EventFilters;
  pageSize?: number;
  db?: ParleyDb;
}): AsyncGenerator<EventDTO[]> {
  let cursor = null;
  for (;;) {
    const page = await listEvents({ filters, cursor, limit: pageSize, db });
    // The search highlight belongs to the screen, not to an export.
    if (page.items.length) yield page.items.map(({ match: _match, ...event }) => event);
    if (!page.nextCursor) return;
    cursor = decodeCursor(page.nextCursor);
  }
}

/** An event as the JSON export writes it: its full API shape, and its claims and points in the write API's shape. */
export type EventExportDTO = EventDetailDTO & EventAnalyses;

/** As `streamEvents`, each event in its full API shape (relations and status history) with its claims and points. */
export async function* streamEventDetails(options: {
  filters?: EventFilters;
  pageSize?: number;
  db?: ParleyDb;
}): AsyncGenerator<EventExportDTO[]> {
  const db = options.db ?? getDb();
  for await (const page of streamEvents({ ...options, db })) {
    const details: EventExportDTO[] = [];
    for (const event of page) {
      const detail = await getEvent({ key: event.id, asOf: options.filters?.asOf, db });
      if (detail) details.push({ ...detail, ...analysesOfEvent(db, event.id) });
    }
    yield details;
  }
}

/** The most recently added or changed matching events, newest first: what a feed shows. */
export async function listRecentlyChanged({
  filters = {},
  limit,
  db = getDb(),
}: {
  filters?: EventFilters;
  limit: number;
  db?: ParleyDb;
}): Promise<EventDTO[]> {
  if (filters.asOf) return listRecentlyChangedAsOf({ filters: { ...filters, asOf: filters.asOf }, limit, db });
  const rows = db
    .select()
    .from(events)
    .where(and(...eventConditions(db, filters)))
    .orderBy(desc(events.updatedAt), desc(events.id))
    .limit(limit)
    .all();
  return hydrateEvents(db, rows);
}

export type EventSetVersion = { count: number; lastModified: string | null; fingerprint: string };

/**
 * A cheap summary that changes whenever what a feed of these filters shows could change: the
 * matching events' number, clocks and versions, and the newest edit to any record an event
 * names (a renamed party changes every entry that shows it).
 */
export async function eventSetVersion({
  filters = {},
  db = getDb(),
}: {
  filters?: EventFilters;
  db?: ParleyDb;
}): Promise<EventSetVersion> {
  const matching = db
    .select({
      count: sql<number>`count(*)`,
      last: sql<string | null>`max(${events.updatedAt})`,
      versions: sql<number>`coalesce(sum(${events.version}), 0)`,
      ids: sql<number>`coalesce(sum(${events.id}), 0)`,
    })
    .from(events)
    .where(and(...eventConditions(db, filters)))
    .get()!;
  const named = db.get<{ last: string | null }>(
    sql`SELECT max(at) AS last FROM (${sql.join(
      [parties, people, topics, locations, sources].map(
        (table) => sql`SELECT max(${table.updatedAt}) AS at FROM ${table}`,
      ),
      sql` UNION ALL `,
    )})`,
  );
  const lastModified =
    [matching.last, named.last]
      .filter((at): at is string => at !== null)
      .sort()
      .at(-1) ?? null;
  return {
    count: matching.count,
    lastModified,
    fingerprint: `${matching.count}-${matching.ids}-${matching.versions}-${lastModified ?? 'never'}`,
  };
}
