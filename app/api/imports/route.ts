import { requireRole } from '@/lib/auth/session';
import { AppError, errorBody } from '@/lib/errors';
import { jsonRoute } from '@/lib/http';
import { MAX_IMPORT_BYTES } from '@/lib/import/limits';
import { importEventsUpload } from '@/lib/import/service';
import { readBodyBytes } from '@/lib/request-body';

// An analyst's upload of a JSON or CSV export: `file`, and `dryRun` ("true" for a check that
// writes nothing). The role is checked before the body is read. A check answers 200 with its
// report whatever it found; an import that rejected rows wrote nothing and answers 400 with the
// same report beside the error.
export const POST = jsonRoute(async (request: Request) => {
  const actor = await requireRole('analyst');
  const body = await readBodyBytes(request, MAX_IMPORT_BYTES);
  const form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } })
    .formData()
    .catch(() => {
      throw new AppError('bad_request', 'Send the file as multipart/form-data in a field named "file"', {
        file: 'missing',
      });
    });
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0)
    throw new AppError('bad_request', 'Choose a JSON or CSV export to import', { file: 'choose a .json or .csv file' });
  const report = await importEventsUpload({ file, dryRun: form.get('dryRun') === 'true', actor });
  if (report.dryRun || report.committed) return Response.json(report);
  const rows = report.rejected.length;
  const refused = new AppError(
    'bad_request',
    `Nothing was imported: ${rows} row${rows === 1 ? ' was' : 's were'} rejected. Fix ${rows === 1 ? 'it' : 'them'} and import the file again.`,
    {
      file: `${rows} rejected row${rows === 1 ? '' : 's'}`,
    },
  );
  return Response.json({ ...errorBody(refused), report }, { status: refused.status });
});
