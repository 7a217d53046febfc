// The claims the timeline shows beside a topic's events ("what each side said"), under keys and
// options shared by the server's prefetch and the browser, as for the events themselves.
import { infiniteQueryOptions } from '@tanstack/react-query';
import type { ClaimPage } from '@/db/queries/claims';
import { getJson } from './get-json';
import type { TimelineFilters } from './timeline-filters';

export const TOPIC_CLAIMS_PAGE_SIZE = 20;

/**
 * The timeline filters that also hold for claims: who makes them, when their sessions were, the
 * search. Event kinds and the people taking part describe events, not what a party says: they
 * leave the claims alone (and a change to them does not ask for the claims again).
 */
export type TopicClaimsFilters = { topic: string } & Pick<TimelineFilters, 'party' | 'from' | 'to' | 'q' | 'asOf'>;

export function topicClaimsFilters(filters: TimelineFilters, topic: string): TopicClaimsFilters {
  return { topic, party: filters.party, from: filters.from, to: filters.to, q: filters.q, asOf: filters.asOf };
}

export const claimKeys = {
  all: ['claims'] as const,
  topic: (filters: TopicClaimsFilters) => ['claims', 'topic', filters] as const,
};

/** The query string of GET /api/claims for a topic's claims, newest first. */
export function topicClaimsParams(filters: TopicClaimsFilters): URLSearchParams {
  const params = new URLSearchParams({ topic: filters.topic, order: 'newest', limit: String(TOPIC_CLAIMS_PAGE_SIZE) });
  if (filters.party.length) params.set('party', filters.party.join(','));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q) params.set('q', filters.q);
  if (filters.asOf) params.set('asOf', filters.asOf);
  return params;
}

export function topicClaimsQuery(filters: TopicClaimsFilters) {
  return infiniteQueryOptions({
    queryKey: claimKeys.topic(filters),
    queryFn: ({ pageParam, signal }) => {
      const params = topicClaimsParams(filters);
      if (pageParam) params.set('cursor', pageParam);
      return getJson<ClaimPage>('/api/claims', params, signal);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last: ClaimPage) => last.nextCursor,
  });
}
