import { getEventFacets } from '@/db/queries/event-facets';
import { invalidInput } from '@/lib/errors';
import { cachedJson, jsonRoute } from '@/lib/http';
import { parseEventQuery, toEventFilters } from '@/lib/validation/filters';

export const GET = jsonRoute(async (request: Request) => {
  const parsed = parseEventQuery(new URL(request.url).searchParams);
  if (!parsed.success) throw invalidInput(parsed.error);
  return cachedJson(request, () => getEventFacets({ filters: toEventFilters(parsed.data) }));
});
