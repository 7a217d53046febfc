import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParleyDb } from '@/db/connection';
import { VersionConflictError } from '@/db/errors';
import { createEvent, getEventSnapshot, updateEvent, deleteEvent, restoreEvent } from '@/db/queries/event-writes';
import { getEvent } from '@/db/queries/events';
import { consumeRateLimit } from '@/db/queries/rate-limits';
import { createRecord, deleteRecord, getRecord, restoreRecord, updateRecord } from '@/db/queries/record-writes';
import { listRevisions, writeRevision } from '@/db/queries/revisions';
import { revisions } from '@/db/schema';
import { eventInputSchema } from '@/lib/validation/event';
import { reapply } from '@/lib/merge';
import { useTemporaryDatabase } from '../helpers/db';

const actor = { id: 'user-1', name: 'Ana Analyst' };
let db: ParleyDb;

beforeAll(async () => {
  db = await useTemporaryDatabase();
});

describe('the version check', () => {
  it('saves on the current version, refuses a stale one and writes nothing then', async () => {
    const topic = await createRecord('topic', {
      input: { name: 'Version check topic', description: 'first' },
      actor,
      db,
    });
    const saved = await updateRecord('topic', {
      id: topic.id,
      version: 1,
      input: { name: 'Version check topic', description: 'second' },
      actor,
      db,
    });
    expect(saved.version).toBe(2);
    await expect(
      updateRecord('topic', {
        id: topic.id,
        version: 1,
        input: { name: 'Version check topic', description: 'stale' },
        actor,
        db,
      }),
    ).rejects.toBeInstanceOf(VersionConflictError);
    expect((await getRecord('topic', { id: topic.id, db }))?.description).toBe('second');
    expect((await listRevisions({ entityType: 'topic', entityId: topic.id, db })).map((r) => r.action)).toEqual([
      'update',
      'create',
    ]);
  });

  it('guards events the same way, and keeps their status history across an edit', async () => {
    const seeded = await getEvent({ key: 'ukraine-us-talks-riyadh-2025-03-23', db });
    const before = await getEventSnapshot({ id: seeded!.id, db });
    const input = { ...before!, title: `${before!.title} (edited)` };
    const updated = await updateEvent({ id: seeded!.id, version: before!.version, input, actor, db });
    expect(updated.title).toMatch(/\(edited\)$/);
    expect(updated.version).toBe(before!.version + 1);
    expect((await getEventSnapshot({ id: seeded!.id, db }))!.statusHistory).toEqual(before!.statusHistory);
    await expect(updateEvent({ id: seeded!.id, version: before!.version, input, actor, db })).rejects.toMatchObject({
      name: 'VersionConflictError',
      currentVersion: before!.version + 1,
    });
  });
});

describe('the revision writer', () => {
  it('records who, what and the before and after of create, update, delete and restore', async () => {
    const input = eventInputSchema.parse({
      kind: 'statement',
      title: 'Revision test statement',
      startsAt: '2025-04-01T10:00',
      timeZone: 'UTC',
      precision: 'minute',
      status: 'occurred',
    });
    const created = await createEvent({ input, actor, db });
    await updateEvent({ id: created.id, version: 1, input: { ...input, summary: 'Now with a summary' }, actor, db });
    await deleteEvent({ id: created.id, version: 2, actor, db });
    expect(await getEvent({ key: created.id, db })).toBeNull();
    await restoreEvent({ id: created.id, actor, db });
    const log = await listRevisions({ entityType: 'event', entityId: created.id, db });
    expect(log.map((r) => r.action)).toEqual(['restore', 'delete', 'update', 'create']);
    expect(log.every((r) => r.actorName === 'Ana Analyst')).toBe(true);
    const update = log[2];
    expect((update.before as { summary: string }).summary).toBe('');
    expect((update.after as { summary: string }).summary).toBe('Now with a summary');
    expect(log[1].after).toBeNull();
    expect(log[3].before).toBeNull();
  });

  it('writes in the caller’s transaction: a failed write leaves no revision behind', async () => {
    const count = () =>
      db
        .select()
        .from(revisions)
        .where(and(eq(revisions.entityType, 'topic'), eq(revisions.entityId, 0)))
        .all().length;
    expect(() =>
      db.transaction((tx) => {
        writeRevision(tx, { entityType: 'topic', entityId: 0, action: 'create', actor, before: null, after: {} });
        throw new Error('the change itself failed');
      }),
    ).toThrow('the change itself failed');
    expect(count()).toBe(0);
  });

  it('deletes and restores every record kind through one mechanism', async () => {
    const person = await createRecord('person', {
      input: {
        name: 'Test Person',
        affiliations: [
          { party: 'ukraine', title: 'Envoy', kind: 'envoy', validFrom: '2025-01-01', validTo: null, citations: [] },
        ],
      },
      actor,
      db,
    });
    expect(person.affiliations).toHaveLength(1);
    await deleteRecord('person', { id: person.id, version: 1, actor, db });
    await expect(deleteRecord('person', { id: person.id, version: 2, actor, db })).rejects.toMatchObject({
      name: 'RecordNotFoundError',
    });
    const restored = await restoreRecord('person', { id: person.id, actor, db });
    expect(restored).toMatchObject({ deletedAt: null, version: 3, name: 'Test Person' });
  });
});

describe('reapplying after a conflict', () => {
  it('keeps what the analyst changed and takes everything else from the newer version', () => {
    const base = { title: 'A', summary: 'S', topics: ['x'] };
    const mine = { title: 'A', summary: 'My summary', topics: ['x'] };
    const theirs = { title: 'Their title', summary: 'S', topics: ['x', 'y'] };
    expect(reapply(base, mine, theirs)).toEqual({ title: 'Their title', summary: 'My summary', topics: ['x', 'y'] });
  });
});

describe('rate limits in the database', () => {
  it('allow up to the limit in a window, then refuse with the wait, then reset', async () => {
    const rule = { window: 60, max: 2 };
    const at = 1_000_000;
    expect((await consumeRateLimit({ key: 'k', rule, now: at, db })).allowed).toBe(true);
    expect((await consumeRateLimit({ key: 'k', rule, now: at + 1, db })).allowed).toBe(true);
    expect(await consumeRateLimit({ key: 'k', rule, now: at + 30_000, db })).toEqual({
      allowed: false,
      retryAfter: 30,
    });
    expect((await consumeRateLimit({ key: 'k', rule, now: at + 60_000, db })).allowed).toBe(true);
  });
});
