// `npm start`: prepares the database (migrations and, on first start, the seed), builds the
// app when there is no build or the sources are newer than it, then serves it (scripts/server.ts).
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import { assertIntact, resolveDatabasePath } from '@/db/connection';
import { getDb } from '@/db/client';
import { trustedProxyHops } from '@/lib/auth/forwarded';
import { buildIsCurrent } from './build-state';
import { runCli } from './cli';

runCli(async () => {
  // A bad setting stops the start here, in one line, before anything is prepared.
  trustedProxyHops();
  const { prepareDatabase } = await import('@/db/bootstrap');
  const { seeded } = await prepareDatabase();
  assertIntact(getDb(), resolveDatabasePath());
  console.log(`Database ${resolveDatabasePath()} is ready${seeded ? ' (seeded with the Riyadh talks)' : ''}.`);

  if (process.env.PARLEY_SKIP_BUILD !== '1' && !buildIsCurrent()) {
    console.log('Building Parley (about a minute)…');
    const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed; see the output above');
  }

  // Node itself, not `npx`, so that a signal sent here reaches the server; this process ends
  // with it, with its exit code (128 + the signal's number when a signal ended it).
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
});
