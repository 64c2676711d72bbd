import { serialToIso } from './dates';
import { ReadError, throwIfAborted } from './errors';
import type { ReadLimits } from './limits';
import { RowSink } from './row-sink';
import type { StringTable } from './string-table';
import type { RowBatch } from './types';
import type { SheetRef } from './workbook';
import { partText, type PartContext } from './xml-part';
import { decodeOoxmlEscapes, decodeXml } from './xml-text';
import { attribute, XmlTokenizer, type XmlHandler } from './xml-tokenizer';
import { cellKind, columnIndex, digits, Kind } from './cell-syntax';

/** What every worksheet of one workbook shares. */
export type SheetContext = {
  strings: StringTable;
  /** 1 at the index of each cell style that shows numbers as dates. */
  dateStyles: Uint8Array;
  date1904: boolean;
  limits: ReadLimits;
  batchRows: number;
  signal?: AbortSignal;
};

/**
 * Streams one worksheet's rows. Parsing stops at `</sheetData>`: what follows (merge ranges,
 * conditional formats, a declared `<dimension>`) is never used, least of all to allocate.
 */
export async function* readSheet(ctx: PartContext, sheet: SheetRef, env: SheetContext): AsyncGenerator<RowBatch> {
  const sink = new RowSink(sheet.name, env.batchRows);
  const handler = new SheetHandler(sink, env);
  const tokenizer = new XmlTokenizer(handler);
  for await (const text of partText(ctx, sheet.part)) {
    tokenizer.feed(text);
    yield* sink.take();
    if (handler.done) break;
    throwIfAborted(env.signal);
  }
  if (!handler.done) {
    tokenizer.finish();
    if (handler.started) throw new ReadError('malformed_file', 'a worksheet ends before its rows do (truncated)');
  }
  sink.flush();
  yield* sink.take();
}

/**
 * The worksheet state machine. Cells land at the column their `r` names; a cell without `r`
 * (optional in OOXML) follows the previous one, and a row without `r` follows the previous row.
 * Values are what the user sees: shared/inline text, numbers as written, TRUE/FALSE, error codes
 * as written, and numbers in date-formatted cells as ISO dates.
 */
class SheetHandler implements XmlHandler {
  captureText = false;
  /** Inside `<sheetData>`, and past its end. */
  started = false;
  done = false;
  private row: string[] | null = null;
  private nextRow = 0;
  private rowIndex = 0;
  private lastCol = -1;
  private inCell = false;
  private col = 0;
  private kind: Kind = Kind.Number;
  private style = 0;
  private value = '';
  private hasValue = false;
  private inInline = false;
  private phonetic = 0;

  constructor(
    private readonly sink: RowSink,
    private readonly env: SheetContext,
  ) {}

  open(name: string, src: string, start: number, end: number): void {
    switch (name) {
      case 'c':
        this.openCell(src, start, end);
        break;
      case 'v':
        if (!this.inCell) break;
        this.value = '';
        this.hasValue = true;
        this.captureText = true;
        break;
      case 't':
        this.captureText = this.inInline && this.phonetic === 0;
        break;
      case 'row':
        this.openRow(src, start, end);
        break;
      case 'is':
        if (!this.inCell) break;
        this.inInline = true;
        this.value = '';
        this.hasValue = true;
        break;
      case 'rPh':
        this.phonetic++;
        break;
      case 'sheetData':
        this.started = true;
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.captureText = false;
        break;
      case 'c':
        if (this.inCell && this.hasValue && this.row) this.place(this.display());
        this.inCell = false;
        break;
      case 'row':
        if (this.row) this.sink.add(this.rowIndex, this.row);
        this.row = null;
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'rPh':
        this.phonetic = Math.max(0, this.phonetic - 1);
        break;
      case 'sheetData':
        this.done = true;
        break;
    }
  }

  text(raw: string): void {
    this.value = this.value.length === 0 ? raw : this.value + raw;
    if (this.value.length > this.env.limits.maxCellChars) {
      throw new ReadError('file_too_large', `a cell is longer than ${this.env.limits.maxCellChars} characters`);
    }
  }

  private openRow(src: string, start: number, end: number): void {
    const r = readRowNumber(src, start, end);
    this.rowIndex = r > 0 && r - 1 >= this.nextRow ? r - 1 : this.nextRow;
    this.nextRow = this.rowIndex + 1;
    // Not `[]`: V8 tracks array literals by allocation site and, seeing a sheet's first rows all
    // survive (the header probe holds them), allocated every later row straight in the old
    // generation, where dead rows piled up between full collections (bench xlsx scan: peak RSS
    // 298–307 MB with the literal, 260–271 MB without).
    this.row = new Array<string>();
    this.lastCol = -1;
  }

  /**
   * The common cell, `<c …/>` or `<c …><v>text</v></c>`, in one go: about half the cost of the
   * same cell as five separate tokenizer events. Anything else (formulas, inline strings, a cell
   * cut by the chunk's end) is declined and takes the general path.
   */
  readonly fastChar = 0x63;

