// The event schema: what the event form, its Server Action and POST/PATCH /api/events accept.
// Times arrive as a wall-clock date and time in the event's IANA zone ("2025-03-23T17:30", or a
// day "2025-03-23") or as an instant with its offset; the output carries UTC instants.
import { z } from 'zod';
import { EVENT_KINDS, EVENT_RELATION_TYPES, EVENT_STATUSES, PARTY_ROLES, PERSON_ROLES, PRECISIONS } from '@/db/enums';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS, PARTY_ROLE_LABELS, PERSON_ROLE_LABELS, PRECISION_LABELS } from '@/lib/labels';
import { wallTimeToInstant } from '@/lib/time';
import { enumOf, isRealDate, optionalSlugRef, optionalText, requiredText, slugRef, timeZone } from './fields';
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
  status: enumOf(EVENT_STATUSES, EVENT_STATUS_LABELS),
  effectiveAt: when,
  precision: enumOf(PRECISIONS, PRECISION_LABELS),
  claimedBy: optionalSlugRef,
  note: optionalText(1000),
  citations: citationList,
});

export const eventSchema = z
  .object({
    kind: enumOf(EVENT_KINDS, EVENT_KIND_LABELS),
    title: requiredText(200),
    summary: optionalText(5000),
    startsAt: when,
    endsAt: z
      .union([when, z.literal('')])
      .nullish()
      .transform((value) => value || null),
    timeZone,
    precision: enumOf(PRECISIONS, PRECISION_LABELS),
    approximate: z.boolean().default(false),
    endApproximate: z.boolean().default(false),
    status: enumOf(EVENT_STATUSES, EVENT_STATUS_LABELS),
    location: optionalSlugRef,
    parties: z.array(z.object({ party: slugRef, role: enumOf(PARTY_ROLES, PARTY_ROLE_LABELS) })).max(30, 'has more than 30 parties').default([]),
    people: z
      .array(z.object({ person: slugRef, role: enumOf(PERSON_ROLES, PERSON_ROLE_LABELS), onBehalfOf: optionalSlugRef }))
      .max(50, 'has more than 50 people')
      .default([]),
    topics: z.array(slugRef).max(30, 'has more than 30 topics').default([]),
    citations: citationList,
    relations: z.array(z.object({ type: enumOf(EVENT_RELATION_TYPES), event: slugRef })).max(20, 'has more than 20 related events').default([]),
    statusHistory: z.array(statusChangeSchema).max(50, 'has more than 50 status changes').default([]),
  })
  .superRefine((event, ctx) => {
    // The database keeps one row per pair and would quietly drop the repeat.
    refuseRepeats(ctx, 'parties', event.parties, (entry) => `${entry.party} ${entry.role}`, 'party', 'is already listed with this role');
    refuseRepeats(ctx, 'people', event.people, (entry) => `${entry.person} ${entry.role}`, 'person', 'is already listed with this role');
    refuseRepeats(ctx, 'topics', event.topics, (topic) => topic, null, 'is already listed');
    refuseRepeats(ctx, 'relations', event.relations, (relation) => `${relation.event} ${relation.type}`, 'event', 'is already related this way');
    if (!event.endsAt || !isValidZone(event.timeZone)) return;
    if (toInstant(event.endsAt, event.timeZone) < toInstant(event.startsAt, event.timeZone)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must not be before the start' });
  })
  .transform((event) => ({
    ...event,
    startsAt: toInstant(event.startsAt, event.timeZone),
    endsAt: event.endsAt ? toInstant(event.endsAt, event.timeZone) : null,
    statusHistory: event.statusHistory.map((change) => ({ ...change, effectiveAt: toInstant(change.effectiveAt, event.timeZone) })),
  }));

/** An issue at each entry that repeats an earlier one, at `list.<index>.<field>`. */
function refuseRepeats<T>(ctx: z.RefinementCtx, list: string, entries: T[], keyOf: (entry: T) => string, field: string | null, message: string): void {
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
