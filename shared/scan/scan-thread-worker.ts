/**
 * The scan thread's side of scan-thread.ts. A scan reads through its parent (which owns the object
 * store and the decryption), runs the ordinary `scanSource`, and posts progress and the report
 * back; an arriving-file check takes the bytes the parent pushes and posts the verdict. One task
 * at a time; the thread is reused for the next.
 */
import { parentPort } from 'node:worker_threads';
import { ReadError, type RandomAccessSource } from '../read';
import { checkArrivingCredentials, checkStoredCredentials } from './credential-check';
import { scanSource } from './scan-source';
import type { FromScanThread, ToScanThread } from './scan-thread-protocol';

const port = parentPort;
if (!port) throw new Error('scan-thread-worker runs only as a worker thread');

const waiting = new Map<number, { resolve(bytes: Uint8Array): void; reject(e: Error): void }>();
let nextId = 0;

function post(msg: FromScanThread, transfer?: ArrayBuffer[]): void {
  port!.postMessage(msg, transfer);
}

let arriving: Arriving | null = null;

port.on('message', (msg: ToScanThread) => {
  switch (msg.type) {
    case 'scan':
      void scan(msg);
      return;
    case 'checkArriving':
      arriving = new Arriving();
      void check(msg, arriving);
      return;
    case 'chunk':
      arriving?.push(msg.bytes);
      return;
    case 'end':
      arriving?.end();
      return;
    case 'bytes':
    case 'readFailed': {
      const read = waiting.get(msg.id);
      waiting.delete(msg.id);
      if (msg.type === 'bytes') read?.resolve(msg.bytes);
      else read?.reject(new Error('the parent could not read the file'));
    }
  }
});

/**
 * The chunks of an arriving file, queued as they come. Each one taken is acknowledged, so the
 * parent holds the upload back rather than let the queue grow when the check falls behind.
 */
class Arriving implements AsyncIterable<Uint8Array> {
  private readonly queue: Uint8Array[] = [];
  private ended = false;
  private wake: (() => void) | null = null;

  push(bytes: Uint8Array): void {
    this.queue.push(bytes);
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for (;;) {
      const bytes = this.queue.shift();
      if (bytes) {
        post({ type: 'consumed', bytes: bytes.length });
        yield bytes;
      } else if (this.ended) {
        return;
      } else {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = null;
      }
    }
  }
}

function request(offset: number, length: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    post({ type: 'read', id, offset, length });
  });
}

/**
 * Bytes requested ahead of each sequential reader: 16 of the reader's 64 KiB reads. The parent's
 * thread also runs the database and HTTP: one range ahead stalled the scan on every progress
 * write to the embedded database (B5: the job's scan 7.6 s against 5.0–5.7 s for the same thread
 * fed by a bare store).
 */
const BYTES_AHEAD = 1024 * 1024;
/**
 * Sequences followed at once: a large CSV is read by two, this thread's reader and the pushes to
 * the thread that scans its second half (rest-thread.ts). With one, each read of the one sequence
 * dropped the ranges asked for the other, and the scan took longer than on one thread.
 */
const SEQUENCES = 2;

type Range = { offset: number; length: number; bytes: Promise<Uint8Array> };

/**
 * The parent's bytes, requested ahead: readers walk a file in equal sequential reads, so the
 * next ranges are asked for while this one is parsed and the round trips through the parent are
 * not waited out. A read that continues no sequence (a zip directory, a sniff, a new reader)
 * starts one, in place of the sequence read least recently.
 */
function readingAhead(size: number): RandomAccessSource {
  /** Each sequence's ranges asked for, the one read most recently last. */
  const sequences: Range[][] = [];
  const ask = (offset: number, length: number): Range => {
    const bytes = request(offset, length);
    // A failed read ahead that nobody asks for must not end the thread as an unhandled rejection.
    bytes.catch(() => undefined);
    return { offset, length, bytes };
  };
  return {
    size,
    read(offset, length) {
      let i = sequences.findIndex(([head]) => head !== undefined && head.offset === offset && head.length === length);
      if (i < 0) {
        if (sequences.length >= SEQUENCES) sequences.shift();
        sequences.push([ask(offset, length)]);
        i = sequences.length - 1;
      }
      const [ahead] = sequences.splice(i, 1);
      sequences.push(ahead);
      const bytes = ahead.shift()!.bytes;
      let next = offset + length * (ahead.length + 1);
      while (ahead.length * length < BYTES_AHEAD && next < size) {
        ahead.push(ask(next, length));
        next += length;
      }
      return bytes;
    },
  };
}

async function check(msg: Extract<ToScanThread, { type: 'checkArriving' }>, chunks: Arriving): Promise<void> {
  try {
    post({ type: 'verdict', verdict: await checkArrivingCredentials(chunks, msg.fileName, msg.format) });
  } catch (e) {
    postFailure(e);
  }
}

function postFailure(e: unknown): void {
  post(e instanceof ReadError ? { type: 'readError', code: e.code, message: e.message } : { type: 'failed', name: (e as Error)?.name ?? 'Error' });
}

/**
 * Progress goes to the parent after this many more bytes are read (or half a percentage point of
 * a smaller file), not after every 64 KiB read: the job reports whole percentage points, and each
 * message costs both threads (100 MB: 1,600 messages, each also waking the API's thread).
 */
const PROGRESS_BYTES = 1024 * 1024;

async function scan(msg: Extract<ToScanThread, { type: 'scan' }>): Promise<void> {
  // Reads a failed scan left unanswered (the parent stops answering once it has settled) belong
  // to nobody now; ids only grow, so a late answer to one of them is simply ignored.
  waiting.clear();
  const source = readingAhead(msg.size);
  try {
    if (msg.credentialsOnly) {
      post({ type: 'verdict', verdict: await checkStoredCredentials(source, msg.fileName) });
      return;
    }
    let posted = -Infinity;
    const report = await scanSource(source, {
      fileName: msg.fileName,
      sheet: msg.sheet,
      onProgress: (read, total, rows) => {
        if (read - posted < Math.min(PROGRESS_BYTES, total / 200) && read < total) return;
        posted = read;
        post({ type: 'progress', read, total, rows });
      },
    });
    post({ type: 'done', report });
  } catch (e) {
    postFailure(e);
  }
}
