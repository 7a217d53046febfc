// Query keys and options of the timeline, shared by the server's prefetch and the browser. In
// the browser the query functions call the JSON API; the server page passes its own function
// that reads the database directly, under the same key.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { EventFacetsDTO } from '@/db/queries/event-facets';
import type { EventPage } from '@/db/queries/events';
import { getJson } from './get-json';
import { filtersToSearchParams, type TimelineFilters } from './timeline-filters';

export const TIMELINE_PAGE_SIZE = 50;

export const timelineKeys = {
  all: ['events'] as const,
  list: (filters: TimelineFilters) => ['events', 'list', filters] as const,
  facets: (filters: TimelineFilters) => ['events', 'facets', filters] as const,
};

export function timelineQuery(filters: TimelineFilters) {
  return infiniteQueryOptions({
    queryKey: timelineKeys.list(filters),
    queryFn: ({ pageParam, signal }) => {
      const params = filtersToSearchParams(filters);
      params.set('limit', String(TIMELINE_PAGE_SIZE));
      if (pageParam) params.set('cursor', pageParam);
      return getJson<EventPage>('/api/events', params, signal);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last: EventPage) => last.nextCursor,
    // Pages never change once served and only ever get appended: comparing thousands of loaded
    // events deeply on every new page would cost more than it could save.
    structuralSharing: false,
  });
}

export function facetsQuery(filters: TimelineFilters) {
  return queryOptions({
    queryKey: timelineKeys.facets(filters),
    queryFn: ({ signal }) => getJson<EventFacetsDTO>('/api/events/facets', filtersToSearchParams(filters), signal),
  });
}
