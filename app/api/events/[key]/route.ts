import { deleteHandler, updateHandler } from '@/lib/api/write-routes';
import { RecordNotFoundError } from '@/db/errors';
import { getEvent } from '@/db/queries/events';
import { jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ key: string }> }) => {
  const { key } = await params;
  const event = await getEvent({ key: key.slice(0, 200) });
  if (!event) throw new RecordNotFoundError('event', key.slice(0, 200));
  return Response.json(event);
});

export const PATCH = updateHandler('event');
export const DELETE = deleteHandler('event');
