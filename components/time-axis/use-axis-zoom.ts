'use client';

// Binds d3-zoom to the axis's SVG: wheel, drag and pinch change one transform, which the axis
// turns into the window it shows. Transforms are applied once per animation frame, however many
// input events arrive in it, so a fast wheel costs one render per frame.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { maxZoom, type TimeWindow } from '@/lib/axis';

type Options = {
  svg: RefObject<SVGSVGElement | null>;
  width: number;
  height: number;
  base: TimeWindow;
  brushing: RefObject<boolean>;
};

/** The window the transform shows of `base`, over `width` pixels. */
function viewOf(base: TimeWindow, width: number, t: ZoomTransform): TimeWindow {
  const perPx = (base.toMs - base.fromMs) / width;
  return {
    fromMs: base.fromMs + (-t.x / t.k) * perPx,
    toMs: base.fromMs + ((width - t.x) / t.k) * perPx,
  };
}

export function useAxisZoom({ svg, width, height, base, brushing }: Options) {
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const { fromMs, toMs } = base;

  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    let frame = 0;
    let pending: ZoomTransform | null = null;
    const zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxZoom({ fromMs, toMs })])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      // Shift with a drag, or the "Select dates" mode, brushes a range instead of panning.
      .filter(
        (event: MouseEvent | TouchEvent | WheelEvent) =>
          event.type === 'wheel' || (!brushing.current && !event.shiftKey && !(event as MouseEvent).button),
      )
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        pending = event.transform;
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          if (pending) setTransform(pending);
        });
      });
    // data-zoom-ready says the axis now answers the wheel, drag and keys (tests and the bench wait for it).
    const selection = select(element).call(zoomer).attr('data-zoom-ready', 'true');
    selection.on('dblclick.zoom', null);
    zoomer.transform(selection, zoomIdentity);
    behaviour.current = zoomer;
    return () => {
      cancelAnimationFrame(frame);
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svg, width, height, fromMs, toMs, brushing]);

  // Through the behaviour, so that its own state (and the next wheel or drag) starts from here.
  const zoomBy = (factor: number) => {
    if (svg.current && behaviour.current) behaviour.current.scaleBy(select(svg.current), factor, [width / 2, 0]);
  };
  /** Pans by a share of the visible width: negative towards earlier times. */
  const panBy = (share: number) => {
    if (svg.current && behaviour.current)
      behaviour.current.translateBy(select(svg.current), (-share * width) / transform.k, 0);
  };
  const reset = () => {
    if (svg.current && behaviour.current) behaviour.current.transform(select(svg.current), zoomIdentity);
  };

  return {
    view: viewOf(base, width, transform),
    zoomed: transform.k !== 1 || transform.x !== 0,
    zoomBy,
    panBy,
    reset,
  };
}
