import { beforeAll, describe, expect, it } from 'vitest';
import { getEventBins } from '@/db/queries/event-bins';
import { getEventFacets } from '@/db/queries/event-facets';
import { listEvents } from '@/db/queries/events';
import { binIndex } from '@/db/time-bins';
import { useTemporaryDatabase } from '../helpers/db';

beforeAll(async () => {
  await useTemporaryDatabase();
});

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('getEventBins', () => {
  it.each([{}, { party: ['russia'] }, { kind: ['talks_session' as const] }, { from: '2025-03-20', to: '2025-03-26' }])(
    'counts every event matching %j once, as the facets do',
    async (filters) => {
      const [bins, facets] = await Promise.all([getEventBins({ filters, bins: 37 }), getEventFacets({ filters })]);
      expect(bins.bins).toHaveLength(37);
      expect(sum(bins.bins)).toBe(facets.total);
      expect(bins.total).toBe(facets.total);
    },
  );

  it('puts each event in the bin where it starts, the same bin the browser computes', async () => {
    const data = await getEventBins({
      filters: { from: '2025-03-01', to: '2025-03-31' },
      bins: 31,
    });
    const { items } = await listEvents({
      filters: { from: '2025-03-01', to: '2025-03-31' },
      limit: 200,
    });
    const window = { fromMs: Date.parse(data.from), toMs: Date.parse(data.to) };
    const expected = new Array<number>(31).fill(0);
    for (const event of items) expected[binIndex(window, 31, Date.parse(event.startsAt))]++;
    expect(data.bins).toEqual(expected);
    expect(data.from).toBe('2025-03-01T00:00:00.000Z');
    expect(data.to).toBe('2025-04-01T00:00:00.000Z');
  });

  it('opens on the matching events’ whole extent when no dates are given', async () => {
    const data = await getEventBins({ bins: 10 });
    const { items } = await listEvents({ limit: 200 });
    const starts = items.map((event) => Date.parse(event.startsAt));
    expect(Date.parse(data.from)).toBeLessThan(Math.min(...starts));
    expect(Date.parse(data.to)).toBeGreaterThan(Math.max(...starts));
  });

  it('gives the busiest parties a lane each, or the chosen ones, counted like the whole', async () => {
    const all = await getEventBins({ bins: 20 });
    const { items } = await listEvents({ limit: 200 });
    expect(all.lanes.length).toBeGreaterThan(1);
    for (const lane of all.lanes)
      expect(sum(lane.bins)).toBe(items.filter((e) => e.parties.some((p) => p.slug === lane.slug)).length);
    const chosen = await getEventBins({
      filters: { party: ['russia'] },
      bins: 20,
    });
    expect(chosen.lanes.map((lane) => lane.slug)).toEqual(['russia']);
  });

  it('sends a small window’s events themselves, each with its lanes', async () => {
    const data = await getEventBins({
      filters: { from: '2025-03-23', to: '2025-03-24' },
      bins: 24,
    });
    expect(data.events).not.toBeNull();
    const session = data.events!.find((event) => event.slug === 'ukraine-us-talks-riyadh-2025-03-23');
    expect(session).toMatchObject({
      kind: 'talks_session',
      startsAt: '2025-03-23T15:30:00.000Z',
      endsAt: '2025-03-23T20:30:00.000Z',
    });
    expect(session!.lanes).toEqual(
      expect.arrayContaining(
        data.lanes.map((l) => l.slug).filter((slug) => ['ukraine', 'united-states'].includes(slug)),
      ),
    );
    expect(data.events).toHaveLength(data.total);
  });
});
