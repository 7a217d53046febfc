// The timeline's list as flat rows for the virtualised list: a heading for each local day
// (the day in the event's own zone, so a date is never shifted), the events under it, and a
// marker where today falls among them.
import type { EventDTO } from '@/db/queries/event-dto';
import { localDay } from './time';

export type TimelineRow<E extends EventDTO = EventDTO> =
  | { type: 'day'; key: string; day: string; instant: string; timeZone: string; isToday: boolean }
  | { type: 'today'; key: string; day: string }
  | { type: 'event'; key: string; event: E };

/**
 * `today` is the reader's calendar day (YYYY-MM-DD), or null before it is known. `complete`
 * says that no later events exist, so a today after all of them is marked at the end.
 */
export function timelineRows<E extends EventDTO>(events: readonly E[], today: string | null, complete: boolean): TimelineRow<E>[] {
  const rows: TimelineRow<E>[] = [];
  let previousDay: string | null = null;
  let todayPlaced = today === null;
  for (const event of events) {
    const day = localDay(event.startsAt, event.timeZone);
    if (day !== previousDay) {
      if (!todayPlaced && today !== null && previousDay !== null && previousDay < today && today < day) {
        rows.push({ type: 'today', key: `today-${today}`, day: today });
        todayPlaced = true;
      }
      const isToday = day === today;
      if (isToday) todayPlaced = true;
      rows.push({ type: 'day', key: `day-${day}-${event.id}`, day, instant: event.startsAt, timeZone: event.timeZone, isToday });
      previousDay = day;
    }
    rows.push({ type: 'event', key: `event-${event.id}`, event });
  }
  if (!todayPlaced && today !== null && complete && previousDay !== null && previousDay < today) {
    rows.push({ type: 'today', key: `today-${today}`, day: today });
  }
  return rows;
}
