import type { Report } from '../detect';
import type { ReadErrorCode } from '../read';

/** Messages from the job's thread to the scan thread. */
export type ToScanThread =
  | { type: 'scan'; size: number; fileName: string; sheet?: string }
  | { type: 'bytes'; id: number; bytes: Uint8Array }
  /** The source failed; the parent keeps the error itself and only tells the thread to stop. */
  | { type: 'readFailed'; id: number };

/** Messages from the scan thread. Errors carry a code and a one-line reader message, never cell content. */
export type FromScanThread =
  | { type: 'read'; id: number; offset: number; length: number }
  | { type: 'progress'; read: number; total: number; rows: number }
  | { type: 'done'; report: Report }
  | { type: 'readError'; code: ReadErrorCode; message: string }
  | { type: 'failed'; name: string };
