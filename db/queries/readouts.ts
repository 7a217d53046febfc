// A session as the parties tell it: each party's readout with the claims it makes, and the
// points the analysts grouped those claims into, with how the accounts align. Whether a party
// left a point out is computed, never stored: a party that issued a readout of the session but
// has no claim on the point omitted it.
import { and, asc, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import type { ClaimKind, PointAlignment } from '../enums';
import { RecordNotFoundError } from '../errors';
import { citations, claims, events, pointClaims, points, pointTopics, sources, topics } from '../schema';
import { getDb } from '../client';
import {
  claimsOfEvent,
  loadClaimSources,
  type ClaimDTO,
  type ClaimEventRefDTO,
  type ClaimSourceDTO,
  type QuoteDTO,
} from './claims';
import { groupBy } from './event-dto';

type Named = { slug: string; name: string };

export type ReadoutDTO = { source: ClaimSourceDTO; party: Named; claims: ClaimDTO[] };

export type PointClaimDTO = {
  id: number;
  slug: string;
  party: Named;
  person: Named | null;
  kind: ClaimKind;
  text: string;
  quote: QuoteDTO;
  source: ClaimSourceDTO;
};

export type PointDTO = {
  id: number;
  slug: string;
  label: string;
  note: string;
  topics: Named[];
  alignment: PointAlignment;
  /** Slugs of the parties that issued a readout of the session but make no claim on this point. */
  omittedBy: string[];
  claims: PointClaimDTO[];
  version: number;
};

export type EventReadoutsDTO = { event: ClaimEventRefDTO; readouts: ReadoutDTO[]; points: PointDTO[] };

/** The parties with a readout that say nothing on a point, in slug order. */
export function omittedBy(readoutParties: readonly string[], claimParties: readonly string[]): string[] {
  const spoke = new Set(claimParties);
  return [...new Set(readoutParties)].filter((party) => !spoke.has(party)).sort();
}

function toPointClaim(claim: ClaimDTO): PointClaimDTO {
  return {
    id: claim.id,
    slug: claim.slug,
    party: claim.party,
    person: claim.person,
    kind: claim.kind,
    text: claim.text,
    quote: claim.quote,
    source: claim.source,
  };
}

/**
 * The readouts of a session: live sources of kind readout, with an issuing party, that the
 * session cites or that a live claim about it is quoted from. A readout with no claims is still
 * one: its party then omits every point.
 */
function readoutsOf(db: ParleyDb, eventId: number, eventClaims: ClaimDTO[]): ReadoutDTO[] {
  const quoted = db
    .select({ id: claims.sourceId })
    .from(claims)
    .where(and(eq(claims.eventId, eventId), isNull(claims.deletedAt)));
  const cited = db.select({ id: citations.sourceId }).from(citations).where(eq(citations.eventId, eventId));
  const ids = db
    .select({ id: sources.id })
    .from(sources)
    .where(
      and(
        eq(sources.kind, 'readout'),
        isNotNull(sources.partyId),
        isNull(sources.deletedAt),
        or(inArray(sources.id, quoted), inArray(sources.id, cited)),
      ),
    )
    .orderBy(asc(sources.publishedOn), asc(sources.id))
    .all()
    .map((row) => row.id);
  const described = loadClaimSources(db, ids);
  return ids.flatMap((id) => {
    const source = described.get(id)!;
    return source.party
      ? [{ source, party: source.party, claims: eventClaims.filter((claim) => claim.source.slug === source.slug) }]
      : [];
  });
}

export async function getEventReadouts({
  key,
  db = getDb(),
}: {
  key: string;
  db?: ParleyDb;
}): Promise<EventReadoutsDTO> {
  const byId = /^\d{1,12}$/.test(key);
  const event = db
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      startsAt: events.startsAt,
      timeZone: events.timeZone,
      precision: events.precision,
    })
    .from(events)
    .where(and(byId ? eq(events.id, Number(key)) : eq(events.slug, key.slice(0, 200)), isNull(events.deletedAt)))
    .get();
  if (!event) throw new RecordNotFoundError('event', key.slice(0, 200));
  const { id: eventId, ...eventRef } = event;
  const eventClaims = claimsOfEvent(db, eventId);
  const readouts = readoutsOf(db, eventId, eventClaims);
  const readoutParties = readouts.map((readout) => readout.party.slug);
  const claimById = new Map(eventClaims.map((claim) => [claim.id, claim]));

  const pointRows = db
    .select()
    .from(points)
    .where(and(eq(points.eventId, eventId), isNull(points.deletedAt)))
    .orderBy(asc(points.id))
    .all();
  const pointIds = pointRows.map((p) => p.id);
  const members = groupBy(
    db
      .select()
      .from(pointClaims)
      .where(inArray(pointClaims.pointId, pointIds))
      .orderBy(asc(pointClaims.position))
      .all(),
    (m) => m.pointId,
  );
  const pointTopicRows = groupBy(
    db
      .select({ pointId: pointTopics.pointId, slug: topics.slug, name: topics.name })
      .from(pointTopics)
      .innerJoin(topics, and(eq(pointTopics.topicId, topics.id), isNull(topics.deletedAt)))
      .where(inArray(pointTopics.pointId, pointIds))
      .orderBy(asc(topics.name))
      .all(),
    (t) => t.pointId,
  );
  return {
    event: eventRef,
    readouts,
    points: pointRows.map((point) => {
      const pointClaimList = (members.get(point.id) ?? []).flatMap((m) => claimById.get(m.claimId) ?? []);
      return {
        id: point.id,
        slug: point.slug,
        label: point.label,
        note: point.note,
        topics: (pointTopicRows.get(point.id) ?? []).map(({ slug, name }) => ({ slug, name })),
        alignment: point.alignment,
        omittedBy: omittedBy(
          readoutParties,
          pointClaimList.map((claim) => claim.party.slug),
        ),
        claims: pointClaimList.map(toPointClaim),
        version: point.version,
      };
    }),
  };
}
