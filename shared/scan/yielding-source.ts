/**
 * Giving the event loop a turn during a long read on the API's own thread (a subject search over
 * every stored file). The object layer's read-ahead answers most reads from memory, and a resolved
 * promise is a microtask, not a yield: without a pacer a whole file is read in one block.
 * (Scan jobs run on a worker thread instead, scan-thread.ts.)
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RandomAccessSource } from '../read';

/** Longest stretch of reading between two turns of the event loop, give or take one read. */
const BUDGET_MS = 20;

/** Wraps `source` so that reads yield to the event loop once `BUDGET_MS` have passed since the last turn. */
export function yieldingSource(source: RandomAccessSource): RandomAccessSource {
  let lastTurn = performance.now();
  return {
    size: source.size,
    async read(offset, length) {
      const bytes = await source.read(offset, length);
      if (performance.now() - lastTurn >= BUDGET_MS) {
        await nextTurn();
        lastTurn = performance.now();
      }
      return bytes;
    },
  };
}
