import { createHandler } from '@/lib/api/write-routes';
import { listPeople } from '@/db/queries/directory';
import { jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async () => Response.json({ items: await listPeople() }));

export const POST = createHandler('person');
