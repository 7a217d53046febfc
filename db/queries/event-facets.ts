// What the timeline shows around its list: how many events each filter choice would give with
// the other filters held (faceted counts), the total, and how the matching events spread over
// time (the overview histogram).
import { and, count, countDistinct, desc, eq, inArray, isNull, max, min, sql, type SQL } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import { cachedRead } from '../read-cache';
import type { EventKind } from '../enums';
import { getDb } from '../client';
import { clampToYearRange } from '../year-range';
import { histogramUnit, nextPeriod, periodStart, type HistogramUnit } from '../periods';
import { eventParties, eventPeople, events, eventTopics, parties, people, topics } from '../schema';
import { eventConditions, type EventFilters } from './events';

export type FacetOption = { slug: string; name: string; count: number };
export type HistogramDTO = {
  unit: HistogramUnit;
  /** Dense, in time order: every period from the first to the last, empty ones with 0. */
  buckets: { start: string; count: number }[];
};
export type { HistogramUnit };
export type EventFacetsDTO = {
  total: number;
  party: FacetOption[];
  topic: FacetOption[];
  person: FacetOption[];
  kind: { slug: EventKind; count: number }[];
  histogram: HistogramDTO;
};

/** People are many; the list shows the busiest ones (plus any already chosen). */
const PERSON_LIMIT = 40;

function matching(db: ParleyDb, filters: EventFilters, skip?: keyof EventFilters) {
  return db
    .select({ id: events.id })
    .from(events)
    .where(and(...eventConditions(db, filters, skip)));
}

/** Chosen values that match nothing under the other filters still appear, with 0, to be unchosen. */
function withChosen(db: ParleyDb, table: typeof parties | typeof topics | typeof people, rows: FacetOption[], chosen: string[]): FacetOption[] {
  const missing = chosen.filter((slug) => !rows.some((row) => row.slug === slug));
  if (missing.length === 0) return rows;
  const extra = db.select({ slug: table.slug, name: table.name }).from(table).where(inArray(table.slug, missing)).all();
  return [...rows, ...extra.map((row) => ({ ...row, count: 0 }))];
}

function joinCounts(
  db: ParleyDb,
  filters: EventFilters,
  skip: 'party' | 'topic' | 'person',
): FacetOption[] {
  const chosen = filters[skip] ?? [];
  if (skip === 'party') {
    const rows = db
      .select({ slug: parties.slug, name: parties.name, count: countDistinct(eventParties.eventId) })
      .from(eventParties)
      .innerJoin(parties, eq(eventParties.partyId, parties.id))
      .where(and(inArray(eventParties.eventId, matching(db, filters, skip)), isNull(parties.deletedAt)))
      .groupBy(parties.id)
      .orderBy(desc(countDistinct(eventParties.eventId)), parties.name)
      .all();
    return withChosen(db, parties, rows, chosen);
  }
  if (skip === 'topic') {
    const rows = db
      .select({ slug: topics.slug, name: topics.name, count: count() })
      .from(eventTopics)
      .innerJoin(topics, eq(eventTopics.topicId, topics.id))
      .where(and(inArray(eventTopics.eventId, matching(db, filters, skip)), isNull(topics.deletedAt)))
      .groupBy(topics.id)
      .orderBy(desc(count()), topics.name)
      .all();
    return withChosen(db, topics, rows, chosen);
  }
  const rows = db
    .select({ slug: people.slug, name: people.name, count: countDistinct(eventPeople.eventId) })
    .from(eventPeople)
    .innerJoin(people, eq(eventPeople.personId, people.id))
    .where(and(inArray(eventPeople.eventId, matching(db, filters, skip)), isNull(people.deletedAt)))
    .groupBy(people.id)
    .orderBy(desc(countDistinct(eventPeople.eventId)), people.sortName)
    .all();
  return withChosen(
    db,
    people,
    rows.filter((row, index) => index < PERSON_LIMIT || chosen.includes(row.slug)),
    chosen,
  );
}

/**
 * The day an event is counted on. A day, week, month or year starts at local midnight, stored
 * as UTC; noon of that local day is on the same calendar day in UTC for every zone within ±12
 * hours, so a date is never shifted into its neighbour. Clock times are counted on their UTC
 * day, which differs from the local day only within a few hours of midnight.
 */
