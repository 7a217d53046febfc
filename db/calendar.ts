// The one home of calendar arithmetic. Every step that moves along a calendar (a day, a month,
// the end of a span) is taken in the event's own zone with @date-fns/tz, so daylight saving
// changes and month lengths are the zone's, never UTC's. Calendar dates are 'YYYY-MM-DD' text;
// instants are ISO 8601 UTC strings. Formatting for people lives in lib/time.ts.
import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addHours,
  addMinutes,
  addMonths,
  addWeeks,
  addYears,
  differenceInCalendarDays,
  endOfMonth,
  startOfDay,
  startOfMonth,
  startOfYear,
} from 'date-fns';
import type { Precision } from './enums';

// Creating an Intl.DateTimeFormat costs far more than formatting with one, and a page of events
// asks for the local day of each: one formatter per zone is kept for the life of the process.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDay(instant: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format)
    dayFormats.set(
      timeZone,
      (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })),
    );
  // Intl writes years before 1000 with fewer digits ("100-03-01"); dates always have four.
  return format.format(new Date(instant)).padStart(10, '0');
}

/** Today's date in UTC: the day on which "current" titles and memberships are judged. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A calendar date as a TZDate at midnight UTC: plain date arithmetic with no zone to move it. */
function utcDay(day: string): TZDate {
  const [y, m, d] = day.split('-').map(Number);
  return new TZDate(y, m - 1, d, 'UTC');
}

function dayText(date: TZDate): string {
  return date.toISOString().slice(0, 10);
}

/** True for a date that exists on the calendar: 2025-02-28 but not 2025-02-30. */
export function isRealDay(day: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && dayText(utcDay(day)) === day
  );
}

export function addCalendarDays(day: string, days: number): string {
  return dayText(addDays(utcDay(day), days));
}

/** Days from one calendar date to another: 23 to 24 March is 1. */
export function calendarDaysBetween(from: string, to: string): number {
  return differenceInCalendarDays(utcDay(to), utcDay(from));
}

/** A wall-clock time that the zone's clocks skipped (the hour lost when daylight saving begins). */
export class NonexistentWallTimeError extends RangeError {
  constructor(local: string, timeZone: string) {
    super(`${local} does not exist in ${timeZone}: the clocks skipped it`);
    this.name = 'NonexistentWallTimeError';
  }
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * The UTC instant of a wall-clock time ("2025-03-23T17:30", or a day "2025-03-23" for its first
 * moment) in an IANA zone. A clock time the zone skipped is refused rather than moved; a day
 * whose midnight was skipped begins at its first real moment.
 */
export function wallTimeToInstant(local: string, timeZone: string): string {
  const match = WALL_TIME.exec(local);
  if (!match) throw new RangeError(`Not a local date or date-time: ${local}`);
  const [, y, mo, d, h, mi] = match;
  if (h === undefined)
    return toUtc(startOfDay(new TZDate(Number(y), Number(mo) - 1, Number(d), 12, 0, timeZone)), timeZone);
  const date = new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), timeZone);
  if (date.getHours() !== Number(h) || date.getMinutes() !== Number(mi) || date.getDate() !== Number(d))
    throw new NonexistentWallTimeError(local, timeZone);
  return toUtc(date, timeZone);
}

const secondFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The instant of a TZDate. TZDate counts offsets in whole minutes, but local mean time before
 * about 1920 had seconds in it (Kathmandu +05:41:16): the wall clock's seconds, read back
 * through Intl, say how far to move so that the instant is the whole minute that was meant.
 */
function toUtc(date: Date, timeZone: string): string {
  let format = secondFormats.get(timeZone);
  if (!format)
    secondFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-GB', { timeZone, second: 'numeric' })));
  const seconds = Number(format.format(date));
  const shift = seconds === 0 ? 0 : seconds >= 30 ? 60 - seconds : -seconds;
  return new Date(date.getTime() + shift * 1000).toISOString();
}

/** The local midnight (or first moment) that begins a calendar date in a zone. */
export function dayStart(day: string, timeZone: string): string {
  return wallTimeToInstant(day, timeZone);
}

/** The first moment of the span a precise-to-X start stands for, in the event's zone. */
function spanStart(start: TZDate, precision: Precision): TZDate {
  if (precision === 'month') return startOfMonth(start);
  if (precision === 'year') return startOfYear(start);
  if (precision === 'day' || precision === 'week') return startOfDay(start);
  return start;
}

const ADD_ONE: Record<Precision, (date: TZDate) => TZDate> = {
  minute: (date) => addMinutes(date, 1),
  hour: (date) => addHours(date, 1),
  day: (date) => addDays(date, 1),
  week: (date) => addWeeks(date, 1),
  month: (date) => addMonths(date, 1),
  year: (date) => addYears(date, 1),
};

/**
 * The exclusive upper bound of the span a precise-to-X start stands for, used to sort and to
 * filter uncertain dates by overlap: "March 2025" in Kyiv ends at the local midnight that
 * begins 1 April, and a day that daylight saving shortens ends after 23 hours.
 */
export function upperBound(startsAt: string, precision: Precision, timeZone: string): string {
  return toUtc(ADD_ONE[precision](spanStart(new TZDate(startsAt, timeZone), precision)), timeZone);
}

/**
 * The local calendar days an event covers, both inclusive: the day it starts, and the last day
 * of its end (or, with no end, of the span its precision implies: a week, a month, a year). A
 * day-precision event from 23 to 24 March covers 23 and 24 March.
 */
export function localSpan(event: { startsAt: string; endsAt: string | null; precision: Precision; timeZone: string }): {
  startDay: string;
  endDay: string;
} {
  const startDay = localDay(event.startsAt, event.timeZone);
  const last = event.endsAt ?? event.startsAt;
  const clock = event.precision === 'minute' || event.precision === 'hour';
  const endDay = clock
    ? localDay(last, event.timeZone)
    : localDay(
        new Date(Date.parse(upperBound(last, event.precision, event.timeZone)) - 1).toISOString(),
        event.timeZone,
      );
  return { startDay, endDay: endDay < startDay ? startDay : endDay };
}

// Calendar periods (days, Monday weeks, months, years) in which the overview counts events.

export type HistogramUnit = 'day' | 'week' | 'month' | 'year';

/** The period unit that gives a readable number of bars for a span of calendar days. */
export function histogramUnit(fromDay: string, toDay: string): HistogramUnit {
  const days = calendarDaysBetween(fromDay, toDay);
  if (days <= 92) return 'day';
  if (days <= 3 * 365) return 'week';
  if (days <= 40 * 365) return 'month';
  return 'year';
}

/** The first day (YYYY-MM-DD) of the period holding a calendar date; weeks begin on Monday. */
export function periodStart(day: string, unit: HistogramUnit): string {
  const date = utcDay(day);
  if (unit === 'week') return dayText(addDays(date, -((date.getDay() + 6) % 7)));
  if (unit === 'month') return dayText(startOfMonth(date));
  if (unit === 'year') return dayText(startOfYear(date));
  return day;
}

export function nextPeriod(start: string, unit: HistogramUnit): string {
  const date = utcDay(start);
  if (unit === 'week') return dayText(addWeeks(date, 1));
  if (unit === 'month') return dayText(addMonths(date, 1));
  if (unit === 'year') return dayText(addYears(date, 1));
  return dayText(addDays(date, 1));
}

/** The last calendar day (YYYY-MM-DD) of the period that begins on `start`. */
export function periodEnd(start: string, unit: HistogramUnit): string {
  if (unit === 'month') return dayText(endOfMonth(utcDay(start)));
  return addCalendarDays(nextPeriod(start, unit), -1);
}
