import { deleteHandler, readHandler, updateHandler } from '@/lib/api/write-routes';
import { listTopics } from '@/db/queries/directory';

export const GET = readHandler('topic', listTopics);
export const PATCH = updateHandler('topic');
export const DELETE = deleteHandler('topic');
