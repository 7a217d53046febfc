// A date filter on the calendar and the feed means the venue's local day for a commitment's
// deadline, as it does for an event: 2 June 00:30 in Istanbul is still 1 June in UTC, and
// belongs to 2 June.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParleyDb } from '@/db/connection';
import { createCommitment } from '@/db/queries/commitment-writes';
import { listDeadlines, recentStatusChanges } from '@/db/queries/commitments';
import { commitmentFilters } from '@/lib/exports/commitment-filters';
import { atomFeed, icsExport } from '@/lib/exports/responses';
import { commitmentInputSchema } from '@/lib/validation/commitments';
import { useTemporaryDatabase } from '../helpers/db';

const actor = { id: 'user-1', name: 'Ana Analyst' };
const SOURCE = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';
const TEXT = 'Hand over the lists just after midnight';
let db: ParleyDb;
let slug: string;

beforeAll(async () => {
  db = await useTemporaryDatabase();
  const input = commitmentInputSchema.parse({
    text: TEXT,
    parties: ['russia', 'ukraine'],
    timeZone: 'Europe/Istanbul',
    deadlineAt: '2026-06-02T00:30',
    statusHistory: [{ status: 'agreed', at: '2026-05-16T15:00', source: SOURCE }],
  });
  const created = await createCommitment({ input, actor, db });
  expect(created.deadlineAt).toBe('2026-06-01T21:30:00.000Z');
  slug = created.slug;
});

const deadlines = async (from: string, to: string) =>
  (await listDeadlines({ filters: commitmentFilters({ from, to })!, db })).map((item) => item.slug);

describe('commitment deadlines under a date filter', () => {
  it('fall on the venue’s day, not the UTC day', async () => {
    expect(await deadlines('2026-06-02', '2026-06-02')).toEqual([slug]);
    expect(await deadlines('2026-06-01', '2026-06-01')).toEqual([]);
    expect(await deadlines('2026-05-01', '2026-06-01')).toEqual([]);
    expect(await deadlines('2026-06-02', '2026-06-30')).toEqual([slug]);
  });

  it('still take instants as instants', async () => {
    expect(await deadlines('2026-06-01T21:00:00.000Z', '2026-06-01T22:00:00.000Z')).toEqual([slug]);
    expect(await deadlines('2026-06-01T22:00:00.000Z', '2026-06-30T00:00:00.000Z')).toEqual([]);
  });

  it('decide what the calendar and the feed carry', async () => {
    const ics = async (query: string) =>
      (await icsExport(new Request(`http://parley.test/feeds/events.ics?${query}`))).text();
    expect(await ics('from=2026-06-02&to=2026-06-02')).toContain(`Deadline: ${TEXT}`);
    expect(await ics('from=2026-06-01&to=2026-06-01')).not.toContain(`Deadline: ${TEXT}`);
    const atom = async (query: string) =>
      (await atomFeed(new Request(`http://parley.test/feeds/events.atom?${query}`))).text();
    expect(await atom('from=2026-06-02')).toContain(TEXT);
    expect(await atom('to=2026-06-01')).not.toContain(TEXT);
    const announced = await recentStatusChanges({ filters: commitmentFilters({ to: '2026-06-02' })!, db });
    expect(announced.map((entry) => entry.commitment.slug)).toContain(slug);
  });
});
