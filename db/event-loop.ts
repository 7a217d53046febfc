// Long work on the server's one thread (better-sqlite3 is synchronous) in slices short enough
// that requests arriving meanwhile are answered between them instead of waiting for the end.
import { setImmediate as nextTurn } from 'node:timers/promises';

/** How long one slice may hold the thread; a read of one page takes about this long. */
const SLICE_MS = 8;

/**
 * Calls `work` for each item in order, giving the event loop a turn whenever a slice has run
 * for SLICE_MS. `work` for items of one slice may share a synchronous stretch; nothing else
 * runs between them.
 */
export async function forEachYielding<T>(items: Iterable<T>, work: (item: T, index: number) => void): Promise<void> {
  let sliceStart = performance.now();
  let index = 0;
  for (const item of items) {
    work(item, index++);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}
