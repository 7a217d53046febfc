// Start-up and storage failures: each gives one line naming the path and what is wrong, and
// never changes the existing database.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseStartupError, defaultMigrationsFolder, openDatabase } from '@/db/connection';
import { createEvent } from '@/db/queries/event-writes';
import { seedDatabase } from '@/db/seed';
import { toAppError } from '@/lib/errors';
import { canMount, fillUp, mountTmpfs } from '../helpers/filesystems';
import { startScript } from '../helpers/processes';
import { temporaryDatabasePath } from '../helpers/db';

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

async function seededFile(file = temporaryDatabasePath()): Promise<string> {
  const db = openDatabase(file);
  await seedDatabase(db);
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  return file;
}

/** `npm start`'s preparation against a path; never gets as far as serving. */
async function start(databasePath: string) {
  const run = startScript('scripts/start.ts', [], { DATABASE_PATH: databasePath, PARLEY_SKIP_BUILD: '1', PORT: '1' });
  const code = await run.exit;
  const lines = run.output().trim().split('\n').filter(Boolean);
  return { code, lines };
}

describe('bad configuration at start', () => {
  it('a path whose folder cannot be created: one line naming it', async () => {
    const blocker = temporaryDatabasePath();
    fs.mkdirSync(path.dirname(blocker), { recursive: true });
    fs.writeFileSync(blocker, 'a file where a folder should be');
    const { code, lines } = await start(path.join(blocker, 'parley.db'));
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^parley: Cannot create the database folder ${blocker}`));
  });

  it('a file that is not a database: one line, file untouched', async () => {
    const file = temporaryDatabasePath();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(64 * 1024));
    const before = digest(file);
    const { code, lines } = await start(file);
    expect(code).toBe(1);
    expect(lines).toEqual([`parley: Cannot open the database at ${file}: the file is not a SQLite database`]);
    expect(digest(file)).toBe(before);
  });

  it('a database with a damaged page: one line pointing to a restore, file untouched', async () => {
    const file = await seededFile();
    const size = fs.statSync(file).size;
    const handle = fs.openSync(file, 'r+');
    fs.writeSync(handle, crypto.randomBytes(4096), 0, 4096, Math.floor(size / 4096 / 2) * 4096);
    fs.closeSync(handle);
    const before = digest(file);
    const { code, lines } = await start(file);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^parley: .*(damaged|cannot be read|corrupt)/);
    expect(lines[0]).toContain(file);
    expect(digest(file)).toBe(before);
  });

  it('a migration that fails: one line, and the database keeps its data and its migration level', async () => {
    const file = await seededFile();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-migrations-'));
    fs.cpSync(defaultMigrationsFolder(), folder, { recursive: true });
    const journalFile = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
    journal.entries.push({
      idx: journal.entries.length,
      version: '6',
      when: Date.now(),
      tag: '9999_broken',
      breakpoints: true,
    });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(
      path.join(folder, '9999_broken.sql'),
      'CREATE TABLE `half_done` (`id` integer);\n--> statement-breakpoint\nINSERT INTO `no_such_table` VALUES (1);',
    );

    expect(() => openDatabase(file, { migrationsFolder: folder })).toThrow(DatabaseStartupError);
    expect(() => openDatabase(file, { migrationsFolder: folder })).toThrow(
      /^Cannot migrate the database at .*no such table: no_such_table; nothing was changed$/,
    );
    const db = openDatabase(file);
    expect(db.$client.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    expect(db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(
      journal.entries.length - 1,
    );
    expect(db.$client.prepare('SELECT count(*) FROM events').pluck().get()).toBe(10);
    db.$client.close();
  });
});

describe.runIf(canMount)('storage failures on real small file systems', () => {
  it('a read-only file system: one line saying so, file untouched', async () => {
    const fsys = mountTmpfs(16384);
    cleanups.push(fsys.unmount);
    const file = await seededFile(path.join(fsys.dir, 'parley.db'));
    const before = digest(file);
    fsys.remountReadOnly();
    const { code, lines } = await start(file);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(/read-only|cannot be opened/);
    expect(digest(file)).toBe(before);
  });

  it('a full disk: writes fail with a clear 507 and nothing stored is damaged; space back, writes work', async () => {
    const fsys = mountTmpfs(8192);
    cleanups.push(fsys.unmount);
    const file = await seededFile(path.join(fsys.dir, 'parley.db'));
    const db = openDatabase(file);
    fillUp(fsys.dir);
    const big = {
      kind: 'statement' as const,
      title: 'Too big to fit',
      summary: 'x'.repeat(200_000),
      startsAt: '2025-03-25T10:00:00Z',
      timeZone: 'UTC',
      precision: 'minute' as const,
      status: 'occurred' as const,
    };
    let failure: unknown;
    for (let i = 0; i < 20 && !failure; i++) {
      await createEvent({ input: { ...big, slug: `too-big-${i}` }, actor: { id: null, name: 'test' }, db }).catch(
        (error) => (failure = error),
      );
    }
    expect(failure).toBeDefined();
    const appError = toAppError(failure);
    expect(appError.status).toBe(507);
    expect(appError.message).toMatch(/disk is full/);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(
      db.$client.prepare("SELECT count(*) FROM events WHERE slug = 'ukraine-us-talks-riyadh-2025-03-23'").pluck().get(),
    ).toBe(1);

    fs.rmSync(path.join(fsys.dir, 'filler'));
    await createEvent({
      input: { ...big, summary: 'fits now', slug: 'fits-now' },
      actor: { id: null, name: 'test' },
      db,
    });
    expect(db.$client.prepare("SELECT count(*) FROM events WHERE slug = 'fits-now'").pluck().get()).toBe(1);
    db.$client.close();
  });
});
