// What an edit keeps: the rows (and so the ids) of the citations, status changes and titles it
// leaves as they were; nothing at all when it changes nothing; and every unknown reference is
// named at once. Claims and history will point at these ids.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParleyDb } from '@/db/connection';
import { createApiToken } from '@/db/queries/api-tokens';
import { createEvent, getEventSnapshot, updateEvent } from '@/db/queries/event-writes';
import { getEvent } from '@/db/queries/events';
import { createRecord, getRecord, updateRecord } from '@/db/queries/record-writes';
import { listRevisions } from '@/db/queries/revisions';
import { affiliations, users } from '@/db/schema';
import { eventInputSchema } from '@/lib/validation/event';
import { personInputSchema } from '@/lib/validation/records';
import { useTemporaryDatabase } from '../helpers/db';

const actor = { id: 'user-1', name: 'Ana Analyst' };
let db: ParleyDb;

beforeAll(async () => {
  db = await useTemporaryDatabase();
});

const citation = (excerpt: string) => ({
  source: 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks',
  excerpt,
  attribution: 'reporter',
  confidence: 'high',
});
const change = (status: string, effectiveAt: string) => ({
  status,
  effectiveAt,
  precision: 'day',
  citations: [citation(`${status} cited`)],
});

function newEvent(title: string) {
  return eventInputSchema.parse({
    kind: 'statement',
    title,
    startsAt: '2025-04-01T10:00',
    timeZone: 'UTC',
    precision: 'minute',
    status: 'occurred',
    citations: [citation('First excerpt'), citation('Second excerpt')],
    statusHistory: [change('scheduled', '2025-03-30'), change('occurred', '2025-04-01')],
  });
}

describe('editing an event', () => {
  it('keeps the ids of its untouched citations and status changes', async () => {
    const created = await createEvent({ input: newEvent('Stable ids statement'), actor, db });
    const snapshot = (await getEventSnapshot({ id: created.id, db }))!;
    const input = eventInputSchema.parse({
      ...snapshot,
      title: 'Stable ids statement, edited',
      citations: [snapshot.citations[0], citation('A new excerpt')],
      // The second change is edited by its id, as GET shows it; the first is sent as it was.
      statusHistory: [
        snapshot.statusHistory[0],
        { ...snapshot.statusHistory[1], id: created.statusHistory[1].id, note: 'Confirmed by both sides' },
      ],
    });
    const edited = await updateEvent({ id: created.id, version: 1, input, actor, db });
    expect(edited.citations[0].id).toBe(created.citations[0].id);
    expect(edited.citations.map((c) => c.id)).not.toContain(created.citations[1].id);
    expect(edited.citations[1].excerpt).toBe('A new excerpt');
    const before = (await getEvent({ key: created.id, db }))!.statusHistory;
    expect(before.map((s) => s.id)).toEqual(created.statusHistory.map((s) => s.id));
    expect(before.map((s) => s.citations[0].id)).toEqual(created.statusHistory.map((s) => s.citations[0].id));
    expect(before[1].note).toBe('Confirmed by both sides');
  });

  it('writes nothing when the content is the stored content: no version, no revision', async () => {
    const created = await createEvent({ input: newEvent('Unchanged statement'), actor, db });
    const snapshot = (await getEventSnapshot({ id: created.id, db }))!;
    const same = await updateEvent({ id: created.id, version: 1, input: eventInputSchema.parse(snapshot), actor, db });
    expect(same.version).toBe(1);
    expect(same.updatedAt).toBe(created.updatedAt);
    expect((await listRevisions({ entityType: 'event', entityId: created.id, db })).map((r) => r.action)).toEqual([
      'create',
    ]);
  });

  it('keeps the parts it is told to keep, and clears a part sent empty', async () => {
    const created = await createEvent({
      input: {
        ...newEvent('Kept parts statement'),
        relations: [{ type: 'follows', event: 'ukraine-us-talks-riyadh-2025-03-23' }],
      },
      actor,
      db,
    });
    const bare = eventInputSchema.parse({
      kind: 'statement',
      title: 'Kept parts statement',
      startsAt: '2025-04-01T10:00',
      timeZone: 'UTC',
      precision: 'minute',
      status: 'occurred',
    });
    await updateEvent({
      id: created.id,
      version: 1,
      input: bare,
      keep: ['relations', 'citations', 'statusHistory'],
      actor,
      db,
    });
    const kept = (await getEventSnapshot({ id: created.id, db }))!;
    expect(kept.relations).toEqual([{ type: 'follows', event: 'ukraine-us-talks-riyadh-2025-03-23' }]);
    expect(kept.citations).toHaveLength(2);
    await updateEvent({
      id: created.id,
      version: kept.version,
      input: { ...bare, summary: 'Now cleared' },
      keep: ['citations'],
      actor,
      db,
    });
    const cleared = (await getEventSnapshot({ id: created.id, db }))!;
    expect(cleared.relations).toEqual([]);
    expect(cleared.statusHistory).toEqual([]);
    expect(cleared.citations).toHaveLength(2);
  });

  it('names every unknown reference at once', async () => {
    const input = eventInputSchema.parse({
      ...newEvent('Unknown references statement'),
      location: 'atlantis',
      parties: [{ party: 'no-such-party', role: 'host' }],
      people: [{ person: 'nobody-at-all', role: 'delegate' }],
      topics: ['no-such-topic'],
    });
    await expect(createEvent({ input, actor, db })).rejects.toMatchObject({
      missing: [
        { field: 'location', slug: 'atlantis' },
        { field: 'parties.0.party', slug: 'no-such-party' },
        { field: 'people.0.person', slug: 'nobody-at-all' },
        { field: 'topics.0', slug: 'no-such-topic' },
      ],
    });
  });
});

