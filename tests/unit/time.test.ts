import { describe, expect, it } from 'vitest';
import { wallTimeToInstant } from '@/db/calendar';
import { formatDuration, formatEventDuration, formatEventEnd, formatEventWhen, formatWhen, instantToWallTime, zoneAbbreviation } from '@/lib/time';

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
    ['2025-03-23T15:30:00.000Z', 'Europe/Kyiv', 'minute', true, '23 March 2025, about 17:30 EET'],
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
    expect(formatEventDuration({ ...umbrella, startsAt: '2025-03-28T22:00:00.000Z', endsAt: '2025-03-29T22:00:00.000Z', localDate: '2025-03-29', localEndDate: '2025-03-30', timeZone: 'Europe/Kyiv' })).toBe('2 days');
  });

  it('shows an hour-precision start’s end at its own time, not cut to the start’s hour', () => {
    const round = { startsAt: '2025-07-23T16:00:00.000Z', endsAt: '2025-07-23T16:40:00.000Z', localDate: '2025-07-23', localEndDate: '2025-07-23', timeZone: 'Europe/Istanbul', precision: 'hour', approximate: true, endApproximate: true, durationMinutes: null, durationBound: 'exact' } as const;
    expect(formatEventEnd(round, 'clock')).toBe('about 19:40 GMT+3');
    expect(formatEventWhen(round)).toBe('23 July 2025, about 19:00 GMT+3 – 23 July 2025, about 19:40 GMT+3 (about 40 min)');
  });

  it('shows a duration the source gives without an end, with its bound: “talks lasted under two hours”', () => {
    const talks = { ...umbrella, endsAt: null, localEndDate: null, durationMinutes: 120, durationBound: 'under' } as const;
    expect(formatEventDuration(talks)).toBe('lasted under 2 h');
    expect(formatEventWhen(talks)).toBe('23 March 2025 (lasted under 2 h)');
    expect(formatEventWhen({ ...talks, durationMinutes: 90, durationBound: 'about' })).toBe('23 March 2025 (lasted about 1 h 30 min)');
    expect(formatEventWhen({ ...talks, durationMinutes: 3 * 24 * 60, durationBound: 'over' })).toBe('23 March 2025 (lasted over 3 days)');
    expect(formatEventWhen({ ...talks, durationMinutes: 45, durationBound: 'exact' })).toBe('23 March 2025 (lasted 45 min)');
    expect(formatEventWhen({ ...talks, durationMinutes: null })).toBe('23 March 2025');
  });
});
