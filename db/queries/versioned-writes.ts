// What every editable record shares: the optimistic version check, soft delete and restore, each
// writing its revision in the caller's IMMEDIATE transaction. Events and the records around them
// differ only in how they snapshot and reindex, which the callers pass in.
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import type { ParleyTx } from '../connection';
import type { RevisionEntityType } from '../enums';
import { RecordNotFoundError, VersionConflictError } from '../errors';
import type {
  affiliations,
  claims,
  commitments,
  events,
  locations,
  parties,
  people,
  points,
  positions,
  sources,
  topics,
} from '../schema';
import { writeRevision, type Actor } from './revisions';

export type EditableTable =
  | typeof events
  | typeof parties
  | typeof people
  | typeof topics
  | typeof locations
  | typeof sources
  | typeof positions
  | typeof affiliations
  | typeof claims
  | typeof points
  | typeof commitments;

export type Versioned = {
  table: EditableTable;
  entityType: RevisionEntityType;
  snapshot: (tx: ParleyTx, id: number) => unknown;
  /** Runs after the row changed, before the revision: the event search index, for one. */
  afterChange?: (tx: ParleyTx, id: number) => void;
};

function stateOf(tx: ParleyTx, table: EditableTable, id: number) {
  return tx.get<{ version: number; deleted_at: string | null } | undefined>(
    sql`SELECT version, deleted_at FROM ${table} WHERE id = ${id}`,
  );
}

/** Throws unless the record is live and still at `version`: the check every save begins with. */
export function checkVersion(tx: ParleyTx, record: Versioned, id: number, version: number): void {
  const state = stateOf(tx, record.table, id);
  if (!state || state.deleted_at !== null) throw new RecordNotFoundError(record.entityType, id);
  if (state.version !== version) throw new VersionConflictError(record.entityType, id, version, state.version);
}

export function bumpVersion(tx: ParleyTx, table: EditableTable, id: number, deletedAt?: string | null): void {
  const now = new Date().toISOString();
  if (deletedAt === undefined)
    tx.run(sql`UPDATE ${table} SET version = version + 1, updated_at = ${now} WHERE id = ${id}`);
  else
    tx.run(
      sql`UPDATE ${table} SET version = version + 1, updated_at = ${now}, deleted_at = ${deletedAt} WHERE id = ${id}`,
    );
}

/** `input` with the parts named in `keep` taken from what is stored: an update that leaves a list out keeps it. */
export function withKept<T extends object>(input: T, stored: object, keep: readonly string[]): T {
  return { ...input, ...Object.fromEntries(keep.map((part) => [part, (stored as Record<string, unknown>)[part]])) };
}

class Unchanged extends Error {}

/**
 * Checks the version, lets `write` change the record (given the stored snapshot), bumps the
 * version and records before and after. A write that leaves the snapshot as it was is undone
 * and writes nothing: no new version, no revision, so no calendar sees a change. Returns
 * whether anything changed.
 */
export function updateVersioned<S>(
  tx: ParleyTx,
  record: Omit<Versioned, 'snapshot'> & { snapshot: (tx: ParleyTx, id: number) => S },
  { id, version, actor, write }: { id: number; version: number; actor: Actor; write: (before: S) => void },
): boolean {
  checkVersion(tx, record, id, version);
  const before = record.snapshot(tx, id);
  try {
    tx.transaction((savepoint) => {
      write(before);
      if (isDeepStrictEqual(record.snapshot(savepoint, id), before)) throw new Unchanged();
    });
  } catch (error) {
    if (error instanceof Unchanged) return false;
    throw error;
  }
  bumpVersion(tx, record.table, id);
  record.afterChange?.(tx, id);
  writeRevision(tx, {
    entityType: record.entityType,
    entityId: id,
    action: 'update',
    actor,
    before,
    after: record.snapshot(tx, id),
  });
  return true;
}

/** Soft delete: the row stays as a tombstone with its id and slug, never reused. */
export function deleteVersioned(
  tx: ParleyTx,
  record: Versioned,
  { id, version, actor }: { id: number; version: number; actor: Actor },
): void {
  checkVersion(tx, record, id, version);
  const before = record.snapshot(tx, id);
  bumpVersion(tx, record.table, id, new Date().toISOString());
  record.afterChange?.(tx, id);
  writeRevision(tx, { entityType: record.entityType, entityId: id, action: 'delete', actor, before, after: null });
}

export function restoreVersioned(tx: ParleyTx, record: Versioned, { id, actor }: { id: number; actor: Actor }): void {
  const state = stateOf(tx, record.table, id);
  if (!state || state.deleted_at === null) throw new RecordNotFoundError(`deleted ${record.entityType}`, id);
  bumpVersion(tx, record.table, id, null);
  record.afterChange?.(tx, id);
  writeRevision(tx, {
    entityType: record.entityType,
    entityId: id,
    action: 'restore',
    actor,
    before: null,
    after: record.snapshot(tx, id),
  });
}
