/**
 * What the scan job needs from the process hosting it, narrowed to exactly that, so the worker,
 * single-process mode and tests build the same bundle and nothing else leaks in. Events are not
 * here on purpose: the queue adapters publish `job.progress` (through `ctx.progress`),
 * `job.completed`/`job.rejected` (from the returned outcome) and `job.failed` (final failures),
 * so a processor that published too would send every event twice.
 */
import type { Config } from '../config';
import type { OrgKeys } from '../crypto/org-keys';
import type { Database } from '../db';
import type { Logger } from '../log';
import type { ObjectStore } from '../objects';
import { createGeminiClassifier, type GeminiClassifier, type GeminiTuning } from './gemini';

export type ScanDeps = {
  db: Database;
  /** The raw store; the processor reads through `encryptedObjects` and deletes through it. */
  objects: ObjectStore;
  orgKeys: OrgKeys;
  log: Logger;
  /** Wall clock for the reconciler's grace periods (tests move it). */
  clock: { now(): Date };
  /** Null when GEMINI_API_KEY is unset: classification stays local. */
  ai: GeminiClassifier | null;
};

/** Builds the bundle from configuration; the Gemini client exists only when a key is configured. */
export function createScanDeps(input: {
  db: Database;
  objects: ObjectStore;
  orgKeys: OrgKeys;
  config: Pick<Config, 'gemini'>;
  log: Logger;
  clock?: { now(): Date };
  geminiTuning?: GeminiTuning;
}): ScanDeps {
  const log = input.log;
  return {
    db: input.db,
    objects: input.objects,
    orgKeys: input.orgKeys,
    log,
    clock: input.clock ?? { now: () => new Date() },
    ai: input.config.gemini ? createGeminiClassifier(input.config.gemini, input.geminiTuning, log.child({ component: 'gemini' })) : null,
  };
}
