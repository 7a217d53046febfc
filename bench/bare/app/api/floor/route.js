// The floor for JSON: the same constant body as Parley's /api/bench/floor, per request.
export const dynamic = 'force-dynamic';

const BODY = { ok: true, probe: 'bench-floor' };

export function GET() {
  return Response.json(BODY);
}
