/**
 * Scans a stored file on a worker thread. The job's own thread keeps the object store, the
 * decryption and the database; the thread gets plaintext byte ranges on request and sends back
 * progress and the report. The API stays responsive during a scan without the scan yielding
 * (a long synchronous block under a short BullMQ lock runs a job body several times), the scan
 * gets a heap of its own instead of the API's (measured in the single-process API: a 100 MB scan
 * 8.2 s on the main thread against 5.1–6.1 s for the same scan alone), and a scan that runs out
 * of memory ends that thread, not the process (see HEAP_LIMIT_MB).
 */
import { Worker } from 'node:worker_threads';
import type { Report } from '../detect';
import { ReadError, type RandomAccessSource } from '../read';
import type { FromScanThread, ToScanThread } from './scan-thread-protocol';

const ENTRY = new URL('./scan-thread-entry.js', import.meta.url);
/**
 * A scan's heap stays near 150 MB from 100 MB to 1 GB files (bench); the cap only turns a
 * runaway scan into a refused file instead of an API out of memory. It works for state that
 * grows in small steps (per-column distinct values over thousands of columns): Node then ends
 * the thread. One allocation that alone overshoots the cap by more than Node's 16 MB leeway ends
 * the process instead; the reader's 64 MiB cell limit keeps the largest far below 1 GB.
 */
const HEAP_LIMIT_MB = 1024;
/** Threads kept warm between scans: starting one costs about 300 ms (tsx and the engine's data). */
const SPARE_THREADS = 1;

const spare: Worker[] = [];

function startThread(heapLimitMb: number): Worker {
  const thread = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } });
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

/**
 * `scanSource` on a worker thread: the same report, the same `ReadError`s, and the source's own
 * error (a `DecryptError`, a store outage) when reading fails.
 */
export function scanInThread(source: RandomAccessSource, opts: ScanThreadOptions): Promise<Report> {
  if (opts.signal?.aborted) return Promise.reject(opts.signal.reason);
  const heapLimitMb = opts.heapLimitMb ?? HEAP_LIMIT_MB;
  const ownThread = opts.heapLimitMb !== undefined;
  const thread = (!ownThread && spare.pop()) || startThread(heapLimitMb);
  thread.ref();
  return new Promise<Report>((resolve, reject) => {
    let settled = false;
    let sourceError: unknown = null;

    const send = (msg: ToScanThread, transfer?: ArrayBuffer[]): void => thread.postMessage(msg, transfer);

    function settle(keepThread: boolean, outcome: () => void): void {
      if (settled) return;
      settled = true;
      thread.off('message', onMessage);
      thread.off('error', onError);
      thread.off('exit', onExit);
      opts.signal?.removeEventListener('abort', onAbort);
      if (keepThread && !ownThread) putBack(thread);
      else void thread.terminate();
      outcome();
    }

    async function serveRead(id: number, offset: number, length: number): Promise<void> {
      try {
        const bytes = await source.read(offset, length);
        // A copy: the bytes may be a view into a larger read-ahead block, which a transfer would detach.
        const copy = new Uint8Array(bytes);
        if (!settled) send({ type: 'bytes', id, bytes: copy }, [copy.buffer]);
      } catch (e) {
        sourceError = e;
        if (!settled) send({ type: 'readFailed', id });
      }
    }

    function onMessage(msg: FromScanThread): void {
      switch (msg.type) {
        case 'read':
          void serveRead(msg.id, msg.offset, msg.length);
          break;
        case 'progress':
          opts.onProgress?.(msg.read, msg.total, msg.rows);
          break;
        case 'done':
          settle(true, () => resolve(msg.report));
          break;
        case 'readError':
          settle(true, () => reject(sourceError ?? new ReadError(msg.code, msg.message)));
          break;
        case 'failed':
          settle(false, () => reject(sourceError ?? new Error(`the scan thread failed (${msg.name})`)));
          break;
      }
    }

    function onError(e: Error & { code?: string }): void {
      const outOfMemory = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle(false, () => reject(outOfMemory ? new ReadError('file_too_large', `the file needs more than ${heapLimitMb} MB of memory to scan`) : e));
    }

    function onExit(code: number): void {
      settle(false, () => reject(new Error(`the scan thread exited with code ${code}`)));
    }

    function onAbort(): void {
      settle(false, () => reject(opts.signal?.reason));
    }

    thread.on('message', onMessage);
    thread.on('error', onError);
    thread.on('exit', onExit);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    send({ type: 'scan', size: source.size, fileName: opts.fileName, sheet: opts.sheet });
  });
}
