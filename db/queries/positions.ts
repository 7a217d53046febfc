// Parties' stated positions on topics, with their sources, and the matrix of the latest ones.
import { and, asc, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ParleyDb } from '../connection';
import { ReferenceNotFoundError } from '../errors';
import { parties, people, positions, topics } from '../schema';
import { getDb } from '../client';
import { claimPositions, type PositionClaimDTO } from './claim-positions';
import { groupBy, loadCitations, toCitationDTO, type CitationDTO } from './event-dto';

type Named = { slug: string; name: string };

export type PositionDTO = {
  id: number;
  party: Named;
  topic: Named;
  /** A few words: "Ukraine must never join NATO". */
  stance: string;
  summary: string;
  /** Calendar date (YYYY-MM-DD) on which the stance was stated or reported. */
  statedOn: string;
  statedBy: Named | null;
  citations: CitationDTO[];
  version: number;
  /** `stated`: typed in as a position; `claim`: derived from a claim of the party on the topic (the id is the claim's). */
  basis: 'stated' | 'claim';
  /** For a derived position: the claim behind it, with its exact words and session. */
  claim: PositionClaimDTO | null;
};

/** One cell of the matrix: the latest stance and the earlier ones, newest first. */
export type PositionCellDTO = {
  party: Named;
  topic: Named;
  latest: PositionDTO;
  earlier: PositionDTO[];
  /** True when an earlier stance differs from the latest: the position moved. */
  changed: boolean;
};

export type PositionMatrixDTO = { parties: Named[]; topics: Named[]; cells: PositionCellDTO[] };

/**
 * Live positions, stated and derived from claims, by party name, then topic name, newest first
 * (a stated position before a claim of the same day: it is the analyst's summary of the stance);
 * optionally of one party only, named by slug (an unknown one is an error, not an empty answer).
 */
export async function listPositions({ party, db = getDb() }: { party?: string; db?: ParleyDb } = {}): Promise<
  PositionDTO[]
> {
  const speaker = alias(people, 'speaker');
  const conditions: SQL[] = [isNull(positions.deletedAt), isNull(parties.deletedAt), isNull(topics.deletedAt)];
  let partyId: number | undefined;
  if (party) {
    const found = db
      .select({ id: parties.id })
      .from(parties)
      .where(and(eq(parties.slug, party), isNull(parties.deletedAt)))
      .get();
    if (!found) throw new ReferenceNotFoundError([{ field: 'party', slug: party }]);
    partyId = found.id;
    conditions.push(eq(positions.partyId, found.id));
  }
  const rows = db
    .select({
      id: positions.id,
      partySlug: parties.slug,
      partyName: parties.name,
      topicSlug: topics.slug,
      topicName: topics.name,
      stance: positions.stance,
      summary: positions.summary,
      statedOn: positions.statedOn,
      speakerSlug: speaker.slug,
      speakerName: speaker.name,
      version: positions.version,
    })
    .from(positions)
    .innerJoin(parties, eq(positions.partyId, parties.id))
    .innerJoin(topics, eq(positions.topicId, topics.id))
    .leftJoin(speaker, and(eq(positions.statedByPersonId, speaker.id), isNull(speaker.deletedAt)))
    .where(and(...conditions))
    .orderBy(asc(parties.name), asc(topics.name), desc(positions.statedOn), desc(positions.id))
    .all();
  const citations = groupBy(
    loadCitations(
      db,
      'positionId',
      rows.map((r) => r.id),
    ),
    (c) => c.positionId ?? 0,
  );
  const stated: PositionDTO[] = rows.map((row) => ({
    id: row.id,
    party: { slug: row.partySlug, name: row.partyName },
    topic: { slug: row.topicSlug, name: row.topicName },
    stance: row.stance,
    summary: row.summary,
    statedOn: row.statedOn,
    statedBy: row.speakerSlug && row.speakerName ? { slug: row.speakerSlug, name: row.speakerName } : null,
    citations: (citations.get(row.id) ?? []).map(toCitationDTO),
    version: row.version,
    basis: 'stated',
    claim: null,
  }));
  return [...stated, ...claimPositions(db, partyId)].sort(
    (a, b) => a.party.name.localeCompare(b.party.name) || a.topic.name.localeCompare(b.topic.name) || newestFirst(a, b),
  );
}

/** Newest first; on the same day a stated position before a claim, then the later entered. */
function newestFirst(a: PositionDTO, b: PositionDTO): number {
  return (
    b.statedOn.localeCompare(a.statedOn) || Number(a.basis === 'claim') - Number(b.basis === 'claim') || b.id - a.id
  );
}

/**
 * Groups positions into cells of one party and one topic. Rows and columns are the parties and
 * topics that have at least one position, in name order; a cell's latest position is the one
 * stated last (on the same day a stated one before a claim, then the one entered later).
 */
export function buildPositionMatrix(all: readonly PositionDTO[]): PositionMatrixDTO {
  const byCell = new Map<string, PositionDTO[]>();
  for (const position of all) {
    const key = `${position.party.slug}\u0000${position.topic.slug}`;
    byCell.set(key, [...(byCell.get(key) ?? []), position]);
  }
  const cells = [...byCell.values()].map((list) => {
    const [latest, ...earlier] = [...list].sort(newestFirst);
    return {
      party: latest.party,
      topic: latest.topic,
      latest,
      earlier,
      changed: earlier.some((p) => p.stance !== latest.stance),
    };
  });
  const distinct = (pick: (p: PositionDTO) => Named) =>
    [...new Map(all.map((p) => [pick(p).slug, pick(p)])).values()].sort((a, b) => a.name.localeCompare(b.name));
  return { parties: distinct((p) => p.party), topics: distinct((p) => p.topic), cells };
}

export async function getPositionMatrix({ db = getDb() }: { db?: ParleyDb } = {}): Promise<PositionMatrixDTO> {
  return buildPositionMatrix(await listPositions({ db }));
}
