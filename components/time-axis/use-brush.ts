'use client';

// Brushing a range on the axis: a drag with Shift held, or any drag in "Select dates" mode (the
// way on a touch screen, where there is no Shift). The zoom ignores those drags (see its filter).
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { TimeWindow } from '@/lib/axis';

/** Narrower than this, a brush is taken for a click and applies nothing. */
const MIN_BRUSH_PX = 3;

export function useBrush({ svg, width }: { svg: RefObject<SVGSVGElement | null>; width: number }) {
  const [mode, setMode] = useState(false);
  const [span, setSpan] = useState<[number, number] | null>(null);
  /** Read by the zoom's filter, outside React's renders. */
  const active = useRef(false);
  useEffect(() => {
    active.current = mode || span !== null;
  }, [mode, span]);

  /** The pointer's place in the SVG's pixels (the viewBox is `width` wide whatever the element's size). */
  const at = (event: React.PointerEvent<SVGSVGElement>) => {
    const rect = svg.current!.getBoundingClientRect();
    return Math.min(width, Math.max(0, ((event.clientX - rect.left) / rect.width) * width));
  };

  const handlers = (view: TimeWindow, apply: (window: TimeWindow) => void) => ({
    onPointerDown: (event: React.PointerEvent<SVGSVGElement>) => {
      if (!(mode || event.shiftKey) || event.button !== 0) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      active.current = true;
      const x = at(event);
      setSpan([x, x]);
    },
    onPointerMove: (event: React.PointerEvent<SVGSVGElement>) => {
      if (span) setSpan([span[0], at(event)]);
    },
    onPointerUp: (event: React.PointerEvent<SVGSVGElement>) => {
      if (!span) return;
      const end = at(event);
      setSpan(null);
      if (Math.abs(end - span[0]) < MIN_BRUSH_PX) return;
      const ms = (px: number) => view.fromMs + (px / width) * (view.toMs - view.fromMs);
      apply({
        fromMs: ms(Math.min(span[0], end)),
        toMs: ms(Math.max(span[0], end)),
      });
    },
    onPointerCancel: () => setSpan(null),
  });

  return { mode, setMode, span, active, handlers, cancel: () => setSpan(null) };
}
