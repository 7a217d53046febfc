import { listSources } from '@/db/queries/directory';
import { cachedJson, jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async (request: Request) => cachedJson(request, async () => ({ items: await listSources() })));
