// The query string of GET /api/claims: the timeline's filters (party, topic, person, from, to,
// q, limit, cursor, checked by the timeline's own schema, so the rules and errors are the same),
// plus the sessions (`event`), the claim kinds (`kind`, here claim kinds, not event kinds) and
// the order (`order`: oldest first like the timeline, or newest first).
import { z } from 'zod';
import { decodeCursor, type EventCursor } from '@/db/cursor';
import { CLAIM_KINDS } from '@/db/enums';
import { InvalidCursorError } from '@/db/errors';
import { CLAIM_ORDERS, type ClaimFilters } from '@/db/queries/claims';
import { eventQuerySchema, queryObject, SLUG_PATTERN, toEventFilters, type EventQuery } from './filters';

const claimOnly = z.object({
  event: z
    .array(z.string().max(200, 'is longer than 200 characters').regex(SLUG_PATTERN, 'must be an event slug'))
    .max(20, 'names more than 20 values')
    .default([]),
  kind: z
    .array(z.enum(CLAIM_KINDS, { message: `must be one of ${CLAIM_KINDS.join(', ')}` }))
    .max(CLAIM_KINDS.length)
    .default([]),
  order: z.enum(CLAIM_ORDERS, { message: `must be one of ${CLAIM_ORDERS.join(', ')}` }).default('oldest'),
});

// Claims have a speaking party, not a set of parties or a venue: the timeline's match modes and location do not apply.
const {
  kind: _eventKind,
  partyMatch: _partyMatch,
  personMatch: _personMatch,
  location: _location,
  ...shared
} = eventQuerySchema.shape;
/** Every parameter, for the OpenAPI document. */
export const claimQueryShape = { ...shared, ...claimOnly.shape };

export type ClaimQuery = Omit<EventQuery, 'kind'> & z.output<typeof claimOnly>;

export function parseClaimQuery(
  params: URLSearchParams,
): { success: true; data: ClaimQuery } | { success: false; error: z.ZodError } {
  const { kind, ...timeline } = queryObject(params);
  const event = params
    .getAll('event')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const base = eventQuerySchema.safeParse(timeline);
  const order = params.getAll('order');
  const own = claimOnly.safeParse({
    kind,
    event: event.length ? event : undefined,
    order: order.length > 1 ? order : order[0] || undefined,
  });
  if (base.success && own.success) return { success: true, data: { ...base.data, ...own.data } };
  return { success: false, error: new z.ZodError([...(base.error?.issues ?? []), ...(own.error?.issues ?? [])]) };
}

export function toClaimFilters(query: ClaimQuery): ClaimFilters {
  const { party, topic, person, from, to, q, asOf } = toEventFilters({ ...query, kind: [] });
  return { event: query.event, kind: query.kind, party, topic, person, from, to, q, asOf };
}

/** Claims page along the same (start, id) keyset as events: their event's start, then the claim's id. */
export function toClaimCursor(query: ClaimQuery): EventCursor | null {
  return query.cursor ? decodeCursor(query.cursor) : null;
}

export const READOUT_FORMATS = ['csv', 'json'] as const;

/** The query string of GET /api/events/{key}/readouts: without `format`, the API's answer; with it, a download. */
export const readoutsQuerySchema = z.object({
  format: z.enum(READOUT_FORMATS, { message: `must be one of ${READOUT_FORMATS.join(', ')}` }).optional(),
});

/** For pages that list claims: a `?cursor=` value as a cursor, null when there is none, undefined when this server did not issue it. */
export function claimPageCursor(value: string | string[] | undefined): EventCursor | null | undefined {
  if (value === undefined) return null;
  if (typeof value !== 'string') return undefined;
  try {
    return decodeCursor(value);
  } catch (error) {
    if (error instanceof InvalidCursorError) return undefined;
    throw error;
  }
}
