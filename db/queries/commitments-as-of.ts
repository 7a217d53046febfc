// Commitments as Parley held them at an instant: the tracker's list and one commitment, taken from
// the states in commitment_history valid then (written by event-history.ts with each revision, a
// status change included), in the same order, paging and shape as the live reads.
import { and, asc, eq, exists, gt, inArray, isNull, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '../client';
import type { ParleyDb } from '../connection';
import { disputedStatuses, NO_DEADLINE } from '../commitment-status';
import { encodeCursor, type EventCursor } from '../cursor';
import {
  commitmentHistory,
  commitmentHistoryParties,
  commitmentHistoryTopics,
  commitments,
  events,
  parties,
  revisions,
  topics,
} from '../schema';
import { hydrateCommitments, type CommitmentDTO, type CommitmentFilters, type CommitmentPage } from './commitments';
import type { SavedCommitment } from './commitment-writes';
import { idsForSlugs } from './slug-ids';

const h = commitmentHistory;
const sortKey = sql<string>`coalesce(${h.deadlineAt}, ${NO_DEADLINE})`;

/** The states valid at `at`: begun at or before it, not yet ended. */
function validAt(at: string): SQL {
  return and(lte(h.validFrom, at), or(isNull(h.validTo), gt(h.validTo, at)))!;
}

function conditions(db: ParleyDb, filters: CommitmentFilters & { asOf: string }): SQL[] {
  const where: SQL[] = [validAt(filters.asOf)];
  const member = (join: typeof commitmentHistoryParties | typeof commitmentHistoryTopics, wanted: SQL) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(join)
        .where(and(eq(join.historyId, h.id), wanted)),
    );
  if (filters.party?.length)
    where.push(
      member(
        commitmentHistoryParties,
        inArray(
          commitmentHistoryParties.partyId,
          idsForSlugs(db, parties, 'party', filters.party, { includeDeleted: true }),
        ),
      ),
    );
  if (filters.topic?.length)
    where.push(
      member(
        commitmentHistoryTopics,
        inArray(
          commitmentHistoryTopics.topicId,
          idsForSlugs(db, topics, 'topic', filters.topic, { includeDeleted: true }),
        ),
      ),
    );
  if (filters.event?.length)
    where.push(inArray(h.eventId, idsForSlugs(db, events, 'event', filters.event, { includeDeleted: true })));
  if (filters.status?.length) where.push(inArray(h.status, filters.status));
  if (filters.dueBefore) where.push(lt(h.deadlineAt, filters.dueBefore));
  if (filters.dueAfter) where.push(sql`${h.deadlineAt} >= ${filters.dueAfter}`);
  if (filters.q) where.push(sql`${like(h.text, `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} ESCAPE '\\'`);
  return where;
}

type StateRow = {
  commitmentId: number;
  revisionId: number | null;
  dto: unknown;
};

const STATE_COLUMNS = {
  commitmentId: h.commitmentId,
  revisionId: h.revisionId,
  dto: h.dto,
};

/**
 * A state the backfill built from a revision snapshot (its `dto` is null): today's commitment with
 * the snapshot's own fields, parties and topics, and those of today's status changes the snapshot
 * held (a change removed since is left out: the snapshot names its source only by slug).
 */
function backfilledCommitment(db: ParleyDb, row: StateRow): CommitmentDTO {
  const [current] = hydrateCommitments(db, [
    db.select().from(commitments).where(eq(commitments.id, row.commitmentId)).get()!,
  ]);
  const after =
    row.revisionId === null
      ? null
      : db.select({ after: revisions.after }).from(revisions).where(eq(revisions.id, row.revisionId)).get()?.after;
  if (!after) return current;
  const snapshot = after as Partial<SavedCommitment>;
  const own = [
    'text',
    'quantity',
    'unit',
    'startsAt',
    'deadlineAt',
    'durationDays',
    'timeZone',
    'status',
    'version',
  ] as const;
  const fields = Object.fromEntries(
    own.filter((key) => snapshot[key] !== undefined).map((key) => [key, snapshot[key]]),
  );
  const named = (
    table: typeof parties | typeof topics,
    slugs: string[] | undefined,
    today: CommitmentDTO['parties'],
  ) =>
    slugs === undefined
      ? today
      : db
          .select({ slug: table.slug, name: table.name })
          .from(table)
          .where(inArray(table.slug, slugs))
          .orderBy(asc(table.name))
          .all();
  const statusHistory = snapshot.statusHistory
    ? current.statusHistory.filter((change) =>
        snapshot.statusHistory!.some(
          (held) =>
            held.status === change.status &&
            held.at === change.at &&
            held.claimedBy === (change.claimedBy?.slug ?? null),
        ),
      )
    : current.statusHistory;
  const partyList = named(parties, snapshot.parties, current.parties);
  const disputed = disputedStatuses(
    statusHistory.map((change) => ({
      ...change,
      claimedBy: change.claimedBy?.slug ?? null,
    })),
  );
  return {
    ...current,
    ...fields,
    parties: partyList,
    topics: named(topics, snapshot.topics, current.topics),
    statusHistory,
    disputed: disputed.map((entry) => ({
      ...entry,
      party: partyList.find((party) => party.slug === entry.party) ?? {
        slug: entry.party,
        name: entry.party,
      },
    })),
  };
}

function commitmentState(db: ParleyDb, row: StateRow): CommitmentDTO {
  return (row.dto as CommitmentDTO | null) ?? backfilledCommitment(db, row);
}

/** The tracker as Parley held it at `filters.asOf`: soonest deadline first, keyset-paged like listCommitments. */
export function listCommitmentsAsOf({
  filters,
  cursor = null,
  limit = 50,
  db,
}: {
  filters: CommitmentFilters & { asOf: string };
  cursor?: EventCursor | null;
  limit?: number;
  db: ParleyDb;
}): CommitmentPage {
  const after = cursor
    ? or(gt(sortKey, cursor.startsAt), and(eq(sortKey, cursor.startsAt), gt(h.commitmentId, cursor.id)))
    : undefined;
  const rows = db
    .select({ ...STATE_COLUMNS, key: sortKey })
    .from(h)
    .where(and(...conditions(db, filters), after))
    .orderBy(asc(sortKey), asc(h.commitmentId))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => commitmentState(db, row)),
    nextCursor: rows.length > limit && last ? encodeCursor({ startsAt: last.key, id: last.commitmentId }) : null,
  };
}

/** One commitment as Parley held it at `at`, by id or slug; null when it did not exist then or was deleted. */
export function getCommitmentAsOf({
  key,
  at,
  db = getDb(),
}: {
  key: string | number;
  at: string;
  db?: ParleyDb;
}): CommitmentDTO | null {
  const byId = typeof key === 'number' || /^\d+$/.test(key);
  const commitment = db
    .select({ id: commitments.id })
    .from(commitments)
    .where(byId ? eq(commitments.id, Number(key)) : eq(commitments.slug, String(key)))
    .get();
  if (!commitment) return null;
  const row = db
    .select(STATE_COLUMNS)
    .from(h)
    .where(and(eq(h.commitmentId, commitment.id), validAt(at)))
    .get();
  return row ? commitmentState(db, row) : null;
}
