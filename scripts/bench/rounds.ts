// Interleaved rounds: each endpoint measured in short runs alternating with the bare app's floor
// of its kind, so that a busy moment on a shared machine lowers both sides of a round.
import { sample, summarise, type Load, type Measurement, type Sample } from './load';
import type { EndpointResult, Group } from './report';
import type { Server } from './server';

export const AIMS: Partial<Record<Group, number>> = { overhead: 0.9, json: 0.7, search: 0.5, page: 0.8 };

export type FloorKind = 'json' | 'page';
export type RoundResult = { floorRps: number; figures: Measurement; ratio: number | null; note: string | null };

/** A row of the endpoint table with no floor yet. */
export function endpointRow(
  name: string,
  group: Group,
  method: 'GET' | 'POST',
  pathname: string,
  figures: Measurement | null,
  note: string | null = null,
): EndpointResult {
  return {
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
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
}

const rps = (s: Sample) => (s.seconds > 0 ? s.latencies.length / s.seconds : 0);

/** A pooled connection the server closes as it idles out fails once; ask again on a new one. */
async function answered(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await (await fetch(url)).arrayBuffer();
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

export function roundsAgainst(
  parley: Server,
  bare: Server,
  options: { rounds: number; connections: number; log: (line: string) => void },
) {
  const { rounds, connections, log } = options;
  const floors: Record<FloorKind, { path: string; runs: Measurement[] }> = {
    json: { path: '/api/floor', runs: [] },
    page: { path: '/', runs: [] },
  };

  // Requests still in flight when a run ends keep a server busy after it; the next run
  // starts only once both servers answer again, so no run pays for the one before.
  async function drain() {
    await answered(`${parley.origin}/api/bench/floor`);
    await answered(`${parley.origin}/api/bench/floor`);
    await answered(`${bare.origin}/api/floor`);
  }

  async function slice(load: Load) {
    const result = await sample(load);
    await drain();
    return result;
  }

  /** The endpoint's figures over all rounds, and the median of the rounds' ratios to the floor. */
  async function interleaved(
    kind: FloorKind,
    name: string,
    endpointSlice: (seconds: number) => Promise<Sample>,
    seconds: number,
  ): Promise<RoundResult> {
    log(`  ${name}`);
    const floorSamples: Sample[] = [];
    const samples: Sample[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const floor = await slice({ url: `${bare.origin}${floors[kind].path}`, connections, seconds: seconds / rounds });
      const measured = await endpointSlice(seconds / rounds);
      await drain();
      floorSamples.push(floor);
      samples.push(measured);
      if (rps(floor) > 0) ratios.push(rps(measured) / rps(floor));
    }
    const floor = summarise(floorSamples);
    floors[kind].runs.push(floor);
    const ratio = median(ratios);
    const figures = summarise(samples);
    log(
      `    median ${figures.medianMs.toFixed(1)} ms · p95 ${figures.p95Ms.toFixed(1)} ms · ${figures.rps.toFixed(0)} req/s · ` +
        `bare floor ${floor.rps.toFixed(0)} req/s · ratio ${ratio === null ? '–' : ratio.toFixed(2)}`,
    );
    return {
      floorRps: floor.rps,
      figures,
      ratio,
      note: ratio === null ? 'its floor runs answered nothing: no ratio' : null,
    };
  }

  /** The bare floor's own row: its middle run across every endpoint it was measured beside. */
  function floorRow(name: string, group: Group, kind: FloorKind): EndpointResult {
    const runs = [...floors[kind].runs].sort((a, b) => a.rps - b.rps);
    const middle = runs[Math.floor(runs.length / 2)];
    const range = `ranged ${runs[0].rps.toFixed(0)}–${runs.at(-1)!.rps.toFixed(0)} req/s across ${runs.length} endpoints`;
    return {
      ...endpointRow(name, group, 'GET', floors[kind].path, middle, range),
      server: 'bare',
      floorRps: middle.rps,
      ratio: 1,
    };
  }

  async function warmUp(seconds: number) {
    for (const kind of ['json', 'page'] as const)
      await slice({ url: `${bare.origin}${floors[kind].path}`, connections, seconds });
  }

  return { drain, slice, interleaved, floorRow, warmUp };
}

export type Rounds = ReturnType<typeof roundsAgainst>;
