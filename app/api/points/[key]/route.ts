import { deleteHandler, updateHandler } from '@/lib/api/write-routes';

export const PATCH = updateHandler('point');
export const DELETE = deleteHandler('point');
