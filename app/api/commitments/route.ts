import { listCommitments } from '@/db/queries/commitments';
import { createHandler } from '@/lib/api/write-routes';
import { invalidInput } from '@/lib/errors';
import { cachedJson, jsonRoute } from '@/lib/http';
import { parseCommitmentQuery, toCommitmentCursor, toCommitmentFilters } from '@/lib/validation/commitments-query';

export const GET = jsonRoute(async (request: Request) => {
  const parsed = parseCommitmentQuery(new URL(request.url).searchParams);
  if (!parsed.success) throw invalidInput(parsed.error);
  const query = parsed.data;
  return cachedJson(request, () =>
    listCommitments({ filters: toCommitmentFilters(query), cursor: toCommitmentCursor(query), limit: query.limit }),
  );
});

export const POST = createHandler('commitment');
