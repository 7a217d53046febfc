// Commitments as of any instant: the write path records each state (a status change is its own),
// the backfill migration builds the same states from the revision log, and the as-of reads answer
// the commitment as it stood at each instant, deleted ones included until their deletion.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsFolder, type ParleyDb } from '@/db/connection';
import {
  addCommitmentStatus,
  createCommitment,
  deleteCommitment,
  updateCommitment,
} from '@/db/queries/commitment-writes';
import { getCommitmentAsOf, listCommitmentsAsOf } from '@/db/queries/commitments-as-of';
import { listCommitments } from '@/db/queries/commitments';
import { listRevisions } from '@/db/queries/revisions';
import { commitmentInputSchema } from '@/lib/validation/commitments';
import { useTemporaryDatabase } from '../helpers/db';

const actor = { id: 'user-1', name: 'As-of test' };
const SOURCE = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';

function historyRows(db: ParleyDb) {
  return db.$client
    .prepare(
      `SELECT h.commitment_id, h.revision_id, h.valid_from, h.valid_to, h.event_id, h.status, h.deadline_at, h.text,
      (SELECT group_concat(party_id) FROM (SELECT party_id FROM commitment_history_parties
        WHERE history_id = h.id ORDER BY 1)) AS parties,
      (SELECT group_concat(topic_id) FROM (SELECT topic_id FROM commitment_history_topics
        WHERE history_id = h.id ORDER BY 1)) AS topics
      FROM commitment_history h ORDER BY h.commitment_id, h.revision_id`,
    )
    .all();
}

/** A create, a status change, an edit and a delete: four revisions, three states. */
async function livedAndDeleted(db: ParleyDb) {
  const input = commitmentInputSchema.parse({
    text: 'Exchange 1,000 prisoners each',
    parties: ['russia', 'ukraine'],
    topics: ['ceasefire'],
    timeZone: 'Europe/Istanbul',
    deadlineAt: '2026-06-02T12:00',
    statusHistory: [{ status: 'agreed', at: '2026-05-16T15:00', source: SOURCE }],
  });
  const created = await createCommitment({ input, actor, db });
  const change = { status: 'partly_implemented' as const, at: '2026-05-23T09:00:00.000Z', source: SOURCE };
  const partly = await addCommitmentStatus({ id: created.id, version: 1, change, actor, db });
  const edited = await updateCommitment({
    id: created.id,
    version: partly.version,
    input: { ...input, text: 'Exchange 1,000 prisoners of war each', topics: [] },
    keep: ['statusHistory'],
    actor,
    db,
  });
  await deleteCommitment({ id: created.id, version: edited.version, actor, db });
  const revisions = (await listRevisions({ entityType: 'commitment', entityId: created.id, db })).sort(
    (a, b) => a.id - b.id,
  );
  return { created, revisions };
}

/** The instant just before `at`. */
const justBefore = (at: string) => new Date(Date.parse(at) - 1).toISOString();

async function expectEachState(db: ParleyDb, { created, revisions }: Awaited<ReturnType<typeof livedAndDeleted>>) {
  const [create, status, edit, remove] = revisions.map((revision) => revision.at);
  expect(getCommitmentAsOf({ key: created.slug, at: justBefore(create), db })).toBeNull();
  expect(getCommitmentAsOf({ key: created.slug, at: create, db })).toMatchObject({
    status: 'agreed',
    text: 'Exchange 1,000 prisoners each',
    topics: [{ slug: 'ceasefire' }],
    version: 1,
  });
  const partly = getCommitmentAsOf({ key: created.id, at: status, db })!;
  expect(partly).toMatchObject({ status: 'partly_implemented', version: 2 });
  expect(partly.statusHistory.map((entry) => entry.status)).toEqual(['agreed', 'partly_implemented']);
  expect(getCommitmentAsOf({ key: created.slug, at: justBefore(remove), db })).toMatchObject({
    text: 'Exchange 1,000 prisoners of war each',
    topics: [],
    version: 3,
  });
  expect(getCommitmentAsOf({ key: created.slug, at: remove, db })).toBeNull();
  const listed = (filters: Parameters<typeof listCommitmentsAsOf>[0]['filters']) =>
    listCommitmentsAsOf({ filters, limit: 500, db }).items.map((item) => item.id);
  expect(listed({ asOf: create, topic: ['ceasefire'], status: ['agreed'] })).toContain(created.id);
  expect(listed({ asOf: edit, topic: ['ceasefire'] })).not.toContain(created.id);
  expect(listed({ asOf: status, status: ['agreed'] })).not.toContain(created.id);
  expect(listed({ asOf: status, party: ['russia'], q: 'prisoners' })).toContain(created.id);
  expect(listed({ asOf: remove })).not.toContain(created.id);
}

describe('commitments as of an instant', () => {
  it('answers each state the writes left, and today’s list as of now', async () => {
    const db = await useTemporaryDatabase();
    const lived = await livedAndDeleted(db);
    await expectEachState(db, lived);
    const now = new Date().toISOString();
    const live = await listCommitments({ limit: 500, db });
    expect(listCommitmentsAsOf({ filters: { asOf: now }, limit: 500, db })).toEqual(live);
  });

  it('builds from the revision log the states the write path records, and reads them back', async () => {
    const db = await useTemporaryDatabase();
    const lived = await livedAndDeleted(db);
    const recorded = historyRows(db);
    expect(recorded.length).toBeGreaterThanOrEqual(3);
    db.$client.exec(
      'DELETE FROM commitment_history; DELETE FROM commitment_history_parties; DELETE FROM commitment_history_topics;',
    );
    const backfill = fs.readFileSync(
      path.join(defaultMigrationsFolder(), '0012_commitment_history_backfill.sql'),
      'utf8',
    );
    for (const statement of backfill.split('--> statement-breakpoint')) db.$client.exec(statement);
    expect(historyRows(db)).toEqual(recorded);
    await expectEachState(db, lived);
  });
});
