import { deleteHandler, readHandler, updateHandler } from '@/lib/api/write-routes';
import { listSources } from '@/db/queries/directory';

export const GET = readHandler('source', listSources);
export const PATCH = updateHandler('source');
export const DELETE = deleteHandler('source');
