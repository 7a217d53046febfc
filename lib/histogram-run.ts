// How many events a run of the overview chart's periods holds: the first period's events under
// way, plus those that began in each later one. An event spanning several periods is counted
// once, so the figure is the one the list then shows for the run.
import type { HistogramDTO } from '@/db/queries/event-facets';

export function eventsInRun(buckets: HistogramDTO['buckets'], first: number, last: number): number {
  return buckets.slice(first + 1, last + 1).reduce((n, bucket) => n + bucket.begun, buckets[first].count);
}
