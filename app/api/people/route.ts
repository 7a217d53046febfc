import { createHandler } from '@/lib/api/write-routes';
import { listPeople } from '@/db/queries/directory';
import { cachedJson, jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async (request: Request) =>
  cachedJson(request, async () => ({ items: await listPeople() })),
);

export const POST = createHandler('person');
