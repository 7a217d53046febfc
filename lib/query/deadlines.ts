// The timeline's Deadlines panel under the timeline's filters, keyed and fetched as the events
// are: the server prefetches it for the address it renders, the browser asks GET /api/commitments
// when a click changes the parties or topics. Commitments have no kind, person or place, so only
// those two filters (and neither's "all of") narrow them.
import { queryOptions } from '@tanstack/react-query';
import type { CommitmentDTO, CommitmentPage } from '@/db/queries/commitments';
import { getJson } from './get-json';
import type { TimelineFilters } from './timeline-filters';

/** How far back a passed deadline stays in the panel, and how many it shows. */
export const DEADLINES_SINCE_DAYS = 30;
export const DEADLINES_SHOWN = 5;

export type DeadlineFilters = Pick<TimelineFilters, 'party' | 'topic'>;

export function deadlineFilters(filters: TimelineFilters): DeadlineFilters {
  return { party: filters.party, topic: filters.topic };
}

/** The first instant a deadline may fall on and still be shown. */
export function deadlinesSince(now = Date.now()): string {
  return new Date(now - DEADLINES_SINCE_DAYS * 86_400_000).toISOString();
}

export function deadlinesQuery(filters: DeadlineFilters) {
  return queryOptions({
    queryKey: ['commitments', 'deadlines', filters] as const,
    queryFn: async ({ signal }): Promise<CommitmentDTO[]> => {
      const params = new URLSearchParams({ due_after: deadlinesSince(), limit: String(DEADLINES_SHOWN) });
      if (filters.party.length) params.set('party', filters.party.join(','));
      if (filters.topic.length) params.set('topic', filters.topic.join(','));
      return (await getJson<CommitmentPage>('/api/commitments', params, signal)).items;
    },
  });
}
