// Citations are written as part of the record they support. An edit keeps the rows of the
// citations it leaves as they were, so their ids survive: claims and history point at them.
import { asc, eq, inArray } from 'drizzle-orm';
import type { ParleyTx } from '../connection';
import type { Attribution, Confidence } from '../enums';
import { citations, people, sources } from '../schema';
import { idForSlug, optionalIdForSlug, type Reference } from './references';

export type CitationInput = {
  source: string;
  excerpt: string;
  attribution: Attribution;
  attributedTo?: string | null;
  confidence: Confidence;
  note?: string;
};

type Subject = { eventId: number } | { positionId: number } | { affiliationId: number } | { statusChangeId: number };

function subjectIs(subject: Subject) {
  if ('eventId' in subject) return eq(citations.eventId, subject.eventId);
  if ('positionId' in subject) return eq(citations.positionId, subject.positionId);
  if ('affiliationId' in subject) return eq(citations.affiliationId, subject.affiliationId);
  return eq(citations.statusChangeId, subject.statusChangeId);
}

/** A subject's citations as its editable input, oldest first, each with its row id. */
export function storedCitations(tx: ParleyTx, subject: Subject): (CitationInput & { id: number })[] {
  return tx
    .select({
      id: citations.id,
      source: sources.slug,
      excerpt: citations.excerpt,
      attribution: citations.attribution,
      attributedTo: people.slug,
      confidence: citations.confidence,
      note: citations.note,
    })
    .from(citations)
    .innerJoin(sources, eq(citations.sourceId, sources.id))
    .leftJoin(people, eq(citations.attributedPersonId, people.id))
    .where(subjectIs(subject))
    .orderBy(asc(citations.id))
    .all();
}

/** A subject's citations as its editable input, oldest first: what snapshots record. */
export function citationInputs(tx: ParleyTx, subject: Subject): CitationInput[] {
  return storedCitations(tx, subject).map(({ id: _id, ...citation }) => citation);
}

function sameCitation(a: CitationInput, b: CitationInput): boolean {
  return (
    a.source === b.source &&
    a.excerpt === b.excerpt &&
    a.attribution === b.attribution &&
    (a.attributedTo || null) === (b.attributedTo || null) &&
    a.confidence === b.confidence &&
    (a.note ?? '') === (b.note ?? '')
  );
}

/** The records a list of citations names, each with the field that names it. */
export function citationReferences(inputs: readonly CitationInput[] | undefined, field: string): Reference[] {
  return (inputs ?? []).flatMap((citation, index) => [
    { table: 'sources' as const, field: `${field}.${index}.source`, slug: citation.source },
    ...(citation.attributedTo
      ? [{ table: 'people' as const, field: `${field}.${index}.attributedTo`, slug: citation.attributedTo }]
      : []),
  ]);
}

function insertAt(
  tx: ParleyTx,
  subject: Subject,
  entries: readonly (readonly [CitationInput, number])[],
  field: string,
): void {
  for (const [citation, index] of entries) {
    tx.insert(citations)
      .values({
        ...subject,
        sourceId: idForSlug(tx, 'sources', `${field}.${index}.source`, citation.source),
        excerpt: citation.excerpt,
        attribution: citation.attribution,
        attributedPersonId: optionalIdForSlug(tx, 'people', `${field}.${index}.attributedTo`, citation.attributedTo),
        confidence: citation.confidence,
        note: citation.note ?? '',
      })
      .run();
  }
}

/** The citations of a subject written for the first time. */
export function insertCitations(
  tx: ParleyTx,
  subject: Subject,
  inputs: readonly CitationInput[] | undefined,
  field: string,
): void {
  insertAt(
    tx,
    subject,
    (inputs ?? []).map((citation, index) => [citation, index] as const),
    field,
  );
}

/**
 * Makes a stored subject's citations those of `inputs`: a stored citation equal to one of them
 * keeps its row and id, the others are inserted, and stored ones no longer listed are removed.
 */
export function saveCitations(
  tx: ParleyTx,
  subject: Subject,
  inputs: readonly CitationInput[] | undefined,
  field: string,
): void {
  const unmatched = storedCitations(tx, subject);
  const fresh: [CitationInput, number][] = [];
  (inputs ?? []).forEach((citation, index) => {
    const at = unmatched.findIndex((stored) => sameCitation(stored, citation));
    if (at >= 0) unmatched.splice(at, 1);
    else fresh.push([citation, index]);
  });
  if (unmatched.length)
    tx.delete(citations)
      .where(
        inArray(
          citations.id,
          unmatched.map((stored) => stored.id),
        ),
      )
      .run();
  insertAt(tx, subject, fresh, field);
}

/** Removes every citation of some subjects (status changes or titles that went). */
export function removeCitations(
  tx: ParleyTx,
  column: 'statusChangeId' | 'affiliationId',
  ids: readonly number[],
): void {
  if (ids.length) tx.delete(citations).where(inArray(citations[column], ids)).run();
}
