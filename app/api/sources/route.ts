import { createHandler } from '@/lib/api/write-routes';
import { listSources } from '@/db/queries/directory';
import { jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async () => Response.json({ items: await listSources() }));

export const POST = createHandler('source');
