// Writing claims and the points that group them. Both are versioned records like the others
// (create, update, delete, restore, each one IMMEDIATE transaction with its revision), through
// the generic writes of record-writes.ts; what is particular to them is said here: the columns,
// the topic and membership joins, and the search indexes a claim keeps in step.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { writeTransaction, type ParleyDb, type ParleyTx } from '../connection';
import type { Attribution, ClaimKind, Confidence, PointAlignment } from '../enums';
import { ReferenceMismatchError } from '../errors';
import {
  claims,
  claimTopics,
  events,
  parties,
  people,
  pointClaims,
  points,
  pointTopics,
  sources,
  topics,
} from '../schema';
import {
  createWithSpec,
  deleteWithSpec,
  getWithSpec,
  insertWithSpec,
  restoreWithSpec,
  slugOf,
  updateWithSpec,
  type RecordSpec,
} from './record-writes';
import { idForSlug, optionalIdForSlug } from './references';
import { getDb } from '../client';
import type { Actor } from './revisions';
import { reindexEvent } from './search-index';

/** The W3C Web Annotation TextQuoteSelector: the exact words, with a little text either side. */
export type QuoteInput = { exact: string; prefix?: string; suffix?: string };

export type ClaimInput = {
  slug?: string;
  event: string;
  party: string;
  person?: string | null;
  source: string;
  kind: ClaimKind;
  quote: QuoteInput;
  paraphrase?: string;
  topics?: string[];
  attribution: Attribution;
  confidence: Confidence;
};

export type PointInput = {
  slug?: string;
  event: string;
  label: string;
  alignment: PointAlignment;
  note?: string;
  topics?: string[];
  /** The claims the point groups, by slug: each must be a live claim about the same event. */
  claims?: string[];
};

type Stamp = { id: number; slug: string; version: number; deletedAt: string | null };
export type SavedClaim = Omit<ClaimInput, 'slug'> &
  Stamp & { quote: Required<QuoteInput>; paraphrase: string; person: string | null; topics: string[] };
export type SavedPoint = Omit<PointInput, 'slug'> & Stamp & { note: string; topics: string[]; claims: string[] };

function stamp({ id, slug, version, deletedAt }: Stamp): Stamp {
  return { id, slug, version, deletedAt };
}

function topicSlugs(tx: ParleyTx, join: typeof claimTopics | typeof pointTopics, owner: number): string[] {
  const ownerColumn = join === claimTopics ? claimTopics.claimId : pointTopics.pointId;
  return tx
    .select({ slug: topics.slug })
    .from(join)
    .innerJoin(topics, eq(join.topicId, topics.id))
    .where(eq(ownerColumn, owner))
    .orderBy(asc(topics.slug))
    .all()
    .map((t) => t.slug);
}

function topicIds(tx: ParleyTx, slugs: readonly string[] = []): number[] {
  return [...new Set(slugs.map((slug, i) => idForSlug(tx, 'topics', `topics.${i}`, slug)))];
}

/** Keeps the claim's own search row and its event's (which searches its claims too) current. */
function reindexClaim(tx: ParleyTx, claimId: number): void {
  tx.run(sql`DELETE FROM claim_search WHERE rowid = ${claimId}`);
  tx.run(
    sql`INSERT INTO claim_search (rowid, quote, paraphrase) SELECT id, quote_exact, paraphrase FROM claims WHERE id = ${claimId} AND deleted_at IS NULL`,
  );
  const row = tx.select({ eventId: claims.eventId }).from(claims).where(eq(claims.id, claimId)).get();
  if (row) reindexEvent(tx, row.eventId);
}

function claimColumns(tx: ParleyTx, input: ClaimInput) {
  return {
    eventId: idForSlug(tx, 'events', 'event', input.event),
    partyId: idForSlug(tx, 'parties', 'party', input.party),
    personId: optionalIdForSlug(tx, 'people', 'person', input.person),
    sourceId: idForSlug(tx, 'sources', 'source', input.source),
    kind: input.kind,
    quoteExact: input.quote.exact,
    quotePrefix: input.quote.prefix ?? '',
    quoteSuffix: input.quote.suffix ?? '',
    paraphrase: input.paraphrase ?? '',
    attribution: input.attribution,
    confidence: input.confidence,
  };
}

