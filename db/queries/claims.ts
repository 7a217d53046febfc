// Reading claims: the filtered, keyset-paged list and the batch loader that fills a page of
// them, one query per kind of join for the whole page.
import { and, asc, desc, eq, gt, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ParleyDb, ParleyTx } from '../connection';
import { encodeCursor, type EventCursor } from '../cursor';
import type { Attribution, ClaimKind, Confidence, Precision, SourceKind } from '../enums';
import { buildFtsQuery } from '../fts';
import { claims, claimTopics, events, parties, people, sources, topics, type Claim } from '../schema';
import { getDb } from '../client';
import { listClaimsAsOf } from './as-of';
import { groupBy, SOURCE_REF_COLUMNS, type SourceRefDTO } from './event-dto';
import { eventTimeConditions } from './events';
import { idsForSlugs } from './slug-ids';

type Named = { slug: string; name: string };

export type ClaimEventRefDTO = {
  slug: string;
  title: string;
  startsAt: string;
  timeZone: string;
  precision: Precision;
};
/** The source a claim is quoted from, with its kind and, for readouts and statements, its issuer. */
export type ClaimSourceDTO = SourceRefDTO & { kind: SourceKind; party: Named | null };
export type QuoteDTO = { exact: string; prefix: string; suffix: string };

export type ClaimDTO = {
  id: number;
  slug: string;
  event: ClaimEventRefDTO;
  party: Named;
  person: Named | null;
  source: ClaimSourceDTO;
  kind: ClaimKind;
  quote: QuoteDTO;
  paraphrase: string;
  /** What to show: the paraphrase where there is one, else the exact words. */
  text: string;
  topics: Named[];
  attribution: Attribution;
  confidence: Confidence;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type ClaimPage = { items: ClaimDTO[]; nextCursor: string | null };

export type ClaimFilters = {
  event?: string[];
  party?: string[];
  person?: string[];
  topic?: string[];
  kind?: ClaimKind[];
  /** Bounds on the times of the claims' events, calendar dates or instants as for the timeline (EventFilters). */
  from?: string;
  to?: string;
  q?: string;
  /** A UTC instant: the claims as Parley held them then, read from their history (as-of.ts). */
  asOf?: string;
};

/** Live claims about live events, from live parties and sources. */
export function liveClaimConditions(): SQL[] {
  return [isNull(claims.deletedAt), isNull(events.deletedAt), isNull(parties.deletedAt), isNull(sources.deletedAt)];
}

function claimConditions(db: ParleyDb, filters: ClaimFilters): SQL[] {
  const conditions = liveClaimConditions();
  if (filters.event?.length) conditions.push(inArray(claims.eventId, idsForSlugs(db, events, 'event', filters.event)));
  if (filters.party?.length) conditions.push(inArray(claims.partyId, idsForSlugs(db, parties, 'party', filters.party)));
  if (filters.person?.length)
    conditions.push(inArray(claims.personId, idsForSlugs(db, people, 'person', filters.person)));
  if (filters.topic?.length) {
    const ids = idsForSlugs(db, topics, 'topic', filters.topic);
    conditions.push(
      inArray(
        claims.id,
        db.select({ id: claimTopics.claimId }).from(claimTopics).where(inArray(claimTopics.topicId, ids)),
      ),
    );
  }
  if (filters.kind?.length) conditions.push(inArray(claims.kind, filters.kind));
  conditions.push(...eventTimeConditions(filters));
  const match = filters.q ? buildFtsQuery(filters.q) : null;
  if (match) conditions.push(sql`${claims.id} IN (SELECT rowid FROM claim_search WHERE claim_search MATCH ${match})`);
  return conditions;
}

/** `oldest`: the time order of the claims' events, then the order they were entered; `newest`: the reverse, as readers of what a side said expect. */
export const CLAIM_ORDERS = ['oldest', 'newest'] as const;
export type ClaimOrder = (typeof CLAIM_ORDERS)[number];

/** Claims in the time order of their events (then in the order they were entered), or the reverse; keyset-paged. */
export async function listClaims({
  filters = {},
  cursor = null,
  limit = 50,
  order = 'oldest',
  db = getDb(),
}: {
  filters?: ClaimFilters;
  cursor?: EventCursor | null;
  limit?: number;
  order?: ClaimOrder;
  db?: ParleyDb;
} = {}): Promise<ClaimPage> {
  if (filters.asOf) return listClaimsAsOf({ filters: { ...filters, asOf: filters.asOf }, cursor, limit, order, db });
  const [beyond, direction] = order === 'newest' ? [lt, desc] : [gt, asc];
  const after = cursor
    ? or(
        beyond(events.startsAt, cursor.startsAt),
        and(eq(events.startsAt, cursor.startsAt), beyond(claims.id, cursor.id)),
      )
    : undefined;
  const rows = db
    .select({ claim: claims, startsAt: events.startsAt })
    .from(claims)
    .innerJoin(events, eq(claims.eventId, events.id))
    .innerJoin(parties, eq(claims.partyId, parties.id))
    .innerJoin(sources, eq(claims.sourceId, sources.id))
    .where(and(...claimConditions(db, filters), after))
    .orderBy(direction(events.startsAt), direction(claims.id))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: hydrateClaims(
      db,
      page.map((row) => row.claim),
    ),
    nextCursor: rows.length > limit && last ? encodeCursor({ startsAt: last.startsAt, id: last.claim.id }) : null,
  };
}

