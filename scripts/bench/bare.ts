// The bare Next.js app in bench/bare, built when its build is missing or older than its sources
// or the installed Next.js. It has no package.json or node_modules of its own: Node finds
// `next`, `react` and `react-dom` in the repository's node_modules, so it runs the very version
// Parley runs. It is built with webpack: Turbopack takes the repository as its root (that is
// where node_modules is) and then compiles Parley's own instrumentation.ts and proxy.ts into
// the bare app, which would make the floor carry Parley's costs again. The server that answers
// is the same in both; only the bundler differs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { builtAfter } from '../build-state';

export const BARE_FOLDER = path.resolve('bench/bare');
/** Where bench/bare/next.config.mjs puts its build. */
const BUILD = path.resolve('bench/.work/bare-next');
const BUILD_ID = path.join(BUILD, 'BUILD_ID');

export function buildBareApp(log: (line: string) => void): void {
  const sources = [BARE_FOLDER, path.resolve('node_modules/next/package.json'), path.resolve('package-lock.json')];
  if (builtAfter(BUILD_ID, sources)) return;
  log('Building the bare Next.js app (bench/bare)…');
  const build = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build', '--webpack'], {
    cwd: BARE_FOLDER,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0)
    throw new Error('the bare app did not build; run `npx next build --webpack` in bench/bare to see why');
  for (const parleys of ['instrumentation.js', 'middleware.js']) {
    if (fs.existsSync(path.join(BUILD, 'server', parleys)))
      throw new Error(`the bare app's build holds a ${parleys}: it took in Parley's own, so it is not bare`);
  }
}
