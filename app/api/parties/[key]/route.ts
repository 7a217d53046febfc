import { deleteHandler, readHandler, updateHandler } from '@/lib/api/write-routes';
import { listParties } from '@/db/queries/directory';

export const GET = readHandler('party', listParties);
export const PATCH = updateHandler('party');
export const DELETE = deleteHandler('party');
