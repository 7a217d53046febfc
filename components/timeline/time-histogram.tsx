'use client';

import { useState } from 'react';
import type { HistogramDTO } from '@/db/queries/event-facets';
import { daysOfRun, eventsInRun } from '@/lib/histogram-run';
import { formatPeriod } from '@/lib/time';

type Props = {
  histogram: HistogramDTO;
  hasRange: boolean;
  onSelect: (from: string, to: string) => void;
  onClearRange: () => void;
};

const HEIGHT = 64;
const UNIT_WORDS = { day: 'day', week: 'week', month: 'month', year: 'year' } as const;

/**
 * How many matching events fall in each period, as plain SVG bars. Dragging across bars (or
 * choosing with the arrow keys and Enter, Shift extending) selects their dates as the range.
 */
export function TimeHistogram({ histogram, hasRange, onSelect, onClearRange }: Props) {
  const { buckets, unit } = histogram;
  const [anchor, setAnchor] = useState<number | null>(null);
  const [cursor, setCursor] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  if (buckets.length === 0) return null;

  const peak = Math.max(1, ...buckets.map((b) => b.count));
  const width = buckets.length;
  const lo = anchor !== null && cursor !== null ? Math.min(anchor, cursor) : null;
  const hi = anchor !== null && cursor !== null ? Math.max(anchor, cursor) : null;
  const focused = cursor ?? 0;

  const apply = (a: number, b: number) => {
    const { from, to } = daysOfRun(buckets, Math.min(a, b), Math.max(a, b), unit);
    setAnchor(null);
    setCursor(null);
    onSelect(from, to);
  };

  const indexAt = (event: React.PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return Math.min(buckets.length - 1, Math.max(0, Math.floor(((event.clientX - box.left) / box.width) * buckets.length)));
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowLeft: -1, ArrowRight: 1, Home: -buckets.length, End: buckets.length }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const from = cursor ?? (step < 0 ? buckets.length : -1);
      const next = Math.min(buckets.length - 1, Math.max(0, from + step));
      setCursor(next);
      if (!event.shiftKey || anchor === null) setAnchor(next);
    } else if (event.key === 'Enter' && anchor !== null && cursor !== null) {
      event.preventDefault();
      apply(anchor, cursor);
    } else if (event.key === 'Escape') {
      setAnchor(null);
      setCursor(null);
    }
  };

  const describe = (index: number) => `${formatPeriod(buckets[index].start, unit)}: ${buckets[index].count} event${buckets[index].count === 1 ? '' : 's'}`;
  const announcement =
    lo !== null && hi !== null
      ? lo === hi
        ? `${describe(lo)}. Press Enter to show it.`
        : `${formatPeriod(buckets[lo].start, unit)} to ${formatPeriod(buckets[hi].start, unit)}: ${eventsInRun(buckets, lo, hi)} events. Press Enter to show them.`
      : '';

  return (
    <figure className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span id="histogram-caption" className="font-medium">
          Events per {UNIT_WORDS[unit]}
        </span>
        {hasRange && (
          <button type="button" onClick={onClearRange} className="text-accent-700 underline underline-offset-2 dark:text-accent-300">
            Show all dates
          </button>
        )}
      </figcaption>
      <div
        role="group"
        tabIndex={0}
        aria-labelledby="histogram-caption"
        aria-describedby="histogram-help"
        onKeyDown={onKeyDown}
        onBlur={() => !dragging && setCursor(null)}
        className="mt-2 rounded"
      >
        <svg
          viewBox={`0 0 ${width} ${HEIGHT}`}
          preserveAspectRatio="none"
          className="block h-16 w-full touch-none select-none"
          aria-hidden="true"
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture(event.pointerId);
            const index = indexAt(event);
            setDragging(true);
            setAnchor(index);
            setCursor(index);
          }}
          onPointerMove={(event) => dragging && setCursor(indexAt(event))}
          onPointerUp={(event) => {
            if (!dragging || anchor === null) return;
            setDragging(false);
            apply(anchor, indexAt(event));
          }}
          onPointerCancel={() => {
            setDragging(false);
            setAnchor(null);
            setCursor(null);
          }}
        >
          {buckets.map((bucket, index) => {
            const h = bucket.count === 0 ? 0 : Math.max(2, (bucket.count / peak) * HEIGHT);
            const selected = lo !== null && hi !== null && index >= lo && index <= hi;
            return (
              <g key={bucket.start}>
                {selected && <rect x={index} y={0} width={1} height={HEIGHT} className="fill-accent-100 dark:fill-slate-800" />}
                <rect x={index + 0.1} y={HEIGHT - h} width={0.8} height={h} className={selected ? 'fill-accent-700 dark:fill-accent-300' : 'fill-slate-400 dark:fill-slate-500'}>
                  <title>{describe(index)}</title>
                </rect>
              </g>
            );
          })}
          {cursor !== null && !dragging && <rect x={focused} y={0} width={1} height={HEIGHT} fill="none" className="stroke-accent-700 dark:stroke-accent-300" strokeWidth={0.15} vectorEffect="non-scaling-stroke" />}
        </svg>
        <div className="mt-1 flex justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
          <span>{formatPeriod(buckets[0].start, unit)}</span>
          <span>{formatPeriod(buckets[buckets.length - 1].start, unit)}</span>
        </div>
      </div>
      <p id="histogram-help" className="sr-only">
        Use the arrow keys to move between periods, Shift with an arrow to extend, and Enter to show those dates.
      </p>
      <p aria-live="polite" className="mt-1 min-h-5 text-xs text-slate-700 dark:text-slate-300">
        {announcement}
      </p>
    </figure>
  );
}
