import { beforeAll, describe, expect, it } from 'vitest';
import { writeTransaction, type ParleyDb } from '@/db/connection';
import { createEvent, createEvents, eventSnapshot, updateEvent, type EventInput } from '@/db/queries/event-writes';
import { listRevisions, type Actor } from '@/db/queries/revisions';
import { useTemporaryDatabase } from '../helpers/db';

// A create builds its revision from the input rather than reading the event back; these check
// that the two never differ, on input that repeats, reorders and omits things.
const actor: Actor = { id: null, name: 'Revision test' };
const source = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';

function awkwardInput(title: string): EventInput {
  return {
    kind: 'talks_session',
    title,
    startsAt: '2025-03-23T18:30:00+03:00',
    endsAt: '2025-03-23T20:00:00+03:00',
    timeZone: 'Asia/Riyadh',
    precision: 'minute',
    status: 'held',
    location: '',
    parties: [
      { party: 'ukraine', role: 'delegation' },
      { party: 'united-states', role: 'mediator' },
      { party: 'ukraine', role: 'delegation' },
      { party: 'saudi-arabia', role: 'host' },
      { party: 'united-states', role: 'delegation' },
    ],
    people: [
      { person: 'steve-witkoff', role: 'mediator', onBehalfOf: 'united-states' },
      { person: 'rustem-umerov', role: 'head_of_delegation' },
      { person: 'steve-witkoff', role: 'mediator', onBehalfOf: null },
      { person: 'keith-kellogg', role: 'delegate', onBehalfOf: '' },
    ],
    topics: ['nato-membership', 'ceasefire', 'energy-infrastructure', 'ceasefire'],
    citations: [
      { source, excerpt: 'Second excerpt first.', attribution: 'reporter', confidence: 'high' },
      {
        source,
        excerpt: 'A quoted official.',
        attribution: 'on_record_official',
        attributedTo: 'rustem-umerov',
        confidence: 'medium',
        note: 'checked',
      },
    ],
    relations: [
      { type: 'follows', event: 'kyiv-drone-attack-2025-03-23' },
      { type: 'responds_to', event: 'kyiv-missile-attack-2024-03-25' },
      { type: 'follows', event: 'kyiv-drone-attack-2025-03-23' },
    ],
    statusHistory: [
      {
        status: 'held',
        effectiveAt: '2025-03-23T20:00:00Z',
        precision: 'minute',
        claimedBy: 'ukraine',
        citations: [{ source, excerpt: 'Held.', attribution: 'reporter', confidence: 'high' }],
      },
      { status: 'scheduled', effectiveAt: '2025-03-20', precision: 'day', note: 'announced' },
      { status: 'scheduled', effectiveAt: '2025-03-20T00:00:00.000Z', precision: 'day', claimedBy: '' },
    ],
  };
}

function readBack(db: ParleyDb, id: number) {
  return writeTransaction(db, (tx) => eventSnapshot(tx, id));
}

function createRevision(id: number) {
  return listRevisions({ entityType: 'event', entityId: id }).then((revisions) =>
    revisions.find((r) => r.action === 'create'),
  );
}

describe('event revisions', () => {
  let db: ParleyDb;
  beforeAll(async () => {
    db = await useTemporaryDatabase();
  });

  it('records on create exactly what reading the new event back gives', async () => {
    const created = await createEvent({ input: awkwardInput('Revision check, single'), actor, db });
    const revision = await createRevision(created.id);
    expect(revision?.after).toEqual(readBack(db, created.id));
    expect(JSON.stringify(revision?.after)).toBe(JSON.stringify(readBack(db, created.id)));
  });

  it('does the same for every event of a bulk creation', async () => {
    const ids = await createEvents({
      inputs: [
        awkwardInput('Revision check, bulk'),
        awkwardInput('Revision check, bulk'),
        {
          ...awkwardInput('Minimal'),
          parties: undefined,
          people: [],
          topics: undefined,
          citations: undefined,
          relations: undefined,
          statusHistory: undefined,
          location: 'riyadh',
        },
      ],
      actor,
      db,
    });
    for (const id of ids)
      expect(JSON.stringify((await createRevision(id))?.after)).toBe(JSON.stringify(readBack(db, id)));
  });

  it('starts an update’s revision from the snapshot its create recorded', async () => {
    const created = await createEvent({ input: awkwardInput('Revision check, update'), actor, db });
    const after = (await createRevision(created.id))?.after;
    await updateEvent({
      id: created.id,
      version: created.version,
      input: { ...awkwardInput('Revision check, update'), summary: 'changed' },
      actor,
      db,
    });
    const update = (await listRevisions({ entityType: 'event', entityId: created.id })).find(
      (r) => r.action === 'update',
    );
    expect(JSON.stringify(update?.before)).toBe(JSON.stringify(after));
    expect(JSON.stringify(update?.after)).toBe(JSON.stringify(readBack(db, created.id)));
  });
});
