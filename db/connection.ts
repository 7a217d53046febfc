// Opening a Parley database: the folder, the pragmas and the migrations, with failures turned
// into one line that names the path. Used by the app's client and by the command-line scripts.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type ParleyDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = 'data/parley.db';

/** A problem with the database file or its migrations, worded for a one-line message. */
export class DatabaseStartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseStartupError';
  }
}

export function resolveDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

function migrationsFolder(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0];
}

export function openDatabase(file: string, options: { migrate?: boolean } = {}): ParleyDb {
  const folder = path.dirname(file);
  try {
    fs.mkdirSync(/*turbopackIgnore: true*/ folder, { recursive: true });
  } catch (error) {
    throw new DatabaseStartupError(`Cannot create the database folder ${folder}: ${reason(error)}`);
  }
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
    // WAL lets readers proceed while one analyst writes; NORMAL is durable under WAL except
    // for the last commits on power loss, never corrupting; the busy timeout queues writers.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new DatabaseStartupError(`Cannot open the database at ${file}: ${reason(error)}`);
  }
  const db = drizzle({ client: sqlite, schema }) as ParleyDb;
  if (options.migrate !== false) {
    try {
      // The migrator applies every pending migration inside one transaction: a failure leaves
      // the file exactly as it was.
      migrate(db, { migrationsFolder: migrationsFolder() });
    } catch (error) {
      sqlite.close();
      throw new DatabaseStartupError(`Cannot migrate the database at ${file}: ${reason(error)}`);
    }
  }
  return db;
}

/** The handle a write runs on inside `db.transaction(..., { behavior: 'immediate' })`. */
export type ParleyTx = Parameters<Parameters<ParleyDb['transaction']>[0]>[0];

/**
 * Runs `write` in one IMMEDIATE transaction: the write lock is taken at BEGIN, so the busy
 * timeout applies instead of a deferred read-then-write failing at once with SQLITE_BUSY. The
 * callback is synchronous, so no transaction can stay open across an await.
 */
export function writeTransaction<T>(db: ParleyDb, write: (tx: ParleyTx) => T): T {
  return db.transaction(write, { behavior: 'immediate' });
}
