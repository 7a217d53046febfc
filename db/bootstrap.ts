// What every start does before serving: open and migrate the database, and seed the article
// into an empty one (unless PARLEY_SEED=off, as benchmarks and imports want).
import { getDb } from './client';
import { isDatabaseEmpty, seedDatabase } from './seed';

export async function prepareDatabase(env: NodeJS.ProcessEnv = process.env): Promise<{ seeded: boolean }> {
  const db = getDb();
  if (env.PARLEY_SEED === 'off' || !isDatabaseEmpty(db)) return { seeded: false };
  await seedDatabase(db);
  return { seeded: true };
}
