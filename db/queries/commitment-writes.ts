// Writing commitments: a versioned record like the others (create, update, delete, restore, each
// one IMMEDIATE transaction with its revision) through the generic writes of record-writes.ts,
// plus a status change, which is an update of its commitment: a new version and a revision that
// shows the history before and after, so that every change is dated, sourced and attributed.
import { asc, eq } from 'drizzle-orm';
import { writeTransaction, type ParleyDb, type ParleyTx } from '../connection';
import { currentStatus } from '../commitment-status';
import type { CommitmentStatus } from '../enums';
import { ReferenceMismatchError } from '../errors';
import {
  claims,
  commitmentClaims,
  commitmentParties,
  commitments,
  commitmentStatusChanges,
  commitmentTopics,
  events,
  parties,
  sources,
  topics,
} from '../schema';
import { getDb } from '../client';
import {
  createWithSpec,
  deleteWithSpec,
  getWithSpec,
  restoreWithSpec,
  slugOf,
  updateWithSpec,
  type RecordSpec,
} from './record-writes';
import { idForSlug, optionalIdForSlug, type Reference } from './references';
import type { Actor } from './revisions';
import { updateVersioned } from './versioned-writes';

export type CommitmentStatusInput = {
  status: CommitmentStatus;
  /** An instant (UTC ISO string). */
  at: string;
  /** The party whose claim this is; null for the reported status. */
  claimedBy?: string | null;
  source: string;
  excerpt?: string;
  note?: string;
};

export type CommitmentInput = {
  slug?: string;
  text: string;
  quantity?: number | null;
  unit?: string | null;
  /** The session or agreement it came from, by slug. */
  event?: string | null;
  parties: string[];
  topics?: string[];
  /** Its terms: claims by slug, each party's wording (a condition is a `demand` claim). */
  claims?: string[];
  startsAt?: string | null;
  deadlineAt?: string | null;
  durationDays?: number | null;
  timeZone: string;
  statusHistory?: CommitmentStatusInput[];
};

export type SavedCommitmentStatus = Required<CommitmentStatusInput> & { claimedBy: string | null };
export type SavedCommitment = Omit<CommitmentInput, 'slug'> & {
  id: number;
  slug: string;
  version: number;
  deletedAt: string | null;
  status: CommitmentStatus;
  quantity: number | null;
  unit: string | null;
  event: string | null;
  topics: string[];
  claims: string[];
  startsAt: string | null;
  deadlineAt: string | null;
  durationDays: number | null;
  statusHistory: SavedCommitmentStatus[];
};

function ids(
  tx: ParleyTx,
  table: 'parties' | 'topics' | 'claims',
  field: string,
  slugs: readonly string[] = [],
): number[] {
  const found: number[] = [];
  slugs.forEach((slug, i) => {
    const id = idForSlug(tx, table, `${field}.${i}`, slug);
    if (found.includes(id)) throw new ReferenceMismatchError(`${field}.${i}`, `"${slug}" is named twice`);
    found.push(id);
  });
  return found;
}

function columns(tx: ParleyTx, input: CommitmentInput) {
  return {
    text: input.text,
    quantity: input.quantity ?? null,
    unit: input.unit ?? null,
    eventId: optionalIdForSlug(tx, 'events', 'event', input.event),
    startsAt: input.startsAt ?? null,
    deadlineAt: input.deadlineAt ?? null,
    durationDays: input.durationDays ?? null,
    timeZone: input.timeZone,
    status: currentStatus(
      (input.statusHistory ?? []).map((entry) => ({ ...entry, claimedBy: entry.claimedBy ?? null })),
    ),
  };
}

