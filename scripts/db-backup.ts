// `npm run db:backup -- FILE`: a consistent copy of DATABASE_PATH, safe while the app serves.
import { backupDatabase } from '@/db/backup';
import { resolveDatabasePath } from '@/db/connection';
import { runCli } from './cli';

runCli(async () => {
  const destination = process.argv[2];
  if (!destination) throw new Error('usage: npm run db:backup -- FILE (a new file to write the copy to)');
  const source = resolveDatabasePath();
  const started = Date.now();
  const { bytes } = await backupDatabase(source, destination);
  console.log(
    `Backed up ${source} to ${destination} (${(bytes / 1048576).toFixed(1)} MiB) in ${Date.now() - started} ms`,
  );
});
