import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase, verifyBackup } from '@/db/backup';
import { DatabaseStartupError, openDatabase } from '@/db/connection';
import { claimServerLock } from '@/db/server-lock';
import { startScript, startWriter, waitFor } from '../helpers/processes';
import { temporaryDatabasePath, useTemporaryDatabase } from '../helpers/db';

const count = (file: string) => {
  const db = openDatabase(file, { readonly: true });
  const n = db.$client.prepare('SELECT count(*) FROM events').pluck().get() as number;
  db.$client.close();
  return n;
};

describe('backups', () => {
  it('copy a consistent database while another process keeps writing, and restore it', async () => {
    await useTemporaryDatabase();
    const file = process.env.DATABASE_PATH!;
    const writer = startWriter({
      DATABASE_PATH: file,
      PARLEY_MODE: 'edits',
      PARLEY_OPS: '100000',
      PARLEY_WRITER: 'load',
    });
    await waitFor(() => writer.lines.filter((l) => l.startsWith('ack edit')).length > 20);
    const before = count(file);
    const copy = temporaryDatabasePath();
    const backup = startScript('scripts/db-backup.ts', [copy], { DATABASE_PATH: file });
    expect(await backup.exit, backup.output()).toBe(0);
    const editsDuringBackup = writer.lines.filter((l) => l.startsWith('ack edit')).length;
    writer.child.kill('SIGTERM');
    await writer.exited;

    expect(verifyBackup(copy).events).toBe(before);
    const snapshot = openDatabase(copy, { readonly: true });
    const summary = snapshot.$client
      .prepare("SELECT summary FROM events WHERE slug = 'load-stream'")
      .pluck()
      .get() as string;
    snapshot.$client.close();
    expect(Number(summary.replace('edit ', ''))).toBeGreaterThan(20);
    expect(Number(summary.replace('edit ', ''))).toBeLessThanOrEqual(editsDuringBackup + 1);

    // Restoring over a database with more writes brings back exactly the copy, keeping the old file.
    const restore = startScript('scripts/db-restore.ts', [copy], { DATABASE_PATH: file });
    expect(await restore.exit, restore.output()).toBe(0);
    expect(count(file)).toBe(before);
    const kept = fs.readdirSync(file.replace(/[^/]+$/, '')).filter((name) => name.includes('before-restore'));
    expect(kept).toHaveLength(1);
  }, 60_000);

  it('refuse to restore under a running server, or from a damaged file, and leave the database as it was', async () => {
    await useTemporaryDatabase();
    const file = process.env.DATABASE_PATH!;
    const events = count(file);
    const copy = temporaryDatabasePath();
    await backupDatabase(file, copy);

    const server = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    fs.writeFileSync(`${file}.server-pid`, String(server.pid));
    expect(() => restoreDatabase(copy, file)).toThrow(/server \(process \d+\) is using/);
    server.kill();
    await new Promise((resolve) => server.on('exit', resolve));

    const damaged = temporaryDatabasePath();
    fs.mkdirSync(damaged.replace(/[^/]+$/, ''), { recursive: true });
    fs.writeFileSync(damaged, Buffer.alloc(8192, 7));
    expect(() => restoreDatabase(damaged, file)).toThrow(DatabaseStartupError);
    expect(count(file)).toBe(events);

    // A stale lock left by a killed server does not block a restore.
    expect(restoreDatabase(copy, file).events).toBe(events);
  });

  it('refuse to overwrite an existing file; a server’s lock names its process', async () => {
    await useTemporaryDatabase({ seed: false });
    const file = process.env.DATABASE_PATH!;
    await expect(backupDatabase(file, file)).rejects.toThrow(/already exists/);
    claimServerLock(file);
    expect(fs.readFileSync(`${file}.server-pid`, 'utf8')).toBe(String(process.pid));
  });
});
