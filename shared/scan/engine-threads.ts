/**
 * The detection engine on several threads. The reader stays on the caller's thread, which is also
 * engine thread 0; every batch of rows goes to every other engine thread as well, and each thread
 * detects only the columns it owns. Columns are dealt out by what they cost, measured on the
 * sheet's first rows, so the threads finish together; merged, their outcomes are exactly the
 * report one scanner gives (`mergeOutcomes`).
 *
 * Why columns and not rows: a column's verdict depends on all of its cells in order (the value
 * cache, the detector it settles on, its first values), so a column split needs no merging of
 * statistics, while a row split would need every counter of every column merged.
 */
import { Worker } from 'node:worker_threads';
import { assembleReport, createScanner, HEADER_PROBE_ROWS, mergeOutcomes, type FileMeta, type Report, type SheetOutcome } from '../detect';
import type { FromEngineThread, ToEngineThread } from './engine-thread-protocol';
import { pack } from './packed-rows';
import { HEAP_LIMIT_MB, threadError } from './scan-thread';
import { threadScript } from './thread-script';

/**
 * Batches each thread may have queued. The reader is several times faster than an engine thread
 * on a CSV: without a bound it would queue the whole file. A few keep a thread busy while the
 * reader's thread scans its own share of the next batch.
 */
const MAX_QUEUED = 3;
/**
 * An engine thread's garbage is short-lived cell strings: a small young generation keeps each
 * thread's memory down for no measurable loss of speed (200 MB CSV with two engine threads beside
 * the reader: peak RSS about 240 MB with 8 MB, 270 MB with V8's default).
 */
const YOUNG_GENERATION_MB = 8;
/**
 * Rows of a sheet held back and timed before its columns are dealt. Costs are timed on the second
 * half, past each column's learning (512 cells), on an engine already compiled: what a column
 * costs in its first rows says little about the rest (dealt on the first batch alone, one of two
 * threads sat idle for a quarter of the 200 MB bench CSV). 8,192 rows, past the value caches'
 * trial too, dealt no better in three runs each, and held four times the rows. Fewer rows of a
 * wide sheet are held, so that the sample stays small.
 */
const SAMPLE_ROWS = 2048;
const SAMPLE_CELLS = 64 * 1024;
/** Wider sheets are dealt by the characters in each column instead (see columnCosts). */
const MAX_TIMED_COLUMNS = 256;

export type ThreadedScanner = {
  /** Resolves once the rows are queued; waits while the engine threads are behind. */
  push(sheet: string, rows: string[][]): Promise<void>;
  readonly rowsScanned: number;
  finish(meta: FileMeta): Promise<Report>;
  /** Ends the threads of a scan that will not finish (a reader error, an abort). */
  close(): void;
};

/**
 * A scanner on `threads` engine threads, the caller's included: `threads - 1` are started. The
 * caller must `finish` or `close` it, or the threads keep running.
 */
