// Positions derived from claims: each live claim on a topic is the party's stance on that topic
// as of the session it is about. Nothing is typed twice; the matrix reads these beside the
// positions analysts state directly.
import { sql } from 'drizzle-orm';
import { localDay } from '../calendar';
import type { ParleyDb } from '../connection';
import type { Attribution, ClaimKind, Confidence } from '../enums';
import { loadClaimSources, type QuoteDTO } from './claims';

/** The claims kept per party and topic: the newest; the whole history is GET /api/claims?party=…&topic=…. */
export const CLAIMS_PER_CELL = 20;

export type PositionClaimDTO = {
  slug: string;
  kind: ClaimKind;
  quote: QuoteDTO;
  event: { slug: string; title: string };
};

type Row = {
  id: number;
  slug: string;
  kind: ClaimKind;
  quoteExact: string;
  quotePrefix: string;
  quoteSuffix: string;
  paraphrase: string;
  attribution: Attribution;
  confidence: Confidence;
  version: number;
  sourceId: number;
  partySlug: string;
  partyName: string;
  topicSlug: string;
  topicName: string;
  personSlug: string | null;
  personName: string | null;
  eventSlug: string;
  eventTitle: string;
  startsAt: string;
  timeZone: string;
};

/** Claim-derived positions, newest first within each party and topic, optionally of one party (by id). */
export function claimPositions(db: ParleyDb, partyId?: number) {
  const rows = db.all<Row>(sql`
    SELECT * FROM (
      SELECT c.id, c.slug, c.kind, c.quote_exact AS quoteExact, c.quote_prefix AS quotePrefix, c.quote_suffix AS quoteSuffix,
        c.paraphrase, c.attribution, c.confidence, c.version, c.source_id AS sourceId,
        p.slug AS partySlug, p.name AS partyName, t.slug AS topicSlug, t.name AS topicName,
        s.slug AS personSlug, s.name AS personName, e.slug AS eventSlug, e.title AS eventTitle, e.starts_at AS startsAt, e.time_zone AS timeZone,
        row_number() OVER (PARTITION BY c.party_id, ct.topic_id ORDER BY e.starts_at DESC, c.id DESC) AS newness
      FROM claims c
      JOIN claim_topics ct ON ct.claim_id = c.id
      JOIN topics t ON t.id = ct.topic_id AND t.deleted_at IS NULL
      JOIN parties p ON p.id = c.party_id AND p.deleted_at IS NULL
      JOIN events e ON e.id = c.event_id AND e.deleted_at IS NULL
      JOIN sources src ON src.id = c.source_id AND src.deleted_at IS NULL
      LEFT JOIN people s ON s.id = c.person_id AND s.deleted_at IS NULL
      WHERE c.deleted_at IS NULL ${partyId === undefined ? sql`` : sql`AND c.party_id = ${partyId}`}
    ) WHERE newness <= ${CLAIMS_PER_CELL}`);
  const sources = loadClaimSources(db, [...new Set(rows.map((row) => row.sourceId))]);
  return rows.map((row) => {
    const { kind: _kind, party: _issuer, ...source } = sources.get(row.sourceId)!;
    const quote = { exact: row.quoteExact, prefix: row.quotePrefix, suffix: row.quoteSuffix };
    const person = row.personSlug && row.personName ? { slug: row.personSlug, name: row.personName } : null;
    return {
      id: row.id,
      basis: 'claim' as const,
      party: { slug: row.partySlug, name: row.partyName },
      topic: { slug: row.topicSlug, name: row.topicName },
      stance: row.paraphrase || row.quoteExact,
      summary: '',
      statedOn: localDay(row.startsAt, row.timeZone),
      statedBy: person,
      citations: [
        {
          id: row.id,
          excerpt: row.quoteExact,
          attribution: row.attribution,
          attributedTo: person,
          confidence: row.confidence,
          note: '',
          source,
        },
      ],
      claim: {
        slug: row.slug,
        kind: row.kind,
        quote,
        event: { slug: row.eventSlug, title: row.eventTitle },
      } satisfies PositionClaimDTO,
      version: row.version,
    };
  });
}
