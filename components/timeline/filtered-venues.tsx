'use client';

import { useQuery } from '@tanstack/react-query';
import { facetsQuery } from '@/lib/query/timeline';
import { hasFilters } from '@/lib/query/timeline-filters';
import { useTimelineFilters } from './use-timeline-filters';

const SLUG = /^[a-z0-9-]+$/;

/**
 * The venue map (drawn on the server with every venue, children) narrowed to the venues of the
 * events the filters keep. The world map is not sent to the browser again: a style rule shows the
 * dots of the venues the counts name, so a click on a filter changes the map without a request.
 */
export function FilteredVenues({ children }: { children: React.ReactNode }) {
  const { filters } = useTimelineFilters();
  const facets = useQuery(facetsQuery(filters));
  const chosen = new Set(filters.location);
  const shown = hasFilters(filters)
    ? facets.data?.location
        .filter((venue) => venue.count > 0 && (!chosen.size || chosen.has(venue.slug)))
        .map((venue) => venue.slug)
        .filter((slug) => SLUG.test(slug))
    : undefined;
  const rule = shown
    ? `[data-filtered-venues] a[data-venue]{display:none}` +
      shown.map((slug) => `[data-filtered-venues] a[data-venue="${slug}"]{display:inline}`).join('')
    : '';
  return (
    <div data-filtered-venues="">
      {rule && <style>{rule}</style>}
      {children}
      {shown && (
        <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
          {shown.length === 0
            ? 'No venue recorded for the events shown.'
            : `The ${shown.length === 1 ? 'venue' : `${shown.length} venues`} of the events shown.`}
        </p>
      )}
    </div>
  );
}
