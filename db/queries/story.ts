// "The story so far", the top of the unfiltered timeline: the latest developments, what the talks
// produced, the next session, who sat at the table last, and the commitments still open. A
// handful of short reads on the time and kind indexes (and the commitments' deadline index), each
// answered as full DTOs so the page formats them like the lists.
import { and, asc, desc, eq, gt, inArray, isNull, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import { getDb } from '../client';
import { SETTLED_STATUSES } from '../commitment-status';
import { commitments, eventPeople, eventRelations, events, type Event } from '../schema';
import { hydrateCommitments, sortKey, type CommitmentDTO } from './commitments';
import { hydrateEvents, type EventDTO } from './event-dto';

const LATEST = 4;
const OUTCOMES = 3;
const OPEN = 4;

export type StoryOutcome = { event: EventDTO; sessions: { slug: string; title: string }[] };
export type StoryDTO = {
  latest: EventDTO[];
  /** Agreements and proposals, newest first, each with the sessions it is related to. */
  outcomes: StoryOutcome[];
  /** The next session still scheduled; failing that, the last one announced (`upcoming` false). */
  next: { event: EventDTO; upcoming: boolean } | null;
  /** The latest session with a head of delegation named, and those heads. */
  table: { session: EventDTO; heads: EventDTO['people'] } | null;
  /** Commitments not implemented, lapsed or withdrawn, soonest deadline first, and how many there are. */
  open: { commitments: CommitmentDTO[]; count: number };
};

const live = isNull(events.deletedAt);

function rows(db: ParleyDb, where: SQL | undefined, order: SQL, limit: number): Event[] {
  return db.select().from(events).where(and(live, where)).orderBy(order, asc(events.id)).limit(limit).all();
}

function outcomes(db: ParleyDb, now: string): StoryOutcome[] {
  const found = hydrateEvents(
    db,
    rows(
      db,
      and(inArray(events.kind, ['agreement', 'proposal']), lte(events.startsAt, now)),
      desc(events.startsAt),
      OUTCOMES,
    ),
  );
  if (found.length === 0) return [];
  const ids = found.map((event) => event.id);
  const fromOutcome = inArray(eventRelations.fromEventId, ids);
  const [to, from] = [eventRelations.toEventId, eventRelations.fromEventId];
  const other = sql<number>`CASE WHEN ${fromOutcome} THEN ${to} ELSE ${from} END`;
  const links = db
    .select({
      outcome: sql<number>`CASE WHEN ${fromOutcome} THEN ${from} ELSE ${to} END`,
      slug: events.slug,
      title: events.title,
    })
    .from(eventRelations)
    .innerJoin(events, eq(events.id, other))
    .where(
      and(
        or(inArray(eventRelations.fromEventId, ids), inArray(eventRelations.toEventId, ids)),
        eq(events.kind, 'talks_session'),
        live,
      ),
    )
    .orderBy(asc(events.startsAt))
    .all();
  return found.map((event) => ({
    event,
    sessions: links.filter((link) => link.outcome === event.id).map(({ slug, title }) => ({ slug, title })),
  }));
}

function nextSession(db: ParleyDb, now: string): StoryDTO['next'] {
  const scheduled = and(eq(events.kind, 'talks_session'), eq(events.status, 'scheduled'));
  const [upcoming] = rows(db, and(scheduled, gt(events.startsUpper, now)), asc(events.startsAt), 1);
  const [last] = upcoming ? [upcoming] : rows(db, scheduled, desc(events.startsAt), 1);
  return last ? { event: hydrateEvents(db, [last])[0], upcoming: Boolean(upcoming) } : null;
}

function atTheTable(db: ParleyDb, now: string): StoryDTO['table'] {
  const [session] = db
    .select()
    .from(events)
    .where(
      and(
        live,
        eq(events.kind, 'talks_session'),
        lte(events.startsAt, now),
        sql`EXISTS (SELECT 1 FROM ${eventPeople}
          WHERE ${eventPeople.eventId} = ${events.id} AND ${eventPeople.role} = 'head_of_delegation')`,
      ),
    )
    .orderBy(desc(events.startsAt), desc(events.id))
    .limit(1)
    .all();
  if (!session) return null;
  const [dto] = hydrateEvents(db, [session]);
  return { session: dto, heads: dto.people.filter((person) => person.role === 'head_of_delegation') };
}

function openCommitments(db: ParleyDb): StoryDTO['open'] {
  const where = and(isNull(commitments.deletedAt), notInArray(commitments.status, [...SETTLED_STATUSES]));
  const found = db.select().from(commitments).where(where).orderBy(asc(sortKey), asc(commitments.id)).limit(OPEN).all();
  const { count } = db
    .select({ count: sql<number>`count(*)` })
    .from(commitments)
    .where(where)
    .get()!;
  return { commitments: hydrateCommitments(db, found), count };
}

/** The story as of `now` (an ISO instant): a few reads on indexes, cheap enough to make each time the page is. */
export function getStory({
  db = getDb(),
  now = new Date().toISOString(),
}: { db?: ParleyDb; now?: string } = {}): StoryDTO {
  return {
    latest: hydrateEvents(db, rows(db, lte(events.startsAt, now), desc(events.startsAt), LATEST)),
    outcomes: outcomes(db, now),
    next: nextSession(db, now),
    table: atTheTable(db, now),
    open: openCommitments(db),
  };
}
