import { deleteHandler, updateHandler } from '@/lib/api/write-routes';

export const PATCH = updateHandler('source');
export const DELETE = deleteHandler('source');
