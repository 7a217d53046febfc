// The time axis's bins: a window of time cut into equal stretches, shared by the SQL that counts
// events per stretch (db/queries/event-bins.ts) and the browser that draws them, so that both
// put an event in the same bin. Pure arithmetic on epoch milliseconds; no database, no zones.
import { addCalendarDays } from './calendar';

export type TimeWindow = { fromMs: number; toMs: number };

const HOUR = 3_600_000;
/** The narrowest window the axis shows: zoomed further, a bin would be shorter than a minute. */
export const MIN_WINDOW_MS = HOUR;

/**
 * The window a filter's bounds stand for: a calendar-date `from` from its midnight UTC, a
 * calendar-date `to` through its whole day (to the next midnight), an instant as itself. Events
 * of another zone may start a few hours outside it; they go to the first or last bin.
 */
export function windowOfBounds(from: string, to: string): TimeWindow {
  const fromMs = Date.parse(from.length === 10 ? `${from}T00:00:00.000Z` : from);
  const toMs = Date.parse(to.length === 10 ? `${addCalendarDays(to, 1)}T00:00:00.000Z` : to);
  return { fromMs, toMs: Math.max(toMs, fromMs + MIN_WINDOW_MS) };
}

/** A window around events from `firstMs` to `lastMs`, padded by a twentieth so none sits on the edge. */
export function windowAround(firstMs: number, lastMs: number): TimeWindow {
  const pad = Math.max((lastMs - firstMs) / 20, HOUR);
  return { fromMs: firstMs - pad, toMs: lastMs + pad };
}

export function binWidth(window: TimeWindow, bins: number): number {
  return (window.toMs - window.fromMs) / bins;
}

/** The bin an instant falls in; instants before or after the window go to the first or last bin. */
export function binIndex(window: TimeWindow, bins: number, ms: number): number {
  const index = Math.floor((ms - window.fromMs) / binWidth(window, bins));
  return Math.min(bins - 1, Math.max(0, index));
}

/** Where bin `index` begins, in epoch milliseconds. */
export function binStart(window: TimeWindow, bins: number, index: number): number {
  return window.fromMs + index * binWidth(window, bins);
}