function writeClaimTopics(tx: ParleyTx, claimId: number, slugs: readonly string[] | undefined): void {
  tx.delete(claimTopics).where(eq(claimTopics.claimId, claimId)).run();
  const ids = topicIds(tx, slugs);
  if (ids.length)
    tx.insert(claimTopics)
      .values(ids.map((topicId) => ({ claimId, topicId })))
      .run();
}

export const CLAIM_SPEC: RecordSpec<ClaimInput, SavedClaim> = {
  table: claims,
  entityType: 'claim',
  sluggedTable: 'claims',
  slugBase: (input) => `${input.party} ${input.quote.exact.split(/\s+/).slice(0, 8).join(' ')}`,
  insert: (tx, input, slug) => {
    const id = tx
      .insert(claims)
      .values({ ...claimColumns(tx, input), slug: slug! })
      .returning({ id: claims.id })
      .get().id;
    writeClaimTopics(tx, id, input.topics);
    reindexClaim(tx, id);
    return id;
  },
  update: (tx, id, input) => {
    const before = tx.select({ eventId: claims.eventId }).from(claims).where(eq(claims.id, id)).get()!;
    tx.update(claims).set(claimColumns(tx, input)).where(eq(claims.id, id)).run();
    writeClaimTopics(tx, id, input.topics);
    reindexEvent(tx, before.eventId);
  },
  afterChange: reindexClaim,
  snapshot: (tx, id) => {
    const row = tx.select().from(claims).where(eq(claims.id, id)).get()!;
    return {
      ...stamp(row),
      event: slugOf(tx, events, row.eventId)!,
      party: slugOf(tx, parties, row.partyId)!,
      person: slugOf(tx, people, row.personId),
      source: slugOf(tx, sources, row.sourceId)!,
      kind: row.kind,
      quote: { exact: row.quoteExact, prefix: row.quotePrefix, suffix: row.quoteSuffix },
      paraphrase: row.paraphrase,
      topics: topicSlugs(tx, claimTopics, id),
      attribution: row.attribution,
      confidence: row.confidence,
    };
  },
};

/** A point's claims are live claims about the point's own session, each named once. */
function claimIdsOfEvent(tx: ParleyTx, eventId: number, slugs: readonly string[] = []): number[] {
  const ids: number[] = [];
  slugs.forEach((slug, i) => {
    const field = `claims.${i}`;
    const claimId = idForSlug(tx, 'claims', field, slug);
    const claim = tx.select({ eventId: claims.eventId }).from(claims).where(eq(claims.id, claimId)).get()!;
    if (claim.eventId !== eventId) throw new ReferenceMismatchError(field, `claim "${slug}" is about another event`);
    if (ids.includes(claimId)) throw new ReferenceMismatchError(field, `claim "${slug}" is named twice`);
    ids.push(claimId);
  });
  return ids;
}

function writePointChildren(tx: ParleyTx, pointId: number, eventId: number, input: PointInput): void {
  tx.delete(pointTopics).where(eq(pointTopics.pointId, pointId)).run();
  tx.delete(pointClaims).where(eq(pointClaims.pointId, pointId)).run();
  const topicRows = topicIds(tx, input.topics).map((topicId) => ({ pointId, topicId }));
  const claimRows = claimIdsOfEvent(tx, eventId, input.claims).map((claimId, position) => ({
    pointId,
    claimId,
    position,
  }));
  if (topicRows.length) tx.insert(pointTopics).values(topicRows).run();
  if (claimRows.length) tx.insert(pointClaims).values(claimRows).run();
}

function pointColumns(tx: ParleyTx, input: PointInput) {
  return {
    eventId: idForSlug(tx, 'events', 'event', input.event),
    label: input.label,
    alignment: input.alignment,
    note: input.note ?? '',
  };
}

