// Each password hash or check is an scrypt run that holds 128 MiB and a core for a few hundred
// milliseconds, and anyone may start one by trying to sign in. A few run at once, a few more
// wait their turn, and the rest are refused before any hashing starts, so that a crowd of
// guesses cannot starve the server of memory or slow every other answer.
import { TooManyRequests } from '@/lib/errors';

export function scryptGate({ running, waiting, retryAfter }: { running: number; waiting: number; retryAfter: number }) {
  let active = 0;
  const queue: (() => void)[] = [];

  function release(): void {
    const next = queue.shift();
    if (next) next();
    else active -= 1;
  }

  return async function gated<T>(task: () => Promise<T>): Promise<T> {
    if (active >= running) {
      if (queue.length >= waiting)
        throw new TooManyRequests(
          `The server is busy checking other sign-ins. Try again in ${retryAfter} seconds.`,
          retryAfter,
        );
      // A finished task hands its slot straight to the first in line, so `active` stays as it is.
      await new Promise<void>((resolve) => queue.push(resolve));
    } else {
      active += 1;
    }
    try {
      return await task();
    } finally {
      release();
    }
  };
}
