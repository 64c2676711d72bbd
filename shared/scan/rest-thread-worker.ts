/**
 * The thread of rest-thread.ts: reads the rest of a delimited file from the bytes its parent
 * pushes, scans it as the rows after the lead its parent scanned, and posts back its tallies.
 */
import { parentPort } from 'node:worker_threads';
import { createScanner } from '../detect';
import { ReadError, readDelimitedRest } from '../read';
import type { FromRestThread, ToRestThread } from './rest-thread-protocol';

const port = parentPort;
if (!port) throw new Error('rest-thread-worker runs only as a worker thread');

function post(msg: FromRestThread): void {
  port!.postMessage(msg);
}

const queue: Uint8Array[] = [];
let ended = false;
let wake: (() => void) | null = null;

port.on('message', (msg: ToRestThread) => {
  switch (msg.type) {
    case 'start':
      void scan(msg).catch((e: unknown) =>
        post({
          type: 'failed',
          failure: e instanceof ReadError ? { code: e.code, message: e.message } : { code: null, message: 'the scan of the rest of the file failed' },
        }),
      );
      return;
    case 'bytes':
      queue.push(msg.bytes);
      break;
    case 'end':
      ended = true;
  }
  wake?.();
});

let rows = 0;

/**
 * Pieces of a push taken at a time: the size of the caller's own reads, so that progress moves
 * as smoothly in this half as in the other (a 1 MiB step is 8 points of a 12 MB file).
 */
const PIECE_BYTES = 64 * 1024;

/** The pushed bytes as they are taken, each piece acknowledged: the parent sends more as pushes are used up. */
async function* pushed(): AsyncGenerator<Uint8Array> {
  for (;;) {
    const push = queue.shift();
    if (push) {
      for (let at = 0; at < push.length; at += PIECE_BYTES) {
        const piece = push.subarray(at, at + PIECE_BYTES);
        yield piece;
        post({ type: 'consumed', bytes: piece.length, rows });
      }
    } else if (ended) {
      return;
    } else {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  }
}

post({ type: 'ready' });

async function scan({ lead, dialect }: Extract<ToRestThread, { type: 'start' }>): Promise<void> {
  const scanner = createScanner({ after: lead });
  for await (const batch of readDelimitedRest(pushed(), dialect)) {
    scanner.push(lead.sheet, batch.rows);
    rows = scanner.rowsScanned;
  }
  post({ type: 'tallies', sheets: scanner.tallies() });
}
