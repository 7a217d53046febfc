import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { TIMELINE_ROUTE } from '../../scripts/bench/bundles';

// Runs the quick bench end to end (its own server on a free port, its own copy of a generated
// archive) and checks the shape of what it writes. No timing is asserted: figures on a shared
// machine say nothing about correctness.
test('npm run bench -- --events 2000 --quick writes a well-formed results file', async () => {
  // Building the bare app with webpack takes one to three minutes on a busy two-core machine.
  test.setTimeout(480_000);
  const results = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-test-')), 'results.json');
  const run = spawnSync(
    'npm',
    ['run', '--silent', 'bench', '--', '--events', '2000', '--quick', '--results', results],
    { encoding: 'utf8', timeout: 470_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('floor: constant JSON route');

  const body = JSON.parse(fs.readFileSync(results, 'utf8'));
  expect(body).toMatchObject({ schema: 1, settings: { events: 2000, quick: true }, archive: { events: 2000 } });
  expect(Date.parse(body.date)).not.toBeNaN();
  expect(body.commit).toMatch(/^[0-9a-f]{12}|unknown/);
  expect(body.machine.cpus).toBeGreaterThan(0);
  expect(body.archive.bytes).toBeGreaterThan(0);
  expect(body.server.peakRssBytes).toBeGreaterThan(0);
  expect(body.bare.peakRssBytes).toBeGreaterThan(0);
  expect(body.bare.nextVersion).toBe(JSON.parse(fs.readFileSync('node_modules/next/package.json', 'utf8')).version);
  expect(body.loadAverage.before).toHaveLength(3);

  const byPath = new Map<
    string,
    {
      figures: { requests: number; rps: number; medianMs: number | null; p95Ms: number | null } | null;
      note: string | null;
    }
  >(
    body.endpoints.map((e: { server: string; method: string; path: string }) => [
      `${e.server} ${e.method} ${e.path.split('?')[0]}`,
      e,
    ]),
  );
  // The floors are the bare app's; Parley's own probes are measured against them.
  for (const key of [
    'bare GET /api/floor',
    'bare GET /',
    'parley GET /api/bench/floor',
    'parley GET /bench/static',
    'parley GET /api/events',
    'parley GET /api/people',
    'parley GET /api/events/facets',
  ]) {
    const endpoint = byPath.get(key);
    expect(endpoint?.figures, key).not.toBeNull();
    expect(endpoint!.figures!.requests, key).toBeGreaterThan(0);
  }
  for (const endpoint of body.endpoints) {
    if (endpoint.figures === null) expect(endpoint.note).toMatch(/^not available/);
    else expect(typeof endpoint.figures.rps).toBe('number');
  }
  expect(body.importLoad).toMatchObject({
    readPath: '/api/events?limit=1',
    file: { format: 'json', events: 2000 },
    importStatus: 200,
  });
  expect(body.importLoad.alone.requests).toBeGreaterThan(0);
  expect(body.importLoad.duringImport.requests).toBeGreaterThan(0);
  const home = body.bundles.find((b: { route: string }) => b.route === TIMELINE_ROUTE);
  expect(home.firstLoadGzipBytes).toBeGreaterThan(0);
});
