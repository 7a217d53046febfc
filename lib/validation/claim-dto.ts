// The shapes GET /api/claims and GET /api/events/{key}/readouts answer with, as Zod schemas for
// the OpenAPI document, and the proof that they are the data layer's DTO types.
import { z } from 'zod';
import type { ClaimDTO, ClaimPage, ClaimSourceDTO } from '@/db/queries/claims';
import type { EventReadoutsDTO, PointDTO, ReadoutDTO } from '@/db/queries/readouts';
import { ATTRIBUTIONS, CLAIM_KINDS, CONFIDENCES, POINT_ALIGNMENTS, PRECISIONS, SOURCE_KINDS } from '@/db/enums';
import type { ClaimExchange, PointExchange } from '@/db/queries/claim-exchange';
import type { EventExportDTO } from '@/db/queries/event-stream';
import { claimInputSchema, pointInputSchema } from './claims';
import { eventDetailSchema, sourceRefSchema, type Assert, type Same } from './dto';

export const slugName = z.object({ slug: z.string(), name: z.string() });

export const claimSourceSchema = sourceRefSchema
  .extend({
    kind: z.enum(SOURCE_KINDS),
    party: slugName.nullable().describe('the issuing party of a readout or statement'),
  })
  .meta({ id: 'ClaimSource' });

export const quoteDtoSchema = z
  .object({
    exact: z.string().describe('the words exactly as the source prints them'),
    prefix: z.string().describe('the text just before them in the source'),
    suffix: z.string().describe('the text just after them'),
  })
  .describe('a W3C Web Annotation TextQuoteSelector')
  .meta({ id: 'Quote' });

export const eventRefSchema = z.object({
  slug: z.string(),
  title: z.string(),
  startsAt: z.string().describe('ISO 8601 UTC, the lower bound of the start'),
  timeZone: z.string(),
  precision: z.enum(PRECISIONS),
});

export const claimDtoSchema = z
  .object({
    id: z.number().int(),
    slug: z.string().describe('stable external id'),
    event: eventRefSchema.describe('the session or event the claim is about'),
    party: slugName.describe('the party making the claim'),
    person: slugName.nullable().describe('who spoke for it, where known'),
    source: claimSourceSchema,
    kind: z.enum(CLAIM_KINDS),
    quote: quoteDtoSchema,
    paraphrase: z.string(),
    text: z.string().describe('the paraphrase, or the exact words when there is none'),
    topics: z.array(slugName),
    attribution: z.enum(ATTRIBUTIONS),
    confidence: z.enum(CONFIDENCES),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Claim' });

export const claimPageSchema = z
  .object({
    items: z.array(claimDtoSchema),
    nextCursor: z.string().nullable().describe('pass as cursor for the next page; null on the last'),
  })
  .meta({ id: 'ClaimPage' });

export const readoutSchema = z
  .object({ source: claimSourceSchema, party: slugName, claims: z.array(claimDtoSchema) })
  .meta({ id: 'Readout' });

export const pointDtoSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    label: z.string(),
    note: z.string(),
    topics: z.array(slugName),
    alignment: z
      .enum(POINT_ALIGNMENTS)
      .describe(
        'agreed: the accounts say the same; diverges: they conflict; conditional: one side attaches a condition the other does not state',
      ),
    omittedBy: z
      .array(z.string())
      .describe('slugs of the parties that issued a readout of the session but make no claim on this point'),
    claims: z.array(
      z.object({
        id: z.number().int(),
        slug: z.string(),
        party: slugName,
        person: slugName.nullable(),
        kind: z.enum(CLAIM_KINDS),
        text: z.string(),
        quote: quoteDtoSchema,
        source: claimSourceSchema,
      }),
    ),
    version: z.number().int(),
  })
  .meta({ id: 'Point' });

export const eventReadoutsSchema = z
  .object({ event: eventRefSchema, readouts: z.array(readoutSchema), points: z.array(pointDtoSchema) })
  .meta({ id: 'EventReadouts' });

/** A claim or point as the JSON export of events carries it: the write API's body with its slug and version. */
export const claimExchangeSchema = claimInputSchema
  .extend({
    slug: z.string(),
    version: z.number().int(),
    person: z.string().nullable(),
    paraphrase: z.string(),
    topics: z.array(z.string()),
    quote: quoteDtoSchema,
  })
  .meta({ id: 'ClaimInFile' });
export const pointExchangeSchema = pointInputSchema
  .extend({
    slug: z.string(),
    version: z.number().int(),
    note: z.string(),
    topics: z.array(z.string()),
    claims: z.array(z.string()).describe('the slugs of the claims the point groups'),
  })
  .meta({ id: 'PointInFile' });

export const eventExportSchema = eventDetailSchema
  .extend({
    claims: z
      .array(claimExchangeSchema)
      .describe('the claims about the event, each as POST /api/claims reads it, with its slug and version'),
    points: z.array(pointExchangeSchema).describe('the points grouping them, each as POST /api/points reads it'),
  })
  .meta({ id: 'EventExportItem' });

// Compile-time proof that each schema and its DTO type are the same type in both directions.
export type ClaimSchemasAgree = [
  Assert<Same<z.output<typeof claimExchangeSchema>, ClaimExchange>>,
  Assert<Same<z.output<typeof pointExchangeSchema>, PointExchange>>,
  Assert<Same<z.output<typeof eventExportSchema>, EventExportDTO>>,
  Assert<Same<z.output<typeof claimSourceSchema>, ClaimSourceDTO>>,
  Assert<Same<z.output<typeof claimDtoSchema>, ClaimDTO>>,
  Assert<Same<z.output<typeof claimPageSchema>, ClaimPage>>,
  Assert<Same<z.output<typeof readoutSchema>, ReadoutDTO>>,
  Assert<Same<z.output<typeof pointDtoSchema>, PointDTO>>,
  Assert<Same<z.output<typeof eventReadoutsSchema>, EventReadoutsDTO>>,
];
