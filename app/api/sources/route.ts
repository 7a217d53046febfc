import { createHandler } from '@/lib/api/write-routes';
import { listSources } from '@/db/queries/directory';
import { cachedJson, jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async (request: Request) =>
  cachedJson(request, async () => ({ items: await listSources() })),
);

export const POST = createHandler('source');
