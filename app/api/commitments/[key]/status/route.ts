import { commitmentStatusHandler } from '@/lib/api/write-routes';

export const POST = commitmentStatusHandler();
