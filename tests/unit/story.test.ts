import { beforeAll, describe, expect, it } from 'vitest';
import { addCommitmentStatus, createCommitment } from '@/db/queries/commitment-writes';
import { commitmentById } from '@/db/queries/commitments';
import { getStory } from '@/db/queries/story';
import { storySections } from '@/components/story/story-sections';
import { OPEN_COMMITMENTS_HREF } from '@/lib/commitment-links';
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

  it('lists the open commitments, soonest deadline first, leaving out the settled ones', async () => {
    const actor = { id: null, name: 'Story test' };
    const source = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';
    const base = { parties: ['russia', 'ukraine'], timeZone: 'UTC', claims: [], topics: [] };
    const agreed = [{ status: 'agreed' as const, at: '2025-03-23T00:00:00.000Z', source }];
    const soon = await createCommitment({
      input: { ...base, text: 'Soon', deadlineAt: '2025-04-01T00:00:00.000Z', statusHistory: agreed },
      actor,
    });
    const later = await createCommitment({
      input: { ...base, text: 'Later', deadlineAt: '2025-05-01T00:00:00.000Z', statusHistory: agreed },
      actor,
    });
    const settled = await createCommitment({
      input: { ...base, text: 'Settled', deadlineAt: '2025-03-25T00:00:00.000Z', statusHistory: agreed },
      actor,
    });
    const change = { status: 'implemented' as const, at: '2025-03-24T00:00:00.000Z', source };
    await addCommitmentStatus({ id: settled.id, version: settled.version, change, actor });
    const violated = await createCommitment({
      input: { ...base, text: 'Violated', deadlineAt: '2025-03-26T00:00:00.000Z', statusHistory: agreed },
      actor,
    });
    const breach = { ...change, status: 'violated' as const };
    await addCommitmentStatus({ id: violated.id, version: violated.version, change: breach, actor });

    const { open } = getStory();
    expect(open.commitments.map((c) => c.text)).toEqual(['Violated', 'Soon', 'Later', expect.any(String)]);
    // The seed's two open commitments (no deadline) follow the four dated ones the test made.
    expect(open.count).toBe(5);
    expect(open.commitments[1]).toEqual(await commitmentById({ id: soon.id }));
    expect(open.commitments.map((c) => c.slug)).not.toContain(settled.slug);
    expect(later.status).toBe('agreed');

    const section = storySections(getStory()).find((s) => s.id === 'open-commitments');
    expect(section?.heading).toBe('Open commitments');
    expect(section?.more).toEqual({ href: OPEN_COMMITMENTS_HREF, label: 'All 5 open in the tracker' });
    expect(OPEN_COMMITMENTS_HREF).toContain('status=violated');
    expect(OPEN_COMMITMENTS_HREF).not.toMatch(/status=(implemented|lapsed|withdrawn)/);
  });
});
