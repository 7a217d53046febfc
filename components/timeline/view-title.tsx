'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { filterPhrase, timelineTitle } from '@/lib/filter-phrase';
import { SITE_NAME } from '@/lib/page-title';
import { facetsQuery } from '@/lib/query/timeline';
import { useTimelineFilters } from './use-timeline-filters';

/**
 * Keeps the tab's title on the view a click chose, as the server titles a loaded address: the
 * filters changed in the browser, so no new page (and no new <title>) came from the server. The
 * names come from the counts, which hold every chosen record; until the new counts arrive the
 * title stays as it was rather than show a slug.
 */
export function ViewTitle() {
  const { filters } = useTimelineFilters();
  const facets = useQuery(facetsQuery(filters));
  useEffect(() => {
    if (!facets.data) return;
    const options = facets.data;
    const phrase = filterPhrase(
      filters,
      (key, slug) => options[key].find((option) => option.slug === slug)?.name ?? slug,
    );
    document.title = `${timelineTitle(phrase)} · ${SITE_NAME}`;
  }, [facets.data, filters]);
  return null;
}