function liveClaimsWhere(db: ParleyDb, where: SQL): ClaimDTO[] {
  const rows = db
    .select({ claim: claims })
    .from(claims)
    .innerJoin(events, eq(claims.eventId, events.id))
    .innerJoin(parties, eq(claims.partyId, parties.id))
    .innerJoin(sources, eq(claims.sourceId, sources.id))
    .where(and(where, ...liveClaimConditions()))
    .orderBy(asc(claims.id))
    .all();
  return hydrateClaims(
    db,
    rows.map((row) => row.claim),
  );
}

/** Live claims about one event, in the order they were entered. */
export function claimsOfEvent(db: ParleyDb, eventId: number): ClaimDTO[] {
  return liveClaimsWhere(db, eq(claims.eventId, eventId));
}

/** Live claims quoted from one source, in the order they were entered. */
export function claimsOfSource(db: ParleyDb, sourceId: number): ClaimDTO[] {
  return liveClaimsWhere(db, eq(claims.sourceId, sourceId));
}

/** Sources by id, each with its kind and issuing party. */
export function loadClaimSources(db: ParleyDb | ParleyTx, ids: number[]): Map<number, ClaimSourceDTO> {
  if (ids.length === 0) return new Map();
  const issuer = alias(parties, 'issuer');
  return new Map(
    db
      .select({
        id: sources.id,
        ...SOURCE_REF_COLUMNS,
        kind: sources.kind,
        issuerSlug: issuer.slug,
        issuerName: issuer.name,
      })
      .from(sources)
      .leftJoin(issuer, eq(sources.partyId, issuer.id))
      .where(inArray(sources.id, ids))
      .all()
      .map(({ id, issuerSlug, issuerName, ...source }) => [
        id,
        { ...source, party: issuerSlug && issuerName ? { slug: issuerSlug, name: issuerName } : null },
      ]),
  );
}

/** Fills claim rows with their event, party, speaker, source (and its issuer) and topics. */
export function hydrateClaims(db: ParleyDb | ParleyTx, rows: Claim[]): ClaimDTO[] {
  if (rows.length === 0) return [];
  const unique = (pick: (row: Claim) => number | null) => [
    ...new Set(rows.map(pick).filter((id): id is number => id !== null)),
  ];
  const eventById = new Map(
    db
      .select({
        id: events.id,
        slug: events.slug,
        title: events.title,
        startsAt: events.startsAt,
        timeZone: events.timeZone,
        precision: events.precision,
      })
      .from(events)
      .where(
        inArray(
          events.id,
          unique((r) => r.eventId),
        ),
      )
      .all()
      .map(({ id, ...event }) => [id, event]),
  );
  const sourceById = loadClaimSources(
    db,
    unique((r) => r.sourceId),
  );
  const named = (table: typeof parties | typeof people, ids: number[]) =>
    new Map(
      db
        .select({ id: table.id, slug: table.slug, name: table.name })
        .from(table)
        .where(inArray(table.id, ids))
        .all()
        .map(({ id, ...rest }) => [id, rest]),
    );
  const partyById = named(
    parties,
    unique((r) => r.partyId),
  );
  const personById = named(
    people,
    unique((r) => r.personId),
  );
  const topicsByClaim = groupBy(
    db
      .select({ claimId: claimTopics.claimId, slug: topics.slug, name: topics.name })
      .from(claimTopics)
      .innerJoin(topics, and(eq(claimTopics.topicId, topics.id), isNull(topics.deletedAt)))
      .where(
        inArray(
          claimTopics.claimId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(topics.name))
      .all(),
    (t) => t.claimId,
  );
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    event: eventById.get(row.eventId)!,
    party: partyById.get(row.partyId)!,
    person: row.personId === null ? null : (personById.get(row.personId) ?? null),
    source: sourceById.get(row.sourceId)!,
    kind: row.kind,
    quote: { exact: row.quoteExact, prefix: row.quotePrefix, suffix: row.quoteSuffix },
    paraphrase: row.paraphrase,
    text: row.paraphrase || row.quoteExact,
    topics: (topicsByClaim.get(row.id) ?? []).map(({ slug, name }) => ({ slug, name })),
    attribution: row.attribution,
    confidence: row.confidence,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
}
