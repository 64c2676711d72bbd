import type { Split } from './delimited';
import type { RawInflater } from './inflate';
import type { ReadLimits } from './limits';

/** What a file is by content; `tsv` and `txt` differ from `csv` only by the name the user gave it. */
export type FileFormat = 'csv' | 'tsv' | 'txt' | 'xlsx';

/**
 * Consecutive rows of one sheet. `firstRow` is the 0-based index of `rows[0]` within its sheet,
 * so row numbers stay true for data-subject requests even when a workbook skips rows.
 */
export type RowBatch = { sheet: string; rows: string[][]; firstRow: number };

export type ReadOptions = {
  /** The name the user knows the file by: only decides csv/tsv/txt labelling, never the parser. */
  fileName?: string;
  /** Read only the sheet with this name (workbooks; a delimited file's one sheet is named ''). */
  sheet?: string;
  limits?: Partial<ReadLimits>;
  /** Rows per batch; about 1,000 keeps per-batch overhead negligible and memory small. */
  batchRows?: number;
  onProgress?(bytesRead: number, totalBytes: number): void;
  signal?: AbortSignal;
  /** Inflates workbook parts; Node callers pass `nodeInflateRaw` (shared/node-inflate.ts). */
  inflateRaw?: RawInflater;
  /** A delimited file only: where to stop early, for a reader of the rest on another thread. */
  split?: Split;
};

export const DEFAULT_BATCH_ROWS = 1000;
