import 'server-only';
import { openDatabase, resolveDatabasePath, type ParleyDb } from './connection';
import { dataVersion } from './read-cache';

// One connection per database file per process, kept on globalThis so that every route bundle
// and every hot reload shares it instead of opening another.
const globalForDb = globalThis as typeof globalThis & {
  __parleyDatabases?: Map<string, ParleyDb>;
  __parleyDataVersion?: () => string;
};

export function getDb(): ParleyDb {
  const file = resolveDatabasePath();
  const databases = (globalForDb.__parleyDatabases ??= new Map());
  let db = databases.get(file);
  if (!db) {
    db = openDatabase(file);
    databases.set(file, db);
  }
  return db;
}

// The page cache (db/page-cache.mjs) runs outside the bundle and checks every page it keeps against this.
globalForDb.__parleyDataVersion = () => dataVersion(getDb());
