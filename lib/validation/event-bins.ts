// The time axis's query: the timeline's filters (whose from and to are also the window counted)
// and how many bins to cut the window into.
import { z } from 'zod';
import { parseEventQuery, type EventQuery } from './filters';

export const MAX_BINS = 1000;
export const DEFAULT_BINS = 100;

export const binCountSchema = z.coerce
  .number({ message: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_BINS, `must be at most ${MAX_BINS}`)
  .default(DEFAULT_BINS);

type BinsQueryResult =
  { success: true; data: { query: EventQuery; bins: number } } | { success: false; error: z.ZodError };

/** Both parts checked together, so that a 400 names every field at fault at once. */
export function parseBinsQuery(params: URLSearchParams): BinsQueryResult {
  const filters = parseEventQuery(params);
  const values = params.getAll('bins');
  const bins = binCountSchema.safeParse(values.length > 1 ? values : (values[0] ?? undefined));
  if (filters.success && bins.success) return { success: true, data: { query: filters.data, bins: bins.data } };
  const issues = [
    ...(filters.error?.issues ?? []),
    ...(bins.error?.issues.map((issue) => ({
      ...issue,
      path: ['bins', ...issue.path],
    })) ?? []),
  ];
  return { success: false, error: new z.ZodError(issues) };
}
