// The write schemas of claims and points (the bodies of POST/PATCH /api/claims and /api/points),
// built from the same field rules as every other record.
import { z } from 'zod';
import { ATTRIBUTIONS, CLAIM_KINDS, CONFIDENCES, POINT_ALIGNMENTS } from '@/db/enums';
import type { ClaimInput, PointInput } from '@/db/queries/claim-writes';
import type { Assert } from './dto';
import { enumOf, optionalSlugRef, optionalText, requiredText, slugRef, untrimmedText } from './fields';

function slugList(max: number, what: string) {
  return z.array(slugRef).max(max, `has more than ${max} ${what}`).default([]);
}

/** The exact words as the source prints them, with up to 200 characters either side to find them again. */
export const quoteSchema = z.object({
  // Never trimmed: the spaces between the words and their surroundings are part of the source's text.
  exact: untrimmedText(2000).refine((text) => text.trim() !== '', 'is required'),
  prefix: untrimmedText(200),
  suffix: untrimmedText(200),
});

export const claimInputSchema = z.object({
  event: slugRef,
  party: slugRef,
  person: optionalSlugRef,
  source: slugRef,
  kind: enumOf(CLAIM_KINDS),
  quote: quoteSchema,
  paraphrase: optionalText(2000),
  topics: slugList(20, 'topics'),
  attribution: enumOf(ATTRIBUTIONS),
  confidence: enumOf(CONFIDENCES),
});

export const pointInputSchema = z.object({
  event: slugRef,
  label: requiredText(200),
  alignment: enumOf(POINT_ALIGNMENTS),
  note: optionalText(2000),
  topics: slugList(20, 'topics'),
  claims: slugList(100, 'claims'),
});

export const ANALYSIS_SCHEMAS = { claim: claimInputSchema, point: pointInputSchema } as const;

// Compile-time proof that what the schemas accept is what the data layer writes.
export type AnalysisSchemasFit = [
  Assert<z.output<typeof claimInputSchema> extends ClaimInput ? true : false>,
  Assert<z.output<typeof pointInputSchema> extends PointInput ? true : false>,
];
