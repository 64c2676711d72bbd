/**
 * Streaming readers: any supported file → batches of rows of cell strings, exactly as a user
 * sees them. Web-standard APIs only (Uint8Array, TextDecoder, Blob, async iteration), so the CLI,
 * the API, the worker and the browser pre-scan run the very same code.
 */
import { readDelimited, readDelimitedFrom, readDelimitedStream, type Dialect } from './delimited';
import { toReadError } from './errors';
import { resolveLimits } from './limits';
import { sniffContent } from './sniff';
import type { RandomAccessSource } from './source';
import { DEFAULT_BATCH_ROWS, type FileFormat, type ReadOptions, type RowBatch } from './types';
import { readXlsx } from './xlsx';

export type { Dialect, Split } from './delimited';
export { ReadError, type ReadErrorCode } from './errors';
export type { RawInflater } from './inflate';
export { DEFAULT_LIMITS, type ReadLimits } from './limits';
export { guessRecordStart } from './record-start';
export { sniffFormat } from './sniff';
export { blobSource, bytesSource, type RandomAccessSource } from './source';
export type { FileFormat, ReadOptions, RowBatch } from './types';

/**
 * Reads every row of a file: sniffs its type by content, then streams every sheet in workbook
 * order (a delimited file's single sheet is named ''). Memory stays bounded whatever the file's
 * size. A bad file ends the iteration with a `ReadError` — never any other error type, whatever
 * the bytes — while an abort throws the signal's reason and a failing source its own error.
 */
export async function* readRows(source: RandomAccessSource, opts: ReadOptions = {}): AsyncGenerator<RowBatch> {
  try {
    const format = await sniffContent(source, opts.fileName);
    const common = commonOptions(opts);
    if (format === 'xlsx') {
      yield* readXlsx(source, { ...common, sheet: opts.sheet, inflateRaw: opts.inflateRaw });
    } else {
      yield* readDelimited(source, { ...common, fallbackDelimiter: fallbackDelimiter(format), split: opts.split });
    }
  } catch (e) {
    throw toReadError(e, opts.signal);
  }
}

/**
 * The rows of a delimited text file while it arrives (an upload being received), exactly the rows
 * `readRows` yields once it is stored. `format` is what `sniffFormat` made of the file's first
 * bytes; a workbook cannot be read this way (its directory comes last).
 */
export async function* readDelimitedArriving(
  chunks: AsyncIterable<Uint8Array>,
  format: Exclude<FileFormat, 'xlsx'>,
  opts: Omit<ReadOptions, 'fileName' | 'sheet' | 'inflateRaw' | 'onProgress'> = {},
): AsyncGenerator<RowBatch> {
  try {
    yield* readDelimitedStream(chunks, { ...commonOptions(opts), fallbackDelimiter: fallbackDelimiter(format) });
  } catch (e) {
    throw toReadError(e, opts.signal);
  }
}

/**
 * The rows of a delimited file from the place a `Split` stopped at, its bytes from there on
 * arriving in chunks: the rest of what `readRows` would have yielded. `firstRow` counts from there.
 */
export async function* readDelimitedRest(
  chunks: AsyncIterable<Uint8Array>,
  dialect: Dialect,
  opts: Omit<ReadOptions, 'fileName' | 'sheet' | 'inflateRaw' | 'onProgress' | 'split'> = {},
): AsyncGenerator<RowBatch> {
  try {
    yield* readDelimitedFrom(chunks, dialect, { ...commonOptions(opts), fallbackDelimiter: dialect.delimiter });
  } catch (e) {
    throw toReadError(e, opts.signal);
  }
}

function commonOptions(opts: ReadOptions) {
  const limits = resolveLimits(opts.limits);
  const batchRows = opts.batchRows !== undefined && opts.batchRows >= 1 ? Math.floor(opts.batchRows) : DEFAULT_BATCH_ROWS;
  return { limits, batchRows, onProgress: opts.onProgress, signal: opts.signal };
}

function fallbackDelimiter(format: FileFormat): '\t' | ',' {
  return format === 'tsv' ? '\t' : ',';
}
