import { getDb } from '@/db/client';
import { resolveDatabasePath } from '@/db/connection';
import { isDatabaseEmpty, seedDatabase } from '@/db/seed';
import { runCli } from './cli';

runCli(async () => {
  const db = getDb();
  if (!isDatabaseEmpty(db))
    throw new Error(`${resolveDatabasePath()} already holds data; run "npm run db:reset" to start again from the seed`);
  await seedDatabase(db);
  console.log(`Seeded ${resolveDatabasePath()}`);
});
