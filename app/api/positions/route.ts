import { listPositions } from '@/db/queries/positions';
import { jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async () => Response.json({ items: await listPositions() }));
