// Calendar dates (YYYY-MM-DD: affiliation spans, the day a position was stated) in words, through
// lib/time. A calendar date is read at UTC midnight so that no zone can move it to another day.
import { formatWhen } from '@/lib/time';

/** "23 March 2025". */
export function formatCalendarDay(day: string): string {
  return formatWhen(`${day}T00:00:00.000Z`, 'UTC', 'day');
}

/** "Since 1 June 2023", "Until 2 May 2024", "1 June 2023 – 2 May 2024", or that none is known. */
export function formatSpan(from: string | null, to: string | null): string {
  if (from && to) return `${formatCalendarDay(from)} – ${formatCalendarDay(to)}`;
  if (from) return `Since ${formatCalendarDay(from)}`;
  if (to) return `Until ${formatCalendarDay(to)}`;
  return 'Dates not recorded';
}

/** "1 event", "3 events", "No events". */
export function eventCountLabel(count: number): string {
  return count === 0 ? 'No events' : `${count} event${count === 1 ? '' : 's'}`;
}
