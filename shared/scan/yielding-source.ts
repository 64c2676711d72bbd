/**
 * A source that gives the event loop a turn between reads once a time budget is spent. The
 * readers only `await source.read(…)` between chunks, and the object layer's read-ahead answers
 * most of those reads from memory — a resolved promise, which is a microtask, not a yield — so
 * without this a megabyte of rows is parsed and scanned in one block (measured here under load:
 * 200–600 ms). BullMQ renews its lock and the API answers requests only in the turns between.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RandomAccessSource } from '../read';

/** Longest stretch of reading and scanning between two turns of the event loop, give or take one chunk. */
const DEFAULT_BUDGET_MS = 20;

/** Wraps `source` so reading and scanning never hold the event loop much longer than `budgetMs` plus one chunk. */
export function yieldingSource(source: RandomAccessSource, budgetMs = DEFAULT_BUDGET_MS): RandomAccessSource {
  let lastTurn = performance.now();
  return {
    size: source.size,
    async read(offset, length) {
      const bytes = await source.read(offset, length);
      if (performance.now() - lastTurn >= budgetMs) {
        await nextTurn();
        lastTurn = performance.now();
      }
      return bytes;
    },
  };
}
