import { deleteHandler, updateHandler } from '@/lib/api/write-routes';

export const PATCH = updateHandler('person');
export const DELETE = deleteHandler('person');
