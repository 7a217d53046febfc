import { listClaims } from '@/db/queries/claims';
import { createHandler } from '@/lib/api/write-routes';
import { invalidInput } from '@/lib/errors';
import { cachedJson, jsonRoute } from '@/lib/http';
import { parseClaimQuery, toClaimCursor, toClaimFilters } from '@/lib/validation/claims-query';

export const GET = jsonRoute(async (request: Request) => {
  const parsed = parseClaimQuery(new URL(request.url).searchParams);
  if (!parsed.success) throw invalidInput(parsed.error);
  const query = parsed.data;
  return cachedJson(request, () =>
    listClaims({
      filters: toClaimFilters(query),
      cursor: toClaimCursor(query),
      limit: query.limit,
      order: query.order,
    }),
  );
});

export const POST = createHandler('claim');
