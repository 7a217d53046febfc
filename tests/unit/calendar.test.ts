// The calendar arithmetic of db/calendar.ts, property-tested across zones far from UTC on both
// sides, zones with and without daylight saving, and the days the clocks change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  isRealDay,
  localDay,
  localSpan,
  NonexistentWallTimeError,
  periodEnd,
  periodStart,
  upperBound,
  wallTimeToInstant,
} from '@/db/calendar';
import { instantToWallTime } from '@/lib/time';

const ZONES = [
  'Europe/Kyiv',
  'Asia/Riyadh',
  'America/Anchorage',
  'Pacific/Kiritimati',
  'America/New_York',
  'Australia/Lord_Howe',
  'UTC',
] as const;
const zone = fc.constantFrom(...ZONES);
/**
 * Any day from 1995 to 2040, with the clock changes of March, October and November well represented.
 * (Kiritimati crossed the date line at the end of 1994 and has no 31 December 1994 at all.)
 */
const day = fc.oneof(
  fc
    .date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2025-03-09', '2025-03-30', '2025-10-26', '2025-11-02', '2025-04-06', '2025-10-05', '2024-02-29'),
);
const clock = fc
  .record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) })
  .map(({ h, m }) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const instant = fc
  .date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const before = (iso: string) => new Date(Date.parse(iso) - 1).toISOString();

describe('calendar arithmetic in the event’s zone', () => {
  it('ends "March 2025" in Kyiv at the local midnight that begins April, not a UTC month later', () => {
    expect(upperBound(wallTimeToInstant('2025-03-01', 'Europe/Kyiv'), 'month', 'Europe/Kyiv')).toBe(
      '2025-03-31T21:00:00.000Z',
    );
  });

  it('ends a day-precision event on a daylight saving day at the next local midnight', () => {
    // 30 March 2025 in Kyiv has 23 hours.
    expect(upperBound(wallTimeToInstant('2025-03-30', 'Europe/Kyiv'), 'day', 'Europe/Kyiv')).toBe(
      '2025-03-30T21:00:00.000Z',
    );
    // 2 November 2025 in New York has 25 hours.
    expect(upperBound(wallTimeToInstant('2025-11-02', 'America/New_York'), 'day', 'America/New_York')).toBe(
      '2025-11-03T05:00:00.000Z',
    );
  });

  it('refuses a clock time the zone skipped instead of moving it', () => {
    expect(() => wallTimeToInstant('2025-03-30T03:30', 'Europe/Kyiv')).toThrow(NonexistentWallTimeError);
    expect(() => wallTimeToInstant('2025-03-09T02:30', 'America/New_York')).toThrow(NonexistentWallTimeError);
    expect(wallTimeToInstant('2025-03-09T03:30', 'America/New_York')).toBe('2025-03-09T07:30:00.000Z');
  });

  it('a day-precision span is exactly its local day, in every zone and on every day', () => {
    fc.assert(
      fc.property(zone, day, (z, d) => {
        const start = wallTimeToInstant(d, z);
        const end = upperBound(start, 'day', z);
        expect(localDay(start, z)).toBe(d);
        expect(localDay(before(end), z)).toBe(d);
        expect(localDay(end, z)).toBe(addCalendarDays(d, 1));
        expect(localSpan({ startsAt: start, endsAt: null, precision: 'day', timeZone: z })).toEqual({
          startDay: d,
          endDay: d,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a month or a year span covers its calendar period in the zone', () => {
    fc.assert(
      fc.property(
        zone,
        day,
        fc.constantFrom('week', 'month', 'year') as fc.Arbitrary<'week' | 'month' | 'year'>,
        (z, d, precision) => {
          const start = wallTimeToInstant(d, z);
          const span = localSpan({ startsAt: start, endsAt: null, precision, timeZone: z });
          const unit = precision === 'week' ? null : precision;
          expect(span.startDay).toBe(d);
          expect(span.endDay).toBe(unit ? periodEnd(periodStart(d, unit), unit) : addCalendarDays(d, 6));
          expect(localDay(before(upperBound(start, precision, z)), z)).toBe(span.endDay);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a wall time either round-trips exactly or is refused as skipped', () => {
    fc.assert(
      fc.property(zone, day, clock, (z, d, c) => {
        const wall = `${d}T${c}`;
        try {
          expect(instantToWallTime(wallTimeToInstant(wall, z), z)).toBe(wall);
        } catch (error) {
          expect(error).toBeInstanceOf(NonexistentWallTimeError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('an event with an end covers every local day from its start day to its end day', () => {
    fc.assert(
      fc.property(zone, instant, fc.integer({ min: 0, max: 10 * 24 * 60 }), (z, start, minutes) => {
        const end = new Date(Date.parse(start) + minutes * 60_000).toISOString();
        const span = localSpan({ startsAt: start, endsAt: end, precision: 'minute', timeZone: z });
        expect(span).toEqual({ startDay: localDay(start, z), endDay: localDay(end, z) });
        expect(span.startDay <= span.endDay).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('knows real dates', () => {
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2025-02-29')).toBe(false);
    expect(isRealDay('2025-3-1')).toBe(false);
  });
});
