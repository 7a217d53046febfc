// The event schema: what the event form, its Server Action and POST/PATCH /api/events accept.
// Times arrive as a wall-clock date and time in the event's IANA zone ("2025-03-23T17:30", or a
// day "2025-03-23") or as an instant with its offset; the output carries UTC instants.
import { z } from 'zod';
import {
  DURATION_BOUNDS,
  EVENT_KINDS,
  EVENT_RELATION_TYPES,
  EVENT_STATUSES,
  PARTY_ROLES,
  PERSON_ROLES,
  PRECISIONS,
  type Precision,
} from '@/db/enums';
import { isWithinYearRange, YEAR_RANGE_MESSAGE } from '@/db/year-range';
import { NonexistentWallTimeError, wallTimeToInstant } from '@/db/calendar';
import { hasClock } from '@/lib/time';
import {
  enumOf,
  isRealDate,
  keptSlugRef,
  optionalNumber,
  optionalSlugRef,
  optionalText,
  requiredText,
  slugRef,
  timeZone,
} from './fields';
import { citationList } from './records';

const WALL_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a wall-clock time that exists on the calendar (the zone is applied later). */
function isWallTime(value: string): boolean {
  const match = WALL_TIME.exec(value);
  if (!match) return false;
  const [, day, hour = '0', minute = '0'] = match;
  return isRealDate(day) && Number(hour) < 24 && Number(minute) < 60;
}

