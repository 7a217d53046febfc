// Generated archives are cached under bench/.work/archives, keyed by what decides their content:
// the event count, the seed, the migrations and the source of the generator and its write path.
// A rerun with the same key reuses the file instead of spending minutes regenerating it.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const WORK_FOLDER = path.resolve('bench/.work');
const CACHE_FOLDER = path.join(WORK_FOLDER, 'archives');

const GENERATOR_SOURCES = [
  'scripts/db-archive.ts',
  'db/seed/archive.ts',
  'db/connection.ts',
  'db/schema.ts',
  'db/enums.ts',
  'db/slug.ts',
  'db/calendar.ts',
  'db/queries/references.ts',
  'db/queries/revisions.ts',
  'db/queries/search-index.ts',
];

function sourcesInKey(): string[] {
  const writes = fs
    .readdirSync('db/queries')
    .filter((name) => name.endsWith('-writes.ts'))
    .map((name) => `db/queries/${name}`);
  const migrations = fs
    .readdirSync('db/migrations', { recursive: true, encoding: 'utf8' })
    .map((name) => `db/migrations/${name}`);
  return [...GENERATOR_SOURCES, ...writes, ...migrations].filter((file) => fs.statSync(file).isFile()).sort();
}

export function archiveKey(events: number, seed: number): string {
  const hash = crypto.createHash('sha256').update(`events=${events}\nseed=${seed}\n`);
  for (const file of sourcesInKey()) hash.update(`${file}\n`).update(fs.readFileSync(file));
  return `${events}-${seed}-${hash.digest('hex').slice(0, 16)}`;
}

export type Archive = {
  file: string;
  events: number;
  seed: number;
  bytes: number;
  generationSeconds: number;
  cached: boolean;
};

type Meta = { events: number; seed: number; generationSeconds: number };

/** The cached archive for (events, seed), generated through `npm run db:archive` when missing. */
export function cachedArchive(events: number, seed: number, log: (line: string) => void): Archive {
  fs.mkdirSync(CACHE_FOLDER, { recursive: true });
  const key = archiveKey(events, seed);
  const file = path.join(CACHE_FOLDER, `${key}.db`);
  const metaFile = path.join(CACHE_FOLDER, `${key}.json`);
  if (fs.existsSync(file) && fs.existsSync(metaFile)) {
    const meta: Meta = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
    return {
      file,
      events,
      seed,
      bytes: fs.statSync(file).size,
      generationSeconds: meta.generationSeconds,
      cached: true,
    };
  }
  const partial = path.join(CACHE_FOLDER, `${key}.partial-${process.pid}.db`);
  log(`Generating an archive of ${events} events (seed ${seed}) into the cache…`);
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [
      path.resolve('node_modules/tsx/dist/cli.mjs'),
      '--conditions=react-server',
      'scripts/db-archive.ts',
      '--events',
      String(events),
      '--seed',
      String(seed),
      '--out',
      partial,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const generationSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(leftover, { force: true });
    throw new Error('generating the archive failed; see the output above');
  }
  fs.renameSync(partial, file);
  fs.writeFileSync(metaFile, JSON.stringify({ events, seed, generationSeconds } satisfies Meta, null, 2));
  return { file, events, seed, bytes: fs.statSync(file).size, generationSeconds, cached: false };
}
