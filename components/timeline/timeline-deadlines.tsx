'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { deadlineFilters, deadlinesQuery } from '@/lib/query/deadlines';
import { DeadlinesPanel } from './deadlines-panel';
import { useTimelineFilters } from './use-timeline-filters';

/** The Deadlines panel of the parties and topics the timeline is filtered by, as they change. */
export function TimelineDeadlines() {
  const { filters } = useTimelineFilters();
  const deadlines = useQuery({ ...deadlinesQuery(deadlineFilters(filters)), placeholderData: keepPreviousData });
  return <DeadlinesPanel deadlines={deadlines.data ?? []} />;
}