  element(src: string, lt: number): number {
    const after = src.charCodeAt(lt + 2);
    if (this.row === null || (after !== 0x20 && after !== 0x3e && after !== 0x2f)) return -1;
    const gt = this.parseCellTag(src, lt + 2, src.length);
    if (gt === -1) return -1;
    if (src.charCodeAt(gt) === 0x2f) {
      if (src.charCodeAt(gt + 1) !== 0x3e) return -1;
      this.commitCell();
      return gt + 2;
    }
    if (!src.startsWith('<v>', gt + 1)) return -1;
    const end = src.indexOf('<', gt + 4);
    if (end === -1 || !src.startsWith('</v></c>', end)) return -1;
    this.commitCell();
    const index = this.kind === Kind.Shared ? digits(src, gt + 4, end) : -1;
    if (index >= 0) {
      // The shared-string index straight from the characters: no slice, no Number() per cell.
      const text = this.env.strings.get(index);
      if (text === undefined) throw new ReadError('malformed_file', 'a cell refers to a shared string that does not exist');
      this.place(text);
    } else {
      this.value = '';
      this.text(src.slice(gt + 4, end));
      this.place(this.display());
    }
    this.inCell = false;
    return end + 8;
  }

  private openCell(src: string, start: number, end: number): void {
    this.parseCellTag(src, start, end);
    this.commitCell();
    this.inCell = true;
    this.hasValue = false;
    this.inInline = false;
  }

  private pendingCol = -1;
  private pendingKind: Kind = Kind.Number;
  private pendingStyle = 0;

  /**
   * Reads r, s and t in one pass over the tag, up to the `>` or `/` that ends it, and returns that
   * index (-1 when the tag is incomplete). Nothing is committed, so a declined fast path leaves no
   * trace. Every scan is bounded by `end`: an unbounded indexOf here would turn a hostile run of
   * attribute-less cells into quadratic work.
   */
  private parseCellTag(src: string, start: number, end: number): number {
    this.pendingCol = -1;
    this.pendingKind = Kind.Number;
    this.pendingStyle = 0;
    let i = start;
    while (i < end) {
      let c = src.charCodeAt(i);
      if (c <= 0x20) {
        i++;
        continue;
      }
      if (c === 0x3e || c === 0x2f) return i;
      const nameStart = i;
      while (i < end && (c = src.charCodeAt(i)) !== 0x3d && c > 0x20 && c !== 0x3e && c !== 0x2f) i++;
      const single = i - nameStart === 1 ? src.charCodeAt(nameStart) : 0;
      while (i < end && src.charCodeAt(i) <= 0x20) i++;
      if (src.charCodeAt(i) !== 0x3d) return i < end ? i : -1;
      i++;
      while (i < end && src.charCodeAt(i) <= 0x20) i++;
      const quote = src.charCodeAt(i);
      if (quote !== 0x22 && quote !== 0x27) return i < end ? i : -1;
      let close = i + 1;
      while (close < end && src.charCodeAt(close) !== quote) close++;
      if (close >= end) return -1;
      if (single === 0x72) this.pendingCol = columnIndex(src, i + 1, close);
      else if (single === 0x73) this.pendingStyle = Number(src.slice(i + 1, close)) | 0;
      else if (single === 0x74) this.pendingKind = cellKind(src, i + 1, close);
      i = close + 1;
    }
    return end < src.length ? end : -1;
  }

  private commitCell(): void {
    const col = this.pendingCol < 0 ? this.lastCol + 1 : this.pendingCol;
    if (col >= this.env.limits.maxColumns) {
      throw new ReadError('file_too_large', `a row has more than ${this.env.limits.maxColumns} columns`);
    }
    this.col = col;
    this.lastCol = col;
    this.kind = this.pendingKind;
    this.style = this.pendingStyle;
  }

  private display(): string {
    const raw = this.value;
    switch (this.kind) {
      case Kind.Shared: {
        const text = this.env.strings.get(Number(raw));
        if (text === undefined) throw new ReadError('malformed_file', 'a cell refers to a shared string that does not exist');
        return text;
      }
      case Kind.Number:
        if (this.style > 0 && this.env.dateStyles[this.style] === 1) return serialToIso(raw, this.env.date1904) ?? decodeXml(raw);
        return decodeXml(raw);
      case Kind.Bool:
        return raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : decodeXml(raw);
      default:
        return decodeOoxmlEscapes(decodeXml(raw));
    }
  }

  private place(text: string): void {
    const row = this.row as string[];
    const col = this.col;
    if (col < row.length) row[col] = text;
    else {
      while (row.length < col) row.push('');
      row.push(text);
    }
  }
}

/** `r` of a `<row>`; 0 when absent or not a positive integer. */
function readRowNumber(src: string, start: number, end: number): number {
  const r = attribute(src, start, end, 'r');
  return r === undefined ? 0 : Math.max(0, digits(r, 0, r.length));
}
