// The bare Next.js app in bench/bare, built when its build is missing or older than its sources
// or the installed Next.js. It has no package.json or node_modules of its own: Node and
// Turbopack find `next`, `react` and `react-dom` in the repository's node_modules, so it runs
// the very version Parley runs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { builtAfter } from '../build-state';

export const BARE_FOLDER = path.resolve('bench/bare');
/** Where bench/bare/next.config.mjs puts its build. */
const BUILD_ID = path.resolve('bench/.work/bare-next/BUILD_ID');

export function buildBareApp(log: (line: string) => void): void {
  const sources = [BARE_FOLDER, path.resolve('node_modules/next/package.json'), path.resolve('package-lock.json')];
  if (builtAfter(BUILD_ID, sources)) return;
  log('Building the bare Next.js app (bench/bare)…');
  const build = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], { cwd: BARE_FOLDER, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('the bare app did not build; run `npx next build` in bench/bare to see why');
}
