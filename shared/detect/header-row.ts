import { validatesAlone } from './column';
import { classifyHeader, headerLooksLikeLabel } from './headers';
import { detectCell } from './prefilter';

/** How many leading rows are looked at to find the header row. */
export const HEADER_PROBE_ROWS = 12;

/**
 * Finds the header row among the first rows of a sheet, or -1 when the sheet has none.
 *
 * Real files start with a title row ("Customer export 2024") above the header, or with data and
 * no header at all. A row is the header when its cells read as labels — names from the header
 * dictionary, or short words that no detector recognises as data — and the rows below it do not.
 * A lone cell in an otherwise wide table is a title, not a header.
 */
export function findHeaderRow(rows: string[][]): number {
  const limit = Math.min(rows.length, HEADER_PROBE_ROWS);
  const maxWidth = Math.max(0, ...rows.slice(0, limit).map(nonEmptyCount));
  for (let r = 0; r < limit; r++) {
    const cells = rows[r].map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length === 0) continue;
    if (maxWidth >= 3 && cells.length === 1) continue;
    const known = cells.filter((c) => classifyHeader(c) !== null).length;
    const labels = cells.filter((c) => headerLooksLikeLabel(c) && !isData(c)).length;
    const labelShare = (known + labels) / cells.length;
    if (known > 0 && labelShare >= 0.6) return r;
    const below = dataShareBelow(rows, r + 1, limit);
    if ((labelShare >= 0.8 && below > 0) || (labelShare >= 0.6 && below >= 0.5)) return r;
    return -1;
  }
  return -1;
}

/** Share of cells below the candidate that look like data rather than labels. */
function dataShareBelow(rows: string[][], from: number, limit: number): number {
  let total = 0;
  let data = 0;
  for (let r = from; r < Math.min(rows.length, from + limit); r++) {
    for (const raw of rows[r]) {
      const c = raw.trim();
      if (c === '') continue;
      total++;
      if (!headerLooksLikeLabel(c) || isData(c)) data++;
    }
  }
  return total === 0 ? 0 : data / total;
}

function nonEmptyCount(row: string[]): number {
  let n = 0;
  for (const c of row) if (c.trim() !== '') n++;
  return n;
}

/** A cell some detector validates is data, however label-like it looks (`Anna`, `Stockholm`). */
function isData(cell: string): boolean {
  return validatesAlone(cell, detectCell);
}
