// The timeline's list as flat rows for the virtualised list: a heading for each local day
// (the day in the event's own zone, so a date is never shifted), the events under it, and a
// marker where today falls among them. An event known only to the week, month or year sits
// under a heading of that period, never under a day it may not have happened on.
import type { Precision } from '@/db/enums';
import type { EventDTO } from '@/db/queries/event-dto';
import { localDay } from '@/db/calendar';

export type TimelineRow<E extends EventDTO = EventDTO> =
  /** `day` is the heading's machine-readable date: "2025-03-23", "2025-03" or "2025". */
  | { type: 'day'; key: string; day: string; instant: string; timeZone: string; precision: Precision; isToday: boolean }
  | { type: 'today'; key: string; day: string }
  | { type: 'event'; key: string; event: E };

/** The heading an event sits under: its day, or "week-2025-03-17", "2025-03", "2025" for coarser precisions. */
function groupOf(day: string, precision: Precision): string {
  if (precision === 'week') return `week-${day}`;
  if (precision === 'month') return day.slice(0, 7);
  if (precision === 'year') return day.slice(0, 4);
  return day;
}

/**
 * `today` is the reader's calendar day (YYYY-MM-DD), or null before it is known. `complete`
 * says that no later events exist, so a today after all of them is marked at the end, unless
 * the list ends at a chosen date (`rangeEnd`) before today: today is not in that range.
 */
export function timelineRows<E extends EventDTO>(
  events: readonly E[],
  today: string | null,
  complete: boolean,
  rangeEnd: string | null = null,
): TimelineRow<E>[] {
  const rows: TimelineRow<E>[] = [];
  let previousDay: string | null = null;
  let previousGroup: string | null = null;
  let todayPlaced = today === null;
  for (const event of events) {
    const day = localDay(event.startsAt, event.timeZone);
    const group = groupOf(day, event.precision);
    if (group !== previousGroup) {
      if (!todayPlaced && today !== null && previousDay !== null && previousDay < today && today < day) {
        rows.push({ type: 'today', key: `today-${today}`, day: today });
        todayPlaced = true;
      }
      const isToday = group === today;
      if (isToday) todayPlaced = true;
      const dateTime = event.precision === 'week' ? day : group;
      rows.push({
        type: 'day',
        key: `day-${group}-${event.id}`,
        day: dateTime,
        instant: event.startsAt,
        timeZone: event.timeZone,
        precision: event.precision,
        isToday,
      });
      previousGroup = group;
    }
    previousDay = day;
    rows.push({ type: 'event', key: `event-${event.id}`, event });
  }
  if (
    !todayPlaced &&
    today !== null &&
    complete &&
    previousDay !== null &&
    previousDay < today &&
    (rangeEnd === null || today <= rangeEnd)
  ) {
    rows.push({ type: 'today', key: `today-${today}`, day: today });
  }
  return rows;
}
