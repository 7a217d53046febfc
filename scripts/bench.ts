// `npm run bench`: Parley measured on a generated archive against a bare Next.js app of the same
// version (bench/bare). Builds both if needed, serves a temporary copy of a cached archive
// through scripts/server.ts (as `npm start` does) and the bare app beside it, loads each
// endpoint with autocannon over loopback for a fixed time in rounds interleaved with the bare
// app's floor, and writes the table to the terminal and the figures to bench/results.json.
// See bench/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cachedArchive } from './bench/archive-cache';
import { BARE_FOLDER, buildBareApp } from './bench/bare';
import { buildHasRoute, pageBundles } from './bench/bundles';
import { readsDuringImport, type ImportLoad } from './bench/import-load';
import { sample, summarise, type Sample } from './bench/load';
import { commitDescription, formatTable, machineDescription, type EndpointResult, type Results } from './bench/report';
import { endpointRow, roundsAgainst, type Rounds } from './bench/rounds';
import { readScenarios } from './bench/scenarios';
import { startBare, startParley, type Server } from './bench/server';
import { probeWrite, writeAuthHeader, writesDuringReads, type AuthHeader } from './bench/writes';
import { buildIfStale } from './build-state';
import { runCli } from './cli';

const BUNDLE_AIM_ABOVE_EMPTY = 40_000;
const WRITE_RATE = 5;

