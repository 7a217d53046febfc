// A date in a filter is the event's own local calendar day, in the list, the facets and the
// chart alike: checked on the seeded Riyadh round and property-tested on generated events.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, localSpan, wallTimeToInstant } from '@/db/calendar';
import { openDatabase, type ParleyDb } from '@/db/connection';
import type { Precision } from '@/db/enums';
import { getEventFacets } from '@/db/queries/event-facets';
import { createEvents, type EventInput } from '@/db/queries/event-writes';
import { listEvents } from '@/db/queries/events';
import { eventsInRun } from '../helpers/histogram-run';
import { parseEventQuery, toEventFilters } from '@/lib/validation/filters';
import { temporaryDatabasePath, useTemporaryDatabase } from '../helpers/db';

beforeAll(async () => {
  await useTemporaryDatabase();
});

/** Filters exactly as the API reads them from a query string. */
function filtersOf(query: string) {
  const parsed = parseEventQuery(new URLSearchParams(query));
  if (!parsed.success) throw new Error(parsed.error.message);
  return toEventFilters(parsed.data);
}

const slugsFor = async (query: string, db?: ParleyDb) =>
  (await listEvents({ filters: filtersOf(query), limit: 200, db })).items.map((e) => e.slug);

describe('a date filter means the event’s local day', () => {
  it('23 March holds the Ukraine–U.S. session (Kyiv) and not the Russia–U.S. one (Riyadh, 24 March)', async () => {
    const day = await slugsFor('from=2025-03-23&to=2025-03-23');
    expect(day).toContain('ukraine-us-talks-riyadh-2025-03-23');
    expect(day).not.toContain('russia-us-talks-riyadh-2025-03-24');
    expect(day).not.toContain('ukraine-us-possible-further-talks-2025-03-24');
  });

  it('a day-precision event in Riyadh on 24 March matches 24 March and nothing else', async () => {
    expect(await slugsFor('from=2025-03-24&to=2025-03-24')).toContain('russia-us-talks-riyadh-2025-03-24');
    expect(await slugsFor('from=2025-03-23&to=2025-03-23')).not.toContain('russia-us-talks-riyadh-2025-03-24');
    expect(await slugsFor('from=2025-03-25&to=2025-03-25')).not.toContain('russia-us-talks-riyadh-2025-03-24');
  });

  it('22 March holds none of the events of 23 March', async () => {
    // Kyiv's 23 March begins at 22:00 UTC on the 22nd.
    const day = await slugsFor('from=2025-03-22&to=2025-03-22');
    expect(day).not.toContain('kyiv-drone-attack-2025-03-23');
    expect(day).not.toContain('umerov-talks-productive-and-focused');
    expect(day).not.toContain('ukraine-us-talks-riyadh-2025-03-23');
  });

  it('the umbrella round of 23–24 March is in both its days', async () => {
    expect(await slugsFor('from=2025-03-23&to=2025-03-23')).toContain('riyadh-talks-march-2025');
    expect(await slugsFor('from=2025-03-24&to=2025-03-24')).toContain('riyadh-talks-march-2025');
    expect(await slugsFor('from=2025-03-25&to=2025-03-25')).not.toContain('riyadh-talks-march-2025');
  });

  it('gives every event its local date, and its last local day where it has an end', async () => {
    const { items } = await listEvents({ filters: filtersOf('from=2025-03-23&to=2025-03-24'), limit: 200 });
    const umbrella = items.find((e) => e.slug === 'riyadh-talks-march-2025')!;
    expect(umbrella).toMatchObject({ localDate: '2025-03-23', localEndDate: '2025-03-24' });
    expect(items.find((e) => e.slug === 'russia-us-talks-riyadh-2025-03-24')).toMatchObject({
      localDate: '2025-03-24',
      localEndDate: null,
    });
  });

  it.each([
    'from=2025-03-23&to=2025-03-23',
    'from=2025-03-20&to=2025-03-26',
    'from=2025-03-01&to=2025-03-31',
    'from=2025-03-24',
    'to=2025-03-23',
    '',
  ])('the facets’ total and every run of the chart agree with the list for %s', async (query) => {
    const list = await slugsFor(query);
    const { total, histogram } = await getEventFacets({ filters: filtersOf(query) });
    expect(total).toBe(list.length);
    const { buckets } = histogram;
    expect(eventsInRun(buckets, 0, buckets.length - 1)).toBe(total);
    if (histogram.unit !== 'day') return;
    for (let lo = 0; lo < buckets.length; lo++) {
      for (let hi = lo; hi < Math.min(buckets.length, lo + 8); hi++) {
        const run = await slugsFor(`from=${buckets[lo].start}&to=${buckets[hi].start}`);
        expect(eventsInRun(buckets, lo, hi)).toBe(run.length);
      }
    }
  });
});

