// Every write path the app has, read from the source tree, so that a test over "every write"
// cannot miss one added later: the POST/PUT/PATCH/DELETE handlers exported by route files under
// app/api, and the exported functions of every 'use server' module. Server Actions are called
// by the ids the production build gave them (.next/server/server-reference-manifest.json).
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(folder, file));
}

/** "POST /api/events", "PATCH /api/events/[key]", … for every write handler under app/api. */
export function writeRoutes(): string[] {
  const routes: string[] = [];
  for (const file of sourceFiles('app/api').filter((f) => path.basename(f) === 'route.ts')) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const route = `/${path.relative('app', path.dirname(file)).split(path.sep).join('/')}`;
    const exported = new Set<string>();
    for (const match of text.matchAll(/export\s+(?:const|async\s+function|function)\s+(\w+)/g)) exported.add(match[1]);
    for (const match of text.matchAll(/export\s*\{([^}]*)\}/g))
      for (const part of match[1].split(','))
        exported.add(
          part
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
        );
    for (const method of WRITE_METHODS) if (exported.has(method)) routes.push(`${method} ${route}`);
  }
  return routes.sort();
}

/** "lib/actions/records.ts#saveEvent", … for every function a 'use server' module exports. */
export function serverActions(): string[] {
  const actions: string[] = [];
  for (const file of [...sourceFiles('app'), ...sourceFiles('components'), ...sourceFiles('lib')]) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    if (!/^(?:\s*\/\/[^\n]*\n)*\s*['"]use server['"]/.test(text)) continue;
    for (const match of text.matchAll(/export\s+async\s+function\s+(\w+)/g))
      actions.push(`${file.split(path.sep).join('/')}#${match[1]}`);
  }
  return actions.sort();
}

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

/** The id and a page that can run it, for each Server Action of the production build. */
export function actionIds(): Map<string, { id: string; page: string }> {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, ManifestEntry> };
  const ids = new Map<string, { id: string; page: string }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    const pages = Object.keys(entry.workers)
      .filter((worker) => worker.startsWith('app/') && !worker.startsWith('app/_') && worker.endsWith('/page'))
      .sort((a, b) => a.split('[').length - b.split('[').length || a.length - b.length);
    const page =
      (pages[0] ?? 'app/page')
        .replace(/^app/, '')
        .replace(/\/page$/, '')
        .replace(/\[[^\]]+\]/g, 'x') || '/';
    ids.set(`${entry.filename}#${entry.exportedName}`, { id, page });
  }
  return ids;
}
