// The shapes GET /api/commitments and GET /api/commitments/{key} answer with, for the OpenAPI
// document, and the proof that they are the data layer's DTO types.
import { z } from 'zod';
import { COMMITMENT_STATUSES } from '@/db/enums';
import type { CommitmentDTO, CommitmentPage, CommitmentStatusDTO } from '@/db/queries/commitments';
import { claimDtoSchema, eventRefSchema, slugName } from './claim-dto';
import { sourceRefSchema, type Assert, type Same } from './dto';

const status = z.enum(COMMITMENT_STATUSES);

const commitmentStatusDtoSchema = z
  .object({
    id: z.number().int(),
    status,
    at: z.string().describe('ISO 8601 UTC: when the status took effect'),
    claimedBy: slugName.nullable().describe('the party whose claim this is; null for the reported status'),
    source: sourceRefSchema.nullable(),
    excerpt: z.string().describe('the source’s words for it'),
    note: z.string(),
  })
  .meta({ id: 'CommitmentStatusChange' });

export const commitmentDtoSchema = z
  .object({
    id: z.number().int(),
    slug: z.string().describe('stable external id'),
    text: z.string(),
    quantity: z.number().nullable().describe('where the commitment is a number: 1000'),
    unit: z.string().nullable().describe('what quantity counts: prisoners'),
    event: eventRefSchema.nullable().describe('the session or agreement it came from'),
    parties: z.array(slugName).describe('who commits'),
    topics: z.array(slugName),
    claims: z.array(claimDtoSchema).describe('its terms, as each party worded them; a condition is a `demand` claim'),
    startsAt: z.string().nullable().describe('ISO 8601 UTC'),
    deadlineAt: z.string().nullable().describe('ISO 8601 UTC: the instant it is due or runs out'),
    durationDays: z
      .number()
      .int()
      .nullable()
      .describe('“a 30-day moratorium”, as said; the deadline is counted from the start in the venue’s zone'),
    timeZone: z.string().describe('the venue’s IANA zone'),
    status: status.describe('the reported status: the latest change no party claims'),
    statusHistory: z
      .array(commitmentStatusDtoSchema)
      .describe('in time order, the reported and each party’s claimed changes'),
    disputed: z
      .array(z.object({ party: slugName, status, at: z.string() }))
      .describe('each party’s latest claimed status where it differs from the reported one'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Commitment' });

export const commitmentPageSchema = z
  .object({
    items: z.array(commitmentDtoSchema),
    nextCursor: z.string().nullable().describe('pass as cursor for the next page; null on the last'),
  })
  .meta({ id: 'CommitmentPage' });

export type CommitmentDtoFits = [
  Assert<Same<z.output<typeof commitmentStatusDtoSchema>, CommitmentStatusDTO>>,
  Assert<Same<z.output<typeof commitmentDtoSchema>, CommitmentDTO>>,
  Assert<Same<z.output<typeof commitmentPageSchema>, CommitmentPage>>,
];
