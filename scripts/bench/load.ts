// Load with autocannon against a URL for a fixed time at a fixed concurrency. The median and
// 95th percentile come from every response's own latency (autocannon's summary has no p95), so
// that several short runs of one endpoint can be summarised together.
import autocannon, { type Options } from 'autocannon';

export type Load = Omit<Options, 'duration'> & { seconds: number };

/** One run's raw figures. */
export type Sample = {
  latencies: number[];
  failed: number;
  errors: number;
  seconds: number;
  firstFailure: number | null;
};

export type Measurement = {
  requests: number;
  /** Answers with a status outside 2xx; they count as failures and are excluded from `rps`. */
  failed: number;
  errors: number;
  rps: number;
  medianMs: number;
  p95Ms: number;
  /** The first status outside 2xx, to say why an endpoint failed. */
  firstFailure: number | null;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function sample({ seconds, ...options }: Load): Promise<Sample> {
  const latencies: number[] = [];
  let failed = 0;
  let firstFailure: number | null = null;
  const instance = autocannon({ timeout: 30, ...options, duration: seconds });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else {
      failed += 1;
      firstFailure ??= status;
    }
  });
  const result = await instance;
  return { latencies, failed, errors: result.errors + result.timeouts, seconds: result.duration, firstFailure };
}

export function summarise(samples: readonly Sample[]): Measurement {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const failed = samples.reduce((sum, s) => sum + s.failed, 0);
  const seconds = samples.reduce((sum, s) => sum + s.seconds, 0);
  return {
    requests: latencies.length + failed,
    failed,
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    rps: seconds > 0 ? latencies.length / seconds : 0,
    medianMs: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    firstFailure: samples.find((s) => s.firstFailure !== null)?.firstFailure ?? null,
  };
}

export async function measure(load: Load): Promise<Measurement> {
  return summarise([await sample(load)]);
}
