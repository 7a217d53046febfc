// Opening a Parley database: the folder, the pragmas and the migrations, with failures turned
// into one line that names the path. Used by the app's client and by the command-line scripts.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { ImportInProgressError } from './errors';
import { backfillLocalDays } from './local-days';
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

export function defaultMigrationsFolder(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');
}

const SQLITE_REASONS: Record<string, string> = {
  SQLITE_READONLY: 'the file or its folder is read-only',
  SQLITE_FULL: 'the disk is full',
  SQLITE_NOTADB: 'the file is not a SQLite database',
  SQLITE_CORRUPT: 'the database file is corrupt (restore it from a backup: npm run db:restore -- FILE)',
  SQLITE_CANTOPEN: 'the file cannot be opened or created (does its folder exist, and may this user write there?)',
  SQLITE_IOERR: 'the disk reported an input/output error',
  SQLITE_PERM: 'permission denied',
};

/** One line a person can act on, from whatever SQLite or the file system threw. */
export function describeStorageError(thrown: unknown): string {
  // Drizzle wraps the driver's error ("Failed to run the query …"); the cause says what failed.
  const error = (thrown as { cause?: unknown } | null)?.cause ?? thrown;
  const code = (error as { code?: string } | null)?.code ?? '';
  const known = Object.entries(SQLITE_REASONS).find(([prefix]) => code.startsWith(prefix));
  if (known) return known[1];
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0];
}

export function openDatabase(
  file: string,
  options: { migrate?: boolean; migrationsFolder?: string; readonly?: boolean } = {},
): ParleyDb {
  const folder = path.dirname(file);
  try {
    fs.mkdirSync(/*turbopackIgnore: true*/ folder, { recursive: true });
  } catch (error) {
    throw new DatabaseStartupError(`Cannot create the database folder ${folder}: ${describeStorageError(error)}`);
  }
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    // WAL lets readers proceed while one analyst writes; NORMAL is durable under WAL except
    // for the last commits on power loss, never corrupting; the busy timeout queues writers.
    if (!options.readonly) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new DatabaseStartupError(`Cannot open the database at ${file}: ${describeStorageError(error)}`);
  }
  const db = drizzle({ client: sqlite, schema }) as ParleyDb;
  if (options.migrate !== false && !options.readonly) {
    try {
      // The migrator applies every pending migration inside one transaction: a failure leaves
      // the file exactly as it was.
      migrate(db, { migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder() });
      backfillLocalDays(db);
    } catch (error) {
      sqlite.close();
      throw new DatabaseStartupError(
        `Cannot migrate the database at ${file}: ${describeStorageError(error)}; nothing was changed`,
      );
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
  if (filesBeingImported.has(db.$client.name)) throw new ImportInProgressError();
  return db.transaction(write, { behavior: 'immediate' });
}

/**
 * Database files whose write lock an import in this process holds across turns of the event
 * loop, on a connection of its own. A write on another connection of the same thread would
 * wait out the busy timeout with the thread blocked (the import cannot finish meanwhile, and no
 * read is answered), so it is refused at once instead.
 */
const filesBeingImported = new Set<string>();

export async function holdingImportLock<T>(db: ParleyDb, run: () => Promise<T>): Promise<T> {
  const file = db.$client.name;
  if (filesBeingImported.has(file)) throw new ImportInProgressError();
  filesBeingImported.add(file);
  try {
    return await run();
  } finally {
    filesBeingImported.delete(file);
  }
}

/** SQLite's quick check (about a second for 100,000 events): a damaged file stops the start. */
export function assertIntact(db: ParleyDb, file: string): void {
  let result: unknown;
  try {
    result = db.$client.pragma('quick_check', { simple: true });
  } catch (error) {
    throw new DatabaseStartupError(`The database at ${file} cannot be read: ${describeStorageError(error)}`);
  }
  if (result !== 'ok') {
    throw new DatabaseStartupError(
      `The database at ${file} is damaged (${String(result)}); restore it from a backup with npm run db:restore -- FILE`,
    );
  }
}
