import { jsonExport } from '@/lib/exports/responses';
import { jsonRoute } from '@/lib/http';

export const GET = jsonRoute(jsonExport);
