'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ImportReport } from '@/db/queries/event-import';
import type { ErrorBody } from '@/lib/errors';

type Result = { report: ImportReport; fileName: string } | { error: string };
type RefusedImport = ErrorBody & { report?: ImportReport };

const button = 'rounded-md px-4 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';

/** Choose a file, check it (a dry run), then import it once the check found nothing to reject. */
export function ImportForm() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  async function send(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    const body = new FormData();
    body.set('file', file);
    body.set('dryRun', String(dryRun));
    try {
      const response = await fetch('/api/imports', { method: 'POST', body });
      const json = await response.json();
      // An import that rejected rows answers 400 with its report: show the rows, as a check does.
      const report = response.ok ? (json as ImportReport) : (json as RefusedImport).report;
      setResult(report ? { report, fileName: file.name } : { error: (json as ErrorBody).error });
      if (response.ok && !dryRun) router.refresh();
    } catch {
      setResult({ error: 'The server could not be reached; nothing was imported. Try again.' });
    } finally {
      setBusy(false);
    }
  }

  const checked =
    result && 'report' in result && result.report.dryRun && result.fileName === file?.name ? result.report : null;
  return (
    <div className="mt-6 space-y-4">
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium">
          Export file (.json or .csv, up to 20 MB)
        </label>
        <input
          id="import-file"
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setResult(null);
          }}
          className="mt-1 block text-sm"
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          disabled={!file || busy}
          onClick={() => send(true)}
          className={`${button} border border-slate-400 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`}
        >
          Check the file
        </button>
        <button
          type="button"
          disabled={!checked || checked.rejected.length > 0 || busy}
          onClick={() => send(false)}
          className={`${button} bg-accent-700 text-white hover:bg-accent-600`}
        >
          Import
        </button>
      </div>
      <div role="status" aria-live="polite">
        {busy && <p>Working…</p>}
        {result && 'error' in result && <p className="text-rose-800 dark:text-rose-300">{result.error}</p>}
        {result && 'report' in result && <ImportSummary report={result.report} />}
      </div>
    </div>
  );
}

function ImportSummary({ report }: { report: ImportReport }) {
  const verb = report.committed ? '' : 'would be ';
  return (
    <div className="space-y-3">
      <p className="font-medium">
        {report.committed
          ? 'Imported.'
          : report.dryRun
            ? report.rejected.length
              ? 'The check found rows to fix: nothing can be imported until they are.'
              : 'The check passed: nothing has been written yet.'
            : 'Nothing was imported: the file has rejected rows.'}
      </p>
      <ul className="text-sm">
        <li>
          {report.created.length} {verb}created
        </li>
        <li>
          {report.updated.length} {verb}updated
        </li>
        <li>{report.unchanged.length} unchanged</li>
        <li>{report.rejected.length} rejected</li>
      </ul>
      {report.rejected.length > 0 && (
        <table className="text-sm">
          <caption className="text-left font-medium">Rejected rows</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">
                Line
              </th>
              <th scope="col" className="pr-4 text-left">
                Event
              </th>
              <th scope="col" className="text-left">
                Reason
              </th>
            </tr>
          </thead>
          <tbody>
            {report.rejected.map((row) => (
              <tr key={`${row.line}-${row.slug}`}>
                <td className="pr-4 align-top">{row.line}</td>
                <td className="pr-4 align-top">{row.slug ?? '—'}</td>
                <td className="align-top">{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
