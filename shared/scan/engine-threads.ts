/**
 * The detection engine on several threads. The reader stays on the caller's thread; every batch
 * of rows goes to every engine thread, and each thread detects only the columns it owns. Columns
 * are dealt out by what they cost, measured on the sheet's first batch, so the threads finish
 * together; merged, their outcomes are exactly the report one scanner gives (`mergeOutcomes`).
 *
 * Why columns and not rows: a column's verdict depends on all of its cells in order (the value
 * cache, the detector it settles on, its first values), so a column split needs no merging of
 * statistics, while a row split would need every counter of every column merged.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { assembleReport, createScanner, HEADER_PROBE_ROWS, mergeOutcomes, type FileMeta, type Report, type SheetOutcome } from '../detect';
import type { FromEngineThread, ToEngineThread } from './engine-thread-protocol';
import { pack } from './packed-rows';
import { HEAP_LIMIT_MB, threadError } from './scan-thread';

const WORKER_SOURCE = fileURLToPath(new URL('./engine-thread-worker.ts', import.meta.url));
/**
 * Batches each thread may have queued. The reader is several times faster than an engine thread
 * on a CSV: without a bound it would queue the whole file. Two keep a thread busy while the next
 * batch is read.
 */
const MAX_QUEUED = 3;
/**
 * An engine thread's garbage is short-lived cell strings: a small young generation keeps each
 * thread's memory down for no measurable loss of speed (200 MB CSV, two threads: peak RSS about
 * 240 MB with 8 MB, 270 MB with V8's default).
 */
const YOUNG_GENERATION_MB = 8;

export type ThreadedScanner = {
  /** Resolves once the rows are queued; waits while the engine threads are behind. */
  push(sheet: string, rows: string[][]): Promise<void>;
  readonly rowsScanned: number;
  finish(meta: FileMeta): Promise<Report>;
  /** Ends the threads of a scan that will not finish (a reader error, an abort). */
  close(): void;
};

let bundled: Promise<string> | null = null;

/**
 * The engine thread as one script, bundled once per process. A thread started from TypeScript
 * through tsx gets a module-loader thread of its own and took about 300 ms and 50 MB; the bundle
 * (about 60 ms to build) starts in about 70 ms and 20 MB.
 */
function engineThreadScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  }).then((out) => out.outputFiles[0].text);
  return bundled;
}

export async function createThreadedScanner(threads: number): Promise<ThreadedScanner> {
  const script = await engineThreadScript();
  const workers = Array.from({ length: threads }, (_, index) => startEngineThread(script, index, threads));
  const owners = new Map<string, number[]>();
  const sheetRows = new Map<string, number>();
  let rowsScanned = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;

  for (const w of workers) {
    w.onFailure = (e) => {
      failure ??= e;
      wake?.();
    };
    w.onDrained = () => wake?.();
  }

  async function room(): Promise<void> {
    while (!failure && workers.some((w) => w.queued >= MAX_QUEUED)) {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
    if (failure) throw failure;
  }

  const scanner: ThreadedScanner = {
    async push(sheet, rows) {
      if (rows.length === 0) return;
      if (!owners.has(sheet)) {
        const owner = dealColumns(columnCosts(rows), threads);
        owners.set(sheet, owner);
        for (const w of workers) w.send({ type: 'sheet', name: sheet, owners: owner });
      }
      await room();
      const owner = owners.get(sheet)!;
      const seen = sheetRows.get(sheet) ?? 0;
      workers.forEach((w, t) => {
        const { text, lengths } = pack(rows, (i, j) => seen + i < HEADER_PROBE_ROWS || (owner[j] ?? j % threads) === t);
        w.queued++;
        w.send({ type: 'rows', sheet, text, lengths }, [lengths.buffer as ArrayBuffer]);
      });
      sheetRows.set(sheet, seen + rows.length);
      rowsScanned += rows.length;
    },
    get rowsScanned() {
      return rowsScanned;
    },
    async finish(meta) {
      try {
        const parts = await Promise.all(workers.map((w) => w.finish()));
        return assembleReport(meta, mergeOutcomes(parts));
      } finally {
        scanner.close();
      }
    },
    close() {
      for (const w of workers) void w.thread.terminate();
    },
  };
  return scanner;
}

type EngineThread = {
  thread: Worker;
  queued: number;
  send(msg: ToEngineThread, transfer?: ArrayBuffer[]): void;
  finish(): Promise<SheetOutcome[]>;
  onFailure(e: Error): void;
  onDrained(): void;
};

function startEngineThread(script: string, index: number, of: number): EngineThread {
  const thread = new Worker(script, {
    eval: true,
    workerData: { index, of },
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: HEAP_LIMIT_MB },
  });
  let finished: { resolve(o: SheetOutcome[]): void; reject(e: Error): void } | null = null;
  let failed: Error | null = null;
  const fail = (e: Error) => {
    failed ??= e;
    finished?.reject(e);
    self.onFailure(e);
  };
  const self: EngineThread = {
    thread,
    queued: 0,
    send: (msg, transfer) => thread.postMessage(msg, transfer),
    finish: () =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        finished = { resolve, reject };
        thread.postMessage({ type: 'finish' } satisfies ToEngineThread);
      }),
    onFailure: () => undefined,
    onDrained: () => undefined,
  };
  thread.on('message', (msg: FromEngineThread) => {
    if (msg.type === 'scanned') {
      self.queued--;
      self.onDrained();
    } else finished?.resolve(msg.sheets);
  });
  thread.on('error', (e) => fail(threadError(e, HEAP_LIMIT_MB)));
  thread.on('exit', (code) => fail(new Error(`an engine thread exited with code ${code}`)));
  return self;
}

/**
 * What each column of a sheet costs the engine, in milliseconds over the given rows: each column
 * scanned alone, after one pass over all of them so that the first column timed does not also
 * pay for compiling the engine. Only for dealing columns out: never part of a report.
 */
export function columnCosts(rows: string[][]): number[] {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  createScanner().push('', rows);
  return Array.from({ length: width }, (_, j) => {
    const scanner = createScanner({ owns: (_sheet, column) => column === j });
    const started = performance.now();
    scanner.push('', rows);
    return performance.now() - started;
  });
}

/** Each column's thread: the costliest first, each to the thread with the least work so far. */
export function dealColumns(costs: number[], threads: number): number[] {
  const load = new Array<number>(threads).fill(0);
  const owner = new Array<number>(costs.length).fill(0);
  const order = costs.map((_, j) => j).sort((a, b) => costs[b] - costs[a] || a - b);
  for (const j of order) {
    const t = load.indexOf(Math.min(...load));
    owner[j] = t;
    load[t] += costs[j];
  }
  return owner;
}
