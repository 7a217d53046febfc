// The event schema: what the event form, its Server Action and POST/PATCH /api/events accept.
// Times arrive as a wall-clock date and time in the event's IANA zone ("2025-03-23T17:30", or a
// day "2025-03-23") or as an instant with its offset; the output carries UTC instants.
import { z } from 'zod';
import { EVENT_KINDS, EVENT_RELATION_TYPES, EVENT_STATUSES, PARTY_ROLES, PERSON_ROLES, PRECISIONS } from '@/db/enums';
import { wallTimeToInstant } from '@/lib/time';
import { enumOf, isRealDate, keptSlugRef, optionalSlugRef, optionalText, requiredText, slugRef, timeZone } from './fields';
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

function isInstant(value: string): boolean {
  return INSTANT.test(value) && isRealDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

const when = z
  .string({ message: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(40, 'is not a date and time')
  .refine((value) => isWallTime(value) || isInstant(value), 'must be a real date and time such as 2025-03-23 17:30');

/** The UTC instant of a checked wall time or instant. */
function toInstant(value: string, zone: string): string {
  return isInstant(value) ? new Date(value).toISOString() : wallTimeToInstant(value, zone);
}

const statusChangeSchema = z.object({
  /** The stored change this entry edits, as GET answers it. */
  id: z.number().int().positive().optional(),
  status: enumOf(EVENT_STATUSES),
  effectiveAt: when,
  precision: enumOf(PRECISIONS),
  claimedBy: optionalSlugRef,
  note: optionalText(1000),
  citations: citationList,
});

export const eventSchema = z
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
    status: enumOf(EVENT_STATUSES),
    location: optionalSlugRef,
    parties: z.array(z.object({ party: slugRef, role: enumOf(PARTY_ROLES) })).max(30, 'has more than 30 parties').default([]),
    people: z
      .array(z.object({ person: slugRef, role: enumOf(PERSON_ROLES), onBehalfOf: keptSlugRef }))
      .max(50, 'has more than 50 people')
      .default([]),
    topics: z.array(slugRef).max(30, 'has more than 30 topics').default([]),
    citations: citationList,
    relations: z.array(z.object({ type: enumOf(EVENT_RELATION_TYPES), event: slugRef })).max(20, 'has more than 20 related events').default([]),
    statusHistory: z.array(statusChangeSchema).max(50, 'has more than 50 status changes').default([]),
  })
  .superRefine((event, ctx) => {
    if (!event.endsAt || !isValidZone(event.timeZone)) return;
    if (toInstant(event.endsAt, event.timeZone) < toInstant(event.startsAt, event.timeZone)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must not be before the start' });
  })
  .transform((event) => ({
    ...event,
    startsAt: toInstant(event.startsAt, event.timeZone),
    endsAt: event.endsAt ? toInstant(event.endsAt, event.timeZone) : null,
    statusHistory: event.statusHistory.map((change) => ({ ...change, effectiveAt: toInstant(change.effectiveAt, event.timeZone) })),
  }));

function isValidZone(zone: string): boolean {
  return timeZone.safeParse(zone).success;
}