const COUNTED_DAY = sql<string>`CASE WHEN ${events.precision} IN ('minute', 'hour') THEN substr(${events.startsAt}, 1, 10) ELSE date(${events.startsAt}, '+12 hours') END`;

const BUCKET_SQL: Record<HistogramUnit, SQL<string>> = {
  day: COUNTED_DAY,
  week: sql<string>`date(${COUNTED_DAY}, '-6 days', 'weekday 1')`,
  month: sql<string>`substr(${COUNTED_DAY}, 1, 7) || '-01'`,
  year: sql<string>`substr(${COUNTED_DAY}, 1, 4) || '-01-01'`,
};

/**
 * Counts per period over the chosen date range, or over the matching events' own extent when
 * no range is chosen, so that choosing a range on the chart zooms into it.
 */
function histogram(db: ParleyDb, filters: EventFilters, where: SQL | undefined): HistogramDTO {
  const extent = db.select({ first: min(events.startsAt), last: max(events.startsAt) }).from(events).where(where).get();
  // The chart spans only the years a date may be written in; events stored outside them
  // before that rule (or a range reaching past them) count in its first or last period.
  const fromMs = clampToYearRange(Date.parse(filters.from ?? extent?.first ?? ''));
  // Events that began before a chosen start but reach into it can make the extent end before it.
  const toMs = Math.max(fromMs, clampToYearRange(filters.to ? Date.parse(filters.to) - 1 : Date.parse(extent?.last ?? '')));
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) return { unit: 'day', buckets: [] };
  const unit = histogramUnit(fromMs, toMs);
  const bucket = BUCKET_SQL[unit];
  const [lowest, highest] = [periodStart(clampToYearRange(-Infinity), unit), periodStart(clampToYearRange(Infinity), unit)];
  // SQLite's date() answers NULL past the year 9999.
  const rows = db
    .select({ start: bucket, count: count() })
    .from(events)
    .where(where)
    .groupBy(bucket)
    .all()
    .map((row) => ({ count: row.count, start: row.start === null || row.start > highest ? highest : row.start < lowest ? lowest : row.start }));
  // An event is counted on its start day (see COUNTED_DAY), which can lie just outside the
  // periods of the raw instants: a chosen range holds such events in its edge periods, the
  // matching events' own extent widens to show them.
  let first = periodStart(fromMs, unit);
  let last = periodStart(toMs, unit);
  if (!filters.from && rows.length) first = rows.reduce((min, row) => (row.start < min ? row.start : min), first);
  if (!filters.to && rows.length) last = rows.reduce((max, row) => (row.start > max ? row.start : max), last);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = row.start < first ? first : row.start > last ? last : row.start;
    counts.set(key, (counts.get(key) ?? 0) + row.count);
  }
  const buckets: HistogramDTO['buckets'] = [];
  for (let start = first; start <= last; start = nextPeriod(start, unit)) {
    buckets.push({ start, count: counts.get(start) ?? 0 });
  }
  return { unit, buckets };
}

/** Counting a large archive several ways takes far longer than reading a page: kept until the data changes. */
export async function getEventFacets({ filters = {}, db = getDb() }: { filters?: EventFilters; db?: ParleyDb }): Promise<EventFacetsDTO> {
  return cachedRead(db, `facets|${JSON.stringify(filters)}`, () => countFacets(db, filters));
}

function countFacets(db: ParleyDb, filters: EventFilters): EventFacetsDTO {
  const where = and(...eventConditions(db, filters));
  const total = db.select({ count: count() }).from(events).where(where).get()?.count ?? 0;
  const kind = db
    .select({ slug: events.kind, count: count() })
    .from(events)
    .where(and(...eventConditions(db, filters, 'kind')))
    .groupBy(events.kind)
    .orderBy(desc(count()))
    .all();
  return {
    total,
    party: joinCounts(db, filters, 'party'),
    topic: joinCounts(db, filters, 'topic'),
    person: joinCounts(db, filters, 'person'),
    kind,
    histogram: histogram(db, filters, where),
  };
}
