'use client';

import { parseAsArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs';
import { useCallback, useMemo } from 'react';
import { EVENT_KIND_CHOICES } from '@/lib/labels';
import {
  EMPTY_FILTERS,
  MATCH_MODES,
  normalizeFilters,
  type ListFilter,
  type TimelineFilters,
} from '@/lib/query/timeline-filters';

const parsers = {
  party: parseAsArrayOf(parseAsString).withDefault([]),
  partyMatch: parseAsStringLiteral(MATCH_MODES).withDefault('any'),
  topic: parseAsArrayOf(parseAsString).withDefault([]),
  person: parseAsArrayOf(parseAsString).withDefault([]),
  personMatch: parseAsStringLiteral(MATCH_MODES).withDefault('any'),
  location: parseAsArrayOf(parseAsString).withDefault([]),
  kind: parseAsArrayOf(parseAsStringLiteral(EVENT_KIND_CHOICES.map((kind) => kind.value))).withDefault([]),
  from: parseAsString,
  to: parseAsString,
  q: parseAsString.withDefault(''),
  asOf: parseAsString,
};

/**
 * The filters live in the URL: each change pushes a history entry (so Back undoes it) without
 * asking the server to render the page again; React Query fetches what the new view needs.
 */
export function useTimelineFilters() {
  const [state, setState] = useQueryStates(parsers, { history: 'push', shallow: true, scroll: false });
  const filters = useMemo(() => normalizeFilters(state), [state]);

  const update = useCallback(
    (patch: Partial<TimelineFilters>) => setState(normalizeFilters({ ...filters, ...patch })),
    [filters, setState],
  );

  const toggle = useCallback(
    (key: ListFilter, value: string) => {
      const current: readonly string[] = filters[key];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return update({ [key]: next });
    },
    [filters, update],
  );

  // Clearing the filters keeps the date the archive is read as of: the banner says how to leave it.
  const clear = useCallback(() => setState({ ...EMPTY_FILTERS, asOf: filters.asOf }), [filters.asOf, setState]);

  return { filters, update, toggle, clear };
}