export function createThreadedScanner(threads: number, readerLoad: number): ThreadedScanner {
  const script = threadScript('engine-thread-worker');
  const owners = new Map<string, number[]>();
  const ownerOf = (sheet: string, column: number) => owners.get(sheet)?.[column] ?? column % threads;
  const local = createScanner({ owns: (sheet, column) => ownerOf(sheet, column) === 0 });
  const workers = Array.from({ length: threads - 1 }, (_, i) => startEngineThread(script, i + 1, threads));
  const sheetRows = new Map<string, number>();
  let sample: Sample | null = null;
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

  /** Deals the sampled sheet's columns and sends its held-back rows on. */
  async function deal(held: Sample): Promise<void> {
    sample = null;
    const dealt = dealColumns(columnCosts(held.batches.flat()), threads, readerLoad);
    owners.set(held.sheet, dealt);
    for (const w of workers) w.send({ type: 'sheet', name: held.sheet, owners: dealt });
    for (const rows of held.batches) await dispatch(held.sheet, rows, dealt);
  }

  async function dispatch(sheet: string, rows: string[][], dealt: number[]): Promise<void> {
    await room();
    const seen = sheetRows.get(sheet) ?? 0;
    workers.forEach((w, i) => {
      const { text, lengths } = pack(rows, (r, j) => seen + r < HEADER_PROBE_ROWS || (dealt[j] ?? j % threads) === i + 1);
      w.queued++;
      w.send({ type: 'rows', sheet, text, lengths }, [lengths.buffer as ArrayBuffer]);
    });
    // The other threads work on this batch while this one scans its own columns of it.
    local.push(sheet, rows);
    sheetRows.set(sheet, seen + rows.length);
  }

  const scanner: ThreadedScanner = {
    async push(sheet, rows) {
      if (rows.length === 0) return;
      // Counted as taken in, like rows queued to a thread: progress, not a promise they are done.
      rowsScanned += rows.length;
      if (sample && sample.sheet !== sheet) await deal(sample);
      const dealt = owners.get(sheet);
      if (dealt) return dispatch(sheet, rows, dealt);
      sample ??= { sheet, batches: [], rows: 0, cells: 0 };
      sample.batches.push(rows);
      sample.rows += rows.length;
      for (const row of rows) sample.cells += row.length;
      if (sample.rows >= SAMPLE_ROWS || sample.cells >= SAMPLE_CELLS) await deal(sample);
    },
    get rowsScanned() {
      return rowsScanned;
    },
    async finish(meta) {
      try {
        if (sample) await deal(sample);
        const parts = await Promise.all(workers.map((w) => w.finish()));
        return assembleReport(meta, mergeOutcomes([local.outcomes(), ...parts]));
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

/** The first rows of a sheet, held back until its columns are dealt. */
type Sample = { sheet: string; batches: string[][][]; rows: number; cells: number };

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
 * What each column of a sheet costs the engine, in milliseconds per row: each column scanned
 * alone. Every column scans the first half of the rows before any is timed, so what is timed is a
 * column past its learning, on an engine already compiled for every column's values. The second
 * half is timed in slices and each column's fastest slice counts, so that a garbage collection
 * that happens to fall into one column's slice is not charged to the column. A sheet wider than
 * MAX_TIMED_COLUMNS is not timed (a scanner each is too many): its columns cost what they hold in
 * characters. Only for dealing columns out: never part of a report.
 */
export function columnCosts(rows: string[][]): number[] {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  if (width > MAX_TIMED_COLUMNS) {
    const chars = new Array<number>(width).fill(0);
    for (const row of rows) row.forEach((cell, j) => (chars[j] += cell.length));
    return chars;
  }
  // Each column as a sheet of its own: a scanner that merely skips the other columns still keeps
  // them all, and one per column made dealing a wide sheet quadratic (256 columns: 630 ms).
  const columns = Array.from({ length: width }, (_, j) => rows.map((row) => [row[j] ?? '']));
  const half = rows.length >> 1;
  const size = Math.max(1, Math.ceil((rows.length - half) / COST_SLICES));
  const scanners = columns.map((column) => {
    const scanner = createScanner();
    scanner.push('', column.slice(0, half));
    return scanner;
  });
  const costs = new Array<number>(width).fill(Infinity);
  for (let from = half; from < rows.length; from += size) {
    scanners.forEach((scanner, j) => {
      const slice = columns[j].slice(from, from + size);
      const started = performance.now();
      scanner.push('', slice);
      costs[j] = Math.min(costs[j], (performance.now() - started) / slice.length);
    });
  }
  return costs.map((c) => (Number.isFinite(c) ? c : 0));
}

/** Slices of the sample each column is timed on (see columnCosts). */
const COST_SLICES = 4;

/**
 * Each column's thread: the costliest first, each to the thread with the least work so far.
 * Thread 0 starts with `readerLoad` times the columns' total, for the reading it also does.
 */
export function dealColumns(costs: number[], threads: number, readerLoad = 0): number[] {
  const load = new Array<number>(threads).fill(0);
  load[0] = readerLoad * costs.reduce((a, b) => a + b, 0);
  const owner = new Array<number>(costs.length).fill(0);
  const order = costs.map((_, j) => j).sort((a, b) => costs[b] - costs[a] || a - b);
  for (const j of order) {
    const t = load.indexOf(Math.min(...load));
    owner[j] = t;
    load[t] += costs[j];
  }
  return owner;
}
