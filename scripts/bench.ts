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
import { sample, summarise, type Load, type Measurement, type Sample } from './bench/load';
import { commitDescription, formatTable, machineDescription, type EndpointResult, type Group, type Results } from './bench/report';
import { readScenarios } from './bench/scenarios';
import { startBare, startParley, type Server } from './bench/server';
import { probeWrite, writeAuthHeader, writesDuringReads } from './bench/writes';
import { buildIfStale } from './build-state';
import { runCli } from './cli';

const AIMS: Partial<Record<Group, number>> = { overhead: 0.9, json: 0.7, search: 0.5, page: 0.8 };
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

runCli(async () => {
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
  const seed = positive('seed', values.seed);
  const connections = positive('connections', values.connections);
  const seconds = positive('seconds', values.seconds ?? (values.quick ? '0.5' : '10'));
  const warmupSeconds = values.quick ? 0.2 : 1;
  const rounds = values.quick ? 1 : 3;
  const log = (line: string) => console.error(line);

  buildIfStale(log);
  buildBareApp(log);
  const archive = cachedArchive(events, seed, log);
  log(`Archive: ${archive.file}${archive.cached ? ' (cached)' : ''}`);

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
  const database = path.join(folder, 'parley.db');
  fs.copyFileSync(archive.file, database);
  let server: Server | null = null;
  let bare: Server | null = null;
  const loadBefore = os.loadavg();
  const endpoints: EndpointResult[] = [];
  try {
    const auth = writeAuthHeader(database);
    bare = await startBare({ folder: BARE_FOLDER, log });
    server = await startParley({ database, log });
    const { origin } = server;
    // Requests still in flight when a run ends keep a server busy after it; the next run
    // starts only once both servers answer again, so no run pays for the one before.
    // A pooled connection the server closes as it idles out fails once; ask again on a new one.
    const answered = async (url: string) => {
      for (let attempt = 1; ; attempt++) {
        try {
          await (await fetch(url)).arrayBuffer();
          return;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
    };
    const drain = async () => {
      await answered(`${origin}/api/bench/floor`);
      await answered(`${origin}/api/bench/floor`);
      await answered(`${bare!.origin}/api/floor`);
    };
    const slice = async (load: Load) => {
      const result = await sample(load);
      await drain();
      return result;
    };
    const row = (name: string, group: Group, method: 'GET' | 'POST', pathname: string, figures: Measurement | null, note: string | null = null): EndpointResult => ({
      name,
      server: 'parley',
      group,
      method,
      path: pathname,
      note,
      figures,
      floorRps: null,
      ratio: null,
      aim: AIMS[group] ?? null,
    });

    // On a shared machine the floor itself drifts by a factor of several within a minute. So
    // each endpoint is measured in rounds, each a short run of the bare app's floor of its kind
    // (its constant JSON route for the API, its static page for pages) followed by a run of the
    // endpoint, and its ratio is the median of the rounds' ratios: a busy moment lowers both
    // sides of a round.
    const floors = { json: { path: '/api/floor', runs: [] as Measurement[] }, page: { path: '/', runs: [] as Measurement[] } };
    const rps = (s: Sample) => (s.seconds > 0 ? s.latencies.length / s.seconds : 0);
    const interleaved = async (kind: keyof typeof floors, name: string, endpointSlice: (seconds: number) => Promise<Sample>) => {
      log(`  ${name}`);
      const floorSamples: Sample[] = [];
      const samples: Sample[] = [];
      const ratios: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const floor = await slice({ url: `${bare!.origin}${floors[kind].path}`, connections, seconds: seconds / rounds });
        const measured = await endpointSlice(seconds / rounds);
        await drain();
        floorSamples.push(floor);
        samples.push(measured);
        if (rps(floor) > 0) ratios.push(rps(measured) / rps(floor));
      }
      const floor = summarise(floorSamples);
      floors[kind].runs.push(floor);
      ratios.sort((a, b) => a - b);
      const half = Math.floor(ratios.length / 2);
      const ratio = ratios.length === 0 ? null : ratios.length % 2 ? ratios[half] : (ratios[half - 1] + ratios[half]) / 2;
      const figures = summarise(samples);
      log(`    median ${figures.medianMs.toFixed(1)} ms · p95 ${figures.p95Ms.toFixed(1)} ms · ${figures.rps.toFixed(0)} req/s · bare floor ${floor.rps.toFixed(0)} req/s · ratio ${ratio === null ? '–' : ratio.toFixed(2)}`);
      return { floorRps: floor.rps, figures, ratio, note: ratio === null ? 'its floor runs answered nothing: no ratio' : null };
    };
    // The endpoint table: every read scenario and the write, each against its floor.
    async function endpointTable() {
      const scenarios = await readScenarios({ origin, events, hasRoute: buildHasRoute });
      for (const scenario of scenarios) {
        if (scenario.unavailable) {
          endpoints.push(row(scenario.name, scenario.group, 'GET', scenario.path, null, scenario.unavailable));
          continue;
        }
        const url = `${origin}${scenario.path}`;
        await slice({ url, connections, seconds: warmupSeconds });
        const result = await interleaved(scenario.against, scenario.name, (s) => sample({ url, connections, seconds: s }));
        endpoints.push({ ...row(scenario.name, scenario.group, 'GET', scenario.path, result.figures, result.note), floorRps: result.floorRps, ratio: result.ratio });
      }

      const writeName = `/api/events (${WRITE_RATE}/s, during reads)`;
      const probe = await probeWrite(origin, auth);
      if (probe.available && auth) {
        const writes: Sample[] = [];
        const result = await interleaved('json', writeName, async (s) => {
          const both = await writesDuringReads({ origin, auth, readPath: '/api/events', connections, seconds: s, rate: WRITE_RATE });
          writes.push(both.write);
          return both.read;
        });
        endpoints.push(row(writeName, 'write', 'POST', '/api/events', summarise(writes)));
        endpoints.push({ ...row('/api/events (first page, during writes)', 'json', 'GET', '/api/events', result.figures, result.note), floorRps: result.floorRps, ratio: result.ratio });
      } else endpoints.push(row(writeName, 'write', 'POST', '/api/events', null, probe.available ? 'not available: no write session' : probe.note));

      const floorRow = (name: string, group: Group, kind: keyof typeof floors) => {
        const runs = [...floors[kind].runs].sort((a, b) => a.rps - b.rps);
        const middle = runs[Math.floor(runs.length / 2)];
        const range = `ranged ${runs[0].rps.toFixed(0)}–${runs.at(-1)!.rps.toFixed(0)} req/s across ${runs.length} endpoints`;
        return { ...row(name, group, 'GET', floors[kind].path, middle, range), server: 'bare' as const, floorRps: middle.rps, ratio: 1 };
      };
      endpoints.unshift(floorRow('floor: constant JSON route (bare Next.js)', 'floor', 'json'), floorRow('floor: static page (bare Next.js)', 'page-floor', 'page'));
    }

    await slice({ url: `${bare.origin}${floors.json.path}`, connections, seconds: warmupSeconds });
    await slice({ url: `${bare.origin}${floors.page.path}`, connections, seconds: warmupSeconds });
    if (!values['import-only']) await endpointTable();

    let importLoad: ImportLoad | string;
    if (!auth) importLoad = 'not available: no write session';
    else {
      log('  /api/events?limit=1 alone, then during a dry run of an import');
      importLoad = await readsDuringImport({ origin, auth, archiveEvents: events, connections, seconds });
      await drain();
    }

    const results: Results = {
      schema: 1,
      date: new Date().toISOString(),
      commit: commitDescription(),
      machine: machineDescription(),
      loadAverage: { before: loadBefore, after: os.loadavg() },
      settings: { events, seed, quick: values.quick, importOnly: values['import-only'], connections, seconds, writeRate: WRITE_RATE },
      archive: { events, seed, bytes: archive.bytes, generationSeconds: archive.generationSeconds, cached: archive.cached },
      server: { peakRssBytes: server.peakRssBytes() },
      bare: { nextVersion: nextVersion(), peakRssBytes: bare.peakRssBytes() },
      endpoints,
      importLoad,
      bundles: pageBundles(),
      bundleAimAboveEmptyGzipBytes: BUNDLE_AIM_ABOVE_EMPTY,
    };
    const out = path.resolve(values.results);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(formatTable(results));
    console.log(`\nFigures written to ${path.relative(process.cwd(), out) || out}`);
  } finally {
    await server?.stop();
    await bare?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
