// Benchmark probe: the framework's floor for JSON. `npm run bench` compares every API endpoint
// with this handler, which answers a constant body without touching the database; it reveals
// nothing and changes nothing, so it is harmless in production.
export const dynamic = 'force-dynamic';

const BODY = { ok: true, probe: 'bench-floor' };

export function GET(): Response {
  return Response.json(BODY);
}
