import { getEventReadouts } from '@/db/queries/readouts';
import { readoutExport } from '@/lib/exports/readout-export';
import { invalidInput } from '@/lib/errors';
import { cachedJson, jsonRoute } from '@/lib/http';
import { readoutsQuerySchema } from '@/lib/validation/claims-query';

export const GET = jsonRoute(async (request: Request, context: { params: Promise<{ key: string }> }) => {
  const { key } = await context.params;
  const parsed = readoutsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw invalidInput(parsed.error);
  const { format } = parsed.data;
  return format ? readoutExport(request, key, format) : cachedJson(request, () => getEventReadouts({ key }));
});
