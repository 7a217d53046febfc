import { ZodError } from 'zod';
import { getEventFacets } from '@/db/queries/event-facets';
import { invalidInput } from '@/lib/errors';
import { cachedJson, jsonRoute } from '@/lib/http';
import { parseEventQuery, toEventFilters } from '@/lib/validation/filters';

export const GET = jsonRoute(async (request: Request) => {
  const parsed = parseEventQuery(new URL(request.url).searchParams);
  if (!parsed.success) throw invalidInput(parsed.error);
  // The counts are taken over today's join tables; as of an earlier instant they are not kept yet.
  if (parsed.data.asOf) throw invalidInput(new ZodError([{ code: 'custom', path: ['asOf'], message: 'is not available for facet counts yet' }]));
  return cachedJson(request, () => getEventFacets({ filters: toEventFilters(parsed.data) }));
});
