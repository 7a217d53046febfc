import { deleteHandler, updateHandler } from '@/lib/api/write-routes';
import { RecordNotFoundError } from '@/db/errors';
import { getEvent } from '@/db/queries/events';
import { cachedJson, jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async (request: Request, { params }: { params: Promise<{ key: string }> }) => {
  const key = (await params).key.slice(0, 200);
  return cachedJson(request, async () => {
    const event = await getEvent({ key });
    if (!event) throw new RecordNotFoundError('event', key);
    return event;
  });
});

export const PATCH = updateHandler('event');
export const DELETE = deleteHandler('event');
