// A direct look into the test server's SQLite file, for assertions about what a request did or
// did not write, and for states no request can produce on demand (a session past its expiry).
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { TEST_DATABASE } from '../../playwright.config';

function open(): Database.Database {
  const db = new Database(TEST_DATABASE);
  db.pragma('busy_timeout = 10000');
  return db;
}

/**
 * A digest of every row, in every table, that mentions `marker`: the records a test made under a
 * unique name, their join rows' parents, their revisions, accounts and tokens. Other tests write
 * at the same time, so only rows carrying the marker are compared.
 */
export function digestOf(marker: string): string {
  const db = open();
  try {
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name NOT LIKE '__drizzle%' ORDER BY name",
      )
      .all();
    const hash = createHash('sha256');
    for (const { name } of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${name}"`)
        .all()
        .map((row) => JSON.stringify(row));
      for (const text of rows.filter((row) => row.includes(marker)).sort()) hash.update(`${name}\n${text}\n`);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** Moves the expiry of the session behind `sessionToken` (the part of the cookie before the dot) into the past. */
export function expireSession(sessionToken: string): void {
  const db = open();
  try {
    const changed = db
      .prepare('UPDATE sessions SET expires_at = ? WHERE token = ?')
      .run(Date.now() - 60_000, sessionToken).changes;
    if (changed !== 1) throw new Error(`no session with token ${sessionToken.slice(0, 6)}…`);
  } finally {
    db.close();
  }
}

export function disableAccount(email: string): void {
  const db = open();
  try {
    db.prepare('UPDATE users SET banned = 1 WHERE email = ?').run(email);
  } finally {
    db.close();
  }
}
