// The valid-time history of events, claims and commitments: what each one was between two
// instants, so a reader can ask for the archive as Parley held it at any moment (db/queries/as-of.ts,
// commitments-as-of.ts). It is written from one place, writeRevision, so every create, update,
// delete and restore through the versioned write path (forms, the API, imports, the seed; for a
// commitment, each status change too) records its state in the same transaction as the change and
// its revision, stamped with the revision's own instant.
//
// Keeping history for another record type (the recipe, e.g. for commitments):
//  1. db/schema.ts: a `<kind>_history` table with id, `<kind>_id`, revision_id, valid_from,
//     valid_to, the columns its list filters and orders by, and `dto` (the record exactly as its
//     GET answers it); join tables `<kind>_history_<list>` (history_id, <thing>_id) for the lists
//     its filters test. Run `npx drizzle-kit generate`.
//  2. Here: an entry in KEPT whose `insert` reads the record's DTO and columns inside `tx` and
//     writes the row and its join rows (see insertEventState and insertClaimState).
//  3. A custom migration (see 0010_history_backfill.sql) building rows from its revisions'
//     `after` snapshots, so records written before the table existed have a history.
//  4. db/queries/as-of.ts: its list read over the history rows valid at the instant.
import { eq, sql, type SQL } from 'drizzle-orm';
import type { ParleyTx } from '../connection';
import type { RevisionAction, RevisionEntityType } from '../enums';
import { claimHistory, claims, commitmentHistory, commitments, eventHistory, events } from '../schema';
import { hydrateClaims } from './claims';
import { hydrateCommitments } from './commitments';
import { eventDetail } from './events';

type State = { tx: ParleyTx; id: number; revisionId: number; at: string };

type Kept = {
  /** Ends the record's open state at `at`. */
  close: (id: number, at: string) => SQL;
  /** Writes the record's state as it now stands, valid from `at`. */
  insert: (state: State) => void;
};

function insertEventState({ tx, id, revisionId, at }: State): void {
  const row = tx.select().from(events).where(eq(events.id, id)).get();
  if (!row) return;
  const history = tx
    .insert(eventHistory)
    .values({
      eventId: id,
      kind: row.kind,
      title: row.title,
      summary: row.summary,
      startsAt: row.startsAt,
      revisionId,
      validFrom: at,
      startsUpper: row.startsUpper,
      localStartDay: row.localStartDay,
      localEndDay: row.localEndDay,
      locationId: row.locationId,
      dto: eventDetail(tx, row),
    })
    .returning({ id: eventHistory.id })
    .get();
  tx.run(
    sql`INSERT OR IGNORE INTO event_history_parties (history_id, party_id)
      SELECT ${history.id}, party_id FROM event_parties WHERE event_id = ${id}`,
  );
  tx.run(
    sql`INSERT OR IGNORE INTO event_history_people (history_id, person_id)
      SELECT ${history.id}, person_id FROM event_people WHERE event_id = ${id}`,
  );
  tx.run(
    sql`INSERT OR IGNORE INTO event_history_topics (history_id, topic_id)
      SELECT ${history.id}, topic_id FROM event_topics WHERE event_id = ${id}`,
  );
}

function insertClaimState({ tx, id, revisionId, at }: State): void {
  const row = tx.select().from(claims).where(eq(claims.id, id)).get();
  if (!row) return;
  const history = tx
    .insert(claimHistory)
    .values({
      claimId: id,
      revisionId,
      validFrom: at,
      eventId: row.eventId,
      partyId: row.partyId,
      personId: row.personId,
      kind: row.kind,
      text: `${row.quoteExact} ${row.paraphrase}`,
      dto: hydrateClaims(tx, [row])[0],
    })
    .returning({ id: claimHistory.id })
    .get();
  tx.run(
    sql`INSERT OR IGNORE INTO claim_history_topics (history_id, topic_id)
      SELECT ${history.id}, topic_id FROM claim_topics WHERE claim_id = ${id}`,
  );
}

function insertCommitmentState({ tx, id, revisionId, at }: State): void {
  const row = tx.select().from(commitments).where(eq(commitments.id, id)).get();
  if (!row) return;
  const history = tx
    .insert(commitmentHistory)
    .values({
      commitmentId: id,
      revisionId,
      validFrom: at,
      eventId: row.eventId,
      status: row.status,
      deadlineAt: row.deadlineAt,
      text: row.text,
      dto: hydrateCommitments(tx, [row])[0],
    })
    .returning({ id: commitmentHistory.id })
    .get();
  tx.run(
    sql`INSERT OR IGNORE INTO commitment_history_parties (history_id, party_id)
      SELECT ${history.id}, party_id FROM commitment_parties WHERE commitment_id = ${id}`,
  );
  tx.run(
    sql`INSERT OR IGNORE INTO commitment_history_topics (history_id, topic_id)
      SELECT ${history.id}, topic_id FROM commitment_topics WHERE commitment_id = ${id}`,
  );
}

const KEPT: Partial<Record<RevisionEntityType, Kept>> = {
  event: {
    close: (id, at) => sql`UPDATE event_history SET valid_to = ${at} WHERE event_id = ${id} AND valid_to IS NULL`,
    insert: insertEventState,
  },
  claim: {
    close: (id, at) => sql`UPDATE claim_history SET valid_to = ${at} WHERE claim_id = ${id} AND valid_to IS NULL`,
    insert: insertClaimState,
  },
  commitment: {
    close: (id, at) =>
      sql`UPDATE commitment_history SET valid_to = ${at} WHERE commitment_id = ${id} AND valid_to IS NULL`,
    insert: insertCommitmentState,
  },
};

/**
 * Records the state a revision leaves: the open state ends at the revision's instant, and unless
 * the record was deleted its new state begins there. Record types without a history pass through.
 */
export function recordHistory(
  tx: ParleyTx,
  entry: {
    entityType: RevisionEntityType;
    entityId: number;
    action: RevisionAction;
    revisionId: number;
    at: string;
  },
): void {
  const kept = KEPT[entry.entityType];
  if (!kept) return;
  tx.run(kept.close(entry.entityId, entry.at));
  if (entry.action !== 'delete')
    kept.insert({
      tx,
      id: entry.entityId,
      revisionId: entry.revisionId,
      at: entry.at,
    });
}
