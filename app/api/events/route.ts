import { createHandler } from '@/lib/api/write-routes';
import { listEvents } from '@/db/queries/events';
import { invalidInput } from '@/lib/errors';
import { jsonRoute } from '@/lib/http';
import { parseEventQuery, toCursor, toEventFilters } from '@/lib/validation/filters';

export const GET = jsonRoute(async (request: Request) => {
  const parsed = parseEventQuery(new URL(request.url).searchParams);
  if (!parsed.success) throw invalidInput(parsed.error);
  const page = await listEvents({ filters: toEventFilters(parsed.data), cursor: toCursor(parsed.data), limit: parsed.data.limit });
  return Response.json(page);
});

export const POST = createHandler('event');
