// Whether the production build in .next is at least as new as every source that goes into it;
// `npm start` and `npm run bench` rebuild only when it is not.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = [
  'app',
  'components',
  'lib',
  'db',
  'public',
  'next.config.ts',
  'package.json',
  'instrumentation.ts',
  'proxy.ts',
];

function newestChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .reduce((newest, child) => Math.max(newest, newestChange(path.join(entry, child))), stat.mtimeMs);
}

/** Whether `marker` (a build's BUILD_ID) exists and is at least as new as every one of `sources`. */
export function builtAfter(marker: string, sources: readonly string[]): boolean {
  if (!fs.existsSync(marker)) return false;
  const built = fs.statSync(marker).mtimeMs;
  return sources.every((entry) => newestChange(entry) <= built);
}

export function buildIsCurrent(): boolean {
  return builtAfter('.next/BUILD_ID', SOURCES);
}

/** Builds Parley with `next build` when the build is missing or older than its sources. */
export function buildIfStale(log: (line: string) => void): void {
  if (buildIsCurrent()) return;
  log('Building Parley (the build is missing or older than the sources)…');
  const build = spawnSync(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) throw new Error('the build failed; run `npm run build` to see why');
}
