// The axis's SVG: the chosen dates shaded, the rows, and the range being brushed. Drawn in the
// SVG's own pixels (`width` wide); before the browser measures the width the viewBox stretches it.
import type { EventBinsDTO } from '@/db/queries/event-bins';
import type { TimeWindow } from '@/lib/axis';
import { AxisRows, type AxisRow } from './axis-rows';

type Props = {
  svg: React.RefObject<SVGSVGElement | null>;
  data: EventBinsDTO;
  rows: AxisRow[];
  view: TimeWindow;
  width: number;
  height: number;
  chosen: TimeWindow | null;
  brushSpan: [number, number] | null;
  brushMode: boolean;
  handlers: React.SVGProps<SVGSVGElement>;
};

export function AxisPlot({ svg, data, rows, view, width, height, chosen, brushSpan, brushMode, handlers }: Props) {
  const x = (ms: number) => ((ms - view.fromMs) / (view.toMs - view.fromMs)) * width;
  return (
    <svg
      ref={svg}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      className={`block w-full touch-none select-none ${brushMode ? 'cursor-crosshair' : 'cursor-grab'}`}
      style={{ height }}
      aria-hidden="true"
      data-testid="time-axis"
      {...handlers}
    >
      {chosen && (
        <rect
          x={x(chosen.fromMs)}
          y={0}
          width={Math.max(1, x(chosen.toMs) - x(chosen.fromMs))}
          height={height}
          className="fill-accent-100 dark:fill-slate-800"
          data-testid="axis-chosen"
        />
      )}
      <AxisRows data={data} rows={rows} view={view} width={width} rowHeight={height / rows.length} />
      {brushSpan && (
        <rect
          x={Math.min(...brushSpan)}
          y={0}
          width={Math.abs(brushSpan[1] - brushSpan[0])}
          height={height}
          className="fill-accent-700/20 stroke-accent-700 dark:fill-accent-300/20 dark:stroke-accent-300"
        />
      )}
    </svg>
  );
}
