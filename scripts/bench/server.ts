// The servers under test, each on a free loopback port: Parley through scripts/server.ts (what
// `npm start` runs) on a copy of the archive with the seed turned off, and the bare Next.js app
// of bench/bare with `next start`; and a server's peak resident memory, read from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const HOST = '127.0.0.1';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Every process in the tree under `root`: next start may hand requests to child processes. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

function peakKiB(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export type Server = { origin: string; pid: number; peakRssBytes(): number | null; stop(): Promise<void> };

type Launch = {
  name: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  probePath: string;
  log: (line: string) => void;
};

/** Starts a Node server on a free loopback port and waits until `probePath` answers 2xx. */
async function launch({ name, args, cwd, env, probePath, log }: Launch): Promise<Server> {
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    args.map((arg) => arg.replace('{port}', String(port))),
    {
      cwd,
      env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port), HOSTNAME: HOST },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited before serving: ${stderr.trim().split('\n').at(-1) ?? 'no output'}`);
    try {
      const response = await fetch(`${origin}${probePath}`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not answer on ${origin} within 60 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  log(`Serving ${name} on ${origin} (pid ${child.pid})`);
  const pid = child.pid!;
  return {
    origin,
    pid,
    peakRssBytes: () => {
      const kib = processTree(pid).reduce((sum, p) => sum + peakKiB(p), 0);
      return kib > 0 ? kib * 1024 : null;
    },
    stop,
  };
}

/**
 * Parley as `npm start` serves it (scripts/server.ts): on a copy of an archive with the seed off,
 * or `seeded`, on a new database that the server migrates and seeds as a first start does.
 */
export function startParley({
  database,
  log,
  seeded = false,
}: {
  database: string;
  log: (line: string) => void;
  seeded?: boolean;
}): Promise<Server> {
  const env: Record<string, string> = seeded
    ? { DATABASE_PATH: database }
    : { DATABASE_PATH: database, PARLEY_SEED: 'off' };
  return launch({
    name: seeded ? 'Parley' : 'the archive',
    args: ['--import', 'tsx', 'scripts/server.ts'],
    cwd: process.cwd(),
    env,
    probePath: '/api/bench/floor',
    log,
  });
}

/** The bare app (bench/bare) with plain `next start`. */
export function startBare({ folder, log }: { folder: string; log: (line: string) => void }): Promise<Server> {
  const nextBin = path.resolve('node_modules/next/dist/bin/next');
  return launch({
    name: 'the bare Next.js app',
    args: [nextBin, 'start', '-p', '{port}', '-H', HOST],
    cwd: folder,
    env: {},
    probePath: '/api/floor',
    log,
  });
}
