import Papa from 'papaparse';
import { sniffDelimiter, type Delimiter } from './delimiter';
import { createDecoder, detectEncoding, SNIFF_BYTES, type TextEncodingName } from './encoding';
import { ReadError, throwIfAborted } from './errors';
import type { ReadLimits } from './limits';
import { CHUNK_BYTES, readChunks, type RandomAccessSource } from './source';
import type { RowBatch } from './types';

export type DelimitedOptions = {
  limits: ReadLimits;
  batchRows: number;
  /** Used when the content shows no delimiter at all (a one-column file). */
  fallbackDelimiter: Delimiter;
  onProgress?(bytesRead: number, totalBytes: number): void;
  signal?: AbortSignal;
  /**
   * Bytes per read ({@link CHUNK_BYTES} unless set). Tests set it small to put chunk boundaries
   * anywhere; encoding and delimiter are still guessed from the first chunk alone.
   */
  chunkBytes?: number;
  /** Where to stop early, for a reader of the rest on another thread (see Split). */
  split?: Split;
};

/** How a delimited file's text is written, as its first bytes showed: what a reader of a later part needs. */
export type Dialect = { encoding: TextEncodingName; delimiter: Delimiter };

/**
 * A place to stop reading, chosen while reading, so that another reader takes the rest of the
 * file from there (`readDelimitedFrom`). The reader fills in `dialect` once it knows it (from
 * the first chunk); the caller may then set `at`, which is not looked at before. The reader
 * stops at `at` (`stopped`) if a record ends right there: the byte before it is a line feed,
 * outside any quoted field, in a single-byte-newline encoding (not UTF-16). Otherwise `at` was
 * inside a record, and the reader reads on to the end.
 */
export type Split = { dialect: Dialect | null; at: number | null; stopped: boolean };

/**
 * Streams a delimited text file as rows of its single sheet `''`, fields exactly as written (no
 * trimming, no type conversion, ragged rows kept ragged). Bytes are decoded here (BOM, UTF-16,
 * Windows-1252 fall-back), line endings are normalised to `\n` so mixed and CR-only files parse,
 * and papaparse's Parser (the engine of its chunk mode) parses each chunk, carrying the incomplete
 * last record over to the next. A quote left open at the end of the file runs to the end of the
 * file, as in Excel; a record that never ends is refused once it passes `maxCellChars`.
 *
 * Records are what papaparse makes of the whole text, except that the line ending after the last
 * record ends it instead of starting an empty one: every line ending closes one record, and text
 * after the last one, if any, is one more. So `a\n` and `a` are one row, `a\n\n` is two (`['a']`,
 * `['']`), and an empty line in the middle is kept as a row `['']` wherever chunks happen to split.
 */
export async function* readDelimited(source: RandomAccessSource, opts: DelimitedOptions): AsyncGenerator<RowBatch> {
  const total = source.size;
  const chunks = readChunks(source, { signal: opts.signal, chunkBytes: opts.chunkBytes ?? CHUNK_BYTES, onChunk: (end) => opts.onProgress?.(end, total) });
  const split = opts.split;
  let read = 0;
  async function* pieces(): AsyncGenerator<Piece> {
    for await (const bytes of chunks) {
      const start = read;
      read += bytes.length;
      // Not before the dialect is known: the first chunk decides it, whole, as in any read.
      const at = split?.dialect ? split.at : null;
      if (at === null || at <= start || at > read || at >= total) {
        yield { bytes, last: read >= total };
        continue;
      }
      yield { bytes: bytes.subarray(0, at - start), last: false, boundary: true };
      if (split?.stopped) return;
      if (at < read) yield { bytes: bytes.subarray(at - start), last: read >= total };
    }
  }
  yield* parseDelimited(pieces(), opts);
}

/**
 * The rows of a delimited file from a record boundary on (where a `Split` stopped), its bytes
 * arriving in chunks of any size. `firstRow` counts from the boundary.
 */
export async function* readDelimitedFrom(chunks: AsyncIterable<Uint8Array>, dialect: Dialect, opts: DelimitedOptions): AsyncGenerator<RowBatch> {
  async function* pieces(): AsyncGenerator<Piece> {
    const size = opts.chunkBytes ?? CHUNK_BYTES;
    // Cut to the size of a file read, which keeps each batch's rows young (see CHUNK_BYTES).
    for await (const chunk of chunks) {
      for (let at = 0; at < chunk.length; at += size) yield { bytes: chunk.subarray(at, at + size), last: false };
    }
  }
  yield* parseDelimited(pieces(), opts, dialect);
}

/**
 * The same rows from a file that arrives as a stream of chunks of any size (an upload as it is
 * received). The chunks are cut again into the reads `readDelimited` makes of a stored file, so
 * encoding and delimiter are guessed from the very same first bytes and the rows are identical.
 */
export async function* readDelimitedStream(chunks: AsyncIterable<Uint8Array>, opts: DelimitedOptions): AsyncGenerator<RowBatch> {
  yield* parseDelimited(recut(chunks, opts.chunkBytes ?? CHUNK_BYTES), opts);
}

