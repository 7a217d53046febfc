import { getEventReadouts } from '@/db/queries/readouts';
import { cachedJson, jsonRoute } from '@/lib/http';

export const GET = jsonRoute(async (request: Request, context: { params: Promise<{ key: string }> }) => {
  const { key } = await context.params;
  return cachedJson(request, () => getEventReadouts({ key }));
});
