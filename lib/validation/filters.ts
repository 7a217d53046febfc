// The timeline's filters, as they arrive in a URL or an API query string. One schema serves
// the API (which answers 400 naming the parameter) and the pages (which drop bad values).
import { z } from 'zod';
import { isRealDay } from '@/db/calendar';
import { decodeCursor, type EventCursor } from '@/db/cursor';
import { EVENT_KINDS, MATCH_MODES } from '@/db/enums';
import { InvalidCursorError } from '@/db/errors';
import type { EventFilters } from '@/db/queries/events';
import { asOfParam } from './as-of';
import { parseLeniently, readQuery } from './query-params';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

const slug = z
  .string()
  .max(100, 'is longer than 100 characters')
  .regex(SLUG_PATTERN, 'must be a slug such as "united-states"');
const slugList = z.array(slug).max(20, 'names more than 20 values');
/** Whether several parties (or people) are alternatives (`any`, the default) or must all take part (`all`). */
const match = z.enum(MATCH_MODES, { message: `must be one of ${MATCH_MODES.join(', ')}` }).default('any');

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function isDateBound(value: string): boolean {
  if (DATE_ONLY.test(value)) return isRealDay(value);
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

/**
 * A real calendar date (YYYY-MM-DD), which means that day in each event's own zone, or an ISO
 * 8601 instant with its offset.
 */
const dateBound = z
  .string()
  .max(40)
  .refine(isDateBound, { message: 'must be a real date (2025-03-23) or an ISO 8601 instant (2025-03-23T15:30:00Z)' });

/** A date stays a calendar date, compared with each event's local days; an instant becomes UTC. */
function normalBound(value: string): string {
  return DATE_ONLY.test(value) ? value : new Date(value).toISOString();
}

/** Whether a range ends before it begins: a date `to` takes in its whole day. */
function isBackwards(from: string, to: string): boolean {
  const [a, b] = [normalBound(from), normalBound(to)];
  if (a.length === b.length) return DATE_ONLY.test(to) ? a > b : a >= b;
  return a.slice(0, 10) > b.slice(0, 10);
}

export const eventQuerySchema = z
  .object({
    party: slugList.default([]),
    partyMatch: match,
    topic: slugList.default([]),
    person: slugList.default([]),
    personMatch: match,
    location: slugList.default([]),
    kind: z
      .array(z.enum(EVENT_KINDS, { message: `must be one of ${EVENT_KINDS.join(', ')}` }))
      .max(EVENT_KINDS.length)
      .default([]),
    from: dateBound.optional(),
    to: dateBound.optional(),
    q: z.string().trim().max(200, 'is longer than 200 characters').optional(),
    limit: z.coerce
      .number({ message: 'must be a whole number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
      .default(DEFAULT_PAGE_SIZE),
    cursor: z.string().max(200, 'is not a cursor this server issued').optional(),
    /** The archive as Parley held it then (lib/validation/as-of). */
    asOf: asOfParam.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && isDateBound(value.from) && isDateBound(value.to) && isBackwards(value.from, value.to))
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before "from"' });
    if (value.cursor) {
      try {
        decodeCursor(value.cursor);
      } catch (error) {
        if (!(error instanceof InvalidCursorError)) throw error;
        ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'is not a cursor this server issued' });
      }
    }
  });

export type EventQuery = z.infer<typeof eventQuerySchema>;

const LIST_KEYS = ['party', 'topic', 'person', 'location', 'kind'] as const;
const SINGLE_KEYS = ['partyMatch', 'personMatch', 'from', 'to', 'q', 'limit', 'cursor', 'asOf'] as const;

/** `?party=a&party=b` and `?party=a,b` both mean two parties; empty values mean none. */
export const queryObject = (params: URLSearchParams) => readQuery(params, LIST_KEYS, SINGLE_KEYS);

export function parseEventQuery(params: URLSearchParams) {
  return eventQuerySchema.safeParse(queryObject(params));
}

/** For pages: keeps each valid parameter and silently drops the rest. */
export function lenientEventQuery(params: URLSearchParams): EventQuery {
  return parseLeniently(eventQuerySchema, queryObject(params));
}

export function toEventFilters(query: EventQuery): EventFilters {
  return {
    party: query.party,
    topic: query.topic,
    person: query.person,
    partyMatch: query.partyMatch,
    personMatch: query.personMatch,
    location: query.location,
    kind: query.kind,
    from: query.from ? normalBound(query.from) : undefined,
    to: query.to ? normalBound(query.to) : undefined,
    q: query.q || undefined,
    asOf: query.asOf,
  };
}

export function toCursor(query: EventQuery): EventCursor | null {
  return query.cursor ? decodeCursor(query.cursor) : null;
}
