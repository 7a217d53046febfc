// The analyst write: POST /api/events at a moderate, fixed rate while reads run at full
// concurrency. Writes need an analyst: by default the bench makes one, with a personal API token,
// in its own temporary database (scripts/bench/mint-token.ts); PARLEY_BENCH_AUTH_HEADER, or
// PARLEY_BENCH_AUTH_COMMAND (run against that database before the server starts, printing the
// header as its last line), replace it.
import { execSync } from 'node:child_process';
import { sample, type Sample } from './load';

export type AuthHeader = Record<string, string>;

function parseHeader(line: string): AuthHeader {
  const colon = line.indexOf(':');
  if (colon < 1)
    throw new Error(`the write hook must print an HTTP header such as "Authorization: Bearer …", not "${line}"`);
  return { [line.slice(0, colon).trim()]: line.slice(colon + 1).trim() };
}

const MINT_TOKEN = 'npx tsx --conditions=react-server scripts/bench/mint-token.ts';

/** The header that signs the bench's writes in. */
export function writeAuthHeader(database: string, env: NodeJS.ProcessEnv = process.env): AuthHeader | null {
  if (env.PARLEY_BENCH_AUTH_HEADER) return parseHeader(env.PARLEY_BENCH_AUTH_HEADER);
  const output = execSync(env.PARLEY_BENCH_AUTH_COMMAND || MINT_TOKEN, {
    env: { ...env, DATABASE_PATH: database },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = output.trim().split('\n').at(-1) ?? '';
  return parseHeader(last);
}

/** A new event naming records every generated archive has; the title makes each one distinct. */
function eventBody(n: number): string {
  return JSON.stringify({
    kind: 'statement',
    title: `Benchmark write ${process.pid}-${n}`,
    summary: 'Written by npm run bench while the timeline is being read.',
    startsAt: '2026-10-30T12:00:00.000Z',
    timeZone: 'Europe/Zurich',
    precision: 'minute',
    status: 'occurred',
    location: 'geneva',
    parties: [{ party: 'united-states', role: 'party' }],
    topics: ['ceasefire'],
    citations: [
      {
        source: 'source-1',
        excerpt: 'A statement recorded by the benchmark.',
        attribution: 'reporter',
        confidence: 'medium',
      },
    ],
  });
}

const JSON_HEADERS = { 'content-type': 'application/json' };

// Counts across the rounds of a run, so that every write's title is new.
let written = 0;

/** Whether this build accepts the bench's write; when it does not, the reason to print. */
export async function probeWrite(
  origin: string,
  auth: AuthHeader | null,
): Promise<{ available: true } | { available: false; note: string }> {
  const response = await fetch(`${origin}/api/events`, {
    method: 'POST',
    headers: { ...JSON_HEADERS, ...auth },
    body: eventBody(0),
  });
  if (response.ok) return { available: true };
  if (response.status === 404 || response.status === 405)
    return { available: false, note: 'not available: this build has no POST /api/events' };
  if ((response.status === 401 || response.status === 403) && !auth) {
    return {
      available: false,
      note: 'not available: writes need a session; set PARLEY_BENCH_AUTH_COMMAND (see bench/README.md)',
    };
  }
  const text = (await response.text()).replace(/\s+/g, ' ').slice(0, 160);
  return { available: false, note: `not available: POST /api/events answered ${response.status} ${text}` };
}

export async function writesDuringReads({
  origin,
  auth,
  readPath,
  connections,
  seconds,
  rate,
}: {
  origin: string;
  auth: AuthHeader;
  readPath: string;
  connections: number;
  seconds: number;
  rate: number;
}): Promise<{ write: Sample; read: Sample }> {
  const [write, read] = await Promise.all([
    sample({
      url: `${origin}/api/events`,
      seconds,
      connections: 1,
      overallRate: rate,
      method: 'POST',
      headers: { ...JSON_HEADERS, ...auth },
      requests: [{ setupRequest: (request) => ({ ...request, body: eventBody((written += 1)) }) }],
    }),
    sample({ url: `${origin}${readPath}`, connections, seconds }),
  ]);
  return { write, read };
}
