// What a run found: the results file (figures, commit, machine, date) and the terminal table.
import { execSync } from 'node:child_process';
import os from 'node:os';
import { TIMELINE_ROUTE, type PageBundle } from './bundles';
import type { ImportLoad } from './import-load';
import type { Measurement } from './load';

export type Group = 'floor' | 'page-floor' | 'overhead' | 'json' | 'search' | 'page' | 'write';

export type EndpointResult = {
  name: string;
  /** The floors are the bare Next.js app's (bench/bare); every other row is Parley's. */
  server: 'parley' | 'bare';
  group: Group;
  method: 'GET' | 'POST';
  path: string;
  /** Why there is no figure (a route this build lacks, a write without a session), or a caveat. */
  note: string | null;
  figures: Measurement | null;
  /** Requests per second of the bare app's floor, over the rounds interleaved with this endpoint's. */
  floorRps: number | null;
  /** Throughput as a fraction of that floor (its JSON route, or its static page for pages): the median of the rounds' ratios. */
  ratio: number | null;
  aim: number | null;
};

export type Results = {
  schema: 1;
  date: string;
  commit: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; os: string; node: string };
  /** os.loadavg() (1, 5 and 15 minutes) when the run started and when it ended: how busy the shared machine was. */
  loadAverage: { before: number[]; after: number[] };
  settings: {
    events: number;
    seed: number;
    quick: boolean;
    importOnly: boolean;
    connections: number;
    seconds: number;
    writeRate: number;
  };
  archive: { events: number; seed: number; bytes: number; generationSeconds: number; cached: boolean };
  server: { peakRssBytes: number | null };
  bare: { nextVersion: string; peakRssBytes: number | null };
  endpoints: EndpointResult[];
  /** Reads alone and during a dry run of an import, or why they were not measured. */
  importLoad: ImportLoad | string;
  bundles: PageBundle[] | null;
  bundleAimAboveEmptyGzipBytes: number;
};

export function commitDescription(): string {
  try {
    const commit = execSync('git rev-parse --short=12 HEAD', { encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

export function machineDescription(): Results['machine'] {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));
const fixed = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
const mib = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1048576).toFixed(1)} MiB`);
const kb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1000).toFixed(1)} kB`);

function verdict(row: EndpointResult): string {
  if (row.ratio === null || row.aim === null) return '';
  return row.ratio >= row.aim ? 'meets' : 'SHORT';
}

function describeImportLoad(load: ImportLoad | string): string[] {
  if (typeof load === 'string') return [`reads during an import: ${load}`];
  const figures = (m: Measurement) =>
    `p95 ${fixed(m.p95Ms, 1)} ms, median ${fixed(m.medianMs, 1)} ms, ${m.requests} requests${m.failed ? `, ${m.failed} failed` : ''}`;
  return [
    `GET ${load.readPath} alone:           ${figures(load.alone)}`,
    `GET ${load.readPath} during import:   ${figures(load.duringImport)}`,
    `  p95 during / alone: ${load.p95Ratio.toFixed(2)}× (aim: at most 3×) · dry run of a ${load.file.format.toUpperCase()} export of ${load.file.events.toLocaleString('en')} events (${mib(load.file.bytes)}) took ${load.importSeconds.toFixed(1)} s`,
  ];
}

export function formatTable(results: Results): string {
  const lines: string[] = [];
  const { settings, archive, server, machine } = results;
  lines.push(
    `Parley bench · ${results.date} · commit ${results.commit} · ${machine.cpus}× ${machine.cpuModel} · Node ${machine.node}`,
    `${archive.events.toLocaleString('en')} events (seed ${archive.seed}) · ${settings.connections} connections · ${settings.seconds} s each${settings.quick ? ' (quick)' : ''} · floors: bare Next.js ${results.bare.nextVersion}`,
    `load average ${results.loadAverage.before.map((n) => n.toFixed(2)).join(' ')} at the start, ${results.loadAverage.after.map((n) => n.toFixed(2)).join(' ')} at the end`,
    '',
  );
  const header = [
    pad('endpoint', 46),
    pad('median ms', 10, true),
    pad('p95 ms', 9, true),
    pad('req/s', 9, true),
    pad('floor/s', 8, true),
    pad('of floor', 9, true),
    pad('aim', 6, true),
    '  ',
  ].join(' ');
  lines.push(header, '-'.repeat(header.length + 6));
  for (const row of results.endpoints) {
    const label = `${row.method === 'POST' ? 'POST ' : ''}${row.name}`;
    if (!row.figures) {
      lines.push(`${pad(label, 46)} ${row.note ?? 'not available'}`);
      continue;
    }
    const f = row.figures;
    if (f.requests === 0) {
      lines.push(`${pad(label, 46)} no answer completed within the run (${f.errors} errors)`);
      continue;
    }
    const cells = [
      pad(label.length > 46 ? `${label.slice(0, 45)}…` : label, 46),
      pad(fixed(f.medianMs, 1), 10, true),
      pad(fixed(f.p95Ms, 1), 9, true),
      pad(fixed(f.rps, 0), 9, true),
      pad(fixed(row.floorRps, 0), 8, true),
      pad(row.ratio === null ? '' : `${Math.round(row.ratio * 100)}%`, 9, true),
      pad(row.aim === null ? '' : `${Math.round(row.aim * 100)}%`, 6, true),
      ` ${verdict(row)}`,
    ];
    lines.push(
      cells.join(' ') +
        (f.failed ? `  ${f.failed} failed (first: ${f.firstFailure})` : '') +
        (row.note ? `  ${row.note}` : ''),
    );
  }
  lines.push('', ...describeImportLoad(results.importLoad));
  lines.push(
    '',
    `archive: ${archive.generationSeconds.toFixed(1)} s (wall clock) to generate and import${archive.cached ? ' when it was generated; cached and reused this run' : ''} · database ${mib(archive.bytes)} · server peak RSS ${mib(server.peakRssBytes)} (bare app ${mib(results.bare.peakRssBytes)})`,
  );
  if (results.bundles) {
    lines.push('', `${pad('first-load JS (gzip)', 46)} ${pad('total', 10, true)} ${pad('above empty page', 17, true)}`);
    for (const b of results.bundles) {
      const over = b.aboveEmptyGzipBytes;
      const flag =
        b.route === TIMELINE_ROUTE && over !== null
          ? over <= results.bundleAimAboveEmptyGzipBytes
            ? ' meets'
            : ' SHORT'
          : '';
      lines.push(
        `${pad(b.route, 46)} ${pad(kb(b.firstLoadGzipBytes), 10, true)} ${pad(over === null ? '–' : `+${kb(over)}`, 17, true)}${flag}`,
      );
    }
  } else lines.push('', 'first-load JS: not available (no .next/diagnostics/route-bundle-stats.json in this build)');
  return lines.join('\n');
}
