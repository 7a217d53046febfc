// `npm run lighthouse`: Lighthouse's mobile preset (its default: a mid-range phone on a slow 4G
// link, simulated) on the reader's pages of a freshly seeded Parley, served as `npm start` serves
// it, in Debian's Chromium. Each page is audited three times and the median run is kept, since a
// shared machine moves the performance score by several points between runs. Writes
// bench/lighthouse.json. See bench/README.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commitDescription, machineDescription } from './bench/report';
import { startParley } from './bench/server';
import { buildIfStale } from './build-state';
import { runCli } from './cli';

const PAGES = [
  { name: 'timeline', path: '/' },
  { name: 'event', path: '/events/ukraine-us-talks-riyadh-2025-03-23' },
  { name: 'person', path: '/people/rustem-umerov' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const AIMS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};
const CLS_AIM = 0.1;

type Audit = {
  scores: Record<string, number>;
  cumulativeLayoutShift: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
};
type LighthouseReport = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { message: string };
};

function audit(url: string, chromium: string): Audit {
  const run = spawnSync(
    process.execPath,
    [
      path.resolve('node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      '--output-path=stdout',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking',
    ],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0)
    throw new Error(`Lighthouse failed on ${url}: ${(run.stderr || run.stdout).trim().split('\n').at(-1)}`);
  const report = JSON.parse(run.stdout) as LighthouseReport;
  if (report.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${report.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)]),
  );
  return {
    scores,
    cumulativeLayoutShift: report.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    largestContentfulPaintMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? NaN),
    totalBlockingTimeMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? NaN),
  };
}

/** The run whose performance score is the median: its other figures belong to the same load. */
function medianRun(runs: Audit[]): Audit {
  return [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(runs.length / 2)];
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      chromium: { type: 'string', default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
      results: { type: 'string', default: 'bench/lighthouse.json' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number of at least 1, not "${values.runs}"`);
  if (!fs.existsSync(values.chromium))
    throw new Error(
      `no Chromium at ${values.chromium}: install Debian's (apt-get install -y chromium) or pass --chromium`,
    );
  const log = (line: string) => console.error(line);

  buildIfStale(log);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-lighthouse-'));
  const server = await startParley({ database: path.join(folder, 'parley.db'), seeded: true, log });
  const loadBefore = os.loadavg();
  const pages = [];
  try {
    for (const page of PAGES) {
      const url = `${server.origin}${page.path}`;
      const audits = Array.from({ length: runs }, (_, i) => {
        log(`Lighthouse ${page.name} (${i + 1}/${runs})…`);
        return audit(url, values.chromium);
      });
      pages.push({ ...page, median: medianRun(audits), runs: audits });
    }
  } finally {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }

  const results = {
    when: new Date().toISOString(),
    commit: commitDescription(),
    machine: machineDescription(),
    loadAverage: { before: loadBefore, after: os.loadavg() },
    preset: 'mobile (default)',
    aims: { ...AIMS, cumulativeLayoutShift: CLS_AIM },
    pages,
  };
  fs.writeFileSync(values.results, `${JSON.stringify(results, null, 2)}\n`);
  console.log(['page', ...CATEGORIES, 'CLS', 'LCP ms', 'TBT ms'].join('\t'));
  for (const { name, median } of pages)
    console.log(
      [
        name,
        ...CATEGORIES.map((category) => median.scores[category]),
        median.cumulativeLayoutShift.toFixed(3),
        median.largestContentfulPaintMs,
        median.totalBlockingTimeMs,
      ].join('\t'),
    );
  log(`Aims: performance ≥ ${AIMS.performance}, the rest ${AIMS.seo}, CLS < ${CLS_AIM}. Written to ${values.results}.`);
});
