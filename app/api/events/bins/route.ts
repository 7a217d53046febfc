import { getEventBins } from '@/db/queries/event-bins';
import { invalidInput } from '@/lib/errors';
import { cachedJson, jsonRoute } from '@/lib/http';
import { parseBinsQuery } from '@/lib/validation/event-bins';
import { toEventFilters } from '@/lib/validation/filters';

export const GET = jsonRoute(async (request: Request) => {
  const parsed = parseBinsQuery(new URL(request.url).searchParams);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { query, bins } = parsed.data;
  return cachedJson(request, () => getEventBins({ filters: toEventFilters(query), bins }));
});
