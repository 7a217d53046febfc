import { listChanges } from '@/db/queries/changes';
import { invalidInput } from '@/lib/errors';
import { cachedJson, jsonRoute } from '@/lib/http';
import { parseChangesQuery } from '@/lib/validation/changes';

export const GET = jsonRoute(async (request: Request) => {
  const parsed = parseChangesQuery(new URL(request.url).searchParams);
  if (!parsed.success) throw invalidInput(parsed.error);
  return cachedJson(request, () => listChanges(parsed.data));
});
