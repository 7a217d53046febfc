// What changed in a window of time: each event, claim and commitment whose revision log has an
// entry in it, compared as Parley held it at the window's start and at its end (from their
// history, event-history.ts): added, removed, or changed field by field, with who made each change when.
// A record added and removed within the window is left out: no reader saw it either side.
import { isDeepStrictEqual } from 'node:util';
import { and, asc, gt, inArray, lte } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import type { EventKind, RevisionAction } from '../enums';
import { revisions } from '../schema';
import { getDb } from '../client';
import { getEventAsOf, getClaimAsOf } from './as-of';
import type { ClaimDTO } from './claims';
import type { CommitmentDTO } from './commitments';
import { getCommitmentAsOf } from './commitments-as-of';
import type { EventDetailDTO } from './events';

export type ChangeFilters = {
  party?: string[];
  topic?: string[];
  kind?: EventKind[];
};
export type FieldChange = { field: string; before: unknown; after: unknown };
export type ChangeDTO = {
  type: 'event' | 'claim' | 'commitment';
  id: number;
  slug: string;
  /** The event's title, or what the claim or commitment says. */
  title: string;
  change: 'added' | 'changed' | 'removed';
  /** The last revision in the window. */
  at: string;
  revisions: { at: string; action: RevisionAction; actorName: string }[];
  /** For a change: each field whose value differs between the window's start and end. */
  fields: FieldChange[];
};

/** Bookkeeping a reader does not count as a change of content. */
const UNCOMPARED = new Set(['id', 'version', 'createdAt', 'updatedAt', 'localDate', 'localEndDate', 'startsUpper']);

export const CHANGES_LIMIT = 500;

function fieldChanges(before: object, after: object): FieldChange[] {
  const [b, a] = [before as Record<string, unknown>, after as Record<string, unknown>];
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((field) => !UNCOMPARED.has(field));
  return fields
    .filter((field) => !isDeepStrictEqual(b[field], a[field]))
    .map((field) => ({
      field,
      before: b[field] ?? null,
      after: a[field] ?? null,
    }));
}

type State = EventDetailDTO | ClaimDTO | CommitmentDTO;

function partiesOf(state: State, type: ChangeDTO['type']): string[] {
  if (type === 'claim') return [(state as ClaimDTO).party.slug];
  return (state as EventDetailDTO | CommitmentDTO).parties.map((p) => p.slug);
}

/** Whether either side of the change meets the filters: an event moved out of a party's view still shows there. */
function meets(filters: ChangeFilters, state: State | null, type: ChangeDTO['type']): boolean {
  if (!state) return false;
  if (filters.kind?.length && (type !== 'event' || !filters.kind.includes((state as EventDetailDTO).kind)))
    return false;
  const parties = partiesOf(state, type);
  if (filters.party?.length && !filters.party.some((slug) => parties.includes(slug))) return false;
  if (filters.topic?.length && !filters.topic.some((slug) => state.topics.some((t) => t.slug === slug))) return false;
  return true;
}

/** The record as Parley held it at `at`, or null. */
function stateAt(db: ParleyDb, type: ChangeDTO['type'], id: number, at: string): State | null {
  if (type === 'event') return getEventAsOf({ key: id, at, db });
  if (type === 'claim') return getClaimAsOf({ id, at, db });
  return getCommitmentAsOf({ key: id, at, db });
}

/**
 * Changes to events, claims and commitments (a status change among them) after `since` up to and
 * including `until`, the latest first; at most CHANGES_LIMIT of them, `truncated` saying whether
 * there were more.
 */
export async function listChanges({
  since,
  until,
  filters = {},
  db = getDb(),
}: {
  since: string;
  until: string;
  filters?: ChangeFilters;
  db?: ParleyDb;
}): Promise<{ items: ChangeDTO[]; truncated: boolean }> {
  const log = db
    .select({
      type: revisions.entityType,
      id: revisions.entityId,
      at: revisions.at,
      action: revisions.action,
      actorName: revisions.actorName,
    })
    .from(revisions)
    .where(
      and(
        gt(revisions.at, since),
        lte(revisions.at, until),
        inArray(revisions.entityType, ['event', 'claim', 'commitment']),
      ),
    )
    .orderBy(asc(revisions.at), asc(revisions.id))
    .all();
  const touched = new Map<string, { type: ChangeDTO['type']; id: number; revisions: ChangeDTO['revisions'] }>();
  for (const { type, id, ...revision } of log) {
    const key = `${type}/${id}`;
    if (!touched.has(key)) touched.set(key, { type: type as ChangeDTO['type'], id, revisions: [] });
    touched.get(key)!.revisions.push(revision);
  }
  const items: ChangeDTO[] = [];
  for (const { type, id, revisions: made } of touched.values()) {
    const [before, after] = [stateAt(db, type, id, since), stateAt(db, type, id, until)];
    if (!before && !after) continue;
    if (!meets(filters, before, type) && !meets(filters, after, type)) continue;
    const fields = before && after ? fieldChanges(before, after) : [];
    if (before && after && fields.length === 0) continue;
    const shown = (after ?? before)!;
    items.push({
      type,
      id,
      slug: shown.slug,
      title: 'title' in shown ? shown.title : shown.text,
      change: !before ? 'added' : !after ? 'removed' : 'changed',
      at: made.at(-1)!.at,
      revisions: made,
      fields,
    });
  }
  items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return {
    items: items.slice(0, CHANGES_LIMIT),
    truncated: items.length > CHANGES_LIMIT,
  };
}
