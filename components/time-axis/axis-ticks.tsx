// The dates under the axis, d3's UTC ticks for the window in view, placed by percentage so the
// server's render (before the width is known) puts them where the browser will.
import { scaleUtc } from 'd3-scale';
import type { TimeWindow } from '@/lib/axis';

/** Roughly one label per this many pixels. */
const PX_PER_TICK = 120;

export function AxisTicks({ view, width }: { view: TimeWindow; width: number }) {
  const scale = scaleUtc().domain([view.fromMs, view.toMs]).range([0, 100]);
  const label = scale.tickFormat();
  return (
    <div
      aria-hidden="true"
      className="relative h-5 overflow-hidden text-[11px] text-slate-600 tabular-nums dark:text-slate-400"
    >
      {scale.ticks(Math.max(2, Math.floor(width / PX_PER_TICK))).map((tick) => (
        <span
          key={tick.getTime()}
          className="absolute top-0.5 -translate-x-1/2 whitespace-nowrap"
          style={{ left: `${scale(tick)}%` }}
        >
          {label(tick)}
        </span>
      ))}
    </div>
  );
}
