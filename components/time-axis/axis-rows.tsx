// The axis's rows, drawn in the SVG's own pixels: the overall row and a lane per party, each as
// density bars (many events) or as the events themselves, sessions as spans to scale and instants
// as points. Plain function of its props: the server renders it, the client redraws it per frame.
import type { EventBinsDTO } from '@/db/queries/event-bins';
import { binStart, type TimeWindow } from '@/lib/axis';

export type AxisRow = {
  key: string;
  label: string;
  bins: number[];
  events: EventBinsDTO['events'];
};

type Props = {
  data: EventBinsDTO;
  rows: AxisRow[];
  view: TimeWindow;
  width: number;
  rowHeight: number;
};

const LEADING = new Set(['talks_session', 'agreement']);

export function AxisRows({ data, rows, view, width, rowHeight }: Props) {
  const x = (ms: number) => ((ms - view.fromMs) / (view.toMs - view.fromMs)) * width;
  const dataWindow = {
    fromMs: Date.parse(data.from),
    toMs: Date.parse(data.to),
  };
  const n = data.bins.length;
  return rows.map((row, r) => {
    const top = r * rowHeight;
    const peak = Math.max(1, ...row.bins);
    return (
      <g key={row.key} transform={`translate(0 ${top})`}>
        <line
          x1={0}
          x2={width}
          y1={rowHeight - 0.5}
          y2={rowHeight - 0.5}
          className="stroke-slate-200 dark:stroke-slate-800"
        />
        {row.events
          ? row.events.map((event) => {
              const start = x(Date.parse(event.startsAt));
              const end = event.endsAt ? x(Date.parse(event.endsAt)) : start;
              if (end < -2 || start > width + 2) return null;
              const tone = LEADING.has(event.kind)
                ? 'fill-accent-700 stroke-accent-700 dark:fill-accent-300 dark:stroke-accent-300'
                : 'fill-slate-500 stroke-slate-500 dark:fill-slate-400 dark:stroke-slate-400';
              return event.endsAt ? (
                <rect
                  key={event.slug}
                  x={start}
                  y={4}
                  width={Math.max(2, end - start)}
                  height={rowHeight - 8}
                  rx={1}
                  className={tone}
                  data-axis-event="span"
                >
                  <title>{event.title}</title>
                </rect>
              ) : (
                <line
                  key={event.slug}
                  x1={start}
                  x2={start}
                  y1={3}
                  y2={rowHeight - 3}
                  strokeWidth={2}
                  className={tone}
                  data-axis-event="point"
                >
                  <title>{event.title}</title>
                </line>
              );
            })
          : row.bins.map((count, i) => {
              if (count === 0) return null;
              const x0 = x(binStart(dataWindow, n, i));
              const x1 = x(binStart(dataWindow, n, i + 1));
              if (x1 < 0 || x0 > width) return null;
              const h = Math.max(1.5, (count / peak) * (rowHeight - 4));
              return (
                <rect
                  key={i}
                  x={x0}
                  y={rowHeight - 1 - h}
                  width={Math.max(1, x1 - x0 - 0.5)}
                  height={h}
                  className="fill-slate-400 dark:fill-slate-500"
                />
              );
            })}
      </g>
    );
  });
}

/** Each row's name, over its top-left corner (HTML, so the viewBox's stretching leaves it alone). */
export function AxisLabels({ rows, rowHeight }: { rows: AxisRow[]; rowHeight: number }) {
  return rows.map((row, r) => (
    <span
      key={row.key}
      className="pointer-events-none absolute left-1 rounded bg-white/80 px-1 text-[11px] leading-4 text-slate-700 dark:bg-slate-950/80 dark:text-slate-300"
      style={{ top: r * rowHeight }}
    >
      {row.label}
    </span>
  ));
}

/** The overall row, then one per lane; events are shared out to the lanes they belong to. */
export function axisRows(data: EventBinsDTO): AxisRow[] {
  return [
    { key: '', label: 'All events', bins: data.bins, events: data.events },
    ...data.lanes.map((lane) => ({
      key: lane.slug,
      label: lane.name,
      bins: lane.bins,
      events: data.events && data.events.filter((event) => event.lanes.includes(lane.slug)),
    })),
  ];
}
