import { beforeAll, describe, expect, it } from 'vitest';
import { ReferenceNotFoundError } from '@/db/errors';
import { histogramUnit, nextPeriod, periodEnd, periodStart } from '@/db/calendar';
import { getEventFacets } from '@/db/queries/event-facets';
import { eventsInRun } from '../helpers/histogram-run';
import { getEvent, listEvents } from '@/db/queries/events';
import { deleteEvent, restoreEvent } from '@/db/queries/event-writes';
import type { Actor } from '@/db/queries/revisions';
import { useTemporaryDatabase } from '../helpers/db';

const ACTOR: Actor = { id: null, name: 'Facet test' };

beforeAll(async () => {
  await useTemporaryDatabase();
});

const countOf = (options: { slug: string; count: number }[], slug: string) =>
  options.find((o) => o.slug === slug)?.count;

describe('getEventFacets', () => {
  it('counts every choice over all events when nothing is chosen', async () => {
    const facets = await getEventFacets({});
    const all = (await listEvents({ limit: 200 })).items;
    expect(facets.total).toBe(all.length);
    expect(countOf(facets.party, 'russia')).toBe(all.filter((e) => e.parties.some((p) => p.slug === 'russia')).length);
    expect(facets.kind.reduce((n, k) => n + k.count, 0)).toBe(all.length);
  });

  it('counts each filter’s choices with the other filters held, not its own', async () => {
    const facets = await getEventFacets({ filters: { party: ['russia'], topic: ['black-sea-shipping'] } });
    const matching = (await listEvents({ filters: { party: ['russia'], topic: ['black-sea-shipping'] }, limit: 200 }))
      .items;
    expect(facets.total).toBe(matching.length);
    // Party counts ignore the party choice: Ukraine is still offered, with its Black Sea events.
    const blackSea = (await listEvents({ filters: { topic: ['black-sea-shipping'] }, limit: 200 })).items;
    expect(countOf(facets.party, 'ukraine')).toBe(
      blackSea.filter((e) => e.parties.some((p) => p.slug === 'ukraine')).length,
    );
    // Topic counts hold the party choice: only Russia's events are counted.
    const russia = (await listEvents({ filters: { party: ['russia'] }, limit: 200 })).items;
    expect(countOf(facets.topic, 'ceasefire')).toBe(
      russia.filter((e) => e.topics.some((t) => t.slug === 'ceasefire')).length,
    );
  });

  it('keeps a chosen value that now matches nothing, with 0, so it can be unchosen', async () => {
    const facets = await getEventFacets({ filters: { party: ['nato'], kind: ['announcement'] } });
    expect(facets.total).toBe(0);
    expect(facets.party.find((p) => p.slug === 'nato')).toMatchObject({ name: 'NATO', count: 0 });
  });

  it('spreads the matching events over dense periods', async () => {
    const { histogram, total } = await getEventFacets({});
    expect(histogram.unit).toBe('week');
    expect(eventsInRun(histogram.buckets, 0, histogram.buckets.length - 1)).toBe(total);
    for (const [a, b] of histogram.buckets.slice(1).map((bucket, i) => [histogram.buckets[i], bucket]))
      expect(nextPeriod(a.start, 'week')).toBe(b.start);
  });

  it('zooms into a chosen date range by days', async () => {
    const { histogram } = await getEventFacets({
      filters: { from: '2025-03-20T00:00:00.000Z', to: '2025-03-26T00:00:00.000Z' },
    });
    expect(histogram.unit).toBe('day');
    expect(histogram.buckets.map((b) => b.start)).toEqual([
      '2025-03-20',
      '2025-03-21',
      '2025-03-22',
      '2025-03-23',
      '2025-03-24',
      '2025-03-25',
    ]);
    expect(histogram.buckets.find((b) => b.start === '2025-03-23')!.count).toBeGreaterThanOrEqual(4);
  });

  it('answers an empty chart, not an error, when nothing matches', async () => {
    const facets = await getEventFacets({ filters: { q: 'zzzzqqq' } });
    expect(facets).toMatchObject({ total: 0, histogram: { buckets: [] } });
  });

  it('answers again from memory, and afresh once the data has changed', async () => {
    const before = await getEventFacets({ filters: { party: ['russia'] } });
    expect(await getEventFacets({ filters: { party: ['russia'] } })).toBe(before);
    const session = (await getEvent({ key: 'russia-us-talks-riyadh-2025-03-24' }))!;
    await deleteEvent({ id: session.id, version: session.version, actor: ACTOR });
    const after = await getEventFacets({ filters: { party: ['russia'] } });
    expect(after.total).toBe(before.total - 1);
    await restoreEvent({ id: session.id, actor: ACTOR });
    expect((await getEventFacets({ filters: { party: ['russia'] } })).total).toBe(before.total);
  });

  it('names an unknown slug', async () => {
    await expect(getEventFacets({ filters: { topic: ['atlantis'] } })).rejects.toThrow(ReferenceNotFoundError);
  });
});

describe('histogram periods', () => {
  it.each([
    ['2025-03-01', '2025-03-31', 'day'],
    ['2025-01-01', '2025-12-31', 'week'],
    ['2015-01-01', '2026-12-31', 'month'],
    ['1900-01-01', '2026-12-31', 'year'],
  ] as const)('from %s to %s counts by %s', (from, to, unit) => {
    expect(histogramUnit(from, to)).toBe(unit);
  });

  it.each([
    ['2025-03-23', 'day', '2025-03-23', '2025-03-23'],
    ['2025-03-23', 'week', '2025-03-17', '2025-03-23'],
    ['2025-03-17', 'week', '2025-03-17', '2025-03-23'],
    ['2024-02-10', 'month', '2024-02-01', '2024-02-29'],
    ['2025-12-31', 'year', '2025-01-01', '2025-12-31'],
  ] as const)('puts %s in the %s from %s to %s', (day, unit, start, end) => {
    expect(periodStart(day, unit)).toBe(start);
    expect(periodEnd(start, unit)).toBe(end);
  });
});
