// A fresh temporary database migrated by the real migrations (and, when asked, seeded), made
// the one that `getDb()` serves for the rest of the test file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDb } from '@/db/client';
import type { ParleyDb } from '@/db/connection';
import { seedDatabase } from '@/db/seed';

export function temporaryDatabasePath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-test-')), 'parley.db');
}

export async function useTemporaryDatabase({ seed = true } = {}): Promise<ParleyDb> {
  process.env.DATABASE_PATH = temporaryDatabasePath();
  const db = getDb();
  if (seed) await seedDatabase(db);
  return db;
}
