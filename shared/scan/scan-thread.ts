/**
 * Scans a stored file on a worker thread. The job's own thread keeps the object store, the
 * decryption and the database; the thread gets plaintext byte ranges on request and sends back
 * progress and the report. The upload's credential check runs on the same kind of thread: while
 * a delimited file arrives (`checkCredentialsInThread`), or over a whole workbook
 * (`checkStoredInThread`). The API stays responsive during a scan without the scan yielding
 * (a long synchronous block under a short BullMQ lock runs a job body several times), the scan
 * gets a heap of its own instead of the API's (measured in the single-process API: a 100 MB scan
 * 8.2 s on the main thread against 5.1–6.1 s for the same scan alone), and a scan that runs out
 * of memory ends that thread, not the process (see HEAP_LIMIT_MB).
 */
import { Worker } from 'node:worker_threads';
import type { Report } from '../detect';
import { ReadError, type FileFormat, type RandomAccessSource } from '../read';
import type { CredentialVerdict } from './credential-check';
import type { FromScanThread, ToScanThread } from './scan-thread-protocol';
import { threadScript, threadScripts } from './thread-script';

/**
 * A scan's heap stays near 150 MB from 100 MB to 1 GB files (bench); the cap only turns a
 * runaway scan into a refused file instead of an API out of memory. It works for state that
 * grows in small steps (per-column distinct values over thousands of columns): Node then ends
 * the thread. One allocation that alone overshoots the cap by more than Node's 16 MB leeway ends
 * the process instead; the reader's 64 MiB cell limit keeps the largest far below 1 GB.
 */
export const HEAP_LIMIT_MB = 1024;
/** A thread's error as the scan's: running out of its heap means the file is too large to scan. */
export function threadError(e: Error & { code?: string }, heapLimitMb: number): Error {
  if (e.code !== 'ERR_WORKER_OUT_OF_MEMORY') return e;
  return new ReadError('file_too_large', `the file needs more than ${heapLimitMb} MB of memory to scan`);
}

/**
 * A scan's garbage is short-lived (cell strings, decrypted ranges). B5, 100 MB CSV: the API peaked
 * at 473–488 MB with 16 MB against 480–516 MB with V8's default; 8 MB, as the engine threads had,
 * saved 30 MB more but slowed the thread's 1 MiB reads (upload → completed 5.1 s against 4.3 s).
 */
const YOUNG_GENERATION_MB = 16;

/** Threads kept warm between scans: starting one costs about 70 ms (the engine's data). */
const SPARE_THREADS = 1;

const spare: Worker[] = [];

