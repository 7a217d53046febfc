import { commitmentById } from '@/db/queries/commitments';
import { deleteHandler, readHandler, updateHandler } from '@/lib/api/write-routes';

export const GET = readHandler('commitment', async ({ id }) => {
  const commitment = await commitmentById({ id });
  return commitment ? [commitment] : [];
});
export const PATCH = updateHandler('commitment');
export const DELETE = deleteHandler('commitment');
