import { beforeAll, describe, expect, it } from 'vitest';
import { getStory } from '@/db/queries/story';
import { useTemporaryDatabase } from '../helpers/db';

beforeAll(async () => {
  await useTemporaryDatabase();
});

describe('getStory', () => {
  it('leads with the newest events up to now, newest first', () => {
    const { latest } = getStory({ now: '2025-03-23T20:00:00.000Z' });
    expect(latest).toHaveLength(4);
    const starts = latest.map((event) => event.startsAt);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(starts.every((start) => start <= '2025-03-23T20:00:00.000Z')).toBe(true);
    expect(latest.map((event) => event.slug)).not.toContain('russia-us-talks-riyadh-2025-03-24');
  });

  it('names the outcomes with the sessions that worked on them', () => {
    const { outcomes } = getStory({ now: '2026-01-01T00:00:00.000Z' });
    expect(outcomes.map((o) => o.event.kind).every((kind) => kind === 'agreement' || kind === 'proposal')).toBe(true);
    const truce = outcomes.find((o) => o.event.title === 'Partial truce on strikes against energy infrastructure');
    expect(truce?.event.status).toBe('agreed_in_principle');
    expect(truce?.sessions.map((s) => s.title)).toContain('U.S.-mediated technical talks in Riyadh');
  });

  it('gives the next scheduled session, or the last one announced once it has passed', () => {
    const before = getStory({ now: '2025-03-23T12:00:00.000Z' }).next;
    expect(before).toMatchObject({ upcoming: true, event: { slug: 'russia-us-talks-riyadh-2025-03-24' } });
    const after = getStory({ now: '2026-01-01T00:00:00.000Z' }).next;
    expect(after).toMatchObject({ upcoming: false, event: { slug: 'russia-us-talks-riyadh-2025-03-24' } });
  });

  it('seats the heads of delegation of the latest session that names them', () => {
    const { table } = getStory({ now: '2026-01-01T00:00:00.000Z' });
    expect(table?.session.slug).toBe('ukraine-us-talks-riyadh-2025-03-23');
    expect(table?.heads.map((head) => [head.name, head.party?.slug])).toEqual([['Rustem Umerov', 'ukraine']]);
    expect(getStory({ now: '2025-01-01T00:00:00.000Z' }).table).toBeNull();
  });
});
