'use client';

import { useId, useState } from 'react';
import type { DurationBound, Precision } from '@/db/enums';
import { formatEventDuration, formatEventEnd, formatTimeOfDay, formatWhen, hasClock, readerTimeZone } from '@/lib/time';

type Props = {
  startsAt: string;
  endsAt: string | null;
  localDate: string;
  localEndDate: string | null;
  timeZone: string;
  precision: Precision;
  approximate: boolean;
  endApproximate: boolean;
  durationMinutes: number | null;
  durationBound: DurationBound;
  /** The zone of the place, when the event was reported in another zone's clock. */
  placeZone?: string | null;
  /** The place's city, named beside the clock of its own zone. */
  placeCity?: string | null;
  /** 'clock' under a day heading shows the time of day only; 'full' shows the date too. */
  mode: 'clock' | 'full';
};

/**
 * When an event happened, in its own zone and no more precisely than the source allows, with
 * the place's clock when that differs. Hovering or focusing a clock time shows the reader's
 * own time and UTC.
 */
export function EventTime({ placeZone, placeCity, mode, ...event }: Props) {
  const { startsAt, endsAt, timeZone, precision, approximate } = event;
  const [open, setOpen] = useState(false);
  const tooltipId = useId();
  const clock = hasClock(precision);
  // The place's city names the event's clock only when the event was reported in the place's zone.
  const city = placeZone === timeZone ? placeCity : null;
  const start =
    clock && mode === 'clock'
      ? formatTimeOfDay(startsAt, timeZone, precision, approximate, city)
      : formatWhen(startsAt, timeZone, precision, approximate, city);
  const end = formatEventEnd(event, clock ? 'clock' : 'full', city);
  const duration = formatEventDuration(event);
  const otherZone = clock && placeZone && placeZone !== timeZone ? placeZone : null;

  return (
    <span className="relative inline">
      <time
        dateTime={startsAt}
        tabIndex={clock ? 0 : undefined}
        aria-describedby={clock && open ? tooltipId : undefined}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
        className={clock ? 'cursor-help underline decoration-dotted underline-offset-2' : undefined}
      >
        {start}
      </time>
      {end && (
        <>
          {' – '}
          <time dateTime={endsAt!}>{end}</time>
        </>
      )}
      {duration && <span className="text-slate-600 dark:text-slate-400"> ({duration})</span>}
      {otherZone && (
        <span className="block text-slate-600 dark:text-slate-400">
          {formatTimeOfDay(startsAt, otherZone, precision, approximate, placeCity)}
          {endsAt ? ` – ${formatEventEnd({ ...event, timeZone: otherZone }, 'clock', placeCity)}` : ''}
        </span>
      )}
      {clock && open && (
        <span
          id={tooltipId}
          role="tooltip"
          className="absolute left-0 top-full z-20 mt-1 block w-max max-w-[min(20rem,80vw)] rounded-md border border-slate-200 bg-white p-2 text-xs shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <span className="block">Your time: {formatWhen(startsAt, readerTimeZone(), 'minute', approximate)}</span>
          <span className="block">UTC: {formatWhen(startsAt, 'UTC', 'minute', approximate)}</span>
        </span>
      )}
    </span>
  );
}
