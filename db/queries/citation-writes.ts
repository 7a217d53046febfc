// Citations are written as part of the record they support.
import type { ParleyTx } from '../connection';
import type { Attribution, Confidence } from '../enums';
import { citations } from '../schema';
import { idForSlug, optionalIdForSlug } from './references';

export type CitationInput = {
  source: string;
  excerpt: string;
  attribution: Attribution;
  attributedTo?: string | null;
  confidence: Confidence;
  note?: string;
};

type Subject = { eventId: number } | { positionId: number } | { affiliationId: number } | { statusChangeId: number };

export function insertCitations(tx: ParleyTx, subject: Subject, inputs: readonly CitationInput[] | undefined, field: string): void {
  (inputs ?? []).forEach((citation, index) => {
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
  });
}
