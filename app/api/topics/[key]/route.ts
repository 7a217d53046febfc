import { deleteHandler, updateHandler } from '@/lib/api/write-routes';

export const PATCH = updateHandler('topic');
export const DELETE = deleteHandler('topic');