function nextVersion(): string {
  return JSON.parse(fs.readFileSync('node_modules/next/package.json', 'utf8')).version;
}

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, not "${value}"`);
  return n;
}

function readSettings() {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '20250323' },
      quick: { type: 'boolean', default: false },
      'import-only': { type: 'boolean', default: false },
      connections: { type: 'string', default: '8' },
      seconds: { type: 'string' },
      results: { type: 'string', default: 'bench/results.json' },
    },
  });
  const events = positive('events', values.events);
  if (!Number.isInteger(events)) throw new Error(`--events must be a whole number, not "${values.events}"`);
  return {
    events,
    seed: positive('seed', values.seed),
    quick: values.quick,
    importOnly: values['import-only'],
    connections: positive('connections', values.connections),
    seconds: positive('seconds', values.seconds ?? (values.quick ? '0.5' : '10')),
    warmupSeconds: values.quick ? 0.2 : 1,
    rounds: values.quick ? 1 : 3,
    results: values.results,
  };
}

type Settings = ReturnType<typeof readSettings>;
type Session = {
  settings: Settings;
  origin: string;
  auth: AuthHeader | null;
  rounds: Rounds;
  log: (line: string) => void;
};

/** Every read scenario, each against its floor. */
async function readRows({ settings, origin, rounds }: Session): Promise<EndpointResult[]> {
  const rows: EndpointResult[] = [];
  for (const scenario of await readScenarios({ origin, events: settings.events, hasRoute: buildHasRoute })) {
    if (scenario.unavailable) {
      rows.push(endpointRow(scenario.name, scenario.group, 'GET', scenario.path, null, scenario.unavailable));
      continue;
    }
    const url = `${origin}${scenario.path}`;
    await rounds.slice({ url, connections: settings.connections, seconds: settings.warmupSeconds });
    const load = (seconds: number) => sample({ url, connections: settings.connections, seconds });
    const result = await rounds.interleaved(scenario.against, scenario.name, load, settings.seconds);
    rows.push({
      ...endpointRow(scenario.name, scenario.group, 'GET', scenario.path, result.figures, result.note),
      floorRps: result.floorRps,
      ratio: result.ratio,
    });
  }
  return rows;
}

/** Writes at a steady rate while the first page is read: the write's own figures and the read's. */
async function writeRows({ settings, origin, auth, rounds }: Session): Promise<EndpointResult[]> {
  const writeName = `/api/events (${WRITE_RATE}/s, during reads)`;
  const probe = await probeWrite(origin, auth);
  if (!probe.available || !auth) {
    return [
      endpointRow(
        writeName,
        'write',
        'POST',
        '/api/events',
        null,
        probe.available ? 'not available: no write session' : probe.note,
      ),
    ];
  }
  const writes: Sample[] = [];
  const result = await rounds.interleaved(
    'json',
    writeName,
    async (seconds) => {
      const both = await writesDuringReads({
        origin,
        auth,
        readPath: '/api/events',
        connections: settings.connections,
        seconds,
        rate: WRITE_RATE,
      });
      writes.push(both.write);
      return both.read;
    },
    settings.seconds,
  );
  const during = endpointRow(
    '/api/events (first page, during writes)',
    'json',
    'GET',
    '/api/events',
    result.figures,
    result.note,
  );
  return [
    endpointRow(writeName, 'write', 'POST', '/api/events', summarise(writes)),
    { ...during, floorRps: result.floorRps, ratio: result.ratio },
  ];
}

async function endpointTable(session: Session): Promise<EndpointResult[]> {
  const rows = [...(await readRows(session)), ...(await writeRows(session))];
  const { floorRow } = session.rounds;
  return [
    floorRow('floor: constant JSON route (bare Next.js)', 'floor', 'json'),
    floorRow('floor: static page (bare Next.js)', 'page-floor', 'page'),
    ...rows,
  ];
}

async function importRow({ settings, origin, auth, rounds, log }: Session): Promise<ImportLoad | string> {
  if (!auth) return 'not available: no write session';
  log('  /api/events?limit=1 alone, then during a dry run of an import');
  const load = await readsDuringImport({
    origin,
    auth,
    archiveEvents: settings.events,
    connections: settings.connections,
    seconds: settings.seconds,
  });
  await rounds.drain();
  return load;
}

function writeResults(results: Results, file: string) {
  const out = path.resolve(file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatTable(results));
  console.log(`\nFigures written to ${path.relative(process.cwd(), out) || out}`);
}

runCli(async () => {
  const settings = readSettings();
  const log = (line: string) => console.error(line);
  buildIfStale(log);
  buildBareApp(log);
  const archive = cachedArchive(settings.events, settings.seed, log);
  log(`Archive: ${archive.file}${archive.cached ? ' (cached)' : ''}`);

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
  const database = path.join(folder, 'parley.db');
  fs.copyFileSync(archive.file, database);
  let server: Server | null = null;
  let bare: Server | null = null;
  const loadBefore = os.loadavg();
  try {
    const auth = writeAuthHeader(database);
    bare = await startBare({ folder: BARE_FOLDER, log });
    server = await startParley({ database, log });
    const rounds = roundsAgainst(server, bare, { rounds: settings.rounds, connections: settings.connections, log });
    const session: Session = { settings, origin: server.origin, auth, rounds, log };
    await rounds.warmUp(settings.warmupSeconds);
    const endpoints = settings.importOnly ? [] : await endpointTable(session);
    const importLoad = await importRow(session);
    const { events, seed, quick, importOnly, connections, seconds } = settings;
    writeResults(
      {
        schema: 1,
        date: new Date().toISOString(),
        commit: commitDescription(),
        machine: machineDescription(),
        loadAverage: { before: loadBefore, after: os.loadavg() },
        settings: { events, seed, quick, importOnly, connections, seconds, writeRate: WRITE_RATE },
        archive: {
          events,
          seed,
          bytes: archive.bytes,
          generationSeconds: archive.generationSeconds,
          cached: archive.cached,
        },
        server: { peakRssBytes: server.peakRssBytes() },
        bare: { nextVersion: nextVersion(), peakRssBytes: bare.peakRssBytes() },
        endpoints,
        importLoad,
        bundles: pageBundles(),
        bundleAimAboveEmptyGzipBytes: BUNDLE_AIM_ABOVE_EMPTY,
      },
      settings.results,
    );
  } finally {
    await server?.stop();
    await bare?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
