// The one entry to bulk import, for the command line and for an analyst's upload alike: read
// the file in the export's format, try every row, and write all of it or none of it.
import path from 'node:path';
import type { ParleyDb } from '@/db/connection';
import { importEvents, type ImportReport } from '@/db/queries/event-import';
import type { Actor } from '@/db/queries/revisions';
import { AppError } from '@/lib/errors';
import { decodeUtf8, payloadTooLarge } from '@/lib/request-body';
import { MAX_IMPORT_BYTES } from './limits';
import { parseCsvImport, parseJsonImport } from './event-file';

export type ImportFormat = 'json' | 'csv';

export function importFormat(fileName: string): ImportFormat {
  const extension = path.extname(fileName).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.csv') return 'csv';
  throw new AppError(
    'unsupported_media_type',
    `Cannot import "${path.basename(fileName)}": the file must end in .json or .csv, as Parley's exports do`,
    {
      file: 'must be a .json or .csv export',
    },
  );
}

export async function importEventsText({
  text,
  format,
  dryRun,
  actor,
  db,
}: {
  text: string;
  format: ImportFormat;
  dryRun: boolean;
  actor: Actor;
  db?: ParleyDb;
}): Promise<ImportReport> {
  const parsed = await (format === 'csv' ? parseCsvImport(text) : parseJsonImport(text));
  // Rows that did not even parse still stop the real run; the others are tried, and rolled
  // back, so the report says what else would have happened.
  const report = await importEvents({ rows: parsed.rows, dryRun: dryRun || parsed.rejected.length > 0, actor, db });
  return { ...report, dryRun, rejected: [...parsed.rejected, ...report.rejected].sort((a, b) => a.line - b.line) };
}

/** For an upload form's Server Action or a route handler: `await importEventsUpload({ file, dryRun, actor })`. */
export async function importEventsUpload({
  file,
  dryRun,
  actor,
  db,
}: {
  file: File;
  dryRun: boolean;
  actor: Actor;
  db?: ParleyDb;
}): Promise<ImportReport> {
  if (file.size > MAX_IMPORT_BYTES)
    throw payloadTooLarge(MAX_IMPORT_BYTES, `The file (${(file.size / 1024 / 1024).toFixed(1)} MB)`);
  const text = decodeUtf8(await file.arrayBuffer(), `The file ${path.basename(file.name)}`);
  return importEventsText({ text, format: importFormat(file.name), dryRun, actor, db });
}

/** The report as lines for a terminal: counts, then each rejected row with its line and reason. */
export function describeImportReport(report: ImportReport): string[] {
  const verb = report.committed ? '' : 'would be ';
  const lines = [
    `${report.created.length} ${verb}created, ${report.updated.length} ${verb}updated, ${report.unchanged.length} unchanged, ${report.rejected.length} rejected`,
    ...report.created.map((o) => `  line ${o.line}: create ${o.slug}`),
    ...report.updated.map((o) => `  line ${o.line}: update ${o.slug}`),
    ...report.rejected.map((r) => `  line ${r.line}${r.slug ? ` (${r.slug})` : ''}: rejected, ${r.reason}`),
  ];
  if (report.dryRun) lines.push('Dry run: nothing was written.');
  else if (!report.committed)
    lines.push('Nothing was written: the import is all-or-nothing, and the rows above were rejected.');
  return lines;
}
