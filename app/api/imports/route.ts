import { requireRole } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { jsonRoute } from '@/lib/http';
import { importEventsUpload } from '@/lib/import/service';

// An analyst's upload of a JSON or CSV export: `file`, and `dryRun` ("true" for a check that
// writes nothing). The role is checked before the body is read.
export const POST = jsonRoute(async (request: Request) => {
  const actor = await requireRole('analyst');
  const form = await request.formData().catch(() => {
    throw new AppError('bad_request', 'Send the file as multipart/form-data in a field named "file"', { file: 'missing' });
  });
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) throw new AppError('bad_request', 'Choose a JSON or CSV export to import', { file: 'choose a .json or .csv file' });
  const report = await importEventsUpload({ file, dryRun: form.get('dryRun') === 'true', actor });
  return Response.json(report);
});
