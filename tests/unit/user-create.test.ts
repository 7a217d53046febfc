// `npm run user:create` never shows the password: npm prints a script's command line, so the
// password is read from standard input (typed without echo at a terminal), never taken as an argument.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { temporaryDatabasePath } from '../helpers/db';

const SECRET = 'correct horse battery staple';

function userCreate(args: string[], databasePath: string, input = '') {
  const run = spawnSync('npm', ['run', 'user:create', '--', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH: databasePath },
    timeout: 60_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run user:create', () => {
  it('refuses a password given as an argument (npm has already printed it) and creates nothing', () => {
    const databasePath = temporaryDatabasePath();
    const run = userCreate(
      ['--email', 'echo@parley.test', '--password', SECRET, '--role', 'analyst'],
      databasePath,
      `${SECRET}\n`,
    );
    expect(run.status).toBe(1);
    expect(run.output).toContain('parley: --password is not taken on the command line');
    expect(fs.existsSync(databasePath)).toBe(false);
  }, 90_000);

  it('reads the password from standard input and creates the account, printing no password', () => {
    const databasePath = temporaryDatabasePath();
    const run = userCreate(['--email', 'stdin@parley.test', '--role', 'admin'], databasePath, `${SECRET}\n`);
    expect(run.output).not.toContain(SECRET);
    expect(run.status, run.output).toBe(0);
    const db = new Database(databasePath, { readonly: true });
    expect(db.prepare('SELECT email, role FROM users').all()).toEqual([{ email: 'stdin@parley.test', role: 'admin' }]);
    db.close();
  }, 90_000);
});
