/** Rows on their way to an engine thread (engine-threads.ts). */

/**
 * The rows one thread needs as one string and the lengths that cut it up again: a string crosses
 * to a thread as one copy, where arrays of strings are cloned cell by cell, and lengths, not
 * separators, so no cell content can break the framing. `lengths` holds, per row, its cell count
 * then each cell's length. Cells of columns the thread does not own go as empty strings (rows keep
 * their width), except in the first rows of a sheet, where every thread looks for the header row.
 */
export function pack(rows: string[][], keep: (row: number, column: number) => boolean): { text: string; lengths: Int32Array } {
  let n = rows.length;
  for (const row of rows) n += row.length;
  const lengths = new Int32Array(n);
  let text = '';
  let k = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    lengths[k++] = row.length;
    for (let j = 0; j < row.length; j++) {
      if (!keep(i, j)) {
        k++;
        continue;
      }
      const cell = row[j];
      lengths[k++] = cell.length;
      // Concatenation, not join: V8 builds a rope and flattens it once, measured faster here.
      text += cell;
    }
  }
  return { text, lengths };
}

export function unpack(text: string, lengths: Int32Array): string[][] {
  const rows: string[][] = [];
  let at = 0;
  for (let k = 0; k < lengths.length; ) {
    const width = lengths[k++];
    const row = new Array<string>(width);
    for (let j = 0; j < width; j++) {
      const len = lengths[k++];
      row[j] = len === 0 ? '' : text.slice(at, (at += len));
    }
    rows.push(row);
  }
  return rows;
}
