import { jsonRoute } from '@/lib/http';
import { openApiDocument } from '@/lib/openapi/document';

export const GET = jsonRoute(async () =>
  Response.json(openApiDocument(), { headers: { 'Cache-Control': 'public, max-age=300' } }),
);
