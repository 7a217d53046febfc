// What the timeline shows around its list: how many events each filter choice would give with
// the other filters held (faceted counts), the total, and how the matching events spread over
// time (the overview histogram); today, or as of an earlier instant.
import {
  and,
  count,
  countDistinct,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  max,
  min,
  notInArray,
  sql,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import { cachedRead } from '../read-cache';
import type { EventKind } from '../enums';
import { getDb } from '../client';
import { histogramUnit, nextPeriod, periodStart, type HistogramUnit } from '../calendar';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  eventHistory,
  eventHistoryParties,
  eventHistoryPeople,
  eventHistoryTopics,
  eventParties,
  eventPeople,
  events,
  eventTopics,
  locations,
  parties,
  people,
  topics,
} from '../schema';
import { eventConditionsAsOf } from './as-of';
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

type Facet = 'party' | 'topic' | 'person';
/** A join table: its key (an event's id today, a state's id as of then) and the record it names. */
type Join = {
  table:
    | typeof eventParties
    | typeof eventHistoryParties
    | typeof eventTopics
    | typeof eventHistoryTopics
    | typeof eventPeople
    | typeof eventHistoryPeople;
  key: SQLiteColumn;
  ref: SQLiteColumn;
};

/** What is counted: today's events, or the states valid at `asOf` (db/queries/as-of.ts). */
type Counted = {
  rows: typeof events | typeof eventHistory;
  where: (skip?: keyof EventFilters) => SQL[];
  joins: Record<Facet, Join>;
  /** A join table's rows whose key is among the events matching the filters other than `skip`. */
  among: (key: SQLiteColumn, skip: keyof EventFilters | undefined) => SQL;
};

/**
 * Today's events. With no filter other than `skip`, a join table's matching rows are all but
 * the deleted events': SQLite then walks the facet's own index in order rather than looking up
 * each of 100,000 ids one by one (on 100,000 events, a cold count of the parties took seconds
 * that way and a tenth of that this way).
 */
function liveCounted(db: ParleyDb, filters: EventFilters): Counted {
  return {
    rows: events,
    where: (skip) => eventConditions(db, filters, skip),
    joins: {
      party: { table: eventParties, key: eventParties.eventId, ref: eventParties.partyId },
      topic: { table: eventTopics, key: eventTopics.eventId, ref: eventTopics.topicId },
      person: { table: eventPeople, key: eventPeople.eventId, ref: eventPeople.personId },
    },
    among: (key, skip) => {
      const [live, ...others] = eventConditions(db, filters, skip);
      if (others.length === 0)
        return notInArray(key, db.select({ id: events.id }).from(events).where(isNotNull(events.deletedAt)));
      return inArray(
        key,
        db
          .select({ id: events.id })
          .from(events)
          .where(and(live, ...others)),
      );
    },
  };
}

function asOfCounted(db: ParleyDb, filters: EventFilters & { asOf: string }): Counted {
  return {
    rows: eventHistory,
    where: (skip) => eventConditionsAsOf(db, filters, skip),
    joins: {
      party: { table: eventHistoryParties, key: eventHistoryParties.historyId, ref: eventHistoryParties.partyId },
      topic: { table: eventHistoryTopics, key: eventHistoryTopics.historyId, ref: eventHistoryTopics.topicId },
      person: { table: eventHistoryPeople, key: eventHistoryPeople.historyId, ref: eventHistoryPeople.personId },
    },
    among: (key, skip) =>
      inArray(
        key,
        db
          .select({ id: eventHistory.id })
          .from(eventHistory)
          .where(and(...eventConditionsAsOf(db, filters, skip))),
      ),
  };
}

/** Chosen values that match nothing under the other filters still appear, with 0, to be unchosen. */
function withChosen(
  db: ParleyDb,
  table: typeof parties | typeof topics | typeof people | typeof locations,
  rows: FacetOption[],
  chosen: string[],
): FacetOption[] {
  const missing = chosen.filter((slug) => !rows.some((row) => row.slug === slug));
  if (missing.length === 0) return rows;
  const extra = db.select({ slug: table.slug, name: table.name }).from(table).where(inArray(table.slug, missing)).all();
  return [...rows, ...extra.map((row) => ({ ...row, count: 0 }))];
}

const NAMED = {
  party: { table: parties, order: parties.name },
  topic: { table: topics, order: topics.name },
  person: { table: people, order: people.sortName },
};

