import { createHandler } from '@/lib/api/write-routes';
import { listTopics } from '@/db/queries/directory';
import { jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async () => Response.json({ items: await listTopics() }));

export const POST = createHandler('topic');
