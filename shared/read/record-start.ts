import Papa from 'papaparse';
import type { Dialect } from './delimited';
import { createDecoder } from './encoding';

/** Line feeds tried before settling for the first one. */
const MAX_TRIES = 64;
/** Complete records after a candidate that must parse cleanly, and the bytes looked at for them. */
const CHECKED_RECORDS = 16;
const CHECKED_BYTES = 16 * 1024;

/**
 * Where a record most likely starts in `bytes`, a window from the middle of a delimited file:
 * just after the first line feed whose following lines parse cleanly into rows of `width` fields
 * (the header's; 0 when there is none, and the first row's width is taken). A line feed inside a
 * quoted field (a note with line breaks) seldom passes: what follows it is the rest of the note
 * and a stray quote. Only a guess, which the reader that reaches it confirms (see Split); null
 * when the window holds no line feed at all.
 */
export function guessRecordStart(bytes: Uint8Array, dialect: Dialect, width: number): number | null {
  let first: number | null = null;
  let tries = 0;
  for (let lf = bytes.indexOf(0x0a); lf >= 0 && tries < MAX_TRIES; lf = bytes.indexOf(0x0a, lf + 1), tries++) {
    first ??= lf + 1;
    if (parsesCleanly(bytes.subarray(lf + 1, lf + 1 + CHECKED_BYTES), dialect, width)) return lf + 1;
  }
  return first;
}

function parsesCleanly(bytes: Uint8Array, dialect: Dialect, width: number): boolean {
  const text = createDecoder(dialect.encoding).decode(bytes, true).replace(/\r\n?/g, '\n');
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: '\n', quoteChar: '"' });
  const result = parser.parse(text, 0, true);
  const rows = (result.data as string[][]).slice(0, CHECKED_RECORDS);
  if (rows.length === 0) return false;
  const expected = width || rows[0].length;
  return rows.every((row) => row.length === expected) && !result.errors.some((e: Papa.ParseError) => (e.row ?? 0) < rows.length);
}
