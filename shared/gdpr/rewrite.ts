/**
 * A file rewritten without a data subject's rows (erasure): the original is read as a stream,
 * matching data rows are dropped and everything else is written back — CSV (RFC 4180, UTF-8,
 * comma-separated) for delimited inputs, a text-only xlsx for workbooks. Each kept cell's content
 * is exactly what the reader gave, so re-reading the new file yields the same rows minus the
 * erased ones. Cells are NOT neutralised against formula injection here: this is the user's own
 * file, not an export, and changing cells would break "every other row unchanged".
 */
import { createHash } from 'node:crypto';
import { quoteField } from '../csv';
import type { RandomAccessSource } from '../read';
import { markedBatches } from './subject-rows';
import { createXlsxWriter } from './xlsx-writer';

export type RewriteResult = { removed: number; kept: number; sha256: string; size: number };

export type Rewrite = {
  /** The new file's plaintext, produced as it is consumed. */
  body: AsyncIterable<Uint8Array>;
  /** Counts and hash of what `body` produced; valid once it has been consumed. */
  result(): RewriteResult;
};

const encoder = new TextEncoder();

export function rewriteWithout(
  source: RandomAccessSource,
  matches: (cell: string) => boolean,
  opts: { format: string; fileName?: string },
): Rewrite {
  const hash = createHash('sha256');
  const stats = { removed: 0, kept: 0, size: 0 };
  let done = false;
  let digest: string | null = null;
  const xlsx = opts.format === 'xlsx';

  async function* produce(): AsyncGenerator<Uint8Array> {
    const writer = xlsx ? createXlsxWriter() : null;
    let sheet: string | null = null;
    const emit = function* (chunks: Uint8Array[]) {
      for (const c of chunks) {
        hash.update(c);
        stats.size += c.length;
        yield c;
      }
    };
    for await (const batch of markedBatches(source, matches, { fileName: opts.fileName })) {
      if (writer && batch.sheet !== sheet) {
        sheet = batch.sheet;
        yield* emit(writer.sheet(batch.sheet));
      }
      let text = '';
      for (let i = 0; i < batch.rows.length; i++) {
        if (batch.matched[i]) {
          stats.removed++;
          continue;
        }
        stats.kept++;
        if (writer) yield* emit(writer.row(batch.rows[i]));
        else text += `${batch.rows[i].map(quoteField).join(',')}\r\n`;
      }
      if (!writer && text) yield* emit([encoder.encode(text)]);
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
      if (!done) throw new Error('rewrite: result() before the body was consumed');
      digest ??= hash.digest('hex');
      return { ...stats, sha256: digest };
    },
  };
}
