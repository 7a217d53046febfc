import 'server-only';
import { openDatabase, resolveDatabasePath, type ParleyDb } from './connection';

// One connection per database file per process, kept on globalThis so that every route bundle
// and every hot reload shares it instead of opening another.
const globalForDb = globalThis as typeof globalThis & { __parleyDatabases?: Map<string, ParleyDb> };

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
