// `npm start` as a user runs it: the start script, spawned on a fresh database, serving on a port
// of its own. It binds to HOSTNAME (127.0.0.1 when unset), believes no `X-Forwarded-For` unless
// proxies are configured, and SIGTERM ends it together with the server it started.
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { startScript, waitFor } from '../helpers/processes';

type Started = ReturnType<typeof startScript> & { origin: string; database: string };

const SERVING = /Parley is serving on (http:\/\/\S+)/;

async function npmStart(env: Record<string, string>): Promise<Started> {
  const folder = fs.mkdtempSync(path.resolve('.test-output/server-process-'));
  const database = path.join(folder, 'parley.db');
  const run = startScript('scripts/start.ts', [], {
    DATABASE_PATH: database,
    PARLEY_SKIP_BUILD: '1',
    PARLEY_SEED: 'off',
    PORT: '0',
    ...env,
  });
  await waitFor(() => SERVING.test(run.output()) || run.done, 90_000);
  expect(run.output()).toMatch(SERVING);
  return Object.assign(run, { origin: SERVING.exec(run.output())![1], database });
}

/** True when something answers HTTP at `url`; false when the connection is refused. */
async function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    () => true,
    () => false,
  );
}

test.describe.configure({ mode: 'serial' });

let server: Started;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await npmStart({ HOSTNAME: '' });
});
test.afterAll(() => {
  if (!server.done) server.child.kill('SIGKILL');
});

test('without HOSTNAME it listens on 127.0.0.1 only', async () => {
  expect(new URL(server.origin).hostname).toBe('127.0.0.1');
  expect(await answers(`${server.origin}/api/viewer`)).toBe(true);
});

test('with no trusted proxy, a rotated X-Forwarded-For does not escape the per-address sign-in limit', async () => {
  test.setTimeout(120_000); // three deliberately slow scrypt runs
  const attempt = (index: number) =>
    fetch(`${server.origin}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: server.origin,
        'x-forwarded-for': `203.0.113.${index}`,
        'x-real-ip': `198.51.100.${index}`,
      },
      body: JSON.stringify({ email: `spray-${index}@parley.test`, password: 'Spring2025!spray' }),
    });
  expect((await attempt(1)).status).toBe(401);
  expect((await attempt(2)).status).toBe(401);
  // Both attempts count against one address, the connection's, whatever the header said.
  const db = new Database(server.database);
  try {
    const counted = db
      .prepare<[], { key: string; count: number }>(
        "SELECT key, count FROM rate_limits WHERE key LIKE 'sign-in:address:%'",
      )
      .all();
    expect(counted).toEqual([{ key: 'sign-in:address:127.0.0.1', count: 2 }]);
    // Forty-eight more slow attempts would bring it to the limit of 50; the counter is set there instead.
    db.prepare('UPDATE rate_limits SET count = 50 WHERE key = ?').run(counted[0].key);
  } finally {
    db.close();
  }
  const refused = await attempt(3);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
});

test('SIGTERM ends npm start and the server it started', async () => {
  server.child.kill('SIGTERM');
  await server.exit;
  expect(await answers(`${server.origin}/api/viewer`)).toBe(false);
});

test('HOSTNAME names the one address it listens on', async () => {
  test.setTimeout(120_000);
  const other = await npmStart({ HOSTNAME: '127.0.0.2' });
  try {
    const { port, hostname } = new URL(other.origin);
    expect(hostname).toBe('127.0.0.2');
    expect(await answers(`${other.origin}/api/viewer`)).toBe(true);
    expect(await answers(`http://127.0.0.1:${port}/api/viewer`)).toBe(false);
  } finally {
    other.child.kill('SIGTERM');
    await other.exit;
  }
});
