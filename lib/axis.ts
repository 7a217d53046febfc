// The time axis's arithmetic in the browser: how many bins a width holds, how far the reader may
// zoom, the days a brushed stretch covers, and the sentence a screen reader hears.
import { MIN_WINDOW_MS, type TimeWindow } from '@/db/time-bins';

// The bins' own arithmetic, for the components, which reach db/ only through lib/.
export { windowOfBounds, type TimeWindow } from '@/db/time-bins';

/** One bin per this many pixels: thin enough to read density, few enough to redraw every frame. */
const PX_PER_BIN = 6;
export const MIN_AXIS_BINS = 20;
export const MAX_AXIS_BINS = 240;
/** The bins asked for before the width is known (the server's render): the same on both sides. */
export const INITIAL_AXIS_BINS = 160;

export function binsForWidth(width: number): number {
  return Math.min(MAX_AXIS_BINS, Math.max(MIN_AXIS_BINS, Math.round(width / PX_PER_BIN)));
}

/** The deepest zoom: the whole window shown as MIN_WINDOW_MS (an hour). */
export function maxZoom(window: TimeWindow): number {
  return Math.max(1, (window.toMs - window.fromMs) / MIN_WINDOW_MS);
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The calendar days (UTC) from one instant to another, inclusive, in either order: what the date filter takes. */
export function daysBetween(aMs: number, bMs: number): { from: string; to: string } {
  const [lo, hi] = aMs <= bMs ? [aMs, bMs] : [bMs, aMs];
  // A window that ends at midnight takes in the day before it, not the one it ends at.
  return { from: day(lo), to: day(Math.max(lo, hi - 1)) };
}

const SPAN_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

export function describeWindow(
  window: TimeWindow,
  total: number | null,
  lanes: { name: string; count: number }[],
): string {
  const span = `${SPAN_FORMAT.format(window.fromMs)} to ${SPAN_FORMAT.format(window.toMs)} UTC`;
  if (total === null) return `Time axis showing ${span}.`;
  const busiest = lanes
    .filter((lane) => lane.count > 0)
    .map((lane) => `${lane.name} ${lane.count.toLocaleString('en-GB')}`);
  const events = `${total.toLocaleString('en-GB')} event${total === 1 ? '' : 's'}`;
  return `Time axis showing ${span}: ${events}${busiest.length ? ` (${busiest.join(', ')})` : ''}.`;
}
