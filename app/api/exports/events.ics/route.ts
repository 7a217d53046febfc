import { icsExport } from '@/lib/exports/responses';
import { jsonRoute } from '@/lib/http';

export const GET = jsonRoute((request: Request) => icsExport(request));
