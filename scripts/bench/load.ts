// One measurement: autocannon against a URL for a fixed time at a fixed concurrency, with the
// median and 95th percentile taken from every response's own latency (autocannon's summary has
// no p95).
import autocannon, { type Options } from 'autocannon';

export type Load = Omit<Options, 'duration'> & { seconds: number };

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

export async function measure({ seconds, ...options }: Load): Promise<Measurement> {
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
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length + failed,
    failed,
    errors: result.errors + result.timeouts,
    rps: latencies.length / result.duration,
    medianMs: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    firstFailure,
  };
}
