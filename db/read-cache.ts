// Answers to reads, kept until the data changes. Readers ask for the same few views again and
// again, and a page of 50 complete events costs milliseconds to assemble; a lookup costs
// microseconds. The version holds SQLite's own change counters: `total_changes()` moves with
// every write on this connection (the app's only one), `data_version` with every write from
// another process (an import, a restore script), so no write can be missed. Today's date is
// part of it too: what a page calls a person's current title changes at midnight, not on a write.
import { sql } from 'drizzle-orm';
import { today } from './calendar';
import type { ParleyDb } from './connection';

const MAX_ENTRIES = 500;
const entries = new Map<string, { version: string; value: unknown }>();

export function dataVersion(db: ParleyDb): string {
  const row = db.get<{ changes: number }>(sql`SELECT total_changes() AS changes`);
  return `${today()}:${db.$client.pragma('data_version', { simple: true })}:${row.changes}`;
}

/** `compute()`'s value for `key`, computed again only after a write to the database. */
export async function cachedRead<T>(db: ParleyDb, key: string, compute: () => Promise<T> | T): Promise<T> {
  const fullKey = `${db.$client.name}|${key}`;
  const version = dataVersion(db);
  const hit = entries.get(fullKey);
  if (hit && hit.version === version) {
    // Least recently used goes first when the map is full.
    entries.delete(fullKey);
    entries.set(fullKey, hit);
    return hit.value as T;
  }
  const value = await compute();
  entries.delete(fullKey);
  entries.set(fullKey, { version, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
