'use client';

// The counts the axis draws: the whole extent (prefetched by the server, so the first render has
// it), then, once the reader has zoomed or panned and held still, the window in view.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { binsForWidth, INITIAL_AXIS_BINS, type TimeWindow } from '@/lib/axis';
import { eventBinsQuery, type AxisWindow } from '@/lib/query/event-bins';
import type { TimelineFilters } from '@/lib/query/timeline-filters';

/** How long the window must hold still before it is asked for: a zoom gesture asks once, at its end. */
const SETTLE_MS = 150;

export const isoOf = (ms: number) => new Date(Math.round(ms)).toISOString();

function useSettled(window: AxisWindow): AxisWindow {
  const [settled, setSettled] = useState(window);
  const key = window ? `${window.from}|${window.to}` : '';
  useEffect(() => {
    const timer = setTimeout(() => setSettled(window), SETTLE_MS);
    return () => clearTimeout(timer);
    // The key stands for the window: a new object with the same bounds is the same window.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return settled;
}

/** The matching events' whole extent and its counts: the axis zoomed all the way out. */
export function useBaseBins(filters: TimelineFilters) {
  const { data } = useQuery(eventBinsQuery(filters, null, INITIAL_AXIS_BINS));
  const base: TimeWindow = data ? { fromMs: Date.parse(data.from), toMs: Date.parse(data.to) } : { fromMs: 0, toMs: 1 };
  return { base, data };
}

/** The counts to draw for the view: the settled window's when it has come, the whole extent's until then. */
export function useViewBins(filters: TimelineFilters, view: TimeWindow, zoomed: boolean, width: number) {
  const { data: baseData } = useQuery(eventBinsQuery(filters, null, INITIAL_AXIS_BINS));
  const settled = useSettled(zoomed ? { from: isoOf(view.fromMs), to: isoOf(view.toMs) } : null);
  const { data } = useQuery({ ...eventBinsQuery(filters, settled, binsForWidth(width)), enabled: settled !== null });
  return (settled && data) || baseData;
}
