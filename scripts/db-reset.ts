// Deletes the database file (and its WAL files) and builds it again from the migrations and
// the seed. Asks nothing: it is for development databases.
import fs from 'node:fs';
import { resolveDatabasePath } from '@/db/connection';
import { runCli } from './cli';

runCli(async () => {
  const file = resolveDatabasePath();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  const { prepareDatabase } = await import('@/db/bootstrap');
  await prepareDatabase({ ...process.env, PARLEY_SEED: 'on' });
  console.log(`Reset ${file} to the seed`);
});
