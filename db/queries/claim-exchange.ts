// An event's claims and points as the JSON export carries them and an import writes them back:
// each exactly the body POST /api/claims and /api/points read, with its slug (points name their
// claims by it) and the version it was exported at. An import writes them through the same
// versioned writes as the API, so each gets its revision.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ParleyDb, ParleyTx } from '../connection';
import { claims, points } from '../schema';
import {
  CLAIM_SPEC,
  POINT_SPEC,
  type ClaimInput,
  type PointInput,
  type SavedClaim,
  type SavedPoint,
} from './claim-writes';
import { insertWithSpec, replaceWithSpec, type RecordSpec } from './record-writes';
import type { Actor } from './revisions';

type Exchanged<Saved> = Omit<Saved, 'id' | 'deletedAt'>;
export type ClaimExchange = Exchanged<SavedClaim>;
export type PointExchange = Exchanged<SavedPoint>;
export type EventAnalyses = { claims: ClaimExchange[]; points: PointExchange[] };

/** What a file states of a claim or point: the write body with its slug, and the version it was exported at when it says. */
export type ImportedClaim = ClaimInput & { slug: string; version?: number };
export type ImportedPoint = PointInput & { slug: string; version?: number };

function exchanged<Saved extends { id: number; deletedAt: string | null }>({
  id: _id,
  deletedAt: _deleted,
  ...rest
}: Saved): Exchanged<Saved> {
  return rest;
}

/** The live claims and points of one event, in the order they were entered. */
export function analysesOfEvent(db: ParleyDb, eventId: number): EventAnalyses {
  // One read transaction, so that a point never names a claim deleted between the two reads.
  return db.transaction((tx) => {
    const ids = (table: typeof claims | typeof points) =>
      tx
        .select({ id: table.id })
        .from(table)
        .where(and(eq(table.eventId, eventId), isNull(table.deletedAt)))
        .orderBy(asc(table.id))
        .all()
        .map((row) => row.id);
    return {
      claims: ids(claims).map((id) => exchanged(CLAIM_SPEC.snapshot(tx, id))),
      points: ids(points).map((id) => exchanged(POINT_SPEC.snapshot(tx, id))),
    };
  });
}

/** Creates the record the file names when there is none by that slug, else replaces its content; answers whether anything changed. */
function applyOne<Input extends object, Saved extends object>(
  tx: ParleyTx,
  spec: RecordSpec<Input, Saved>,
  table: typeof claims | typeof points,
  { slug, version, ...input }: Input & { slug: string; version?: number },
  actor: Actor,
): boolean {
  const existing = tx
    .select({ id: table.id, version: table.version, deletedAt: table.deletedAt })
    .from(table)
    .where(eq(table.slug, slug))
    .get();
  const written = { ...input, slug } as unknown as Input;
  if (!existing) {
    insertWithSpec(tx, spec, written, actor);
    return true;
  }
  if (existing.deletedAt)
    throw new Error(`the ${spec.entityType} "${slug}" was deleted in Parley; restore it before importing over it`);
  const changed = replaceWithSpec(tx, spec, { id: existing.id, version: existing.version, input: written, actor });
  if (changed && version !== undefined && existing.version > version) {
    throw new Error(
      `the ${spec.entityType} "${slug}" was changed in Parley after this file was exported (version ${existing.version} there, ${version} in the file)`,
    );
  }
  return changed;
}

/**
 * Writes the claims, then the points, a file states for one event (inside the import's
 * transaction). Claims and points of the event that the file does not name are left as they
 * are: an import adds and corrects, it never deletes.
 */
export function applyEventAnalyses(
  tx: ParleyTx,
  {
    claims: claimList = [],
    points: pointList = [],
    actor,
  }: { claims?: readonly ImportedClaim[]; points?: readonly ImportedPoint[]; actor: Actor },
): boolean {
  let changed = false;
  for (const claim of claimList) changed = applyOne(tx, CLAIM_SPEC, claims, claim, actor) || changed;
  for (const point of pointList) changed = applyOne(tx, POINT_SPEC, points, point, actor) || changed;
  return changed;
}