/** A piece of the file's bytes; `last` tells whether the file ends with it, `boundary` whether a Split's `at` follows it. */
type Piece = { bytes: Uint8Array; last: boolean; boundary?: boolean };

/** Pieces of exactly `size` bytes (the last one shorter), one held back to know which is last. */
async function* recut(chunks: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Piece> {
  let buffer = new Uint8Array(size);
  let filled = 0;
  let held: Uint8Array | null = null;
  for await (const chunk of chunks) {
    let at = 0;
    while (at < chunk.length) {
      const n = Math.min(size - filled, chunk.length - at);
      buffer.set(chunk.subarray(at, at + n), filled);
      filled += n;
      at += n;
      if (filled < size) continue;
      if (held) yield { bytes: held, last: false };
      held = buffer;
      buffer = new Uint8Array(size);
      filled = 0;
    }
  }
  if (filled > 0) {
    if (held) yield { bytes: held, last: false };
    yield { bytes: buffer.subarray(0, filled), last: true };
  } else if (held) {
    yield { bytes: held, last: true };
  }
}

async function* parseDelimited(pieces: AsyncIterable<Piece>, opts: DelimitedOptions, given?: Dialect): AsyncGenerator<RowBatch> {
  const { limits, batchRows, signal, split } = opts;
  let decoder = given && createDecoder(given.encoding);
  let parser = given && newParser(given.delimiter);
  let pending = '';
  let heldCR = false;
  let reparseAt = 0;
  let batch: string[][] = [];
  let firstRow = 0;

  const accept = (rows: string[][]): RowBatch[] => {
    const out: RowBatch[] = [];
    for (const row of rows) {
      if (row.length > limits.maxColumns) throw tooManyColumns(limits.maxColumns);
      batch.push(row);
      if (batch.length >= batchRows) {
        out.push({ sheet: '', rows: batch, firstRow });
        firstRow += batch.length;
        batch = [];
      }
    }
    return out;
  };

  /** Parses the records that end in `pending`, keeping the unfinished one for the next chunk. */
  const completeRecords = (p: Papa.Parser): string[][] => {
    const result = p.parse(pending, 0, true);
    pending = pending.slice(result.meta.cursor);
    if (pending.length > limits.maxCellChars) {
      throw new ReadError('file_too_large', `a record runs past ${limits.maxCellChars} characters (an unclosed quote?)`);
    }
    reparseAt = pending.length * 2;
    return result.data;
  };

  let encoding: TextEncodingName | undefined = given?.encoding;
  for await (const { bytes: chunk, last, boundary } of pieces) {
    let bytes = chunk;
    if (!decoder) {
      const guess = detectEncoding(chunk);
      encoding = guess.encoding;
      decoder = createDecoder(encoding);
      bytes = chunk.subarray(guess.bomLength);
    }
    let text = decoder.decode(bytes, false);
    if (heldCR) text = `\r${text}`;
    // A CR at the very end may be the first half of a CRLF split across chunks.
    heldCR = text.endsWith('\r');
    if (heldCR) text = text.slice(0, -1);
    pending += normaliseNewlines(text);
    if (!parser) {
      const delimiter = sniffDelimiter(pending.slice(0, SNIFF_BYTES), last, opts.fallbackDelimiter);
      parser = newParser(delimiter);
      if (split && encoding) split.dialect = { encoding, delimiter };
    }
    if (boundary && split) {
      yield* accept(completeRecords(parser));
      if (pending === '' && !heldCR && chunk[chunk.length - 1] === 0x0a && !encoding?.startsWith('utf-16')) {
        split.stopped = true;
        break;
      }
      split.at = null;
      continue;
    }
    // A record longer than a chunk is re-parsed from its start each time; waiting until the
    // pending text doubles keeps that linear for a 50 MB cell.
    if (pending.length < reparseAt) continue;
    yield* accept(completeRecords(parser));
    throwIfAborted(signal);
  }

  if (!split?.stopped) pending += normaliseNewlines((decoder?.decode(new Uint8Array(0), true) ?? '') + (heldCR ? '\n' : ''));
  if (pending.length > 0) {
    parser ??= newParser(sniffDelimiter(pending, true, opts.fallbackDelimiter));
    // The last chunk may have been appended without a parse (see reparseAt), so the pending text
    // can still hold whole records and end with a line ending: take those first, exactly as
    // between chunks. What is left is at most one record without its line ending (or with a quote
    // left open, which runs to the end), and only that is parsed as final.
    yield* accept(completeRecords(parser));
    if (pending.length > 0) yield* accept(parser.parse(pending, 0, false).data);
  }
  if (batch.length > 0) yield { sheet: '', rows: batch, firstRow };
}

function newParser(delimiter: Delimiter): Papa.Parser {
  return new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' });
}

function normaliseNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

function tooManyColumns(max: number): ReadError {
  return new ReadError('file_too_large', `a row has more than ${max} columns`);
}
