import { createHandler } from '@/lib/api/write-routes';
import { listLocations } from '@/db/queries/directory';
import { cachedJson, jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async (request: Request) =>
  cachedJson(request, async () => ({ items: await listLocations() })),
);

export const POST = createHandler('location');