describe('editing a person', () => {
  it('keeps the ids of untouched titles and their citations, tombstones the ones that went, and writes nothing when nothing changed', async () => {
    const input = personInputSchema.parse({
      name: 'Stable Titles Person',
      affiliations: [
        {
          party: 'ukraine',
          title: 'Envoy',
          kind: 'envoy',
          validFrom: '2024-01-01',
          validTo: '2024-12-31',
          citations: [citation('Named envoy')],
        },
        { party: 'ukraine', title: 'Minister', kind: 'minister', validFrom: '2025-01-01' },
      ],
    });
    const person = await createRecord('person', { input, actor, db });
    const [envoy, minister] = person.affiliations as { id: number }[];
    const same = await updateRecord('person', {
      id: person.id,
      version: 1,
      input: personInputSchema.parse(person),
      actor,
      db,
    });
    expect(same.version).toBe(1);

    // The read shape carries each title's id but not its citations: they are kept.
    const edited = await updateRecord('person', {
      id: person.id,
      version: 1,
      input: personInputSchema.parse({
        name: 'Stable Titles Person',
        affiliations: [
          {
            id: envoy.id,
            party: 'ukraine',
            title: 'Special envoy',
            kind: 'envoy',
            validFrom: '2024-01-01',
            validTo: '2024-12-31',
          },
        ],
      }),
      actor,
      db,
    });
    expect(edited.version).toBe(2);
    expect(edited.affiliations).toEqual([
      expect.objectContaining({
        id: envoy.id,
        title: 'Special envoy',
        citations: [expect.objectContaining({ excerpt: 'Named envoy' })],
      }),
    ]);
    expect(
      db.select({ deletedAt: affiliations.deletedAt }).from(affiliations).where(eq(affiliations.id, minister.id)).get()
        ?.deletedAt,
    ).toEqual(expect.any(String));
    expect((await getRecord('person', { id: person.id, db }))?.affiliations).toHaveLength(1);
  });
});

describe('the revision log', () => {
  it('names the API token a change was made with', async () => {
    const now = new Date();
    db.insert(users)
      .values({
        id: actor.id,
        name: actor.name,
        email: 'ana@parley.test',
        role: 'analyst',
        createdAt: now,
        updatedAt: now,
      })
      .run();
    const { record } = await createApiToken({ userId: actor.id, name: 'Nightly sync', actor, db });
    const topic = await createRecord('topic', {
      input: { name: 'Token-made topic' },
      actor: { ...actor, tokenId: record.id },
      db,
    });
    await updateRecord('topic', {
      id: topic.id,
      version: 1,
      input: { name: 'Token-made topic', description: 'By hand' },
      actor,
      db,
    });
    const log = await listRevisions({ entityType: 'topic', entityId: topic.id, db });
    expect(log.map((r) => [r.action, r.tokenName])).toEqual([
      ['update', null],
      ['create', 'Nightly sync'],
    ]);
  });
});
