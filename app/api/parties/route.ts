import { createHandler } from '@/lib/api/write-routes';
import { listParties } from '@/db/queries/directory';
import { cachedJson, jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async (request: Request) =>
  cachedJson(request, async () => ({ items: await listParties() })),
);

export const POST = createHandler('party');
