import type { SheetOutcome } from '../detect';

/** Messages to an engine thread (engine-threads.ts). */
export type ToEngineThread =
  /** Which thread owns each column of a sheet; sent before the sheet's first rows. */
  | { type: 'sheet'; name: string; owners: number[] }
  /** A batch of rows, packed (see `pack`). */
  | { type: 'rows'; sheet: string; text: string; lengths: Int32Array }
  | { type: 'finish' };

/** Messages from an engine thread: a batch is scanned, or the outcomes of its columns. */
export type FromEngineThread = { type: 'scanned' } | { type: 'outcomes'; sheets: SheetOutcome[] };
