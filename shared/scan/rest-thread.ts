/**
 * The detection engine on a second core: a delimited file is cut in two at a record boundary,
 * the caller's thread reads and scans the first part and a second thread the rest, and the rest's
 * tallies are added to the first part's scanner (`absorb`). The report is exactly the one thread's
 * report: columns learn only in the lead of the file, which the caller's thread scans and hands
 * over (`SheetLead`), and everything else a column keeps is counts or first values that merge in
 * order (ColumnStats.absorb).
 *
 * Why rows and not columns: with columns dealt out to threads, one thread parsed every row and
 * packed each for the others, which cost as much as the engine's own work on a thread (200 MB
 * CSV: 4.3 s on two cores against 5.4 s on one); each thread parsing its own bytes shares the
 * parsing too.
 *
 * The bytes are read here and pushed to the thread, so any source works (a stored object is
 * decrypted by this thread's caller). The cut is a guess until the caller's reader reaches it:
 * if a record runs across it (a quoted field with line breaks), the reader reads on to the end
 * and the thread's work is dropped.
 */
import { resourceLimits, Worker } from 'node:worker_threads';
import type { SheetLead, SheetTally } from '../detect';
import { ReadError, type Dialect, type RandomAccessSource } from '../read';
import type { FromRestThread, ToRestThread } from './rest-thread-protocol';
import { HEAP_LIMIT_MB, threadError } from './scan-thread';
import { threadScriptSoon } from './thread-script';

/** Bytes per push, and pushes the thread may have queued: about 4 MiB ahead of it. */
const PUSH_BYTES = 1024 * 1024;
const MAX_QUEUED = 4;
/**
 * The thread's garbage is short-lived cell strings, and its young generation decides its speed.
 * `veil scan` of the 200 MB bench CSV, three runs each: 8 MB 4.0–4.2 s, 16 MB 3.7–3.8 s, 32 MB
 * 3.5–3.6 s, 64 MB no faster at 261–268 MB peak RSS. 24 MB is as fast as 32 and keeps the 1 GB
 * bench CSV under 256 MB (228–242 MB, against 237–258 MB with 32). Started from a thread with a
 * young generation of its own (the platform's scan thread, 16 MB), it gets the same: B5's API
 * peaked at 504 MB with 16 MB against 525 MB with 32 MB, over its 512 MB target.
 */
const YOUNG_GENERATION_MB = resourceLimits.maxYoungGenerationSizeMb ?? 24;

export type RestThread = {
  /** Whether the thread has loaded the engine: cut the file only then, so that both halves start together. */
  readonly ready: boolean;
  /** Scans the file from byte `at` on, the rows after `lead`. */
  start(lead: SheetLead, dialect: Dialect, at: number): void;
  /** Bytes the thread has taken and rows it has scanned: for progress. */
  readonly bytes: number;
  readonly rows: number;
  /** Called as the thread takes each push. */
  onProgress(): void;
  /** The thread's tallies once it has scanned to the end of the file; rejects with why it could not. */
  tallies(): Promise<SheetTally[]>;
  /** Ends the thread; its work, if any, is dropped. */
  close(): void;
};

/**
 * Starts the thread, which loads the engine while the caller scans the lead. Its script is
 * bundled meanwhile too, so the caller's thread starts reading at once.
 */
export function startRestThread(source: RandomAccessSource, signal?: AbortSignal): RestThread {
  let thread: Worker | null = null;
  let ready = false;
  /** Where each push not yet used up ends, in bytes pushed: the thread's queue. */
  const queued: number[] = [];
  let bytesPushed = 0;
  let bytesTaken = 0;
  let rowsScanned = 0;
  let drained: (() => void) | null = null;
  let waiting: { resolve(t: SheetTally[]): void; reject(e: unknown): void } | null = null;
  let outcome: { tallies: SheetTally[] } | { error: unknown } | null = null;

  /** The thread's work is over, one way or another: what `tallies` gives. */
  const end = (o: { tallies: SheetTally[] } | { error: unknown }) => {
    if (outcome) return;
    outcome = o;
    void thread?.terminate();
    drained?.();
    deliver();
  };
  const deliver = () => {
    if (!waiting || !outcome) return;
    if ('tallies' in outcome) waiting.resolve(outcome.tallies);
    else waiting.reject(outcome.error);
  };
  const send = (msg: ToRestThread, transfer?: ArrayBuffer[]) => thread?.postMessage(msg, transfer);

  threadScriptSoon('rest-thread-worker').then((script) => {
    if (outcome) return;
    thread = new Worker(script, {
      eval: true,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: HEAP_LIMIT_MB },
    });
    thread.on('message', listen);
    thread.on('error', (e) => end({ error: threadError(e, HEAP_LIMIT_MB) }));
    thread.on('exit', (code) => end({ error: new Error(`the rest thread exited with code ${code}`) }));
  }, (e: unknown) => end({ error: e }));

  const self: RestThread = {
    get ready() {
      return ready;
    },
    get bytes() {
      return bytesTaken;
    },
    get rows() {
      return rowsScanned;
    },
    onProgress: () => undefined,
    start(lead, dialect, at) {
      send({ type: 'start', lead, dialect });
      pump(at).catch((e: unknown) => end({ error: e }));
    },
    tallies: () =>
      new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        deliver();
      }),
    close: () => end({ error: new Error('the rest thread was closed') }),
  };

  async function pump(from: number): Promise<void> {
    for (let offset = from; offset < source.size; ) {
      signal?.throwIfAborted();
      while (queued.length >= MAX_QUEUED && !outcome) await new Promise<void>((resolve) => (drained = resolve));
      if (outcome) return;
      const bytes = await source.read(offset, Math.min(PUSH_BYTES, source.size - offset));
      if (bytes.length === 0) throw new ReadError('malformed_file', 'the file is truncated');
      offset += bytes.length;
      // A copy, so that its buffer can be moved: a source's bytes may be a view of a larger one.
      const copy = bytes.slice();
      queued.push((bytesPushed += copy.length));
      send({ type: 'bytes', bytes: copy }, [copy.buffer]);
    }
    send({ type: 'end' });
  }

  function listen(msg: FromRestThread): void {
    if (msg.type === 'ready') {
      ready = true;
    } else if (msg.type === 'consumed') {
      bytesTaken += msg.bytes;
      while (queued.length > 0 && queued[0] <= bytesTaken) queued.shift();
      rowsScanned = msg.rows;
      self.onProgress();
      drained?.();
    } else if (msg.type === 'tallies') {
      rowsScanned = msg.sheets.reduce((n, sheet) => n + sheet.rowCount, 0);
      self.onProgress();
      end({ tallies: msg.sheets });
    } else {
      const { code, message } = msg.failure;
      end({ error: code ? new ReadError(code, message) : new Error(message) });
    }
  }

  return self;
}
