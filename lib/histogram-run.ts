// How many events a run of the overview chart's periods holds: the first period's events under
// way, plus those that began in each later one. An event spanning several periods is counted
// once, so the figure is the one the list then shows for the run.
import { periodEnd, type HistogramUnit } from '@/db/calendar';
import type { HistogramDTO } from '@/db/queries/event-facets';

export function eventsInRun(buckets: HistogramDTO['buckets'], first: number, last: number): number {
  return buckets.slice(first + 1, last + 1).reduce((n, bucket) => n + bucket.begun, buckets[first].count);
}

/** The days a run of periods covers, first to last inclusive, as the date filters take them. */
export function daysOfRun(buckets: HistogramDTO['buckets'], first: number, last: number, unit: HistogramUnit) {
  return { from: buckets[first].start, to: periodEnd(buckets[last].start, unit) };
}
