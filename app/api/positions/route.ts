import { listPositions } from '@/db/queries/positions';
import { invalidInput } from '@/lib/errors';
import { cachedJson, jsonRoute } from '@/lib/http';
import { parsePositionsQuery } from '@/lib/validation/positions-query';

export const GET = jsonRoute(async (request: Request) => {
  const parsed = parsePositionsQuery(new URL(request.url).searchParams);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { party } = parsed.data;
  return cachedJson(request, async () => ({ items: await listPositions({ party }) }));
});
