// The one place that turns instants into words: every date Parley shows is formatted here, in
// the event's own time zone, with no more precision than the source supports. Calendar arithmetic
// lives in db/calendar.ts: the data layer needs it for local days, and db/ imports nothing above.
import { calendarDaysBetween, type HistogramUnit } from '@/db/calendar';
import type { DurationBound, Precision } from '@/db/enums';
import type { EventDTO } from '@/db/queries/event-dto';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** "EET", "EDT", "UTC"; where no common letters exist, "GMT+3". */
export function zoneAbbreviation(instant: string, timeZone: string): string {
  const short = (locale: string) =>
    formatter(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(instant))
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  const british = short('en-GB');
  if (!british.startsWith('GMT')) return british;
  const american = short('en-US');
  return american.startsWith('GMT') ? british : american;
}

const UTC_ITSELF = /^(Etc\/)?(UTC|UCT|GMT|Universal|Zulu)$/;

/** The offset from UTC at that instant, from Intl: "UTC+2", "UTC+5:30", "UTC-4", "UTC+0". */
export function utcOffset(instant: string, timeZone: string): string {
  const name = formatter('en-US', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(new Date(instant))
    .find((part) => part.type === 'timeZoneName')?.value;
  return !name || name === 'GMT' ? 'UTC+0' : name.replace('GMT', 'UTC');
}

/**
 * The one notation for a zone beside a clock time: "Kyiv (EET, UTC+2)", "Kathmandu (UTC+5:45)",
 * or "UTC". The city is the place's where the caller knows it, else the zone's own; the offset
 * is always given because abbreviations are ambiguous (IST) and many zones have none.
 */
export function zoneNotation(instant: string, timeZone: string, city?: string | null): string {
  if (UTC_ITSELF.test(timeZone)) return 'UTC';
  const abbreviation = zoneAbbreviation(instant, timeZone);
  const offset = utcOffset(instant, timeZone);
  const named = !/^GMT[+-]/.test(abbreviation) && abbreviation !== offset;
  return `${city || zoneCity(timeZone)} (${named ? `${abbreviation}, ` : ''}${offset})`;
}

/** "17:30" in the zone. */
export function formatClock(instant: string, timeZone: string): string {
  return formatter('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );
}

/** "Sunday 23 March 2025" in the zone. */
export function formatLongDay(instant: string, timeZone: string): string {
  return formatter('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(instant),
  );
}

/** "23 Mar 2025" in the zone. */
export function formatShortDay(instant: string, timeZone: string): string {
  return formatter('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(instant));
}

function dayAndMonth(instant: string, timeZone: string): string {
  return formatter('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(instant));
}

/**
 * The time of an event as honestly as its precision allows: "about 17:30 EET", "23 March 2025",
 * "week of 17 March 2025", "March 2025". Day and coarser precisions never show a clock, so a
 * date is never shifted by a zone.
 */
export function formatWhen(
  instant: string,
  timeZone: string,
  precision: Precision,
  approximate = false,
  city?: string | null,
): string {
  const about = approximate ? 'about ' : '';
  switch (precision) {
    case 'minute':
    case 'hour':
      return `${dayAndMonth(instant, timeZone)}, ${formatTimeOfDay(instant, timeZone, precision, approximate, city)}`;
    case 'day':
      return `${about}${dayAndMonth(instant, timeZone)}`;
    case 'week':
      return `${about}week of ${dayAndMonth(instant, timeZone)}`;
    case 'month':
      return `${about}${formatter('en-GB', { timeZone, month: 'long', year: 'numeric' }).format(new Date(instant))}`;
    case 'year':
      return `${about}${formatter('en-GB', { timeZone, year: 'numeric' }).format(new Date(instant))}`;
  }
}

/**
 * The clock part alone, for an entry already shown under its day: "about 17:30 Kyiv (EET, UTC+2)",
 * or without the zone (city null) where the zone was just named; "" for coarser precisions.
 */
export function formatTimeOfDay(
  instant: string,
  timeZone: string,
  precision: Precision,
  approximate = false,
  city?: string | null,
  withZone = true,
): string {
  if (!hasClock(precision)) return '';
  const clock =
    precision === 'hour' ? `${formatClock(instant, timeZone).slice(0, 2)}:00` : formatClock(instant, timeZone);
  const zone = withZone ? ` ${zoneNotation(instant, timeZone, city)}` : '';
  return `${approximate ? 'about ' : ''}${clock}${zone}`;
}

/** "5 h", "1 h 30 min", "2 days". */
export function formatDuration(startsAt: string, endsAt: string): string {
  return formatMinutes(Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000));
}

function formatMinutes(minutes: number): string {
  if (minutes >= 24 * 60) return days(Math.round(minutes / (24 * 60)));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ') || '0 min';
}

function days(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`;
}

type EventTimes = Pick<
  EventDTO,
  | 'startsAt'
  | 'endsAt'
  | 'localDate'
  | 'localEndDate'
  | 'timeZone'
  | 'precision'
  | 'approximate'
  | 'endApproximate'
  | 'durationMinutes'
  | 'durationBound'
>;

const BOUND_WORDS: Record<DurationBound, string> = { exact: '', about: 'about ', under: 'under ', over: 'over ' };

/** A duration the source gives without an end: "lasted under 2 h", "lasted about 3 days". */
export function formatStatedDuration(minutes: number, bound: DurationBound): string {
  return `lasted ${BOUND_WORDS[bound]}${formatMinutes(minutes)}`;
}

/**
 * The precision an end is shown at. The precision field is the start's: an end reported to the
 * minute ("19:40") must not be cut to the start's hour.
 */
export function endPrecision(precision: Precision): Precision {
  return precision === 'hour' ? 'minute' : precision;
}

/**
 * How long an event lasted, "5 h" or "about 2 days"; without an end, the duration the source
 * gives ("lasted under 2 h"), else null. Clock times are measured; dated spans count their
 * local days inclusively, so 23–24 March is 2 days whatever daylight saving did in between.
 */
export function formatEventDuration(event: EventTimes): string | null {
  if (!event.endsAt || !event.localEndDate)
    return event.durationMinutes ? formatStatedDuration(event.durationMinutes, event.durationBound) : null;
  const about = event.approximate || event.endApproximate ? 'about ' : '';
  if (hasClock(event.precision)) return `${about}${formatDuration(event.startsAt, event.endsAt)}`;
  return `${about}${days(calendarDaysBetween(event.localDate, event.localEndDate) + 1)}`;
}

/**
 * The end at its own precision: "about 19:40" under a day heading when the start already named
 * its zone and the clocks did not change in between, "19:40 Kyiv (EEST, UTC+3)" when they did,
 * "24 March 2025" for dates.
 */
export function formatEventEnd(event: EventTimes, mode: 'clock' | 'full', city?: string | null): string | null {
  if (!event.endsAt) return null;
  const precision = endPrecision(event.precision);
  if (!hasClock(precision) || mode === 'full') {
    return formatWhen(event.endsAt, event.timeZone, precision, event.endApproximate, city);
  }
  const sameZone =
    zoneNotation(event.startsAt, event.timeZone, city) === zoneNotation(event.endsAt, event.timeZone, city);
  return formatTimeOfDay(event.endsAt, event.timeZone, precision, event.endApproximate, city, !sameZone);
}

/** An event's time in one line, for feeds and calendars: "23 March 2025 – 24 March 2025 (2 days)". */
export function formatEventWhen(event: EventTimes, city?: string | null): string {
  const start = formatWhen(event.startsAt, event.timeZone, event.precision, event.approximate, city);
  const end = formatEventEnd(event, 'full', city);
  const duration = formatEventDuration(event);
  return `${start}${end ? ` – ${end}` : ''}${duration ? ` (${duration})` : ''}`;
}

/** The wall-clock time ("2025-03-23T17:30") of an instant in a zone: what an edit form shows. */
export function instantToWallTime(instant: string, timeZone: string): string {
  const parts = formatter('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .formatToParts(new Date(instant))
    .reduce<Record<string, string>>((acc, part) => ({ ...acc, [part.type]: part.value }), {});
  return `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The place a zone is named for: "Europe/Kyiv" → "Kyiv", "America/New_York" → "New York". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').at(-1) ?? timeZone).replaceAll('_', ' ');
}

/** Whether an instant of this precision has a clock time worth showing. */
export function hasClock(precision: Precision): boolean {
  return precision === 'minute' || precision === 'hour';
}

/** The reader's own zone, as the browser reports it. */
export function readerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A period of the overview chart: "23 Mar 2025", "week of 17 Mar 2025", "March 2025", "2025". */
export function formatPeriod(start: string, unit: HistogramUnit): string {
  const instant = `${start}T00:00:00Z`;
  if (unit === 'day') return formatShortDay(instant, 'UTC');
  if (unit === 'week') return `week of ${formatShortDay(instant, 'UTC')}`;
  if (unit === 'month')
    return formatter('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(instant));
  return start.slice(0, 4);
}

/** The reader's calendar day (YYYY-MM-DD) in their own zone. */
export function readerToday(): string {
  return formatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** A calendar date (YYYY-MM-DD) in words, "23 March 2025": read at UTC midnight so no zone can move it. */
export function formatCalendarDay(day: string): string {
  return formatWhen(`${day}T00:00:00.000Z`, 'UTC', 'day');
}

/** "Since 1 June 2023", "Until 2 May 2024", "1 June 2023 – 2 May 2024", or that none is known. */
export function formatSpan(from: string | null, to: string | null): string {
  if (from && to) return `${formatCalendarDay(from)} – ${formatCalendarDay(to)}`;
  if (from) return `Since ${formatCalendarDay(from)}`;
  if (to) return `Until ${formatCalendarDay(to)}`;
  return 'Dates not recorded';
}

/** An instant as ISO 8601 in its zone's wall time with the offset ("2025-03-23T17:30+02:00"), as schema.org dates read best. */
export function instantWithOffset(instant: string, timeZone: string): string {
  const name = formatter('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name && name !== 'GMT' ? name.replace('GMT', '') : '+00:00';
  return `${instantToWallTime(instant, timeZone)}${offset}`;
}
