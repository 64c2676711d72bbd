import { ReadError } from './errors';

/**
 * Receives the markup of one XML part. Attributes are not parsed up front (most elements' are
 * never needed): `open` gets the source string and the bounds of the attribute text, for
 * {@link attribute} to read what it wants.
 */
export type XmlHandler = {
  /** Set by the handler while inside an element whose text it wants. */
  captureText: boolean;
  /** `name` is the local name, any namespace prefix removed. */
  open(name: string, src: string, attrStart: number, attrEnd: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text (entities not yet decoded), possibly in several pieces; only while `captureText`. */
  text(raw: string): void;
  /**
   * Optional fast path for the one element a handler sees millions of times (a worksheet cell):
   * called for start tags whose name begins with `fastChar`, it may consume the whole element at
   * `lt` itself and return the index just after it, or return -1 to let the tokenizer go on as usual.
   */
  fastChar?: number;
  element?(src: string, lt: number): number;
};

/** Longest markup construct (tag, comment, PI) waited for across chunks; real ones are tiny. */
const MAX_PENDING = 1024 * 1024;

const malformed = (why: string) => new ReadError('malformed_file', `a workbook part is not valid XML: ${why}`);

/**
 * A small streaming XML tokenizer for the SpreadsheetML parts: it scans decoded text chunks with
 * indexOf, not per-character regexes, and only slices text its handler asked for
 * (`captureText`), which is what makes a worksheet parse at inflate speed. It refuses any
 * `<!DOCTYPE`/`<!ENTITY` outright, so no entity is ever declared, fetched or expanded.
 */
export class XmlTokenizer {
  private rest = '';

  constructor(private readonly handler: XmlHandler) {}

  feed(chunk: string): void {
    const src = this.rest.length > 0 ? this.rest + chunk : chunk;
    const stop = this.scan(src);
    this.rest = stop < src.length ? src.slice(stop) : '';
    if (this.rest.length > MAX_PENDING) throw malformed('unterminated markup');
  }

  /** Nothing is left over from what was fed: it ended between two constructs. */
  get idle(): boolean {
    return this.rest.length === 0;
  }

  /** Call at the end of the part: leftover markup means the part was cut short. */
  finish(): void {
    if (this.rest.trim().length > 0) throw malformed('truncated');
  }

  /** Handles every complete construct in `src`; returns where the incomplete remainder starts. */
  private scan(src: string): number {
    const h = this.handler;
    const len = src.length;
    let pos = 0;
    while (pos < len) {
      const lt = src.indexOf('<', pos);
      if (lt === -1) {
        if (h.captureText) h.text(src.slice(pos));
        return len;
      }
      if (lt > pos && h.captureText) h.text(src.slice(pos, lt));
      if (lt + 1 >= len) return lt;
      const next = src.charCodeAt(lt + 1);
      if (next === 0x2f) {
        const gt = src.indexOf('>', lt + 2);
        if (gt === -1) return lt;
        h.close(localName(src, lt + 2, nameEnd(src, lt + 2, gt)));
        pos = gt + 1;
      } else if (next === 0x21) {
        const end = this.special(src, lt);
        if (end === -1) return lt;
        pos = end;
      } else if (next === 0x3f) {
        const end = src.indexOf('?>', lt + 2);
        if (end === -1) return lt;
        pos = end + 2;
      } else {
        if (next === h.fastChar) {
          const end = (h.element as (src: string, lt: number) => number)(src, lt);
          if (end !== -1) {
            pos = end;
            continue;
          }
        }
        const gt = tagEnd(src, lt + 1);
        if (gt === -1) return lt;
        const selfClosing = src.charCodeAt(gt - 1) === 0x2f;
        const attrEnd = selfClosing ? gt - 1 : gt;
        const end = nameEnd(src, lt + 1, attrEnd);
        if (end === lt + 1) throw malformed('empty element name');
        const name = localName(src, lt + 1, end);
        h.open(name, src, end, attrEnd, selfClosing);
        if (selfClosing) h.close(name);
        pos = gt + 1;
      }
    }
    return len;
  }

  /** Comments and CDATA; a DOCTYPE, an ENTITY or anything else after `<!` is refused. */
  private special(src: string, lt: number): number {
    if (src.startsWith('<!--', lt)) {
      const end = src.indexOf('-->', lt + 4);
      return end === -1 ? -1 : end + 3;
    }
    if (src.startsWith('<![CDATA[', lt)) {
      const end = src.indexOf(']]>', lt + 9);
      if (end === -1) return -1;
      if (this.handler.captureText) this.handler.text(src.slice(lt + 9, end).replace(/&/g, '&amp;'));
      return end + 3;
    }
    const head = src.slice(lt, lt + 9);
    if (head.length < 9 && ('<!--'.startsWith(head) || '<![CDATA['.startsWith(head))) return -1;
    throw malformed('document type declarations and entity definitions are not allowed');
  }
}

/** The `>` closing a start tag, skipping any `>` inside quoted attribute values. */
function tagEnd(src: string, from: number): number {
  let gt = src.indexOf('>', from);
  for (let i = from; gt !== -1 && i < gt; i++) {
    const c = src.charCodeAt(i);
    if (c !== 0x22 && c !== 0x27) continue;
    const close = src.indexOf(c === 0x22 ? '"' : "'", i + 1);
    if (close === -1) return -1;
    i = close;
    if (close > gt) gt = src.indexOf('>', close + 1);
  }
  return gt;
}

function nameEnd(src: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const c = src.charCodeAt(i);
    if (c <= 0x20 || c === 0x2f || c === 0x3e) break;
    i++;
  }
  return i;
}

function localName(src: string, start: number, end: number): string {
  for (let i = end - 1; i > start; i--) if (src.charCodeAt(i) === 0x3a) return src.slice(i + 1, end);
  return src.slice(start, end);
}

/**
 * The raw (entity-encoded) value of the attribute with this local name, or undefined. Prefixes
 * are ignored because producers vary them (`r:id`, `ns1:id`) and no SpreadsheetML element we
 * read has two attributes sharing a local name.
 */
export function attribute(src: string, start: number, end: number, name: string): string | undefined {
  let i = start;
  while (i < end) {
    let c = src.charCodeAt(i);
    if (c <= 0x20) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < end && (c = src.charCodeAt(i)) !== 0x3d && c > 0x20) i++;
    const nameStop = i;
    while (i < end && src.charCodeAt(i) <= 0x20) i++;
    if (src.charCodeAt(i) !== 0x3d) return undefined;
    i++;
    while (i < end && src.charCodeAt(i) <= 0x20) i++;
    const quote = src.charCodeAt(i);
    if (quote !== 0x22 && quote !== 0x27) return undefined;
    const valueEnd = src.indexOf(quote === 0x22 ? '"' : "'", i + 1);
    if (valueEnd === -1 || valueEnd >= end) return undefined;
    if (nameMatches(src, nameStart, nameStop, name)) return src.slice(i + 1, valueEnd);
    i = valueEnd + 1;
  }
  return undefined;
}

function nameMatches(src: string, start: number, end: number, name: string): boolean {
  const n = name.length;
  if (end - start < n) return false;
  if (end - start > n && src.charCodeAt(end - n - 1) !== 0x3a) return false;
  return src.startsWith(name, end - n);
}
