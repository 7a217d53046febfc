import { deleteHandler, updateHandler } from '@/lib/api/write-routes';
import { RecordNotFoundError } from '@/db/errors';
import { getEvent } from '@/db/queries/events';
import { invalidInput } from '@/lib/errors';
import { cachedJson, jsonRoute } from '@/lib/http';
import { asOfQuerySchema } from '@/lib/validation/as-of';

export const GET = jsonRoute(async (request: Request, { params }: { params: Promise<{ key: string }> }) => {
  const key = (await params).key.slice(0, 200);
  const query = asOfQuerySchema.safeParse({ asOf: new URL(request.url).searchParams.get('asOf') ?? undefined });
  if (!query.success) throw invalidInput(query.error);
  return cachedJson(request, async () => {
    const event = await getEvent({ key, asOf: query.data.asOf });
    if (!event) throw new RecordNotFoundError('event', key);
    return event;
  });
});

export const PATCH = updateHandler('event');
export const DELETE = deleteHandler('event');
