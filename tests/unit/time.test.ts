import { describe, expect, it } from 'vitest';
import { wallTimeToInstant } from '@/db/calendar';
import {
  formatDuration,
  formatEventDuration,
  formatEventEnd,
  formatEventWhen,
  formatTimeOfDay,
  formatWhen,
  instantToWallTime,
  utcOffset,
  zoneAbbreviation,
  zoneNotation,
} from '@/lib/time';

describe('time in the event’s own zone', () => {
  it.each([
    ['2025-03-23T17:30', 'Europe/Kyiv', '2025-03-23T15:30:00.000Z'], // UTC+2 before DST
    ['2025-03-31T17:30', 'Europe/Kyiv', '2025-03-31T14:30:00.000Z'], // UTC+3 after 30 March
    ['2025-03-24T00:00', 'Asia/Riyadh', '2025-03-23T21:00:00.000Z'],
    ['2025-03-09T03:30', 'America/New_York', '2025-03-09T07:30:00.000Z'], // the first hour after the clocks went forward
  ])('%s in %s is %s', (local, zone, instant) => {
    expect(wallTimeToInstant(local, zone)).toBe(instant);
  });

  it('round-trips wall times', () => {
    expect(instantToWallTime('2025-03-23T15:30:00.000Z', 'Europe/Kyiv')).toBe('2025-03-23T17:30');
  });

  it.each([
    ['2025-03-23T15:30:00.000Z', 'Europe/Kyiv', 'minute', true, '23 March 2025, about 17:30 Kyiv (EET, UTC+2)'],
    ['2025-03-23T21:00:00.000Z', 'Asia/Riyadh', 'day', false, '24 March 2025'],
    ['2025-03-16T22:00:00.000Z', 'Europe/Kyiv', 'week', false, 'week of 17 March 2025'],
    ['2025-03-01T05:00:00.000Z', 'America/New_York', 'month', true, 'about March 2025'],
  ] as const)('formats %s in %s at %s precision', (instant, zone, precision, approximate, text) => {
    expect(formatWhen(instant, zone, precision, approximate)).toBe(text);
  });

  it('never shifts a day-precision date by the reader’s zone', () => {
    // Midnight in Riyadh is still the previous day in UTC; the date shown must be Riyadh's.
    expect(formatWhen('2025-03-23T21:00:00.000Z', 'Asia/Riyadh', 'day')).toBe('24 March 2025');
  });

  it('names zones by their abbreviation where one exists', () => {
    expect(zoneAbbreviation('2025-03-23T15:30:00.000Z', 'Europe/Kyiv')).toBe('EET');
    expect(zoneAbbreviation('2025-07-01T15:30:00.000Z', 'America/New_York')).toBe('EDT');
    expect(zoneAbbreviation('2025-03-23T15:30:00.000Z', 'Asia/Riyadh')).toBe('GMT+3');
  });

  it('shows durations', () => {
    expect(formatDuration('2025-03-23T15:30:00.000Z', '2025-03-23T20:30:00.000Z')).toBe('5 h');
    expect(formatDuration('2025-03-23T15:30:00.000Z', '2025-03-23T16:15:00.000Z')).toBe('45 min');
  });

  const umbrella = {
    startsAt: '2025-03-22T21:00:00.000Z',
    endsAt: '2025-03-23T21:00:00.000Z',
    localDate: '2025-03-23',
    localEndDate: '2025-03-24',
    timeZone: 'Asia/Riyadh',
    precision: 'day',
    approximate: false,
    endApproximate: false,
    durationMinutes: null,
    durationBound: 'exact',
  } as const;

  it('counts a dated span’s local days inclusively: 23–24 March is 2 days', () => {
    expect(formatEventDuration(umbrella)).toBe('2 days');
    expect(formatEventWhen(umbrella)).toBe('23 March 2025 – 24 March 2025 (2 days)');
    // 29–30 March in Kyiv is 47 hours; still two days.
    expect(
      formatEventDuration({
        ...umbrella,
        startsAt: '2025-03-28T22:00:00.000Z',
        endsAt: '2025-03-29T22:00:00.000Z',
        localDate: '2025-03-29',
        localEndDate: '2025-03-30',
        timeZone: 'Europe/Kyiv',
      }),
    ).toBe('2 days');
  });

  it('shows an hour-precision start’s end at its own time, not cut to the start’s hour', () => {
    const round = {
      startsAt: '2025-07-23T16:00:00.000Z',
      endsAt: '2025-07-23T16:40:00.000Z',
      localDate: '2025-07-23',
      localEndDate: '2025-07-23',
      timeZone: 'Europe/Istanbul',
      precision: 'hour',
      approximate: true,
      endApproximate: true,
      durationMinutes: null,
      durationBound: 'exact',
    } as const;
    expect(formatEventEnd(round, 'clock')).toBe('about 19:40');
    expect(formatEventWhen(round)).toBe(
      '23 July 2025, about 19:00 Istanbul (UTC+3) – 23 July 2025, about 19:40 Istanbul (UTC+3) (about 40 min)',
    );
  });

  it('shows a duration the source gives without an end, with its bound: “talks lasted under two hours”', () => {
    const talks = {
      ...umbrella,
      endsAt: null,
      localEndDate: null,
      durationMinutes: 120,
      durationBound: 'under',
    } as const;
    expect(formatEventDuration(talks)).toBe('lasted under 2 h');
    expect(formatEventWhen(talks)).toBe('23 March 2025 (lasted under 2 h)');
    expect(formatEventWhen({ ...talks, durationMinutes: 90, durationBound: 'about' })).toBe(
      '23 March 2025 (lasted about 1 h 30 min)',
    );
    expect(formatEventWhen({ ...talks, durationMinutes: 3 * 24 * 60, durationBound: 'over' })).toBe(
      '23 March 2025 (lasted over 3 days)',
    );
    expect(formatEventWhen({ ...talks, durationMinutes: 45, durationBound: 'exact' })).toBe(
      '23 March 2025 (lasted 45 min)',
    );
    expect(formatEventWhen({ ...talks, durationMinutes: null })).toBe('23 March 2025');
  });
});

