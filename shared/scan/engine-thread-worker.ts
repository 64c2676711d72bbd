/**
 * One engine thread of engine-threads.ts: sees every row, detects the columns it owns, and hands
 * back their outcomes when the reader is done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createScanner } from '../detect';
import type { FromEngineThread, ToEngineThread } from './engine-thread-protocol';
import { unpack } from './packed-rows';

const port = parentPort;
if (!port) throw new Error('engine-thread-worker runs only as a worker thread');
const { index, of } = workerData as { index: number; of: number };

const owners = new Map<string, number[]>();
const scanner = createScanner({ owns: (sheet, column) => (owners.get(sheet)?.[column] ?? column % of) === index });

function post(msg: FromEngineThread): void {
  port!.postMessage(msg);
}

port.on('message', (msg: ToEngineThread) => {
  switch (msg.type) {
    case 'sheet':
      owners.set(msg.name, msg.owners);
      return;
    case 'rows':
      scanner.push(msg.sheet, unpack(msg.text, msg.lengths));
      post({ type: 'scanned' });
      return;
    case 'finish':
      post({ type: 'outcomes', sheets: scanner.outcomes() });
  }
});
