// The query string of GET /api/changes, the /changes page and its Atom feed: a window of time
// (`since` exclusive, `until` inclusive; dates or instants, UTC unless they carry an offset)
// and the timeline's party, topic and kind filters.
import { z } from 'zod';
import { REVISION_ACTIONS } from '@/db/enums';
import type { ChangeFilters } from '@/db/queries/changes';
import { asOfInstant } from './as-of';
import { eventQuerySchema, queryObject } from './filters';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Without `since`, the week before `until`: what a reader returning after a week wants. */
export const DEFAULT_WINDOW_DAYS = 7;

const MOMENT_MESSAGE = 'must be a real date (2025-03-24) or an ISO 8601 instant (2025-03-24T18:00:00Z)';
const moment = (dayStart: boolean) =>
  z
    .string()
    .trim()
    .max(40, 'is longer than 40 characters')
    .refine((value) => asOfInstant(value, { dayStart }) !== null, {
      message: MOMENT_MESSAGE,
    })
    .transform((value) => asOfInstant(value, { dayStart })!);

const { party, topic, kind } = eventQuerySchema.shape;

/** Every parameter, for the OpenAPI document. */
export const changesQueryShape = {
  since: moment(true).optional(),
  until: moment(false).optional(),
  party,
  topic,
  kind,
};

export const changesQuerySchema = z
  .object(changesQueryShape)
  .transform(({ since, until, ...filters }) => {
    const end = until ?? new Date().toISOString();
    return {
      since: since ?? new Date(Date.parse(end) - DEFAULT_WINDOW_DAYS * DAY_MS).toISOString(),
      until: end,
      filters: filters as ChangeFilters,
    };
  })
  .refine((window) => window.since < window.until, {
    path: ['until'],
    message: 'must be after "since"',
  });

export type ChangesQuery = z.output<typeof changesQuerySchema>;

export function parseChangesQuery(params: URLSearchParams) {
  const single = (key: string) => (params.getAll(key).length > 1 ? params.getAll(key) : params.get(key) || undefined);
  return changesQuerySchema.safeParse({
    ...queryObject(params),
    since: single('since'),
    until: single('until'),
  });
}

export const changesSchema = z
  .object({
    items: z.array(
      z.object({
        type: z.enum(['event', 'claim', 'commitment']),
        id: z.number().int(),
        slug: z.string(),
        title: z.string().describe('the event’s title, or what the claim or commitment says'),
        change: z.enum(['added', 'changed', 'removed']),
        at: z.string().describe('the last change in the window'),
        revisions: z.array(
          z.object({
            at: z.string(),
            action: z.enum(REVISION_ACTIONS),
            actorName: z.string(),
          }),
        ),
        fields: z
          .array(
            z.object({
              field: z.string(),
              before: z.unknown(),
              after: z.unknown(),
            }),
          )
          .describe(
            'for a change: each field whose value differs between the start and the end of the window, ' +
              'as GET answers it',
          ),
      }),
    ),
    truncated: z.boolean().describe('whether there were more changes than listed (the latest are listed)'),
  })
  .meta({ id: 'Changes' });
