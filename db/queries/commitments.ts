// Reading commitments: the filtered list, keyset-paged by deadline (those without one last), and
// the batch loader that fills a page with its parties, topics, terms and status history.
import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { addCalendarDays, dayStart } from '../calendar';
import type { ParleyDb, ParleyTx } from '../connection';
import { disputedStatuses, NO_DEADLINE } from '../commitment-status';
import { encodeCursor, type EventCursor } from '../cursor';
import type { CommitmentStatus, Precision } from '../enums';
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
  type Commitment,
} from '../schema';
import { getDb } from '../client';
import { hydrateClaims, type ClaimDTO } from './claims';
import { listCommitmentsAsOf } from './commitments-as-of';
import { groupBy, SOURCE_REF_COLUMNS, type SourceRefDTO } from './event-dto';
import { idsForSlugs } from './slug-ids';

type Named = { slug: string; name: string };

export type CommitmentStatusDTO = {
  id: number;
  status: CommitmentStatus;
  at: string;
  claimedBy: Named | null;
  source: SourceRefDTO | null;
  excerpt: string;
  note: string;
};

export type CommitmentDTO = {
  id: number;
  slug: string;
  text: string;
  quantity: number | null;
  unit: string | null;
  event: { slug: string; title: string; startsAt: string; timeZone: string; precision: Precision } | null;
  parties: Named[];
  topics: Named[];
  /** Its terms, as each party worded them. */
  claims: ClaimDTO[];
  startsAt: string | null;
  deadlineAt: string | null;
  durationDays: number | null;
  timeZone: string;
  /** The reported status: the latest change no party claims. */
  status: CommitmentStatus;
  statusHistory: CommitmentStatusDTO[];
  /** Each party's latest claimed status where it differs from the reported one. */
  disputed: { party: Named; status: CommitmentStatus; at: string }[];
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type CommitmentPage = { items: CommitmentDTO[]; nextCursor: string | null };

export type CommitmentFilters = {
  party?: string[];
  topic?: string[];
  status?: CommitmentStatus[];
  /** Sessions or agreements they came from, by slug. */
  event?: string[];
  /** Instants: deadlines before (exclusive) or at or after (inclusive). */
  dueBefore?: string;
  dueAfter?: string;
  /**
   * Calendar days (YYYY-MM-DD), inclusive, read in each commitment's own zone: a deadline at
   * 00:30 on 2 June in Istanbul is due on 2 June, though it is still 1 June in UTC.
   */
  dueFromDay?: string;
  dueToDay?: string;
  q?: string;
  /** The tracker as Parley held it at this instant (commitments-as-of.ts). */
  asOf?: string;
};

/** Soonest deadline first, those without one last: the tracker's order, and the story's. */
export const sortKey = sql<string>`coalesce(${commitments.deadlineAt}, ${NO_DEADLINE})`;

/**
 * Deadlines from (or up to and including) a calendar day, each in its commitment's zone. The zones
 * in use are few, so each gets the day's first instant there and the deadline index still applies.
 */
function deadlineDayBound(db: ParleyDb, day: string, side: 'from' | 'to'): SQL {
  const zones = db
    .selectDistinct({ zone: commitments.timeZone })
    .from(commitments)
    .where(isNotNull(commitments.deadlineAt))
    .all();
  if (!zones.length) return sql`0`;
  const bound = (zone: string) =>
    side === 'from'
      ? gte(commitments.deadlineAt, dayStart(day, zone))
      : lt(commitments.deadlineAt, dayStart(addCalendarDays(day, 1), zone));
  return or(...zones.map(({ zone }) => and(eq(commitments.timeZone, zone), bound(zone))))!;
}

function conditions(db: ParleyDb, filters: CommitmentFilters): SQL[] {
  const where: SQL[] = [isNull(commitments.deletedAt)];
  if (filters.party?.length) {
    const ids = idsForSlugs(db, parties, 'party', filters.party);
    where.push(
      inArray(
        commitments.id,
        db
          .select({ id: commitmentParties.commitmentId })
          .from(commitmentParties)
          .where(inArray(commitmentParties.partyId, ids)),
      ),
    );
  }
  if (filters.topic?.length) {
    const ids = idsForSlugs(db, topics, 'topic', filters.topic);
    where.push(
      inArray(
        commitments.id,
        db
          .select({ id: commitmentTopics.commitmentId })
          .from(commitmentTopics)
          .where(inArray(commitmentTopics.topicId, ids)),
      ),
    );
  }
  if (filters.event?.length) where.push(inArray(commitments.eventId, idsForSlugs(db, events, 'event', filters.event)));
  if (filters.status?.length) where.push(inArray(commitments.status, filters.status));
  if (filters.dueBefore) where.push(lt(commitments.deadlineAt, filters.dueBefore));
  if (filters.dueAfter) where.push(sql`${commitments.deadlineAt} >= ${filters.dueAfter}`);
  if (filters.dueFromDay) where.push(deadlineDayBound(db, filters.dueFromDay, 'from'));
  if (filters.dueToDay) where.push(deadlineDayBound(db, filters.dueToDay, 'to'));
  // Commitments are few beside events: a plain substring match, wildcards in the words taken literally.
  if (filters.q)
    where.push(sql`${commitments.text} LIKE ${`%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`);
  return where;
}

/** Live commitments, soonest deadline first (then in the order they were entered); keyset-paged. */
export async function listCommitments({
  filters = {},
  cursor = null,
  limit = 50,
  db = getDb(),
}: {
  filters?: CommitmentFilters;
  cursor?: EventCursor | null;
  limit?: number;
  db?: ParleyDb;
} = {}): Promise<CommitmentPage> {
  const { asOf } = filters;
  if (asOf) return listCommitmentsAsOf({ filters: { ...filters, asOf }, cursor, limit, db });
  const after = cursor
    ? or(gt(sortKey, cursor.startsAt), and(eq(sortKey, cursor.startsAt), gt(commitments.id, cursor.id)))
    : undefined;
  const rows = db
    .select({ commitment: commitments, key: sortKey })
    .from(commitments)
    .where(and(...conditions(db, filters), after))
    .orderBy(asc(sortKey), asc(commitments.id))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: hydrateCommitments(
      db,
      page.map((row) => row.commitment),
    ),
    nextCursor: rows.length > limit && last ? encodeCursor({ startsAt: last.key, id: last.commitment.id }) : null,
  };
}

/** One live commitment by id, as the list shows it; null when there is none. */
export async function commitmentById({
  id,
  db = getDb(),
}: {
  id: number;
  db?: ParleyDb;
}): Promise<CommitmentDTO | null> {
  const row = db
    .select()
    .from(commitments)
    .where(and(eq(commitments.id, id), isNull(commitments.deletedAt)))
    .get();
  return row ? hydrateCommitments(db, [row])[0] : null;
}

/** One live commitment by slug, for its page. */
export async function commitmentBySlug({
  slug,
  db = getDb(),
}: {
  slug: string;
  db?: ParleyDb;
}): Promise<CommitmentDTO | null> {
  const row = db
    .select()
    .from(commitments)
    .where(and(eq(commitments.slug, slug), isNull(commitments.deletedAt)))
    .get();
  return row ? hydrateCommitments(db, [row])[0] : null;
}

function named(db: ParleyDb | ParleyTx, join: typeof commitmentParties | typeof commitmentTopics, ids: number[]) {
  const [table, key] =
    join === commitmentParties ? [parties, commitmentParties.partyId] : [topics, commitmentTopics.topicId];
  const rows = db
    .select({ commitmentId: join.commitmentId, slug: table.slug, name: table.name })
    .from(join)
    .innerJoin(table, and(eq(key, table.id), isNull(table.deletedAt)))
    .where(inArray(join.commitmentId, ids))
    .orderBy(asc(table.name))
    .all();
  return groupBy(rows, (row) => row.commitmentId);
}

function historyOf(db: ParleyDb | ParleyTx, ids: number[]) {
  const rows = db
    .select({
      change: commitmentStatusChanges,
      party: { slug: parties.slug, name: parties.name },
      source: { id: sources.id, ...SOURCE_REF_COLUMNS },
    })
    .from(commitmentStatusChanges)
    .leftJoin(parties, eq(commitmentStatusChanges.claimedByPartyId, parties.id))
    .leftJoin(sources, eq(commitmentStatusChanges.sourceId, sources.id))
    .where(inArray(commitmentStatusChanges.commitmentId, ids))
    .orderBy(asc(commitmentStatusChanges.at), asc(commitmentStatusChanges.id))
    .all();
  return groupBy(rows, (row) => row.change.commitmentId);
}

function termsOf(db: ParleyDb | ParleyTx, ids: number[]): Map<number, ClaimDTO[]> {
  const links = db
    .select({ commitmentId: commitmentClaims.commitmentId, claim: claims })
    .from(commitmentClaims)
    .innerJoin(claims, and(eq(commitmentClaims.claimId, claims.id), isNull(claims.deletedAt)))
    .where(inArray(commitmentClaims.commitmentId, ids))
    .orderBy(asc(commitmentClaims.position))
    .all();
  const dtos = new Map(
    hydrateClaims(
      db,
      links.map((link) => link.claim),
    ).map((dto) => [dto.id, dto]),
  );
  const grouped = groupBy(links, (link) => link.commitmentId);
  return new Map([...grouped].map(([id, rows]) => [id, rows.map((row) => dtos.get(row.claim.id)!)]));
}

/** Fills commitment rows with their session, parties, topics, terms and status history. */
export function hydrateCommitments(db: ParleyDb | ParleyTx, rows: Commitment[]): CommitmentDTO[] {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const eventIds = [...new Set(rows.map((row) => row.eventId).filter((id): id is number => id !== null))];
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
      .where(and(inArray(events.id, eventIds), isNull(events.deletedAt)))
      .all()
      .map(({ id, ...event }) => [id, event]),
  );
  const partiesOf = named(db, commitmentParties, ids);
  const topicsOf = named(db, commitmentTopics, ids);
  const history = historyOf(db, ids);
  const terms = termsOf(db, ids);
  return rows.map((row) => {
    const changes = (history.get(row.id) ?? []).map(({ change, party, source }) => ({
      id: change.id,
      status: change.status,
      at: change.at,
      claimedBy: party?.slug ? { slug: party.slug, name: party.name } : null,
      source: source?.id ? (({ id: _id, ...ref }) => ref)(source) : null,
      excerpt: change.excerpt,
      note: change.note,
    }));
    const partyList = (partiesOf.get(row.id) ?? []).map(({ slug, name }) => ({ slug, name }));
    const disputed = disputedStatuses(
      changes.map((change) => ({ ...change, claimedBy: change.claimedBy?.slug ?? null })),
    );
    return {
      id: row.id,
      slug: row.slug,
      text: row.text,
      quantity: row.quantity,
      unit: row.unit,
      event: row.eventId === null ? null : (eventById.get(row.eventId) ?? null),
      parties: partyList,
      topics: (topicsOf.get(row.id) ?? []).map(({ slug, name }) => ({ slug, name })),
      claims: terms.get(row.id) ?? [],
      startsAt: row.startsAt,
      deadlineAt: row.deadlineAt,
      durationDays: row.durationDays,
      timeZone: row.timeZone,
      status: row.status,
      statusHistory: changes,
      disputed: disputed.map((entry) => ({
        ...entry,
        party: partyList.find((party) => party.slug === entry.party) ?? { slug: entry.party, name: entry.party },
      })),
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  });
}

/** Every live commitment with a deadline that the filters keep, soonest first: the calendar's deadlines. */
export async function listDeadlines({
  filters = {},
  db = getDb(),
}: { filters?: CommitmentFilters; db?: ParleyDb } = {}): Promise<CommitmentDTO[]> {
  const all: CommitmentDTO[] = [];
  let cursor: EventCursor | null = null;
  for (;;) {
    const page: CommitmentPage = await listCommitments({
      filters: { ...filters, dueAfter: filters.dueAfter ?? '0000-01-01T00:00:00.000Z' },
      cursor,
      limit: 200,
      db,
    });
    all.push(...page.items);
    if (!page.nextCursor) return all;
    const last = page.items.at(-1)!;
    cursor = { startsAt: last.deadlineAt!, id: last.id };
  }
}

/** What changes whenever any commitment does: mixed into the calendar's and the feed's ETag. */
export async function commitmentSetVersion({ db = getDb() }: { db?: ParleyDb } = {}): Promise<{
  lastModified: string | null;
  fingerprint: string;
}> {
  const row = db
    .select({
      count: sql<number>`count(*)`,
      last: sql<string | null>`max(${commitments.updatedAt})`,
      versions: sql<number>`coalesce(sum(${commitments.version}), 0)`,
    })
    .from(commitments)
    .get()!;
  return { lastModified: row.last, fingerprint: `${row.count}-${row.versions}-${row.last ?? 'never'}` };
}

export type StatusAnnouncement = {
  commitment: { slug: string; text: string; timeZone: string };
  change: CommitmentStatusDTO;
  recordedAt: string;
  parties: Named[];
};

/**
 * The latest recorded status changes of live commitments the filters keep, newest first: the
 * Atom feed's announcements.
 */
export async function recentStatusChanges({
  filters = {},
  limit = 50,
  db = getDb(),
}: { filters?: CommitmentFilters; limit?: number; db?: ParleyDb } = {}): Promise<StatusAnnouncement[]> {
  const rows = db
    .select({ id: commitments.id, recordedAt: commitmentStatusChanges.createdAt, changeId: commitmentStatusChanges.id })
    .from(commitmentStatusChanges)
    .innerJoin(commitments, eq(commitmentStatusChanges.commitmentId, commitments.id))
    .where(and(...conditions(db, filters)))
    .orderBy(sql`${commitmentStatusChanges.createdAt} DESC`, sql`${commitmentStatusChanges.id} DESC`)
    .limit(limit)
    .all();
  if (!rows.length) return [];
  const full = new Map(
    hydrateCommitments(
      db,
      db
        .select()
        .from(commitments)
        .where(inArray(commitments.id, [...new Set(rows.map((row) => row.id))]))
        .all(),
    ).map((dto) => [dto.id, dto]),
  );
  return rows.map((row) => {
    const dto = full.get(row.id)!;
    return {
      commitment: { slug: dto.slug, text: dto.text, timeZone: dto.timeZone },
      change: dto.statusHistory.find((change) => change.id === row.changeId)!,
      recordedAt: row.recordedAt,
      parties: dto.parties,
    };
  });
}

/** The next deadlines to come due from `since` on, of the parties and topics given: the timeline's panel. */
export async function upcomingDeadlines({
  since,
  limit,
  party,
  topic,
  db = getDb(),
}: {
  since: string;
  limit: number;
  party?: string[];
  topic?: string[];
  db?: ParleyDb;
}): Promise<CommitmentDTO[]> {
  return (await listCommitments({ filters: { dueAfter: since, party, topic }, limit, db })).items;
}
