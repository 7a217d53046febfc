// `npm run db:import -- file.json|file.csv [--dry-run]`: imports events in the export's format
// into DATABASE_PATH, all or nothing; exits non-zero when any row is rejected.
import fs from 'node:fs';
import path from 'node:path';
import { getDb } from '@/db/client';
import { resolveDatabasePath } from '@/db/connection';
import { describeImportReport, importEventsText, importFormat } from '@/lib/import/service';
import { runCli } from './cli';

runCli(async () => {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const files = args.filter((arg) => !arg.startsWith('--'));
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--dry-run');
  if (files.length !== 1 || unknown.length)
    throw new Error('usage: npm run db:import -- <file.json|file.csv> [--dry-run]');
  const file = path.resolve(files[0]);
  const format = importFormat(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const report = await importEventsText({
    text,
    format,
    dryRun,
    actor: { id: null, name: `Import of ${path.basename(file)}` },
    db: getDb(),
  });
  console.log(`${dryRun ? 'Dry run of the import' : 'Import'} of ${file} into ${resolveDatabasePath()}`);
  for (const line of describeImportReport(report)) console.log(line);
  if (report.rejected.length) process.exitCode = 1;
});
