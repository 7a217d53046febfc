import { createHandler } from '@/lib/api/write-routes';
import { listParties } from '@/db/queries/directory';
import { jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async () => Response.json({ items: await listParties() }));

export const POST = createHandler('party');
