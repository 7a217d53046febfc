// The time axis's data: how many matching events start in each stretch of a window, overall and
// per track (a lane per party), and the events themselves once the window holds few enough to
// draw one by one. Counted in SQL, so the browser never loads the 100,000 events of an archive.
import { and, asc, countDistinct, desc, eq, inArray, isNull, max, min, sql, type SQL } from 'drizzle-orm';
import type { EventKind } from '../enums';
import type { ParleyDb } from '../connection';
import { getDb } from '../client';
import { cachedRead } from '../read-cache';
import { eventParties, events, parties } from '../schema';
import { binWidth, windowAround, windowOfBounds, type TimeWindow } from '../time-bins';
import { eventConditions, type EventFilters } from './events';

/** At most this many events in the window are sent one by one; more are only counted. */
export const EVENTS_DRAWN_MAX = 300;
/** Lanes beside the overall row: more would leave each too thin to read at 360 px. */
export const LANE_MAX = 4;

export type BinnedEvent = {
  slug: string;
  title: string;
  kind: EventKind;
  startsAt: string;
  endsAt: string | null;
  /** The lanes (party slugs) the event is drawn in. */
  lanes: string[];
};
export type EventBinsDTO = {
  /** The window counted, as ISO instants; the filters' own bounds, or the matching events' extent. */
  from: string;
  to: string;
  /** Matching events, each counted once, in the bin where it starts (clamped to the window). */
  total: number;
  bins: number[];
  lanes: { slug: string; name: string; bins: number[] }[];
  /** Every matching event, when there are at most EVENTS_DRAWN_MAX; otherwise null. */
  events: BinnedEvent[] | null;
};

/** The window: the filters' bounds where given, otherwise the matching events' extent. */
function windowOf(db: ParleyDb, filters: EventFilters, where: SQL | undefined): TimeWindow {
  if (filters.from && filters.to) return windowOfBounds(filters.from, filters.to);
  const extent = db
    .select({
      first: min(events.startsAt),
      last: max(sql<string>`coalesce(${events.endsAt}, ${events.startsAt})`),
    })
    .from(events)
    .where(where)
    .get();
  const around = extent?.first && extent.last ? windowAround(Date.parse(extent.first), Date.parse(extent.last)) : null;
  const now = Date.now();
  const fallback = around ?? { fromMs: now - 365 * 86_400_000, toMs: now };
  if (!filters.from && !filters.to) return fallback;
  return windowOfBounds(
    filters.from ?? new Date(fallback.fromMs).toISOString(),
    filters.to ?? new Date(fallback.toMs).toISOString(),
  );
}

/** The SQL for an event's bin, by its start instant; `julianday` counts days as a real number. */
function binSql(window: TimeWindow, bins: number): SQL<number> {
  const fromDay = window.fromMs / 86_400_000 + 2440587.5; // the Julian day of the window's start
  const perDay = 86_400_000 / binWidth(window, bins);
  const index = sql`cast((julianday(${events.startsAt}) - ${fromDay}) * ${perDay} as integer)`;
  return sql<number>`max(0, min(${bins - 1}, ${index}))`;
}

/** The parties given lanes: those chosen in the filter, or the busiest among the matching events. */
function laneParties(db: ParleyDb, filters: EventFilters, where: SQL | undefined) {
  return db
    .select({ id: parties.id, slug: parties.slug, name: parties.name })
    .from(eventParties)
    .innerJoin(parties, eq(eventParties.partyId, parties.id))
    .innerJoin(events, eq(eventParties.eventId, events.id))
    .where(
      and(where, isNull(parties.deletedAt), filters.party?.length ? inArray(parties.slug, filters.party) : undefined),
    )
    .groupBy(parties.id)
    .orderBy(desc(countDistinct(eventParties.eventId)), asc(parties.name))
    .limit(LANE_MAX)
    .all();
}

function dense(rows: { bin: number; count: number }[], bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (const row of rows) counts[row.bin] += row.count;
  return counts;
}

async function countBins(db: ParleyDb, filters: EventFilters, bins: number): Promise<EventBinsDTO> {
  const where = and(...eventConditions(db, filters));
  // The lanes and the window's extent ignore the window's own bounds, so that they stay put while
  // the reader zooms; being the same for every window, they are counted once per set of filters.
  const unbounded = { ...filters, from: undefined, to: undefined };
  const unboundedWhere = and(...eventConditions(db, unbounded));
  const window = windowOf(db, filters, unboundedWhere);
  const bin = binSql(window, bins);
  const overall = dense(
    db
      .select({ bin, count: sql<number>`count(*)` })
      .from(events)
      .where(where)
      .groupBy(bin)
      .all(),
    bins,
  );
  const laneRows = await cachedRead(db, `bin-lanes|${JSON.stringify(unbounded)}`, () =>
    laneParties(db, filters, unboundedWhere),
  );
  const perLane = laneRows.length
    ? db
        .select({
          partyId: eventParties.partyId,
          bin,
          count: countDistinct(events.id),
        })
        .from(events)
        .innerJoin(eventParties, eq(eventParties.eventId, events.id))
        .where(
          and(
            where,
            inArray(
              eventParties.partyId,
              laneRows.map((lane) => lane.id),
            ),
          ),
        )
        .groupBy(eventParties.partyId, bin)
        .all()
    : [];
  const total = overall.reduce((sum, count) => sum + count, 0);
  return {
    from: new Date(window.fromMs).toISOString(),
    to: new Date(window.toMs).toISOString(),
    total,
    bins: overall,
    lanes: laneRows.map((lane) => ({
      slug: lane.slug,
      name: lane.name,
      bins: dense(
        perLane.filter((row) => row.partyId === lane.id),
        bins,
      ),
    })),
    events: total <= EVENTS_DRAWN_MAX ? listBinned(db, where, laneRows) : null,
  };
}

function listBinned(db: ParleyDb, where: SQL | undefined, lanes: { id: number; slug: string }[]): BinnedEvent[] {
  const rows = db
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      kind: events.kind,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
    })
    .from(events)
    .where(where)
    .orderBy(asc(events.startsAt), asc(events.id))
    .all();
  const memberships =
    lanes.length && rows.length
      ? db
          .selectDistinct({
            eventId: eventParties.eventId,
            partyId: eventParties.partyId,
          })
          .from(eventParties)
          .where(
            and(
              inArray(
                eventParties.eventId,
                rows.map((row) => row.id),
              ),
              inArray(
                eventParties.partyId,
                lanes.map((lane) => lane.id),
              ),
            ),
          )
          .all()
      : [];
  const slugOf = new Map(lanes.map((lane) => [lane.id, lane.slug]));
  return rows.map(({ id, ...row }) => ({
    ...row,
    lanes: memberships.filter((m) => m.eventId === id).map((m) => slugOf.get(m.partyId)!),
  }));
}

/** Counts for the axis; kept until the data changes, like the other counts. */
export async function getEventBins({
  filters = {},
  bins,
  db = getDb(),
}: {
  filters?: EventFilters;
  bins: number;
  db?: ParleyDb;
}): Promise<EventBinsDTO> {
  return cachedRead(db, `bins|${bins}|${JSON.stringify(filters)}`, () => countBins(db, filters, bins));
}