describe('one notation for a clock time’s zone: city, abbreviation where one exists, offset', () => {
  it.each([
    // Kyiv's clocks went forward at 03:00 on 30 March 2025 and back at 04:00 on 26 October.
    ['2025-03-30T00:59:00.000Z', 'Europe/Kyiv', '02:59 Kyiv (EET, UTC+2)'],
    ['2025-03-30T01:00:00.000Z', 'Europe/Kyiv', '04:00 Kyiv (EEST, UTC+3)'],
    ['2025-10-26T00:30:00.000Z', 'Europe/Kyiv', '03:30 Kyiv (EEST, UTC+3)'],
    ['2025-10-26T01:30:00.000Z', 'Europe/Kyiv', '03:30 Kyiv (EET, UTC+2)'],
    // New York's went forward at 02:00 on 9 March 2025 and back at 02:00 on 2 November.
    ['2025-03-09T06:59:00.000Z', 'America/New_York', '01:59 New York (EST, UTC-5)'],
    ['2025-03-09T07:00:00.000Z', 'America/New_York', '03:00 New York (EDT, UTC-4)'],
    ['2025-11-02T05:30:00.000Z', 'America/New_York', '01:30 New York (EDT, UTC-4)'],
    ['2025-11-02T06:30:00.000Z', 'America/New_York', '01:30 New York (EST, UTC-5)'],
    // Half- and quarter-hour zones without daylight saving: the same offset in January and July.
    ['2025-01-15T12:00:00.000Z', 'Asia/Kolkata', '17:30 Kolkata (UTC+5:30)'],
    ['2025-07-15T12:00:00.000Z', 'Asia/Kolkata', '17:30 Kolkata (UTC+5:30)'],
    ['2025-01-15T12:00:00.000Z', 'Asia/Kathmandu', '17:45 Kathmandu (UTC+5:45)'],
    ['2025-07-15T12:00:00.000Z', 'Asia/Kathmandu', '17:45 Kathmandu (UTC+5:45)'],
    ['2025-07-15T12:00:00.000Z', 'UTC', '12:00 UTC'],
    ['2025-07-15T12:00:00.000Z', 'Etc/UTC', '12:00 UTC'],
  ])('%s in %s reads %s', (instant, zone, text) => {
    expect(formatTimeOfDay(instant, zone, 'minute')).toBe(text);
  });

  it('names the place’s city where the caller knows it, else the zone’s', () => {
    expect(zoneNotation('2025-03-23T15:30:00.000Z', 'Asia/Riyadh', 'Riyadh')).toBe('Riyadh (UTC+3)');
    expect(zoneNotation('2025-03-23T15:30:00.000Z', 'Europe/Istanbul', 'Antalya')).toBe('Antalya (UTC+3)');
    expect(zoneNotation('2025-03-23T15:30:00.000Z', 'America/Argentina/Buenos_Aires')).toBe('Buenos Aires (UTC-3)');
    expect(zoneNotation('2025-01-15T12:00:00.000Z', 'Europe/London')).toBe('London (GMT, UTC+0)');
  });

  it('gives offsets as Intl reports them', () => {
    expect(utcOffset('2025-01-15T12:00:00.000Z', 'Asia/Kathmandu')).toBe('UTC+5:45');
    expect(utcOffset('2025-01-15T12:00:00.000Z', 'UTC')).toBe('UTC+0');
  });

  it('shows a day with its clock and zone, and a span’s end bare when the clocks did not change', () => {
    expect(formatWhen('2025-03-23T15:30:00.000Z', 'Europe/Kyiv', 'minute')).toBe(
      '23 March 2025, 17:30 Kyiv (EET, UTC+2)',
    );
    const overnight = {
      startsAt: '2025-03-29T22:00:00.000Z',
      endsAt: '2025-03-30T02:00:00.000Z',
      localDate: '2025-03-30',
      localEndDate: '2025-03-30',
      timeZone: 'Europe/Kyiv',
      precision: 'minute',
      approximate: false,
      endApproximate: false,
      durationMinutes: null,
      durationBound: 'exact',
    } as const;
    expect(formatEventEnd(overnight, 'clock')).toBe('05:00 Kyiv (EEST, UTC+3)');
    expect(formatEventEnd({ ...overnight, endsAt: '2025-03-29T23:00:00.000Z' }, 'clock')).toBe('01:00');
  });
});
