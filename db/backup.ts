// Online backups through SQLite's backup API, and restores that check the copy first and keep
// the file they replace.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DatabaseStartupError, describeStorageError } from './connection';
import { runningServer } from './server-lock';

/**
 * Copies the live database to `destination` while the app keeps serving and writing. After the
 * first step the whole copy is one step, so it reads one consistent snapshot; WAL lets writers
 * go on meanwhile instead of restarting the copy for every write.
 */
export async function backupDatabase(source: string, destination: string): Promise<{ pages: number; bytes: number }> {
  if (!fs.existsSync(source)) throw new DatabaseStartupError(`No database at ${source}`);
  if (fs.existsSync(destination)) throw new DatabaseStartupError(`${destination} already exists; choose a new file`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const progress = await db.backup(destination, { progress: () => 0x7fffffff });
    return { pages: progress.totalPages, bytes: fs.statSync(destination).size };
  } catch (error) {
    fs.rmSync(destination, { force: true });
    throw new DatabaseStartupError(`Cannot back up ${source} to ${destination}: ${describeStorageError(error)}`);
  } finally {
    db.close();
  }
}

/** Checks that a file is an intact Parley database; returns its number of events. */
export function verifyBackup(file: string): { events: number } {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new DatabaseStartupError(`Cannot read the backup ${file}: ${describeStorageError(error)}`);
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new DatabaseStartupError(`The backup ${file} is damaged: ${String(integrity)}`);
    const hasMigrations = db.prepare("SELECT 1 FROM sqlite_master WHERE name = '__drizzle_migrations'").get();
    if (!hasMigrations) throw new DatabaseStartupError(`${file} is not a Parley database`);
    return { events: db.prepare('SELECT count(*) FROM events').pluck().get() as number };
  } catch (error) {
    if (error instanceof DatabaseStartupError) throw error;
    throw new DatabaseStartupError(`Cannot read the backup ${file}: ${describeStorageError(error)}`);
  } finally {
    db.close();
  }
}

/**
 * Replaces the database with a verified backup while no server uses it. The replaced file is
 * kept beside it (`….before-restore-<time>`), so a restore never loses data either.
 */
export function restoreDatabase(backup: string, target: string): { events: number; keptAs: string | null } {
  const pid = runningServer(target);
  if (pid)
    throw new DatabaseStartupError(`A Parley server (process ${pid}) is using ${target}; stop it before restoring`);
  const { events } = verifyBackup(backup);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = `${target}.restoring`;
  fs.copyFileSync(backup, staging);
  const handle = fs.openSync(staging, 'r+');
  fs.fsyncSync(handle);
  fs.closeSync(handle);
  let keptAs: string | null = null;
  if (fs.existsSync(target)) {
    // Fold any committed WAL content into the old file before setting it aside.
    const old = new Database(target);
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    keptAs = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(target, keptAs);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
  return { events, keptAs };
}
