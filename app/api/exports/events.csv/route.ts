import { csvExport } from '@/lib/exports/responses';
import { jsonRoute } from '@/lib/http';

export const GET = jsonRoute(csvExport);
