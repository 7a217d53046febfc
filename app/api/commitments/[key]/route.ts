import { RecordNotFoundError } from '@/db/errors';
import { commitmentById } from '@/db/queries/commitments';
import { getCommitmentAsOf } from '@/db/queries/commitments-as-of';
import { deleteHandler, readHandler, updateHandler } from '@/lib/api/write-routes';
import { invalidInput } from '@/lib/errors';
import { cachedJson, jsonRoute } from '@/lib/http';
import { asOfQuerySchema } from '@/lib/validation/as-of';

const readLive = readHandler('commitment', async ({ id }) => {
  const commitment = await commitmentById({ id });
  return commitment ? [commitment] : [];
});

/** With `asOf`, the commitment as Parley held it then, found even if deleted since. */
export const GET = jsonRoute(async (request: Request, context: { params: Promise<{ key: string }> }) => {
  const query = asOfQuerySchema.safeParse({ asOf: new URL(request.url).searchParams.get('asOf') ?? undefined });
  if (!query.success) throw invalidInput(query.error);
  const { asOf } = query.data;
  if (!asOf) return readLive(request, context);
  const key = (await context.params).key.slice(0, 200);
  return cachedJson(request, async () => {
    const commitment = getCommitmentAsOf({ key, at: asOf });
    if (!commitment) throw new RecordNotFoundError('commitment', key);
    return commitment;
  });
});
export const PATCH = updateHandler('commitment');
export const DELETE = deleteHandler('commitment');
