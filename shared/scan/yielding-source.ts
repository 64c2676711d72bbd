/**
 * Giving the event loop a turn during a long read-and-scan. The readers only `await` between
 * chunks, the object layer's read-ahead answers most reads from memory (a resolved promise is a
 * microtask, not a yield), and one chunk parses into many row batches handed over as microtasks
 * too: without a pacer a megabyte of rows is parsed and scanned in one block (measured here under
 * load: 200–600 ms, and 1.8 s before a WebSocket subscribe was answered during a 3 MB scan).
 * BullMQ renews its lock and the API answers requests only in the turns between.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RandomAccessSource } from '../read';

/** Longest stretch of reading and scanning between two turns of the event loop, give or take one step. */
const DEFAULT_BUDGET_MS = 20;

/** Call between steps of work: yields to the event loop once `budgetMs` have passed since the last turn. */
export type Pacer = () => Promise<void>;

export function eventLoopPacer(budgetMs = DEFAULT_BUDGET_MS): Pacer {
  let lastTurn = performance.now();
  return async () => {
    if (performance.now() - lastTurn < budgetMs) return;
    await nextTurn();
    lastTurn = performance.now();
  };
}

/** Wraps `source` so that every read also gives `pace` its chance to yield. */
export function yieldingSource(source: RandomAccessSource, pace: Pacer = eventLoopPacer()): RandomAccessSource {
  return {
    size: source.size,
    async read(offset, length) {
      const bytes = await source.read(offset, length);
      await pace();
      return bytes;
    },
  };
}
