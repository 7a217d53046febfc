import type { Metadata } from 'next';
import { ImportForm } from '@/components/import/import-form';
import { requirePageRole } from '@/lib/auth/require-page';

export const metadata: Metadata = { title: 'Import events' };

export default async function ImportPage() {
  await requirePageRole('analyst', '/import');
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Import events</h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">
        Upload a JSON or CSV file in the format of Parley’s own exports. Check it first: the check lists every event
        that would be created or updated and every row that would be rejected, with its line and the reason, and writes
        nothing. The import itself writes all rows or none. Events are matched by slug, so importing the same file again
        changes nothing.
      </p>
      <ImportForm />
    </>
  );
}
