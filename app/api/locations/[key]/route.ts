import { deleteHandler, readHandler, updateHandler } from '@/lib/api/write-routes';
import { listLocations } from '@/db/queries/directory';

export const GET = readHandler('location', listLocations);
export const PATCH = updateHandler('location');
export const DELETE = deleteHandler('location');
