import { deleteHandler, updateHandler } from '@/lib/api/write-routes';

export const PATCH = updateHandler('claim');
export const DELETE = deleteHandler('claim');
