// The time axis's query, shared by the server's prefetch and the browser: the timeline's filters
// without their dates (the axis shows the dates chosen, it is not narrowed by them) and a window.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { EventBinsDTO } from '@/db/queries/event-bins';
import { getJson } from './get-json';
import { filtersToSearchParams, type TimelineFilters } from './timeline-filters';

/** A window as ISO instants, or null for the matching events' whole extent. */
export type AxisWindow = { from: string; to: string } | null;

export function axisFilters(filters: TimelineFilters): TimelineFilters {
  return { ...filters, from: null, to: null };
}

export function binsParams(filters: TimelineFilters, window: AxisWindow, bins: number): URLSearchParams {
  const params = filtersToSearchParams(axisFilters(filters));
  if (window) {
    params.set('from', window.from);
    params.set('to', window.to);
  }
  params.set('bins', String(bins));
  return params;
}

export function eventBinsQuery(filters: TimelineFilters, window: AxisWindow, bins: number) {
  return queryOptions({
    queryKey: ['events', 'bins', axisFilters(filters), window, bins] as const,
    queryFn: ({ signal }) => getJson<EventBinsDTO>('/api/events/bins', binsParams(filters, window, bins), signal),
    placeholderData: keepPreviousData,
  });
}
