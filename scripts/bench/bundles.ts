// First-load JavaScript per page, gzipped, from the per-route statistics `next build` writes to
// .next/diagnostics/route-bundle-stats.json (the chunks a first visit downloads, shared ones
// included), each compared with the empty probe page of the same build.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const STATS_FILE = '.next/diagnostics/route-bundle-stats.json';
export const EMPTY_PAGE = '/bench/static';
/** The route that serves `/` (proxy.ts rewrites each timeline view to it). */
export const TIMELINE_ROUTE = '/timeline/[view]';

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

export type PageBundle = {
  route: string;
  firstLoadBytes: number;
  firstLoadGzipBytes: number;
  aboveEmptyGzipBytes: number | null;
};

export function pageBundles(): PageBundle[] | null {
  if (!fs.existsSync(STATS_FILE)) return null;
  const stats: RouteStats[] = JSON.parse(fs.readFileSync(STATS_FILE, 'utf8'));
  const gzipped = new Map<string, number>();
  const gzipSize = (chunk: string) => {
    let size = gzipped.get(chunk);
    if (size === undefined)
      gzipped.set(chunk, (size = zlib.gzipSync(fs.readFileSync(path.resolve(chunk)), { level: 9 }).length));
    return size;
  };
  const rows = stats.map((row) => ({
    route: row.route,
    firstLoadBytes: row.firstLoadUncompressedJsBytes,
    firstLoadGzipBytes: row.firstLoadChunkPaths.reduce((sum, chunk) => sum + gzipSize(chunk), 0),
  }));
  const empty = rows.find((row) => row.route === EMPTY_PAGE)?.firstLoadGzipBytes;
  return rows
    .map((row) => ({ ...row, aboveEmptyGzipBytes: empty === undefined ? null : row.firstLoadGzipBytes - empty }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Whether this build has a page for `route` (e.g. '/events/[slug]'). */
export function buildHasRoute(route: string): boolean {
  const manifest = '.next/app-path-routes-manifest.json';
  if (!fs.existsSync(manifest)) return false;
  return Object.values(JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, string>).includes(route);
}