/** A party's claimed status is one of the committed parties' own account. */
function statusRow(
  tx: ParleyTx,
  commitmentId: number,
  partyIds: readonly number[],
  entry: CommitmentStatusInput,
  field: string,
) {
  const claimedByPartyId = optionalIdForSlug(tx, 'parties', `${field}.claimedBy`, entry.claimedBy);
  if (claimedByPartyId !== null && !partyIds.includes(claimedByPartyId))
    throw new ReferenceMismatchError(
      `${field}.claimedBy`,
      `"${entry.claimedBy}" is not one of the commitment's parties`,
    );
  return {
    commitmentId,
    status: entry.status,
    at: entry.at,
    claimedByPartyId,
    sourceId: idForSlug(tx, 'sources', `${field}.source`, entry.source),
    excerpt: entry.excerpt ?? '',
    note: entry.note ?? '',
  };
}

/**
 * Keeps the stored changes the input repeats, so that each keeps its id and the moment it was
 * recorded (what the Atom feed announces); removes the rest and adds the new ones.
 */
function saveHistory(tx: ParleyTx, id: number, rows: ReturnType<typeof statusRow>[]): void {
  const stored = tx.select().from(commitmentStatusChanges).where(eq(commitmentStatusChanges.commitmentId, id)).all();
  const same = (a: (typeof stored)[number], b: (typeof rows)[number]) =>
    a.status === b.status &&
    a.at === b.at &&
    a.claimedByPartyId === b.claimedByPartyId &&
    a.sourceId === b.sourceId &&
    a.excerpt === b.excerpt &&
    a.note === b.note;
  const kept = new Set<number>();
  const added = rows.filter((row) => {
    const match = stored.find((change) => !kept.has(change.id) && same(change, row));
    if (match) kept.add(match.id);
    return !match;
  });
  for (const change of stored)
    if (!kept.has(change.id)) tx.delete(commitmentStatusChanges).where(eq(commitmentStatusChanges.id, change.id)).run();
  if (added.length) tx.insert(commitmentStatusChanges).values(added).run();
}

function writeChildren(tx: ParleyTx, id: number, input: CommitmentInput): void {
  for (const join of [commitmentParties, commitmentTopics, commitmentClaims])
    tx.delete(join).where(eq(join.commitmentId, id)).run();
  const partyIds = ids(tx, 'parties', 'parties', input.parties);
  if (partyIds.length)
    tx.insert(commitmentParties)
      .values(partyIds.map((partyId) => ({ commitmentId: id, partyId })))
      .run();
  const topicIds = ids(tx, 'topics', 'topics', input.topics);
  if (topicIds.length)
    tx.insert(commitmentTopics)
      .values(topicIds.map((topicId) => ({ commitmentId: id, topicId })))
      .run();
  const claimIds = ids(tx, 'claims', 'claims', input.claims);
  if (claimIds.length)
    tx.insert(commitmentClaims)
      .values(claimIds.map((claimId, position) => ({ commitmentId: id, claimId, position })))
      .run();
  saveHistory(
    tx,
    id,
    (input.statusHistory ?? []).map((entry, i) => statusRow(tx, id, partyIds, entry, `statusHistory.${i}`)),
  );
}

function slugsOf(tx: ParleyTx, join: typeof commitmentParties | typeof commitmentTopics, id: number): string[] {
  const [table, key] =
    join === commitmentParties ? [parties, commitmentParties.partyId] : [topics, commitmentTopics.topicId];
  return tx
    .select({ slug: table.slug })
    .from(join)
    .innerJoin(table, eq(key, table.id))
    .where(eq(join.commitmentId, id))
    .orderBy(asc(table.slug))
    .all()
    .map((row) => row.slug);
}

function historyOf(tx: ParleyTx, id: number): SavedCommitmentStatus[] {
  return tx
    .select()
    .from(commitmentStatusChanges)
    .where(eq(commitmentStatusChanges.commitmentId, id))
    .orderBy(asc(commitmentStatusChanges.at), asc(commitmentStatusChanges.id))
    .all()
    .map((row) => ({
      status: row.status,
      at: row.at,
      claimedBy: slugOf(tx, parties, row.claimedByPartyId),
      source: slugOf(tx, sources, row.sourceId) ?? '',
      excerpt: row.excerpt,
      note: row.note,
    }));
}

