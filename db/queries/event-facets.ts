// What the timeline shows around its list: how many events each filter choice would give with
// the other filters held (faceted counts), the total, and how the matching events spread over
// time (the overview histogram).
import { and, count, countDistinct, desc, eq, inArray, isNotNull, isNull, max, min, notInArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import { cachedRead } from '../read-cache';
import type { EventKind } from '../enums';
import { getDb } from '../client';
import { histogramUnit, nextPeriod, periodStart, type HistogramUnit } from '../calendar';
import { eventParties, eventPeople, events, eventTopics, locations, parties, people, topics } from '../schema';
import { eventConditions, isCalendarDay, type EventFilters } from './events';

export type FacetOption = { slug: string; name: string; count: number };
export type HistogramDTO = {
  unit: HistogramUnit;
  /** Dense, in time order: every period from the first to the last, empty ones with 0. */
  buckets: { start: string; count: number; begun: number }[];
};
export type { HistogramUnit };
export type EventFacetsDTO = {
  total: number;
  party: FacetOption[];
  topic: FacetOption[];
  person: FacetOption[];
  location: FacetOption[];
  kind: { slug: EventKind; count: number }[];
  histogram: HistogramDTO;
};

/** People are many; the list shows the busiest ones (plus any already chosen). */
const PERSON_LIMIT = 40;

/**
 * A join table's events that match the filters other than `skip`. With no other filter that is
 * every live event: then the few deleted ones are left out instead, so that SQLite walks the
 * facet's own index in order rather than looking up each of 100,000 ids one by one (on 100,000
 * events, a cold count of the parties took seconds that way and a tenth of that this way).
 */
function amongMatching(db: ParleyDb, eventId: SQLWrapper, filters: EventFilters, skip: keyof EventFilters | undefined): SQL {
  const conditions = eventConditions(db, filters, skip);
  const [live, ...others] = conditions;
  if (others.length === 0) return notInArray(eventId, db.select({ id: events.id }).from(events).where(isNotNull(events.deletedAt)));
  return inArray(eventId, db.select({ id: events.id }).from(events).where(and(live, ...others)));
}

/** Chosen values that match nothing under the other filters still appear, with 0, to be unchosen. */
function withChosen(db: ParleyDb, table: typeof parties | typeof topics | typeof people | typeof locations, rows: FacetOption[], chosen: string[]): FacetOption[] {
  const missing = chosen.filter((slug) => !rows.some((row) => row.slug === slug));
  if (missing.length === 0) return rows;
  const extra = db.select({ slug: table.slug, name: table.name }).from(table).where(inArray(table.slug, missing)).all();
  return [...rows, ...extra.map((row) => ({ ...row, count: 0 }))];
}

/**
 * Under "any of", a party's count is what choosing it alongside the others would add, so the
 * party filter itself is set aside; under "all of", choosing one more narrows the events that
 * already have every chosen party, so the counts are taken among those.
 */
function facetSkip(filters: EventFilters, facet: 'party' | 'topic' | 'person'): keyof EventFilters | undefined {
  if (facet === 'party' && filters.partyMatch === 'all') return undefined;
  if (facet === 'person' && filters.personMatch === 'all') return undefined;
  return facet;
}

function joinCounts(
  db: ParleyDb,
  filters: EventFilters,
  facet: 'party' | 'topic' | 'person',
): FacetOption[] {
  const chosen = filters[facet] ?? [];
  const skip = facetSkip(filters, facet);
  if (facet === 'party') {
    const rows = db
      .select({ slug: parties.slug, name: parties.name, count: countDistinct(eventParties.eventId) })
      .from(eventParties)
      .innerJoin(parties, eq(eventParties.partyId, parties.id))
      .where(and(amongMatching(db, eventParties.eventId, filters, skip), isNull(parties.deletedAt)))
      .groupBy(parties.id)
      .orderBy(desc(countDistinct(eventParties.eventId)), parties.name)
      .all();
    return withChosen(db, parties, rows, chosen);
  }
  if (facet === 'topic') {
    const rows = db
      .select({ slug: topics.slug, name: topics.name, count: count() })
      .from(eventTopics)
      .innerJoin(topics, eq(eventTopics.topicId, topics.id))
      .where(and(amongMatching(db, eventTopics.eventId, filters, skip), isNull(topics.deletedAt)))
      .groupBy(topics.id)
      .orderBy(desc(count()), topics.name)
      .all();
    return withChosen(db, topics, rows, chosen);
  }
  const rows = db
    .select({ slug: people.slug, name: people.name, count: countDistinct(eventPeople.eventId) })
    .from(eventPeople)
    .innerJoin(people, eq(eventPeople.personId, people.id))
    .where(and(amongMatching(db, eventPeople.eventId, filters, skip), isNull(people.deletedAt)))
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

/** Venues: each event has at most one, so this counts the matching events per location. */
function locationCounts(db: ParleyDb, filters: EventFilters): FacetOption[] {
  const rows = db
    .select({ slug: locations.slug, name: locations.name, count: count() })
    .from(events)
    .innerJoin(locations, eq(events.locationId, locations.id))
    .where(and(...eventConditions(db, filters, 'location'), isNull(locations.deletedAt)))
    .groupBy(locations.id)
    .orderBy(desc(count()), locations.name)
    .all();
  return withChosen(db, locations, rows, filters.location ?? []);
}

const BUCKET_SQL = (day: SQLWrapper, unit: HistogramUnit): SQL<string> =>
  ({
    day: sql<string>`${day}`,
    week: sql<string>`date(${day}, '-6 days', 'weekday 1')`,
    month: sql<string>`substr(${day}, 1, 7) || '-01'`,
    year: sql<string>`substr(${day}, 1, 4) || '-01-01'`,
  })[unit];

/** The first and last calendar day a range takes in (an instant `to` is exclusive). */
const firstDay = (from: string) => from.slice(0, 10);
const lastDay = (to: string) => (isCalendarDay(to) ? to : new Date(Date.parse(to) - 1).toISOString().slice(0, 10));

/**
 * Counts per period, by the events' local days, over the chosen date range, or over the
 * matching events' own extent when no range is chosen, so that choosing a range on the chart
 * zooms into it. A period's `count` is what the list shows for that period alone (every event
 * under way in it); `begun` counts those that began in it, so that a run of periods holds the
 * first one's `count` plus the others' `begun`, exactly what the list shows for the run.
 */
function histogram(db: ParleyDb, filters: EventFilters, where: SQL | undefined): HistogramDTO {
  const extent = db.select({ first: min(events.localStartDay), last: max(events.localStartDay) }).from(events).where(where).get();
  const fromDay = filters.from ? firstDay(filters.from) : extent?.first;
  const endDay = filters.to ? lastDay(filters.to) : extent?.last;
  if (!fromDay || !endDay) return { unit: 'day', buckets: [] };
  // Events that began before a chosen start but reach into it can make the extent end before it.
  const toDay = endDay < fromDay ? fromDay : endDay;
  const unit = histogramUnit(fromDay, toDay);
  const begins = BUCKET_SQL(events.localStartDay, unit);
  const ends = BUCKET_SQL(events.localEndDay, unit);
  const spans = db.select({ begins, ends, count: count() }).from(events).where(where).groupBy(begins, ends).all();
  const buckets: HistogramDTO['buckets'] = [];
  for (let start = periodStart(fromDay, unit); start <= toDay; start = nextPeriod(start, unit)) buckets.push({ start, count: 0, begun: 0 });
  const first = buckets[0].start;
  const index = new Map(buckets.map((bucket, i) => [bucket.start, i]));
  for (const span of spans) {
    const lo = span.begins < first ? 0 : index.get(span.begins);
    if (lo === undefined) continue;
    const hi = index.get(span.ends) ?? buckets.length - 1;
    for (let i = lo; i <= hi; i++) buckets[i].count += span.count;
    if (span.begins >= first) buckets[lo].begun += span.count;
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
    location: locationCounts(db, filters),
    kind,
    histogram: histogram(db, filters, where),
  };
}
