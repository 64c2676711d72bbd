/**
 * Files rewritten from rows: erasure (a file without a data subject's rows) and remediation (a
 * file with columns masked, dropped, hashed or tokenised). Rows are written as they are read —
 * CSV (RFC 4180, UTF-8, comma-separated) for delimited inputs, a text-only xlsx for workbooks —
 * so memory stays one batch whatever the size. Each kept cell's content is exactly what the
 * reader gave. Cells are NOT neutralised against formula injection here: this is the user's own
 * file, not an export, and changing cells would break "every other row unchanged".
 */
import { createHash } from 'node:crypto';
import { quoteField } from '../csv';
import type { RandomAccessSource } from '../read';
import { markedBatches } from './subject-rows';
import { createXlsxWriter } from './xlsx-writer';

export type Encoded = {
  /** The new file's plaintext, produced as it is consumed. */
  body: AsyncIterable<Uint8Array>;
  /** Size and hash of what `body` produced; valid once it has been consumed. */
  result(): { sha256: string; size: number };
};

const encoder = new TextEncoder();

/** Writes row batches as xlsx (`format` 'xlsx') or CSV (anything else); an empty input gives one empty sheet. */
export function encodeRows(batches: AsyncIterable<{ sheet: string; rows: string[][] }>, format: string): Encoded {
  const hash = createHash('sha256');
  let size = 0;
  let digest: string | null = null;
  let done = false;

  async function* produce(): AsyncGenerator<Uint8Array> {
    const writer = format === 'xlsx' ? createXlsxWriter() : null;
    let sheet: string | null = null;
    const emit = function* (chunks: Uint8Array[]) {
      for (const c of chunks) {
        hash.update(c);
        size += c.length;
        yield c;
      }
    };
    for await (const batch of batches) {
      if (writer) {
        if (batch.sheet !== sheet) {
          sheet = batch.sheet;
          yield* emit(writer.sheet(batch.sheet));
        }
        for (const row of batch.rows) yield* emit(writer.row(row));
      } else if (batch.rows.length > 0) {
        yield* emit([encoder.encode(batch.rows.map((r) => `${r.map(quoteField).join(',')}\r\n`).join(''))]);
      }
    }
    if (writer) {
      if (sheet === null) yield* emit(writer.sheet('Sheet1'));
      yield* emit(writer.end());
    }
    done = true;
  }

  return {
    body: produce(),
    result() {
      if (!done) throw new Error('encodeRows: result() before the body was consumed');
      digest ??= hash.digest('hex');
      return { sha256: digest, size };
    },
  };
}

export type RewriteResult = { removed: number; kept: number; sha256: string; size: number };

/** The file without its matching data rows (erasure); counts are valid once `body` was consumed. */
export function rewriteWithout(
  source: RandomAccessSource,
  matches: (cell: string) => boolean,
  opts: { format: string; fileName?: string },
): { body: AsyncIterable<Uint8Array>; result(): RewriteResult } {
  const stats = { removed: 0, kept: 0 };
  async function* kept() {
    for await (const batch of markedBatches(source, matches, { fileName: opts.fileName })) {
      const rows = batch.rows.filter((_, i) => !batch.matched[i]);
      stats.removed += batch.rows.length - rows.length;
      stats.kept += rows.length;
      yield { sheet: batch.sheet, rows };
    }
  }
  const encoded = encodeRows(kept(), opts.format);
  return { body: encoded.body, result: () => ({ ...stats, ...encoded.result() }) };
}
