/**
 * Progress of one run, reported at least every 2 percentage points or every 2 s (reliability
 * W5), whichever comes first, never backwards. The reader calls back once per source chunk, so a
 * report goes out on every callback that moved the bar a point: waiting for two points would
 * skip a callback just short of them and then jump by nearly twice the chunk. Reports go out in order through one promise
 * chain; a failed report (Redis or the database briefly away) is logged and dropped, because
 * progress is a hint and the scan must not fail for it.
 */
import type { JobContext } from '../jobs';
import type { Logger } from '../log';

const STEP = 1;
const HEARTBEAT_MS = 2_000;

export type ProgressReporter = {
  /** Notes the latest position; reports it when it moved a step or the heartbeat is due. */
  note(progress: number, rowsScanned: number, stage: string): void;
  /** Reports now, whatever the step, and waits until every report so far went out. */
  flush(progress: number, rowsScanned: number, stage: string): Promise<void>;
  /** Stops the heartbeat and waits for pending reports. */
  stop(): Promise<void>;
};

/**
 * `floor` is what a previous run of the job already reported (from the database), so a retry
 * does not make the bar jump back; `save` persists the position for late subscribers.
 */
export function createProgressReporter(opts: {
  ctx: JobContext;
  floor: number;
  save: (p: { progress: number; rowsScanned: number }) => Promise<void>;
  log: Logger;
}): ProgressReporter {
  let latest = { progress: opts.floor, rowsScanned: 0, stage: 'scanning' };
  let sent = -Infinity;
  let sentAt = performance.now();
  let chain: Promise<void> = Promise.resolve();

  function report() {
    const p = { ...latest, progress: Math.round(Math.max(latest.progress, opts.floor) * 10) / 10 };
    sent = p.progress;
    sentAt = performance.now();
    chain = chain.then(async () => {
      await opts.ctx.progress(p).catch((err) => opts.log.warn({ err }, 'progress report not delivered'));
      await opts.save(p).catch((err) => opts.log.warn({ err }, 'progress not saved'));
    });
  }

  // The reader calls back per chunk; a chunk that takes long (a slow store) must not silence the bar.
  const heartbeat = setInterval(() => {
    if (performance.now() - sentAt >= HEARTBEAT_MS) report();
  }, HEARTBEAT_MS / 4);
  heartbeat.unref();

  return {
    note(progress, rowsScanned, stage) {
      latest = { progress: Math.max(latest.progress, progress), rowsScanned: Math.max(latest.rowsScanned, rowsScanned), stage };
      if (latest.progress >= sent + STEP || performance.now() - sentAt >= HEARTBEAT_MS) report();
    },
    async flush(progress, rowsScanned, stage) {
      latest = { progress: Math.max(latest.progress, progress), rowsScanned: Math.max(latest.rowsScanned, rowsScanned), stage };
      report();
      await chain;
    },
    async stop() {
      clearInterval(heartbeat);
      await chain;
    },
  };
}
