import { describe, expect, it } from 'vitest';
import { formatDuration, formatWhen, instantToWallTime, wallTimeToInstant, zoneAbbreviation } from '@/lib/time';

describe('time in the event’s own zone', () => {
  it.each([
    ['2025-03-23T17:30', 'Europe/Kyiv', '2025-03-23T15:30:00.000Z'], // UTC+2 before DST
    ['2025-03-31T17:30', 'Europe/Kyiv', '2025-03-31T14:30:00.000Z'], // UTC+3 after 30 March
    ['2025-03-24T00:00', 'Asia/Riyadh', '2025-03-23T21:00:00.000Z'],
    ['2025-03-09T02:30', 'America/New_York', '2025-03-09T07:30:00.000Z'], // a wall time skipped by DST moves forward
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
});