/**
 * Under "any of", a party's count is what choosing it alongside the others would add, so the
 * party filter itself is set aside; under "all of", choosing one more narrows the events that
 * already have every chosen party, so the counts are taken among those.
 */
function facetSkip(filters: EventFilters, facet: Facet): keyof EventFilters | undefined {
  if (facet === 'party' && filters.partyMatch === 'all') return undefined;
  if (facet === 'person' && filters.personMatch === 'all') return undefined;
  return facet;
}

function joinCounts(db: ParleyDb, counted: Counted, filters: EventFilters, facet: Facet): FacetOption[] {
  const chosen = filters[facet] ?? [];
  const { table, order } = NAMED[facet];
  const join = counted.joins[facet];
  // An event names a party or a person once per role; a topic once.
  const tally = facet === 'topic' ? count() : countDistinct(join.key);
  const rows = db
    .select({ slug: table.slug, name: table.name, count: tally })
    .from(join.table)
    .innerJoin(table, eq(join.ref, table.id))
    .where(and(counted.among(join.key, facetSkip(filters, facet)), isNull(table.deletedAt)))
    .groupBy(table.id)
    .orderBy(desc(tally), order)
    .all();
  return withChosen(
    db,
    table,
    facet === 'person' ? rows.filter((row, index) => index < PERSON_LIMIT || chosen.includes(row.slug)) : rows,
    chosen,
  );
}

/** Venues: each event has at most one, so this counts the matching events per location. */
function locationCounts(db: ParleyDb, counted: Counted, filters: EventFilters): FacetOption[] {
  const { rows } = counted;
  const found = db
    .select({ slug: locations.slug, name: locations.name, count: count() })
    .from(rows)
    .innerJoin(locations, eq(rows.locationId, locations.id))
    .where(and(...counted.where('location'), isNull(locations.deletedAt)))
    .groupBy(locations.id)
    .orderBy(desc(count()), locations.name)
    .all();
  return withChosen(db, locations, found, filters.location ?? []);
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
function histogram(db: ParleyDb, rows: Counted['rows'], filters: EventFilters, where: SQL | undefined): HistogramDTO {
  const extent = db
    .select({ first: min(rows.localStartDay), last: max(rows.localStartDay) })
    .from(rows)
    .where(where)
    .get();
  const fromDay = filters.from ? firstDay(filters.from) : extent?.first;
  const endDay = filters.to ? lastDay(filters.to) : extent?.last;
  if (!fromDay || !endDay) return { unit: 'day', buckets: [] };
  // Events that began before a chosen start but reach into it can make the extent end before it.
  const toDay = endDay < fromDay ? fromDay : endDay;
  const unit = histogramUnit(fromDay, toDay);
  const begins = BUCKET_SQL(rows.localStartDay, unit);
  const ends = BUCKET_SQL(rows.localEndDay, unit);
  const spans = db.select({ begins, ends, count: count() }).from(rows).where(where).groupBy(begins, ends).all();
  const buckets: HistogramDTO['buckets'] = [];
  for (let start = periodStart(fromDay, unit); start <= toDay; start = nextPeriod(start, unit))
    buckets.push({ start, count: 0, begun: 0 });
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
export async function getEventFacets({
  filters = {},
  db = getDb(),
}: {
  filters?: EventFilters;
  db?: ParleyDb;
}): Promise<EventFacetsDTO> {
  return cachedRead(db, `facets|${JSON.stringify(filters)}`, () => countFacets(db, filters));
}

function countFacets(db: ParleyDb, filters: EventFilters): EventFacetsDTO {
  const counted = filters.asOf ? asOfCounted(db, { ...filters, asOf: filters.asOf }) : liveCounted(db, filters);
  const { rows } = counted;
  const where = and(...counted.where());
  const total = db.select({ count: count() }).from(rows).where(where).get()?.count ?? 0;
  const kind = db
    .select({ slug: rows.kind, count: count() })
    .from(rows)
    .where(and(...counted.where('kind')))
    .groupBy(rows.kind)
    .orderBy(desc(count()))
    .all();
  return {
    total,
    party: joinCounts(db, counted, filters, 'party'),
    topic: joinCounts(db, counted, filters, 'topic'),
    person: joinCounts(db, counted, filters, 'person'),
    location: locationCounts(db, counted, filters),
    kind,
    histogram: histogram(db, rows, filters, where),
  };
}
