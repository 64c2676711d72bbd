import type { SheetLead, SheetTally } from '../detect';
import type { Dialect, ReadErrorCode } from '../read';

/** Messages to the thread that scans the rest of a delimited file (rest-thread.ts). */
export type ToRestThread =
  /** How to read and scan the rest: sent once, before the first bytes. */
  | { type: 'start'; lead: SheetLead; dialect: Dialect }
  | { type: 'bytes'; bytes: Uint8Array }
  /** No more bytes: the thread scans what it holds and posts its tallies. */
  | { type: 'end' };

/** A reader's refusal of the file, or another failure, as it crosses back. */
export type RestFailure = { code: ReadErrorCode; message: string } | { code: null; message: string };

/** Messages from it: loaded, a piece of a push taken (with the rows scanned so far), its tallies, or why it failed. */
export type FromRestThread =
  | { type: 'ready' }
  | { type: 'consumed'; bytes: number; rows: number }
  | { type: 'tallies'; sheets: SheetTally[] }
  | { type: 'failed'; failure: RestFailure };
