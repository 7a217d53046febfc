// @ts-check
// Where Next.js keeps the pages it renders once and serves again (the timeline, event, person and
// party pages): in memory, each page tagged with the database's change counters at the moment it
// was asked for. Any write, through the app or from a script on the same file (an import, a
// restore), moves the counters, and the next request renders afresh; so a write is visible at
// once and no page outlives the data it shows. Nothing is written to disk, so a restart starts
// empty. Loaded by Next.js at run time as plain JavaScript, outside the bundle, so it asks the
// app's own connection for the counters through the hook db/client.ts leaves on globalThis.

const MAX_BYTES = 64 * 1024 * 1024;

/** @returns {string | null} the counters, or null before the app has opened its database */
function dataVersion() {
  const read = /** @type {{ __parleyDataVersion?: () => string }} */ (globalThis).__parleyDataVersion;
  return read ? read() : null;
}

/** @param {any} value */
function sizeOf(value) {
  if (!value) return 64;
  let size = (value.html?.length ?? 0) + (value.rscData?.length ?? 0) + (value.body?.length ?? 0);
  for (const [path, buffer] of value.segmentData ?? []) size += path.length + buffer.length;
  return Math.max(size, 64);
}

// Next.js makes a handler for every request, so what is kept lives in the module.
/** @type {Map<string, { value: any; lastModified: number; version: string; size: number }>} */
const entries = new Map();
/** The counters when a page was found missing, so that a write during its render leaves it already out of date. @type {Map<string, string>} */
const missedAt = new Map();
let bytes = 0;

/** @param {string} key */
function drop(key) {
  const entry = entries.get(key);
  if (!entry) return;
  bytes -= entry.size;
  entries.delete(key);
}

export default class PageCache {
  /** @param {string} key */
  async get(key) {
    const version = dataVersion();
    const entry = entries.get(key);
    if (entry && entry.version === version) {
      entries.delete(key);
      entries.set(key, entry);
      return { value: entry.value, lastModified: entry.lastModified };
    }
    if (entry) drop(key);
    if (version !== null && !missedAt.has(key)) {
      // A render that fails never comes back to `set`; do not let such keys pile up.
      if (missedAt.size >= 10_000) missedAt.clear();
      missedAt.set(key, version);
    }
    return null;
  }

  /** @param {string} key @param {any} value */
  async set(key, value) {
    const version = missedAt.get(key) ?? dataVersion();
    missedAt.delete(key);
    drop(key);
    if (version === null) return;
    const size = key.length + sizeOf(value);
    if (size > MAX_BYTES / 8) return;
    entries.set(key, { value, lastModified: Date.now(), version, size });
    bytes += size;
    for (const [oldest] of entries) {
      if (bytes <= MAX_BYTES) break;
      drop(oldest);
    }
  }

  /** Parley never names tags; should anything ask, everything goes. */
  async revalidateTag() {
    entries.clear();
    missedAt.clear();
    bytes = 0;
  }

  resetRequestCache() {}
}
