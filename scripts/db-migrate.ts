import { openDatabase, resolveDatabasePath } from '@/db/connection';
import { runCli } from './cli';

runCli(async () => {
  const file = resolveDatabasePath();
  openDatabase(file).$client.close();
  console.log(`Migrated ${file}`);
});
