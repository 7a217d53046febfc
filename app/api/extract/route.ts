import { extractDirectory } from '@/db/queries/extract-directory';
import { readJson } from '@/lib/api/write-routes';
import { requireRole } from '@/lib/auth/session';
import { invalidInput } from '@/lib/errors';
import { extract, reader } from '@/lib/extract/extract';
import { jsonRoute } from '@/lib/http';
import { extractRequestSchema } from '@/lib/validation/extract';

// Reads a pasted source into proposals for a draft event; nothing is saved. Analysts only: the
// answer lists the directory's records, and reading a long text costs the server real work.
export const POST = jsonRoute(async (request: Request) => {
  await requireRole('analyst');
  const parsed = extractRequestSchema.safeParse(await readJson(request));
  if (!parsed.success) throw invalidInput(parsed.error);
  return Response.json(extract(reader(extractDirectory()), parsed.data), { headers: { 'Cache-Control': 'no-store' } });
});
