import { deleteHandler, readHandler, updateHandler } from '@/lib/api/write-routes';
import { listPeople } from '@/db/queries/directory';

export const GET = readHandler('person', listPeople);
export const PATCH = updateHandler('person');
export const DELETE = deleteHandler('person');