function snapshot(tx: ParleyTx, id: number): SavedCommitment {
  const row = tx.select().from(commitments).where(eq(commitments.id, id)).get()!;
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    deletedAt: row.deletedAt,
    text: row.text,
    quantity: row.quantity,
    unit: row.unit,
    event: slugOf(tx, events, row.eventId),
    parties: slugsOf(tx, commitmentParties, id),
    topics: slugsOf(tx, commitmentTopics, id),
    claims: tx
      .select({ slug: claims.slug })
      .from(commitmentClaims)
      .innerJoin(claims, eq(commitmentClaims.claimId, claims.id))
      .where(eq(commitmentClaims.commitmentId, id))
      .orderBy(asc(commitmentClaims.position))
      .all()
      .map((claim) => claim.slug),
    startsAt: row.startsAt,
    deadlineAt: row.deadlineAt,
    durationDays: row.durationDays,
    timeZone: row.timeZone,
    status: row.status,
    statusHistory: historyOf(tx, id),
  };
}

function references(input: CommitmentInput): Reference[] {
  return [
    ...(input.event ? [{ table: 'events' as const, field: 'event', slug: input.event }] : []),
    ...input.parties.map((slug, i) => ({ table: 'parties' as const, field: `parties.${i}`, slug })),
    ...(input.statusHistory ?? []).map((entry, i) => ({
      table: 'sources' as const,
      field: `statusHistory.${i}.source`,
      slug: entry.source,
    })),
  ];
}

export const COMMITMENT_SPEC: RecordSpec<CommitmentInput, SavedCommitment> = {
  table: commitments,
  entityType: 'commitment',
  sluggedTable: 'commitments',
  slugBase: (input) => `${input.parties.join(' ')} ${input.text.split(/\s+/).slice(0, 6).join(' ')}`,
  insert: (tx, input, slug) => {
    const id = tx
      .insert(commitments)
      .values({ ...columns(tx, input), slug: slug! })
      .returning({ id: commitments.id })
      .get().id;
    writeChildren(tx, id, input);
    return id;
  },
  update: (tx, id, input) => {
    tx.update(commitments).set(columns(tx, input)).where(eq(commitments.id, id)).run();
    writeChildren(tx, id, input);
  },
  references,
  snapshot,
};

type WriteArgs = { actor: Actor; db?: ParleyDb };

export const createCommitment = (args: WriteArgs & { input: CommitmentInput }) => createWithSpec(COMMITMENT_SPEC, args);
export const updateCommitment = (
  args: WriteArgs & { id: number; version: number; input: CommitmentInput; keep?: readonly string[] },
) => updateWithSpec(COMMITMENT_SPEC, args);
export const deleteCommitment = (args: WriteArgs & { id: number; version: number }) =>
  deleteWithSpec(COMMITMENT_SPEC, args);
export const restoreCommitment = (args: WriteArgs & { id: number }) => restoreWithSpec(COMMITMENT_SPEC, args);
export const getCommitment = (args: { id: number; db?: ParleyDb }) => getWithSpec(COMMITMENT_SPEC, args);

/** Adds one dated, sourced status change: a new version of the commitment, with its revision. */
export async function addCommitmentStatus({
  id,
  version,
  change,
  actor,
  db = getDb(),
}: WriteArgs & { id: number; version: number; change: CommitmentStatusInput }): Promise<SavedCommitment> {
  return writeTransaction(db, (tx) => {
    updateVersioned(tx, COMMITMENT_SPEC, {
      id,
      version,
      actor,
      write: (before) =>
        COMMITMENT_SPEC.update(tx, id, { ...before, statusHistory: [...before.statusHistory, change] }, before),
    });
    return snapshot(tx, id);
  });
}
