// The axis's marks as SVG path data: one path per row and tone instead of an element per bin or
// event, so that a zoom step redraws a handful of attributes rather than reconciling thousands
// of elements. Coordinates are the SVG's own pixels, `width` wide, a row `height` tall.
import { binStart, type TimeWindow } from '@/db/time-bins';

type Scale = { view: TimeWindow; width: number };
/** An event's mark is at least this wide, so that an instant or a short meeting stays visible. */
const MIN_MARK_PX = 2;

const xOf = ({ view, width }: Scale, ms: number) => ((ms - view.fromMs) / (view.toMs - view.fromMs)) * width;
const rect = (x0: number, x1: number, top: number, bottom: number) =>
  `M${x0.toFixed(1)} ${bottom.toFixed(1)}V${top.toFixed(1)}H${x1.toFixed(1)}V${bottom.toFixed(1)}Z`;

/** Bars for counts over `window` (the window they were counted in), each as tall as its share of the row's peak. */
export function barsPath(counts: number[], window: TimeWindow, scale: Scale, height: number): string {
  const peak = Math.max(1, ...counts);
  let d = '';
  counts.forEach((count, i) => {
    if (count === 0) return;
    const x0 = xOf(scale, binStart(window, counts.length, i));
    const x1 = xOf(scale, binStart(window, counts.length, i + 1));
    if (x1 < 0 || x0 > scale.width) return;
    const h = Math.max(1.5, (count / peak) * (height - 4));
    d += rect(x0, Math.max(x0 + 1, x1 - 0.5), height - 1 - h, height - 1);
  });
  return d;
}

type Timed = { startsAt: string; endsAt: string | null };

/** Events to scale: a span from start to end, an instant as a thin mark; those outside the view are left out. */
export function eventsPath(
  events: Timed[],
  scale: Scale,
  height: number,
): { d: string; spans: number; points: number } {
  let d = '';
  let spans = 0;
  let points = 0;
  for (const event of events) {
    const start = xOf(scale, Date.parse(event.startsAt));
    const end = event.endsAt ? xOf(scale, Date.parse(event.endsAt)) : start;
    if (end < -MIN_MARK_PX || start > scale.width + MIN_MARK_PX) continue;
    if (event.endsAt) spans++;
    else points++;
    const [x0, x1] = end - start < MIN_MARK_PX ? [start - MIN_MARK_PX / 2, start + MIN_MARK_PX / 2] : [start, end];
    d += rect(x0, x1, event.endsAt ? 4 : 2, height - (event.endsAt ? 4 : 2));
  }
  return { d, spans, points };
}