describe('local-day filtering, property-tested across zones', () => {
  const ZONES = [
    'Europe/Kyiv',
    'Asia/Riyadh',
    'America/Anchorage',
    'Pacific/Kiritimati',
    'America/New_York',
    'UTC',
  ] as const;
  const PRECISIONS: Precision[] = ['minute', 'hour', 'day', 'week', 'month'];
  /** Days around the clock changes of spring and autumn 2025. */
  const DAYS = Array.from({ length: 20 }, (_, i) => addCalendarDays('2025-03-24', i - 5)).concat(
    Array.from({ length: 12 }, (_, i) => addCalendarDays('2025-10-24', i)),
  );

  const eventArb = fc.record({
    zone: fc.constantFrom(...ZONES),
    day: fc.constantFrom(...DAYS),
    hour: fc.integer({ min: 0, max: 23 }),
    precision: fc.constantFrom(...PRECISIONS),
    endDays: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  });

  it('an event is in the range of days D1–D2 exactly when its local days meet it', async () => {
    const db = openDatabase(temporaryDatabasePath());
    const specs = fc.sample(eventArb, { numRuns: 120, seed: 20250323 });
    const inputs: EventInput[] = specs.map((spec, i) => {
      const clock = spec.precision === 'minute' || spec.precision === 'hour';
      // 02:00–03:59 is skipped on some of these days; 04:00 onwards always exists.
      const time = clock ? `T${String(Math.max(4, spec.hour)).padStart(2, '0')}:00` : '';
      const startsAt = wallTimeToInstant(`${spec.day}${time}`, spec.zone);
      const endsAt =
        spec.endDays === null
          ? null
          : wallTimeToInstant(`${addCalendarDays(spec.day, spec.endDays)}${clock ? 'T23:00' : ''}`, spec.zone);
      return {
        slug: `generated-${i}`,
        kind: 'talks_session',
        title: `Generated ${i}`,
        startsAt,
        endsAt,
        timeZone: spec.zone,
        precision: spec.precision,
        status: 'held',
      };
    });
    await createEvents({ inputs, actor: { id: null, name: 'Property test' }, db });
    const spans = new Map(
      inputs.map((input) => [
        input.slug!,
        localSpan({
          startsAt: input.startsAt,
          endsAt: input.endsAt ?? null,
          precision: input.precision,
          timeZone: input.timeZone,
        }),
      ]),
    );

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...DAYS), fc.integer({ min: 0, max: 3 }), async (from, length) => {
        const to = addCalendarDays(from, length);
        const expected = [...spans]
          .filter(([, span]) => span.startDay <= to && span.endDay >= from)
          .map(([slug]) => slug)
          .sort();
        const query = `from=${from}&to=${to}`;
        const listed = (await listEvents({ filters: filtersOf(query), limit: 200, db })).items
          .map((e) => e.slug)
          .sort();
        expect(listed).toEqual(expected);
        expect((await getEventFacets({ filters: filtersOf(query), db })).total).toBe(expected.length);
      }),
      { numRuns: 60 },
    );
    db.$client.close();
  });
});
