import { deleteHandler, updateHandler } from '@/lib/api/write-routes';

export const PATCH = updateHandler('party');
export const DELETE = deleteHandler('party');
