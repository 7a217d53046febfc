'use client';

import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { EventBinsDTO } from '@/db/queries/event-bins';
import { daysBetween, describeWindow, windowOfBounds, type TimeWindow } from '@/lib/axis';
import type { TimelineFilters } from '@/lib/query/timeline-filters';
import { AxisPlot } from './axis-plot';
import { AxisLabels, axisRows } from './axis-rows';
import { AxisTicks } from './axis-ticks';
import { AxisToolbar } from './axis-toolbar';
import { isoOf, useBaseBins, useViewBins } from './use-axis-data';
import { useAxisZoom } from './use-axis-zoom';
import { useBrush } from './use-brush';

type Props = { filters: TimelineFilters; onRange: (from: string, to: string) => void; onClearRange: () => void };

/** The plot's height, the same whatever the lanes, so nothing below moves when they change. */
const PLOT_HEIGHT = 120;
/** The width drawn before the browser measures it (the server's render), scaled to fit by the viewBox. */
const NOMINAL_WIDTH = 1000;
const FOCUS_RING = [
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-700',
  'dark:focus-visible:outline-accent-300',
].join(' ');
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const CLOCK_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

function useWidth(ref: React.RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(NOMINAL_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(1, Math.round(entry.contentRect.width))));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** A key handler that runs the key's action, if it has one, instead of the browser's default. */
function keyActions(actions: Record<string, () => void>) {
  return (event: React.KeyboardEvent) => {
    const run = actions[event.key];
    if (!run) return;
    event.preventDefault();
    run();
  };
}

/** The window in words: days for a long one, hours and minutes once it is under three days. */
function rangeText({ fromMs, toMs }: TimeWindow): string {
  const format = toMs - fromMs < 3 * 86_400_000 ? CLOCK_FORMAT : DAY_FORMAT;
  return `${format.format(fromMs)} – ${format.format(toMs)}`;
}

/** The dates chosen in the timeline's filter, as the stretch of the axis to shade. */
function chosenWindow(filters: TimelineFilters, base: TimeWindow): TimeWindow | null {
  if (!filters.from && !filters.to) return null;
  return windowOfBounds(filters.from ?? isoOf(base.fromMs), filters.to ?? isoOf(base.toMs - 1).slice(0, 10));
}

/** What a screen reader is told: the keys, and what the window in view holds, as it changes. */
const AxisSummary = memo(function AxisSummary({ data }: { data: EventBinsDTO }) {
  const laneCounts = data.lanes.map((lane) => ({ name: lane.name, count: lane.bins.reduce((a, b) => a + b, 0) }));
  return (
    <>
      <p id="time-axis-help" className="sr-only">
        Left and right arrows move through time, plus and minus zoom, Home shows everything, Enter shows the events of
        the dates in view. Shift and drag, or Select dates, picks a range.
      </p>
      <p id="time-axis-summary" aria-live="polite" className="sr-only">
        {describeWindow({ fromMs: Date.parse(data.from), toMs: Date.parse(data.to) }, data.total, laneCounts)}
      </p>
    </>
  );
});

/**
 * The timeline's time axis: the matching events over time, a row for all and a lane per party,
 * zoomable and pannable (wheel, drag, pinch, keys). The server counts the events per stretch of
 * the visible window; only a window of a few hundred events is drawn event by event. Brushing
 * (Shift and drag, or "Select dates") sets the timeline's dates.
 */
export function TimeAxis({ filters, onRange, onClearRange }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useWidth(box);
  const { base } = useBaseBins(filters);
  const brush = useBrush({ svg, width });
  const zoom = useAxisZoom({ svg, width, height: PLOT_HEIGHT, base, brushing: brush.active });
  const { view } = zoom;
  const data = useViewBins(filters, view, zoom.zoomed, width);
  // Per answer, not per frame: a zoom step redraws the rows' paths only.
  const rows = useMemo(() => (data ? axisRows(data) : []), [data]);
  if (!data) return null;

  const chosen = chosenWindow(filters, base);
  const apply = (w: TimeWindow) => {
    const { from, to } = daysBetween(w.fromMs, w.toMs);
    onRange(from, to);
  };
  const onKeyDown = keyActions({
    ArrowLeft: () => zoom.panBy(-0.2),
    ArrowRight: () => zoom.panBy(0.2),
    '+': () => zoom.zoomBy(2),
    '=': () => zoom.zoomBy(2),
    '-': () => zoom.zoomBy(0.5),
    Home: zoom.reset,
    Enter: () => apply(view),
    Escape: brush.cancel,
  });

  // contain-content: what a zoom frame changes is laid out and painted inside the figure alone.
  return (
    <figure
      className="rounded-lg border border-slate-200 p-3 contain-content dark:border-slate-800"
      data-axis-from={isoOf(view.fromMs)}
      data-axis-to={isoOf(view.toMs)}
    >
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 text-sm">
        <span id="time-axis-caption" className="font-medium">
          Events over time <span className="font-normal text-slate-600 dark:text-slate-400">(UTC)</span>
        </span>
        <span data-testid="axis-range" className="text-xs text-slate-700 tabular-nums dark:text-slate-300">
          {rangeText(view)}
        </span>
      </figcaption>
      <AxisToolbar
        brushMode={brush.mode}
        onBrushMode={brush.setMode}
        onZoom={zoom.zoomBy}
        onReset={zoom.reset}
        zoomed={zoom.zoomed}
        hasRange={Boolean(chosen)}
        onClearRange={onClearRange}
      />
      <div
        ref={box}
        role="group"
        tabIndex={0}
        aria-labelledby="time-axis-caption"
        aria-describedby="time-axis-help time-axis-summary"
        onKeyDown={onKeyDown}
        className={`relative mt-2 rounded ${FOCUS_RING}`}
      >
        <AxisPlot
          svg={svg}
          data={data}
          rows={rows}
          view={view}
          width={width}
          height={PLOT_HEIGHT}
          chosen={chosen}
          brushSpan={brush.span}
          brushMode={brush.mode}
          handlers={brush.handlers(view, apply)}
        />
        <AxisLabels rows={rows} rowHeight={PLOT_HEIGHT / rows.length} />
        <AxisTicks view={view} width={width} />
      </div>
      <AxisSummary data={data} />
    </figure>
  );
}
