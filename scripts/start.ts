// `npm start`: prepares the database (migrations and, on first start, the seed), builds the
// app when there is no build or the sources are newer than it, then serves it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assertIntact, resolveDatabasePath } from '@/db/connection';
import { getDb } from '@/db/client';
import { runCli } from './cli';

const SOURCES = ['app', 'components', 'lib', 'db', 'public', 'next.config.ts', 'package.json', 'instrumentation.ts'];

function newestChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, child) => Math.max(newest, newestChange(path.join(entry, child))), stat.mtimeMs);
}

function buildIsCurrent(): boolean {
  const marker = '.next/BUILD_ID';
  if (!fs.existsSync(marker)) return false;
  const built = fs.statSync(marker).mtimeMs;
  return SOURCES.every((entry) => newestChange(entry) <= built);
}

runCli(async () => {
  const { prepareDatabase } = await import('@/db/bootstrap');
  const { seeded } = await prepareDatabase();
  assertIntact(getDb(), resolveDatabasePath());
  console.log(`Database ${resolveDatabasePath()} is ready${seeded ? ' (seeded with the Riyadh talks)' : ''}.`);

  if (process.env.PARLEY_SKIP_BUILD !== '1' && !buildIsCurrent()) {
    console.log('Building Parley (about a minute)…');
    const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed; see the output above');
  }

  const port = process.env.PORT || '3000';
  const server = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
});
