// The query string of GET /api/commitments and the tracker's URL: party, topic, status, event,
// due_before, due_after, q, limit, cursor, asOf. The API answers 400 naming a bad parameter; the
// tracker page drops it.
import { z } from 'zod';
import { isRealDay } from '@/db/calendar';
import { decodeCursor, type EventCursor } from '@/db/cursor';
import { COMMITMENT_STATUSES } from '@/db/enums';
import { InvalidCursorError } from '@/db/errors';
import type { CommitmentFilters } from '@/db/queries/commitments';
import { asOfParam } from './as-of';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SLUG_PATTERN } from './filters';
import { parseLeniently, readQuery } from './query-params';

const slugList = z
  .array(z.string().max(100, 'is longer than 100 characters').regex(SLUG_PATTERN, 'must be a slug such as "ukraine"'))
  .max(20, 'names more than 20 values')
  .default([]);
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const bound = z
  .string()
  .max(40)
  .refine(
    (value) =>
      DATE_ONLY.test(value)
        ? isRealDay(value)
        : INSTANT.test(value) && isRealDay(value.slice(0, 10)) && !Number.isNaN(Date.parse(value)),
    {
      message: 'must be a date (2026-06-02, from midnight UTC) or an ISO 8601 instant (2026-06-02T09:00:00Z)',
    },
  )
  .transform((value) => new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value).toISOString())
  .optional();

export const commitmentQuerySchema = z.object({
  party: slugList,
  topic: slugList,
  event: slugList,
  status: z
    .array(z.enum(COMMITMENT_STATUSES, { message: `must be one of ${COMMITMENT_STATUSES.join(', ')}` }))
    .max(COMMITMENT_STATUSES.length)
    .default([]),
  due_before: bound,
  due_after: bound,
  q: z.string().trim().max(200, 'is longer than 200 characters').optional(),
  asOf: asOfParam.optional(),
  limit: z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE),
  cursor: z
    .string()
    .max(200, 'is not a cursor this server issued')
    .refine((value) => {
      try {
        decodeCursor(value);
        return true;
      } catch (error) {
        if (error instanceof InvalidCursorError) return false;
        throw error;
      }
    }, 'is not a cursor this server issued')
    .optional(),
});
export type CommitmentQuery = z.output<typeof commitmentQuerySchema>;

const LIST_KEYS = ['party', 'topic', 'event', 'status'] as const;

const queryObject = (params: URLSearchParams) =>
  readQuery(params, LIST_KEYS, ['due_before', 'due_after', 'q', 'limit', 'cursor', 'asOf']);

export function parseCommitmentQuery(params: URLSearchParams) {
  return commitmentQuerySchema.safeParse(queryObject(params));
}

/** For the tracker page: keeps each valid parameter and drops the rest. */
export function lenientCommitmentQuery(params: URLSearchParams): CommitmentQuery {
  return parseLeniently(commitmentQuerySchema, queryObject(params));
}

export function toCommitmentFilters(query: CommitmentQuery): CommitmentFilters {
  return {
    party: query.party,
    topic: query.topic,
    event: query.event,
    status: query.status,
    dueBefore: query.due_before,
    dueAfter: query.due_after,
    q: query.q || undefined,
    asOf: query.asOf,
  };
}

export function toCommitmentCursor(query: CommitmentQuery): EventCursor | null {
  return query.cursor ? decodeCursor(query.cursor) : null;
}