/** True for an ISO 8601 instant that states its offset ("2025-03-23T14:30:00Z", "…+03:00"). */
export function isInstant(value: string): boolean {
  return INSTANT.test(value) && isRealDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

/** Checked against the precision in the event's own check, which can say what to enter. */
const when = z.string({ message: 'is required' }).trim().min(1, 'is required').max(40, 'is not a date and time');

/** What to type for a precision: a day needs no clock time, a minute or an hour does. */
function expected(precision: Precision): string {
  return hasClock(precision)
    ? 'must be a real date and time such as 2025-03-23 17:30'
    : 'must be a real date such as 2025-03-23 (no time of day is needed at this precision)';
}

/** The UTC instant of a checked wall time or instant. */
function toInstant(value: string, zone: string): string {
  return isInstant(value) ? new Date(value).toISOString() : wallTimeToInstant(value, zone);
}

/** Why a date or time cannot stand, in words for the field, or null when it can. */
function whenProblem(value: string, precision: Precision, zone: string): string | null {
  if (!isWallTime(value) && !isInstant(value)) return expected(precision);
  if (!isWithinYearRange(value)) return YEAR_RANGE_MESSAGE;
  if (!isValidZone(zone)) return null;
  try {
    toInstant(value, zone);
    return null;
  } catch (error) {
    if (!(error instanceof NonexistentWallTimeError)) throw error;
    return `is a time the clocks skipped in ${zone} (daylight saving began); enter a time before or after the change`;
  }
}

/** A year: longer than that, a source gives dates, not a duration. */
const MAX_DURATION_MINUTES = 366 * 24 * 60;

const statusChangeInputSchema = z.object({
  /** The stored change this entry edits, as GET answers it. */
  id: z.number().int().positive().optional(),
  status: enumOf(EVENT_STATUSES),
  effectiveAt: when,
  precision: enumOf(PRECISIONS),
  claimedBy: optionalSlugRef,
  note: optionalText(1000),
  citations: citationList,
});

export const eventInputSchema = z
  .object({
    kind: enumOf(EVENT_KINDS),
    title: requiredText(200),
    summary: optionalText(5000),
    startsAt: when,
    endsAt: z
      .union([when, z.literal('')])
      .nullish()
      .transform((value) => value || null),
    timeZone,
    precision: enumOf(PRECISIONS),
    approximate: z.boolean().default(false),
    endApproximate: z.boolean().default(false),
    /** Without an end: how long it lasted in minutes ("under two hours": 120, bound "under"). */
    durationMinutes: optionalNumber(1, MAX_DURATION_MINUTES, { whole: true }).describe(
      'without `endsAt`: how long it lasted, in minutes, as the source says (`120` for “under two hours”)',
    ),
    durationBound: enumOf(DURATION_BOUNDS)
      .default('exact')
      .describe('how `durationMinutes` reads: `exact`, `about`, `under` (at most) or `over` (at least)'),
    status: enumOf(EVENT_STATUSES),
    location: optionalSlugRef,
    parties: z
      .array(z.object({ party: slugRef, role: enumOf(PARTY_ROLES) }))
      .max(30, 'has more than 30 parties')
      .default([]),
    people: z
      .array(z.object({ person: slugRef, role: enumOf(PERSON_ROLES), onBehalfOf: keptSlugRef }))
      .max(50, 'has more than 50 people')
      .default([]),
    topics: z.array(slugRef).max(30, 'has more than 30 topics').default([]),
    citations: citationList,
    relations: z
      .array(z.object({ type: enumOf(EVENT_RELATION_TYPES), event: slugRef }))
      .max(20, 'has more than 20 related events')
      .default([]),
    statusHistory: z.array(statusChangeInputSchema).max(50, 'has more than 50 status changes').default([]),
  })
  .superRefine((event, ctx) => {
    // The database keeps one row per pair and would quietly drop the repeat.
    refuseRepeats(
      ctx,
      'parties',
      event.parties,
      (entry) => `${entry.party} ${entry.role}`,
      'party',
      'is already listed with this role',
    );
    refuseRepeats(
      ctx,
      'people',
      event.people,
      (entry) => `${entry.person} ${entry.role}`,
      'person',
      'is already listed with this role',
    );
    refuseRepeats(ctx, 'topics', event.topics, (topic) => topic, null, 'is already listed');
    refuseRepeats(
      ctx,
      'relations',
      event.relations,
      (relation) => `${relation.event} ${relation.type}`,
      'event',
      'is already related this way',
    );
    const problems: [PropertyKey[], string | null][] = [
      [['startsAt'], whenProblem(event.startsAt, event.precision, event.timeZone)],
      [['endsAt'], event.endsAt ? whenProblem(event.endsAt, event.precision, event.timeZone) : null],
      ...event.statusHistory.map((change, i): [PropertyKey[], string | null] => [
        ['statusHistory', i, 'effectiveAt'],
        whenProblem(change.effectiveAt, change.precision, event.timeZone),
      ]),
    ];
    if (event.endsAt && event.durationMinutes)
      problems.push([
        ['durationMinutes'],
        'must be empty when the end is given: the end already says how long it lasted',
      ]);
    for (const [path, message] of problems) if (message) ctx.addIssue({ code: 'custom', path, message });
    if (problems.some(([, message]) => message) || !event.endsAt || !isValidZone(event.timeZone)) return;
    if (toInstant(event.endsAt, event.timeZone) < toInstant(event.startsAt, event.timeZone))
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must not be before the start' });
  })
  .transform((event) => ({
    ...event,
    startsAt: toInstant(event.startsAt, event.timeZone),
    endsAt: event.endsAt ? toInstant(event.endsAt, event.timeZone) : null,
    statusHistory: event.statusHistory.map((change) => ({
      ...change,
      effectiveAt: toInstant(change.effectiveAt, event.timeZone),
    })),
  }));

/** An issue at each entry that repeats an earlier one, at `list.<index>.<field>`. */
function refuseRepeats<T>(
  ctx: z.RefinementCtx,
  list: string,
  entries: T[],
  keyOf: (entry: T) => string,
  field: string | null,
  message: string,
): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const key = keyOf(entry);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: field ? [list, index, field] : [list, index], message });
    seen.add(key);
  });
}

function isValidZone(zone: string): boolean {
  return timeZone.safeParse(zone).success;
}
