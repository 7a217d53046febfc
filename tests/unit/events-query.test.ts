import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCursor } from '@/db/cursor';
import { ReferenceNotFoundError } from '@/db/errors';
import {
  eventConditions,
  listEvents,
  MATCH_END,
  MATCH_START,
  walkMatching,
  type EventFilters,
} from '@/db/queries/events';
import { buildFtsQuery } from '@/db/fts';
import { getDb } from '@/db/client';
import { useTemporaryDatabase } from '../helpers/db';

beforeAll(async () => {
  await useTemporaryDatabase();
});

const slugs = async (filters: Parameters<typeof listEvents>[0]['filters']) =>
  (await listEvents({ filters, limit: 200 })).items.map((e) => e.slug);

describe('listEvents', () => {
  it('returns events in time order, ties broken by id', async () => {
    const { items } = await listEvents({ limit: 200 });
    const keys = items.map((e) => `${e.startsAt}#${String(e.id).padStart(6, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('filters by party: Russia keeps the Russia–U.S. session and drops the Ukraine–U.S. one', async () => {
    const russia = await slugs({ party: ['russia'] });
    expect(russia).toContain('russia-us-talks-riyadh-2025-03-24');
    expect(russia).not.toContain('ukraine-us-talks-riyadh-2025-03-23');
  });

  it('treats several values of one filter as alternatives and different filters as all required', async () => {
    const either = await slugs({ party: ['russia', 'ukraine'] });
    expect(either).toEqual(
      expect.arrayContaining(['russia-us-talks-riyadh-2025-03-24', 'ukraine-us-talks-riyadh-2025-03-23']),
    );
    const both = await slugs({ party: ['saudi-arabia'], topic: ['black-sea-shipping'], kind: ['talks_session'] });
    expect(both.sort()).toEqual([
      'riyadh-talks-march-2025',
      'russia-us-talks-riyadh-2025-03-24',
      'ukraine-us-talks-riyadh-2025-03-23',
    ]);
  });

  it('filters by person', async () => {
    expect((await slugs({ person: ['rustem-umerov'] })).sort()).toEqual([
      'ukraine-us-talks-riyadh-2025-03-23',
      'umerov-talks-productive-and-focused',
    ]);
  });

  it('keeps events whose uncertain span overlaps the date range', async () => {
    const inRange = await slugs({ from: '2025-03-20T00:00:00.000Z', to: '2025-03-23T00:00:00.000Z' });
    expect(inRange).toContain('energy-strikes-partial-truce-march-2025'); // week of 17 March reaches the 20th
    expect(inRange).not.toContain('ukraine-us-talks-riyadh-2025-03-23');
    expect(inRange).not.toContain('kyiv-missile-attack-2024-03-25');
  });

  it('searches titles, summaries and excerpts and marks the matching words', async () => {
    const { items } = await listEvents({ filters: { q: 'Black Sea' }, limit: 50 });
    expect(items.map((e) => e.slug)).toContain('black-sea-shipping-safety-on-the-agenda');
    const shipping = items.find((e) => e.slug === 'black-sea-shipping-safety-on-the-agenda')!;
    expect(shipping.match?.title).toContain(`${MATCH_START}Black${MATCH_END}`);
    expect(await slugs({ q: 'Telegram' })).toEqual(['kyiv-drone-attack-2025-03-23']);
  });

  it('survives search input that is FTS syntax or punctuation', async () => {
    for (const q of [
      '"',
      'NEAR(a b)',
      'title:x',
      '-',
      'a OR',
      '*',
      '"unterminated',
      "Kyiv's",
      'black-sea',
      '(',
      ')',
      'AND',
      '^x',
    ]) {
      await expect(listEvents({ filters: { q }, limit: 5 })).resolves.toBeDefined();
    }
    expect(await slugs({ q: 'black-sea' })).toContain('black-sea-shipping-safety-on-the-agenda');
  });

  it('pages by keyset cursor without gaps or repeats', async () => {
    const all = (await listEvents({ limit: 200 })).items.map((e) => e.id);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listEvents>> = await listEvents({
        limit: 3,
        cursor: cursor ? decodeCursor(cursor) : null,
      });
      seen.push(...page.items.map((e) => e.id));
      expect(page.items.length).toBeLessThanOrEqual(3);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('names an unknown slug instead of silently matching nothing', async () => {
    await expect(listEvents({ filters: { party: ['atlantis'] } })).rejects.toThrow(ReferenceNotFoundError);
  });

  it('reads a common word’s matches in time order, a stretch at a time, exactly as the full search would', async () => {
    const db = getDb();
    const cases: [string, EventFilters][] = [
      ['talks', {}],
      ['Riyadh', { party: ['united-states'] }],
      ['Kyiv', { kind: ['attack'] }],
      ['zzzz', {}],
    ];
    let walks = 0;
    for (const [q, filters] of cases) {
      const expected = (await listEvents({ filters: { ...filters, q }, limit: 200 })).items.map((e) => e.id);
      const walk = (cursor: Parameters<typeof walkMatching>[3], chunk: number) =>
        walkMatching(db, eventConditions(db, filters, 'q'), buildFtsQuery(q)!, cursor, 200, chunk);
      for (const chunk of [1, 2, 3, 7, 250]) {
        const walked = walk(null, chunk);
        // null: the first stretch was too sparse, and the caller gathers the matches instead.
        if (walked === null) continue;
        walks += 1;
        expect(walked.map((e) => e.id)).toEqual(expected);
      }
      if (expected.length > 2) {
        const second = (await listEvents({ filters: { ...filters, q }, limit: 2 })).items.at(-1)!;
        const rest = walk({ startsAt: second.startsAt, id: second.id }, 250);
        expect(rest!.map((e) => e.id)).toEqual(expected.slice(2));
      }
    }
    expect(walks).toBeGreaterThan(4);
  });
});
