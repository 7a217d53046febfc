// How many events a run of the facets histogram's periods holds, as its API contract states: the
// first period's events under way plus those that began in each later one. The app's chart that
// used it is now the time axis; the API keeps the histogram, and the tests keep checking it.
import type { HistogramDTO } from '@/db/queries/event-facets';

export function eventsInRun(buckets: HistogramDTO['buckets'], first: number, last: number): number {
  return buckets.slice(first + 1, last + 1).reduce((n, bucket) => n + bucket.begun, buckets[first].count);
}
