// The query string of GET /api/positions: an optional party, named by slug.
import { z } from 'zod';
import { SLUG_PATTERN } from './filters';

export const positionsQuerySchema = z.object({
  party: z
    .string({ error: 'must be one slug, given once' })
    .max(100, 'is longer than 100 characters')
    .regex(SLUG_PATTERN, 'must be a slug such as "russia"')
    .optional(),
});

export function parsePositionsQuery(params: URLSearchParams) {
  const party = params.getAll('party');
  return positionsQuerySchema.safeParse({ party: party.length > 1 ? party : party[0] || undefined });
}
