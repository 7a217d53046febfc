import { listPositions } from '@/db/queries/positions';
import { invalidInput } from '@/lib/errors';
import { jsonRoute } from '@/lib/http';
import { parsePositionsQuery } from '@/lib/validation/positions-query';

export const GET = jsonRoute(async (request: Request) => {
  const parsed = parsePositionsQuery(new URL(request.url).searchParams);
  if (!parsed.success) throw invalidInput(parsed.error);
  return Response.json({ items: await listPositions({ party: parsed.data.party }) });
});
