// The pages of a topic and of a place: the record, its events in time order with the parties at
// each, and what each party said about them, grouped by party so the sides read side by side.
import { and, eq, isNull } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import { locations, topics } from '../schema';
import { getDb } from '../client';
import { listClaims, type ClaimDTO, type ClaimPage } from './claims';
import { listLocations, listTopics, type LocationRecordDTO, type TopicDTO } from './directory';
import type { EventPartyDTO } from './event-dto';
import { listEvents, type EventPage } from './events';
import { PARTICIPATION_LIMIT, participationEvent, type ParticipationDTO } from './people';

/** How many of the newest claims a subject page shows before pointing to the full list. */
export const SUBJECT_CLAIMS_LIMIT = 60;

export type SubjectEventDTO = { event: ParticipationDTO['event']; parties: EventPartyDTO[] };
export type PartyClaimsDTO = { party: { slug: string; name: string }; claims: ClaimDTO[] };
export type SubjectPageDTO<T> = {
  record: T;
  events: SubjectEventDTO[];
  /** More events match than are listed: the timeline, filtered, has them all. */
  moreEvents: boolean;
  /** Parties by name, each with its claims newest first. */
  said: PartyClaimsDTO[];
  moreSaid: boolean;
};

function liveId(db: ParleyDb, table: typeof topics | typeof locations, slug: string): number | null {
  return (
    db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.slug, slug), isNull(table.deletedAt)))
      .get()?.id ?? null
  );
}

function byParty(claims: ClaimDTO[]): PartyClaimsDTO[] {
  const groups = new Map<string, PartyClaimsDTO>();
  for (const claim of claims) {
    const group = groups.get(claim.party.slug) ?? { party: claim.party, claims: [] };
    group.claims.push(claim);
    groups.set(claim.party.slug, group);
  }
  return [...groups.values()].sort((a, b) => a.party.name.localeCompare(b.party.name));
}

function subjectPage<T>(record: T, events: EventPage, claims: ClaimPage): SubjectPageDTO<T> {
  return {
    record,
    events: events.items.map((event) => ({ event: participationEvent(event), parties: event.parties })),
    moreEvents: events.nextCursor !== null,
    said: byParty(claims.items),
    moreSaid: claims.nextCursor !== null,
  };
}

/** A live topic by slug with its events and claims, or null. */
export async function getTopicPage({
  slug,
  db = getDb(),
}: {
  slug: string;
  db?: ParleyDb;
}): Promise<SubjectPageDTO<TopicDTO> | null> {
  const id = liveId(db, topics, slug);
  if (id === null) return null;
  const [[record], events, claims] = await Promise.all([
    listTopics({ id, db }),
    listEvents({ filters: { topic: [slug] }, limit: PARTICIPATION_LIMIT, db }),
    listClaims({ filters: { topic: [slug] }, order: 'newest', limit: SUBJECT_CLAIMS_LIMIT, db }),
  ]);
  return subjectPage(record, events, claims);
}

/** A live location by slug with the events held there and what was said about them, or null. */
export async function getLocationPage({
  slug,
  db = getDb(),
}: {
  slug: string;
  db?: ParleyDb;
}): Promise<SubjectPageDTO<LocationRecordDTO> | null> {
  const id = liveId(db, locations, slug);
  if (id === null) return null;
  const [[record], events] = await Promise.all([
    listLocations({ id, db }),
    listEvents({ filters: { location: [slug] }, limit: PARTICIPATION_LIMIT, db }),
  ]);
  const claims = events.items.length
    ? await listClaims({
        filters: { event: events.items.map((event) => event.slug) },
        order: 'newest',
        limit: SUBJECT_CLAIMS_LIMIT,
        db,
      })
    : { items: [], nextCursor: null };
  return subjectPage(record, events, claims);
}
