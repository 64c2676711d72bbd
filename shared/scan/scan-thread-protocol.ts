import type { Report } from '../detect';
import type { FileFormat, ReadErrorCode } from '../read';
import type { CredentialVerdict } from './credential-check';

/** Messages from the parent to the scan thread. One task at a time: a scan or an arriving-file check. */
export type ToScanThread =
  /** `credentialsOnly`: layer 2 over a whole stored file (`checkStoredCredentials`) instead of a scan. */
  | { type: 'scan'; size: number; fileName: string; sheet?: string; credentialsOnly?: boolean }
  | { type: 'bytes'; id: number; bytes: Uint8Array }
  /** The source failed; the parent keeps the error itself and only tells the thread to stop. */
  | { type: 'readFailed'; id: number }
  /** Layer 2 over a delimited file as it arrives: `chunk`s follow, then `end`. */
  | { type: 'checkArriving'; fileName: string; format: Exclude<FileFormat, 'xlsx'> }
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end' };

/** Messages from the scan thread. Errors carry a code and a one-line reader message, never cell content. */
export type FromScanThread =
  | { type: 'read'; id: number; offset: number; length: number }
  | { type: 'progress'; read: number; total: number; rows: number }
  | { type: 'done'; report: Report }
  /** An arriving chunk of this many bytes has been taken up by the reader (flow control). */
  | { type: 'consumed'; bytes: number }
  | { type: 'verdict'; verdict: CredentialVerdict }
  | { type: 'readError'; code: ReadErrorCode; message: string }
  | { type: 'failed'; name: string };
