/**
 * Finding a data subject's rows in one file, streamed: the rows are read batch by batch from a
 * random-access source (for stored files, the decrypting reader), each cell goes through the
 * matcher, and only matching rows are kept — memory is one batch plus the matches, whatever the
 * file's size.
 */
import { findHeaderRow, HEADER_PROBE_ROWS } from '../detect/header-row';
import { nodeInflateRaw } from '../node-inflate';
import { readRows, type RandomAccessSource } from '../read';

export type SubjectRow = {
  sheet: string;
  /** 1-based: the spreadsheet row number for xlsx, the record number (header included) for CSV. */
  rowNumber: number;
  /** Header → value; unnamed or repeated headers become "column N". */
  row: Record<string, string>;
};

/** One batch of rows with, per row, whether it is a data row holding a matching cell. */
export type MarkedBatch = {
  sheet: string; firstRow: number; rows: string[][]; matched: boolean[]; headers: string[] | null;
  /** 0-based index of the sheet's header row, -1 when it has none. */
  headerRow: number;
};

type SheetState = { headers: string[] | null; headerRow: number };

/**
 * Every batch of `source`, each row marked. Rows above and at the header row are not data and
 * never match — the same rule for the search and for the erasure rewrite, so erasure removes
 * exactly the rows subject access showed.
 */
export async function* markedBatches(
  source: RandomAccessSource,
  matches: (cell: string) => boolean,
  opts: { fileName?: string; signal?: AbortSignal } = {},
): AsyncGenerator<MarkedBatch> {
  const sheets = new Map<string, SheetState>();
  for await (const batch of readRows(source, { fileName: opts.fileName, signal: opts.signal, inflateRaw: nodeInflateRaw })) {
    let state = sheets.get(batch.sheet);
    if (!state) {
      const probe = batch.rows.slice(0, HEADER_PROBE_ROWS);
      const at = findHeaderRow(probe);
      state = { headers: at >= 0 ? probe[at] : null, headerRow: at >= 0 ? batch.firstRow + at : -1 };
      sheets.set(batch.sheet, state);
    }
    const headerRow = state.headerRow;
    const matched = batch.rows.map((cells, i) => batch.firstRow + i > headerRow && cells.some(matches));
    yield { ...batch, matched, headers: state.headers, headerRow };
  }
}

/** The rows of `source` that hold a matching cell, in file order. A sheet without a header row names its columns "column N". */
export async function* subjectRows(
  source: RandomAccessSource,
  matches: (cell: string) => boolean,
  opts: { fileName?: string; signal?: AbortSignal } = {},
): AsyncGenerator<SubjectRow> {
  for await (const batch of markedBatches(source, matches, opts)) {
    for (let i = 0; i < batch.rows.length; i++) {
      if (batch.matched[i]) yield { sheet: batch.sheet, rowNumber: batch.firstRow + i + 1, row: named(batch.headers, batch.rows[i]) };
    }
  }
}

/** Column names for a row: the header cell, or "column N" where it is empty or repeats an earlier one (keys must be unique). */
export function namedHeaders(headers: string[] | null, width: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let c = 0; c < width; c++) {
    let name = headers?.[c]?.trim() || `column ${c + 1}`;
    if (seen.has(name)) name = `column ${c + 1}`;
    seen.add(name);
    out.push(name);
  }
  return out;
}

function named(headers: string[] | null, cells: string[]): Record<string, string> {
  const names = namedHeaders(headers, Math.max(cells.length, headers?.length ?? 0));
  const row: Record<string, string> = {};
  names.forEach((n, c) => {
    row[n] = cells[c] ?? '';
  });
  return row;
}