function startThread(heapLimitMb: number): Worker {
  const thread = new Worker(threadScript('scan-thread-worker'), {
    eval: true,
    workerData: threadScripts('rest-thread-worker'),
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  // During a scan, scanInThread's own listener reports errors. A spare that fails while idle (it
  // could not start) only exits and is dropped below; without a listener it would crash the API.
  thread.on('error', () => undefined);
  thread.on('exit', () => {
    const i = spare.indexOf(thread);
    if (i >= 0) spare.splice(i, 1);
  });
  return thread;
}

/** A spare thread must not keep a process alive that has nothing else to do. */
function putBack(thread: Worker): void {
  if (spare.length >= SPARE_THREADS) {
    void thread.terminate();
    return;
  }
  thread.unref();
  spare.push(thread);
}

/**
 * Starts the spare thread ahead of the first job, so that job does not wait for it. Called where
 * the job processor is set up (the API in single-process mode, the worker process).
 */
export function warmScanThread(): void {
  if (spare.length === 0) putBack(startThread(HEAP_LIMIT_MB));
}

export type ScanThreadOptions = {
  fileName: string;
  sheet?: string;
  onProgress?(bytesRead: number, totalBytes: number, rowsScanned: number): void;
  /** Aborting ends the thread at once; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** A heap cap other than the default, on a thread of its own that is not kept (tests of the cap). */
  heapLimitMb?: number;
};

/** A task's side of the thread: its messages, and how it ends. */
type Task<T> = {
  send(msg: ToScanThread, transfer?: ArrayBuffer[]): void;
  readonly settled: boolean;
  resolve(value: T): void;
  /** Ends the task; a thread that failed (or may still be busy) is not kept. */
  reject(err: unknown, keepThread: boolean): void;
};

/**
 * Runs one task on a spare (or new) thread. `onMessage` sees every message of the thread; a
 * thread error, an exit or an abort ends the task, and out of memory becomes `file_too_large`.
 */
function runTask<T>(
  opts: { heapLimitMb?: number; signal?: AbortSignal },
  start: ToScanThread,
  onMessage: (msg: FromScanThread, task: Task<T>) => void,
): { result: Promise<T>; task: Task<T> } {
  const heapLimitMb = opts.heapLimitMb ?? HEAP_LIMIT_MB;
  const ownThread = opts.heapLimitMb !== undefined;
  const thread = (!ownThread && spare.pop()) || startThread(heapLimitMb);
  thread.ref();
  let settled = false;
  let done!: (value: T) => void;
  let fail!: (err: unknown) => void;
  const result = new Promise<T>((resolve, reject) => {
    done = resolve;
    fail = reject;
  });

  function settle(keepThread: boolean, outcome: () => void): void {
    if (settled) return;
    settled = true;
    thread.off('message', listen);
    thread.off('error', onError);
    thread.off('exit', onExit);
    opts.signal?.removeEventListener('abort', onAbort);
    if (keepThread && !ownThread) putBack(thread);
    else void thread.terminate();
    outcome();
  }

  const task: Task<T> = {
    send: (msg, transfer) => thread.postMessage(msg, transfer),
    get settled() {
      return settled;
    },
    resolve: (value) => settle(true, () => done(value)),
    reject: (err, keepThread) => settle(keepThread, () => fail(err)),
  };

  const listen = (msg: FromScanThread) => onMessage(msg, task);
  function onError(e: Error & { code?: string }): void {
    task.reject(threadError(e, heapLimitMb), false);
  }
  const onExit = (code: number) => task.reject(new Error(`the scan thread exited with code ${code}`), false);
  const onAbort = () => task.reject(opts.signal?.reason, false);

  thread.on('message', listen);
  thread.on('error', onError);
  thread.on('exit', onExit);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  task.send(start);
  return { result, task };
}

/**
 * `scanSource` on a worker thread: the same report, the same `ReadError`s, and the source's own
 * error (a `DecryptError`, a store outage) when reading fails.
 */
export function scanInThread(source: RandomAccessSource, opts: ScanThreadOptions): Promise<Report> {
  return readInThread<Report>(source, opts, false);
}

/**
 * `checkStoredCredentials` on a worker thread: layer 2 of a workbook, which can only be checked
 * once it is whole, without blocking the API's event loop for the seconds a large one takes.
 */
export function checkStoredInThread(source: RandomAccessSource, fileName: string): Promise<CredentialVerdict> {
  return readInThread<CredentialVerdict>(source, { fileName }, true);
}

/** A task that reads `source` through its parent: a scan, or the credential check alone. */
function readInThread<T extends Report | CredentialVerdict>(source: RandomAccessSource, opts: ScanThreadOptions, credentialsOnly: boolean): Promise<T> {
  if (opts.signal?.aborted) return Promise.reject(opts.signal.reason);
  let sourceError: unknown = null;

  async function serveRead(task: Task<T>, id: number, offset: number, length: number): Promise<void> {
    try {
      const bytes = await source.read(offset, length);
      // A copy: the bytes may be a view into a larger read-ahead block, which a transfer would detach.
      const copy = new Uint8Array(bytes);
      if (!task.settled) task.send({ type: 'bytes', id, bytes: copy }, [copy.buffer]);
    } catch (e) {
      sourceError = e;
      if (!task.settled) task.send({ type: 'readFailed', id });
    }
  }

  const start: ToScanThread = { type: 'scan', size: source.size, fileName: opts.fileName, sheet: opts.sheet, credentialsOnly };
  return runTask<T>(opts, start, (msg, task) => {
    switch (msg.type) {
      case 'read':
        void serveRead(task, msg.id, msg.offset, msg.length);
        break;
      case 'progress':
        opts.onProgress?.(msg.read, msg.total, msg.rows);
        break;
      case 'done':
        task.resolve(msg.report as T);
        break;
      case 'verdict':
        task.resolve(msg.verdict as T);
        break;
      case 'readError':
        task.reject(sourceError ?? new ReadError(msg.code, msg.message), true);
        break;
      case 'failed':
        task.reject(sourceError ?? new Error(`the scan thread failed (${msg.name})`), false);
        break;
    }
  }).result;
}

/**
 * Bytes handed to the check but not yet taken up by its reader. Past this, `push` waits: the
 * upload is then received at the speed of the check, and memory stays bounded.
 */
const ARRIVING_WINDOW_BYTES = 4 * 1024 * 1024;

/** Layer 2 of an upload being received; see `checkCredentialsInThread`. */
export type ArrivingCheck = {
  /** Hands the next bytes over; waits while the check is behind, rejects once it has failed. */
  push(bytes: Uint8Array): Promise<void>;
  /** All bytes are in: the verdict (or the reader's `ReadError`). */
  finish(): Promise<CredentialVerdict>;
  /** The upload failed: the check is dropped and its thread ended. */
  cancel(): void;
};

/**
 * `checkArrivingCredentials` on a worker thread, fed while the upload arrives, so the check costs
 * the upload little more than its own receiving (B5). The bytes are copied to the thread; the
 * caller keeps its own for hashing and encryption.
 */
export function checkCredentialsInThread(fileName: string, format: Exclude<FileFormat, 'xlsx'>): ArrivingCheck {
  let inFlight = 0;
  let failure: unknown = null;
  let resume: (() => void) | null = null;
  const wakeUp = () => {
    resume?.();
    resume = null;
  };
  const { result, task } = runTask<CredentialVerdict>({}, { type: 'checkArriving', fileName, format }, (msg, t) => {
    switch (msg.type) {
      case 'consumed':
        inFlight -= msg.bytes;
        if (inFlight < ARRIVING_WINDOW_BYTES) wakeUp();
        break;
      case 'verdict':
        t.resolve(msg.verdict);
        break;
      case 'readError':
        t.reject(new ReadError(msg.code, msg.message), true);
        break;
      case 'failed':
        t.reject(new Error(`the credential check failed (${msg.name})`), false);
        break;
    }
  });
  // A check that ends early (a refused record) must stop the upload at its next push.
  result.catch((err: unknown) => {
    failure = err;
    wakeUp();
  });
  return {
    async push(bytes) {
      if (failure) throw failure;
      const copy = new Uint8Array(bytes);
      inFlight += copy.length;
      task.send({ type: 'chunk', bytes: copy }, [copy.buffer]);
      while (inFlight >= ARRIVING_WINDOW_BYTES && !failure && !task.settled) await new Promise<void>((r) => (resume = r));
      if (failure) throw failure;
    },
    finish() {
      if (!task.settled) task.send({ type: 'end' });
      return result;
    },
    cancel() {
      task.reject(new Error('the upload ended before it was checked'), false);
    },
  };
}
