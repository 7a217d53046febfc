// The axis's rows: the overall row and a lane per party, each as density bars (many events) or as
// the events themselves, sessions and agreements in the accent colour, the rest receding. Paths,
// not an element per mark: the server renders them, the client redraws them on every zoom frame.
import { memo } from 'react';
import type { EventBinsDTO } from '@/db/queries/event-bins';
import { barsPath, eventsPath } from '@/lib/axis-paths';
import type { TimeWindow } from '@/lib/axis';

export type AxisRow = { key: string; label: string; bins: number[]; events: EventBinsDTO['events'] };

type Props = { data: EventBinsDTO; rows: AxisRow[]; view: TimeWindow; width: number; rowHeight: number };

const LEADING = new Set(['talks_session', 'agreement']);
const LABEL = [
  'pointer-events-none absolute left-1 rounded bg-white/80 px-1 text-[11px] leading-4 text-slate-700',
  'dark:bg-slate-950/80 dark:text-slate-300',
].join(' ');

function EventMarks({
  events,
  view,
  width,
  rowHeight,
}: {
  events: NonNullable<AxisRow['events']>;
  view: TimeWindow;
  width: number;
  rowHeight: number;
}) {
  const leading = eventsPath(
    events.filter((event) => LEADING.has(event.kind)),
    { view, width },
    rowHeight,
  );
  const receding = eventsPath(
    events.filter((event) => !LEADING.has(event.kind)),
    { view, width },
    rowHeight,
  );
  return (
    <g data-spans={leading.spans + receding.spans} data-points={leading.points + receding.points}>
      <path d={receding.d} className="fill-slate-500 dark:fill-slate-400" />
      <path d={leading.d} className="fill-accent-700 dark:fill-accent-300" />
    </g>
  );
}

export function AxisRows({ data, rows, view, width, rowHeight }: Props) {
  const counted = { fromMs: Date.parse(data.from), toMs: Date.parse(data.to) };
  return rows.map((row, r) => (
    <g key={row.key} transform={`translate(0 ${r * rowHeight})`} data-axis-row={row.key || 'all'}>
      <line
        x1={0}
        x2={width}
        y1={rowHeight - 0.5}
        y2={rowHeight - 0.5}
        className="stroke-slate-200 dark:stroke-slate-800"
      />
      {row.events ? (
        <EventMarks events={row.events} view={view} width={width} rowHeight={rowHeight} />
      ) : (
        <path
          d={barsPath(row.bins, counted, { view, width }, rowHeight)}
          className="fill-slate-400 dark:fill-slate-500"
        />
      )}
    </g>
  ));
}

/** Each row's name, over its top-left corner (HTML, so the viewBox's stretching leaves it alone). */
export const AxisLabels = memo(function AxisLabels({ rows, rowHeight }: { rows: AxisRow[]; rowHeight: number }) {
  return rows.map((row, r) => (
    <span key={row.key} className={LABEL} style={{ top: r * rowHeight }}>
      {row.label}
    </span>
  ));
});

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
