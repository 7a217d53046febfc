// VTIMEZONE components built from the zone database that ships with Node: every offset change
// of a zone over a span of years becomes one observance (RFC 5545 §3.6.5), so a calendar shows
// each event at its real local time without needing a zone database of its own.
import ICAL from 'ical.js';
import { EARLIEST_YEAR, LATEST_YEAR } from '@/db/year-range';

const DAY = 86_400_000;
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC that `timeZone` is at `at` (ms since the epoch). */
function offsetMinutes(timeZone: string, at: number): number {
  let f = offsetFormatters.get(timeZone);
  if (!f)
    offsetFormatters.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = f.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

function zoneName(timeZone: string, at: number): string {
  return (
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  );
}

type Transition = { at: number; from: number; to: number };

/** Offset changes in [start, end): scanned a week at a time, each pinned to the minute. */
function transitions(timeZone: string, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  const WEEK = 7 * DAY;
  for (let t = start; t < end; t += WEEK) {
    const next = Math.min(t + WEEK, end);
    const from = offsetMinutes(timeZone, t);
    const to = offsetMinutes(timeZone, next);
    if (from === to) continue;
    let low = t;
    let high = next;
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetMinutes(timeZone, mid) === from) low = mid;
      else high = mid;
    }
    found.push({ at: high, from, to });
  }
  return found;
}

function utcOffset(minutes: number): ICAL.UtcOffset {
  return new ICAL.UtcOffset({
    hours: Math.trunc(minutes / 60),
    minutes: Math.abs(minutes % 60),
    factor: minutes < 0 ? -1 : 1,
  });
}

/** Local wall time (floating) of an instant shifted by an offset, as an observance DTSTART. */
function wallTime(at: number, offset: number): ICAL.Time {
  const local = new Date(at + offset * 60_000);
  return ICAL.Time.fromData({
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: 0,
    isDate: false,
  });
}

function observance(
  kind: 'standard' | 'daylight',
  start: ICAL.Time,
  from: number,
  to: number,
  name: string,
): ICAL.Component {
  const component = new ICAL.Component(kind);
  component.addPropertyWithValue('dtstart', start);
  component.addPropertyWithValue('tzoffsetfrom', utcOffset(from));
  component.addPropertyWithValue('tzoffsetto', utcOffset(to));
  component.addPropertyWithValue('tzname', name);
  return component;
}

/**
 * The zone's VTIMEZONE covering `fromYear` to `toYear`, held within the years Parley accepts
 * (the zone database has nothing before them but local mean time, so an older event takes the
 * first observance). An observance is DAYLIGHT when its offset is above the lowest offset the
 * zone uses in the span, which is how DST reads.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): ICAL.Component {
  const clamp = (year: number) => Math.min(Math.max(year, EARLIEST_YEAR), LATEST_YEAR);
  const start = Date.UTC(clamp(fromYear), 0, 1);
  const end = Date.UTC(clamp(toYear) + 1, 0, 1);
  const changes = transitions(timeZone, start, end);
  const initial = offsetMinutes(timeZone, start);
  const lowest = Math.min(initial, ...changes.map((c) => c.to));
  const component = new ICAL.Component('vtimezone');
  component.addPropertyWithValue('tzid', timeZone);
  component.addSubcomponent(
    observance(
      initial > lowest ? 'daylight' : 'standard',
      wallTime(start, initial),
      initial,
      initial,
      zoneName(timeZone, start),
    ),
  );
  for (const change of changes) {
    component.addSubcomponent(
      observance(
        change.to > lowest ? 'daylight' : 'standard',
        wallTime(change.at, change.from),
        change.from,
        change.to,
        zoneName(timeZone, change.at),
      ),
    );
  }
  return component;
}
