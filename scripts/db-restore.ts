// `npm run db:restore -- FILE`: replaces DATABASE_PATH with a verified backup; the server must
// be stopped. The replaced file is kept beside it.
import { restoreDatabase } from '@/db/backup';
import { resolveDatabasePath } from '@/db/connection';
import { runCli } from './cli';

runCli(async () => {
  const backup = process.argv[2];
  if (!backup) throw new Error('usage: npm run db:restore -- FILE (a backup made by npm run db:backup)');
  const target = resolveDatabasePath();
  const { events, keptAs } = restoreDatabase(backup, target);
  console.log(
    `Restored ${target} from ${backup} (${events} events)${keptAs ? `; the previous file is kept as ${keptAs}` : ''}`,
  );
});
