// The write schemas of commitments (POST/PATCH /api/commitments and the outcome form) and of one
// status change (POST /api/commitments/{key}/status). Times arrive as a wall-clock date and
// time in the commitment's zone ("2026-06-02T12:00", or a day) or as an instant with its
// offset; the output carries UTC instants, a duration in days becoming its deadline.
import { z } from 'zod';
import { deadlineAfter } from '@/db/commitment-status';
import { NonexistentWallTimeError, wallTimeToInstant } from '@/db/calendar';
import { COMMITMENT_STATUSES } from '@/db/enums';
import type { CommitmentInput, CommitmentStatusInput } from '@/db/queries/commitment-writes';
import type { SessionOutcomeInput } from '@/db/queries/session-outcomes';
import type { Assert } from './dto';
import { isInstant } from './event';
import {
  enumOf,
  isRealDate,
  nullableText,
  optionalNumber,
  optionalSlugRef,
  optionalText,
  requiredText,
  slugRef,
  timeZone,
  version,
} from './fields';

const WALL_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/;
const WHEN_MESSAGE = 'must be a real date such as 2026-06-02, or a date and time such as 2026-06-02T12:00';

/** A date, a date and time, or an instant; read in the zone by `toInstant`. */
const when = z
  .string({ message: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(40, WHEN_MESSAGE)
  .refine((value) => {
    const match = WALL_TIME.exec(value);
    return (
      isInstant(value) ||
      (match !== null && isRealDate(match[1]) && Number(match[2] ?? 0) < 24 && Number(match[3] ?? 0) < 60)
    );
  }, WHEN_MESSAGE);

const optionalWhen = z
  .union([when, z.literal('')])
  .nullish()
  .transform((value) => value || null);

/** The UTC instant of a checked time, or the reason it has none in this zone. */
function toInstant(value: string, zone: string): { instant: string } | { problem: string } {
  if (isInstant(value)) return { instant: new Date(value).toISOString() };
  try {
    return { instant: wallTimeToInstant(value, zone) };
  } catch (error) {
    if (!(error instanceof NonexistentWallTimeError)) throw error;
    return { problem: `is a time the clocks skipped in ${zone}; enter a time before or after the change` };
  }
}

/** Converts each named time to an instant, adding an issue at its path where it has none. */
function instants(ctx: z.RefinementCtx, zone: string, values: [PropertyKey[], string | null][]): (string | null)[] {
  return values.map(([path, value]) => {
    if (!value) return null;
    const result = toInstant(value, zone);
    if ('instant' in result) return result.instant;
    ctx.addIssue({ code: 'custom', path, message: result.problem });
    return null;
  });
}

const statusFields = {
  status: enumOf(COMMITMENT_STATUSES),
  at: when,
  claimedBy: optionalSlugRef.describe('the party whose claim this status is; empty for the reported status'),
  source: slugRef.describe('the source that reports it'),
  excerpt: optionalText(2000).describe('the source’s words for it'),
  note: optionalText(1000),
};

/** One status change as sent on its own: its time is read in the commitment's zone. */
export const commitmentStatusInputSchema = z.object({ ...statusFields, version });

/** The status change with its time as an instant, given the commitment's zone. */
export function statusChangeIn(
  change: z.output<typeof commitmentStatusInputSchema>,
  zone: string,
): { change: CommitmentStatusInput } | { field: string; problem: string } {
  const result = toInstant(change.at, zone);
  if ('problem' in result) return { field: 'at', problem: result.problem };
  const { version: _version, ...rest } = change;
  return { change: { ...rest, at: result.instant } };
}

export const commitmentInputSchema = z
  .object({
    text: requiredText(1000),
    quantity: optionalNumber(0, 1e12).describe('where the commitment is a number: `1000` (prisoners)'),
    unit: nullableText(60).describe('what `quantity` counts: `prisoners`'),
    event: optionalSlugRef.describe('the session or agreement it came from'),
    parties: z.array(slugRef).min(1, 'must name at least one party').max(20, 'has more than 20 parties'),
    topics: z.array(slugRef).max(20, 'has more than 20 topics').default([]),
    claims: z
      .array(slugRef)
      .max(50, 'has more than 50 claims')
      .default([])
      .describe('its terms: each party’s wording, a condition as a `demand` claim'),
    startsAt: optionalWhen,
    deadlineAt: optionalWhen,
    durationDays: optionalNumber(1, 3660, { whole: true }).describe(
      '“a 30-day moratorium”: with `startsAt`, gives the deadline; without, a term not yet begun',
    ),
    timeZone: timeZone.describe('the venue’s zone, in which times without an offset are read'),
    statusHistory: z.array(z.object(statusFields)).max(50, 'has more than 50 status changes').default([]),
  })
  .transform((input, ctx) => {
    const [startsAt, deadline, ...history] = instants(ctx, input.timeZone, [
      [['startsAt'], input.startsAt],
      [['deadlineAt'], input.deadlineAt],
      ...input.statusHistory.map((change, i): [PropertyKey[], string] => [['statusHistory', i, 'at'], change.at]),
    ]);
    if (input.durationDays && input.deadlineAt)
      ctx.addIssue({ code: 'custom', path: ['durationDays'], message: 'must be empty when the deadline is given' });
    const deadlineAt =
      deadline ?? (startsAt && input.durationDays ? deadlineAfter(startsAt, input.durationDays, input.timeZone) : null);
    if (startsAt && deadlineAt && deadlineAt < startsAt)
      ctx.addIssue({ code: 'custom', path: ['deadlineAt'], message: 'must not be before the start' });
    return {
      ...input,
      startsAt,
      deadlineAt,
      statusHistory: input.statusHistory.map((change, i) => ({ ...change, at: history[i] ?? change.at })),
    };
  });

// Compile-time proof that what the schemas accept is what the data layer writes.
export type CommitmentSchemasFit = Assert<
  z.output<typeof commitmentInputSchema> extends CommitmentInput ? true : false
>;

/** A session's outcomes besides its commitments, as the outcome form sends them. */
export const sessionOutcomesInputSchema = z.object({
  version,
  noAgreement: z.boolean().default(false),
  followUp: optionalSlugRef.describe('the scheduled session at which the talks continue'),
  note: optionalText(500),
});

export type SessionOutcomesForm = z.output<typeof sessionOutcomesInputSchema>;

/** The outcome rows the form's answers stand for: none, one or both. */
export function outcomeRows(form: SessionOutcomesForm): SessionOutcomeInput[] {
  return [
    ...(form.noAgreement ? [{ kind: 'no_agreement_announced' as const, note: form.note }] : []),
    ...(form.followUp
      ? [{ kind: 'talks_to_continue' as const, followUp: form.followUp, note: form.noAgreement ? '' : form.note }]
      : []),
  ];
}
