// Which commitments ride along with an event export: the calendar carries their deadlines and the
// feed their status changes, under the same filters as the events.
import type { CommitmentFilters } from '@/db/queries/commitments';
import { isCalendarDay, type EventFilters } from '@/db/queries/events';

/**
 * The commitments an export's filters keep: by party and topic, their deadlines within from and
 * to. A date bound is a day in each venue's zone, as an event's dates are its local days; an
 * instant is an instant. Kind, person and text filters are about events: with one, none match.
 */
export function commitmentFilters(filters: EventFilters): CommitmentFilters | null {
  if (filters.kind?.length || filters.person?.length || filters.q) return null;
  const { from, to } = filters;
  return {
    party: filters.party,
    topic: filters.topic,
    ...(from && (isCalendarDay(from) ? { dueFromDay: from } : { dueAfter: from })),
    ...(to && (isCalendarDay(to) ? { dueToDay: to } : { dueBefore: to })),
  };
}