export const POINT_SPEC: RecordSpec<PointInput, SavedPoint> = {
  table: points,
  entityType: 'point',
  sluggedTable: 'points',
  slugBase: (input) => `${input.event} ${input.label}`,
  insert: (tx, input, slug) => {
    const columns = pointColumns(tx, input);
    const id = tx
      .insert(points)
      .values({ ...columns, slug: slug! })
      .returning({ id: points.id })
      .get().id;
    writePointChildren(tx, id, columns.eventId, input);
    return id;
  },
  update: (tx, id, input) => {
    const columns = pointColumns(tx, input);
    tx.update(points).set(columns).where(eq(points.id, id)).run();
    writePointChildren(tx, id, columns.eventId, input);
  },
  snapshot: (tx, id) => {
    const row = tx.select().from(points).where(eq(points.id, id)).get()!;
    return {
      ...stamp(row),
      event: slugOf(tx, events, row.eventId)!,
      label: row.label,
      alignment: row.alignment,
      note: row.note,
      topics: topicSlugs(tx, pointTopics, id),
      claims: tx
        .select({ slug: claims.slug })
        .from(pointClaims)
        .innerJoin(claims, and(eq(pointClaims.claimId, claims.id), isNull(claims.deletedAt)))
        .where(eq(pointClaims.pointId, id))
        .orderBy(asc(pointClaims.position))
        .all()
        .map((c) => c.slug),
    };
  },
};

export type AnalysisInputs = { claim: ClaimInput; point: PointInput };
export type AnalysisKind = keyof AnalysisInputs;
type Saved = { claim: SavedClaim; point: SavedPoint };
const SPECS: { [K in AnalysisKind]: RecordSpec<AnalysisInputs[K], Saved[K]> } = {
  claim: CLAIM_SPEC,
  point: POINT_SPEC,
};

type WriteArgs = { actor: Actor; db?: ParleyDb };

export const createAnalysis = <K extends AnalysisKind>(kind: K, args: WriteArgs & { input: AnalysisInputs[K] }) =>
  createWithSpec<AnalysisInputs[K], Saved[K]>(SPECS[kind], args);
export const updateAnalysis = <K extends AnalysisKind>(
  kind: K,
  args: WriteArgs & { id: number; version: number; input: AnalysisInputs[K]; keep?: readonly string[] },
) => updateWithSpec<AnalysisInputs[K], Saved[K]>(SPECS[kind], args);
export const deleteAnalysis = (kind: AnalysisKind, args: WriteArgs & { id: number; version: number }) =>
  deleteWithSpec(SPECS[kind], args);
export const restoreAnalysis = <K extends AnalysisKind>(kind: K, args: WriteArgs & { id: number }) =>
  restoreWithSpec<AnalysisInputs[K], Saved[K]>(SPECS[kind], args);
export const getAnalysis = <K extends AnalysisKind>(kind: K, args: { id: number; db?: ParleyDb }) =>
  getWithSpec<AnalysisInputs[K], Saved[K]>(SPECS[kind], args);

/** A session's live points as their forms edit them, in the order they were made. */
export async function pointsOfEvent({
  eventId,
  db = getDb(),
}: {
  eventId: number;
  db?: ParleyDb;
}): Promise<SavedPoint[]> {
  return writeTransaction(db, (tx) =>
    tx
      .select({ id: points.id })
      .from(points)
      .where(and(eq(points.eventId, eventId), isNull(points.deletedAt)))
      .orderBy(asc(points.id))
      .all()
      .map(({ id }) => POINT_SPEC.snapshot(tx, id)),
  );
}

/** Many claims, then many points, in one transaction: the generated archive's bulk write. */
export async function createAnalyses({
  claims: claimInputs,
  points: pointInputs = [],
  actor,
  db = getDb(),
}: WriteArgs & { claims: readonly ClaimInput[]; points?: readonly PointInput[] }): Promise<void> {
  writeTransaction(db, (tx) => {
    for (const input of claimInputs) insertWithSpec(tx, CLAIM_SPEC, input, actor);
    for (const input of pointInputs) insertWithSpec(tx, POINT_SPEC, input, actor);
  });
}
