import { createHandler } from '@/lib/api/write-routes';

export const POST = createHandler('point');
