'use client';

import { useTimelineFilters } from '@/components/timeline/use-timeline-filters';
import { hasFilters } from '@/lib/query/timeline-filters';

/** Shows the story only on the unfiltered timeline: a filtered view answers a narrower question. */
export function StoryGate({ children }: { children: React.ReactNode }) {
  const { filters } = useTimelineFilters();
  return hasFilters(filters) ? null : children;
}
