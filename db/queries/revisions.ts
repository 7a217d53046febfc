// The revision log: every create, update, delete and restore, written by the same transaction
// as the change it records, together with the record's state in its history (event-history).
import { and, desc, eq } from 'drizzle-orm';
import type { ParleyDb, ParleyTx } from '../connection';
import type { RevisionAction, RevisionEntityType } from '../enums';
import { apiTokens, revisions } from '../schema';
import { getDb } from '../client';
import { recordHistory } from './event-history';

/** Who makes a change; `tokenId` when they make it with a personal API token. */
export type Actor = { id: string | null; name: string; tokenId?: number | null };

export const SYSTEM_ACTOR: Actor = { id: null, name: 'Parley seed' };

/**
 * The shape of the snapshots a revision holds. Raise it when a change to a snapshot function
 * renames, moves or drops a field (adding one needs no bump), so readers of the log can tell
 * the shapes apart; 1 is every snapshot written before the number was kept.
 */
export const SNAPSHOT_VERSION = 1;

export function writeRevision(
  tx: ParleyTx,
  entry: {
    entityType: RevisionEntityType;
    entityId: number;
    action: RevisionAction;
    actor: Actor;
    before: unknown;
    after: unknown;
  },
): void {
  const written = tx
    .insert(revisions)
    .values({
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      tokenId: entry.actor.tokenId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      snapshotVersion: SNAPSHOT_VERSION,
    })
    .returning({ id: revisions.id, at: revisions.at })
    .get();
  const { entityType, entityId, action } = entry;
  recordHistory(tx, { entityType, entityId, action, revisionId: written.id, at: written.at });
}

export type RevisionDTO = {
  id: number;
  action: RevisionAction;
  actorName: string;
  /** The name of the API token the change was made with; null when it was not made with one. */
  tokenName: string | null;
  at: string;
  before: unknown;
  after: unknown;
  snapshotVersion: number;
};

export async function listRevisions({
  entityType,
  entityId,
  db = getDb(),
}: {
  entityType: RevisionEntityType;
  entityId: number;
  db?: ParleyDb;
}): Promise<RevisionDTO[]> {
  return db
    .select({
      id: revisions.id,
      action: revisions.action,
      actorName: revisions.actorName,
      tokenName: apiTokens.name,
      at: revisions.at,
      before: revisions.before,
      after: revisions.after,
      snapshotVersion: revisions.snapshotVersion,
    })
    .from(revisions)
    .leftJoin(apiTokens, eq(revisions.tokenId, apiTokens.id))
    .where(and(eq(revisions.entityType, entityType), eq(revisions.entityId, entityId)))
    .orderBy(desc(revisions.id))
    .all();
}
