import { createHandler } from '@/lib/api/write-routes';
import { listTopics } from '@/db/queries/directory';
import { cachedJson, jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async (request: Request) =>
  cachedJson(request, async () => ({ items: await listTopics() })),
);

export const POST = createHandler('topic');
