import { createHandler } from '@/lib/api/write-routes';
import { listEvents } from '@/db/queries/events';
import { invalidInput } from '@/lib/errors';
import { cachedJson, jsonRoute } from '@/lib/http';
import { parseEventQuery, toCursor, toEventFilters } from '@/lib/validation/filters';

export const GET = jsonRoute(async (request: Request) => {
  const parsed = parseEventQuery(new URL(request.url).searchParams);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { data } = parsed;
  return cachedJson(request, () =>
    listEvents({ filters: toEventFilters(data), cursor: toCursor(data), limit: data.limit }),
  );
});

export const POST = createHandler('event');
