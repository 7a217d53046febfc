// A fresh temporary database migrated by the real migrations (and, when asked, seeded), made
// the one that `getDb()` serves for the rest of the test file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDb } from '@/db/client';
import { openDatabase, type ParleyDb } from '@/db/connection';
import { createLocation, createParty, createPerson, createSource, createTopic } from '@/db/queries/record-writes';
import { SYSTEM_ACTOR } from '@/db/queries/revisions';
import { seedDatabase } from '@/db/seed';
import * as article from '@/db/seed/riyadh-2025';

export function temporaryDatabasePath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-test-')), 'parley.db');
}

export async function useTemporaryDatabase({ seed = true } = {}): Promise<ParleyDb> {
  process.env.DATABASE_PATH = temporaryDatabasePath();
  const db = getDb();
  if (seed) await seedDatabase(db);
  return db;
}

/** A database of its own with the article's parties, people, topics, places and sources, and no events. */
export async function directoryOnly(): Promise<ParleyDb> {
  const db = openDatabase(temporaryDatabasePath());
  for (const input of article.sources) await createSource({ input, actor: SYSTEM_ACTOR, db });
  for (const input of article.parties) await createParty({ input, actor: SYSTEM_ACTOR, db });
  for (const input of article.topics) await createTopic({ input, actor: SYSTEM_ACTOR, db });
  for (const input of article.locations) await createLocation({ input, actor: SYSTEM_ACTOR, db });
  for (const input of article.people) await createPerson({ input, actor: SYSTEM_ACTOR, db });
  return db;
}
