import type { RowBatch } from './types';

/**
 * Excel's last row. Gaps are filled with empty rows up to here, so a reader's row count equals
 * the sheet's; a row index beyond it cannot come from Excel and starts a new batch instead, so
 * a single `r="999999999"` cannot make the reader emit a billion empty rows.
 */
export const MAX_FILLED_ROWS = 1_048_576;

/**
 * Collects rows into batches of consecutive rows, keeping every row at its true index: rows a
 * sheet skips come out as empty rows, and rows that arrive out of order are placed after the
 * last one (a sheet's rows must ascend; the position of a misordered row cannot be honoured).
 */
export class RowSink {
  private rows: string[][] = [];
  private first = 0;
  private next = 0;
  private ready: RowBatch[] = [];

  constructor(
    private readonly sheet: string,
    private readonly batchRows: number,
  ) {}

  /** Adds the row with 0-based index `index`. */
  add(index: number, row: string[]): void {
    if (index > this.next) {
      if (index < MAX_FILLED_ROWS) while (this.next < index) this.push([]);
      else {
        this.flush();
        this.first = this.next = index;
      }
    }
    this.push(row);
  }

  /** Batches completed so far; the caller yields them between chunks. */
  take(): RowBatch[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }

  /** Closes the current partial batch, at the end of a sheet or before a jump. */
  flush(): void {
    if (this.rows.length > 0) this.ready.push({ sheet: this.sheet, rows: this.rows, firstRow: this.first });
    this.rows = [];
    this.first = this.next;
  }

  private push(row: string[]): void {
    this.rows.push(row);
    this.next++;
    if (this.rows.length >= this.batchRows) this.flush();
  }
}
