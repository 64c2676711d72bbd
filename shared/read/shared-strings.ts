import type { ChunkDecoder } from './encoding';
import { ReadError } from './errors';
import { inflateEntry } from './inflate';
import type { ReadLimits } from './limits';
import { StringTable } from './string-table';
import { partEncoding, type PartContext } from './xml-part';
import { decodeOoxmlEscapes, decodeXml } from './xml-text';
import { XmlTokenizer } from './xml-tokenizer';
import type { ZipEntry } from './zip';

/** How Excel and most writers open a plain item, and how it ends. */
const ITEM = '<si><t>';
const ITEM_PRESERVE = '<si><t xml:space="preserve">';
const ITEM_END = '</t></si>';
const bytesOf = (text: string) => new TextEncoder().encode(text);
const ITEM_BYTES = { start: bytesOf('<si>'), plain: bytesOf('<t>'), preserve: bytesOf('<t xml:space="preserve">'), end: bytesOf(ITEM_END) };

/**
 * Loads sharedStrings.xml into a compact {@link StringTable}. Each `<si>` is one string: plain
 * `<t>`, or rich text whose `<r><t>` runs are concatenated; phonetic guides (`<rPh>`) are
 * annotations, not text the user sees, and are skipped. Count and byte limits apply as the
 * table grows, so a shared-strings bomb is refused long before it costs memory.
 *
 * The common item, `<si><t>text</t></si>` (with or without `xml:space="preserve"`), is taken in
 * one step rather than as four tokenizer events, and straight from the inflated bytes when its
 * text has no entity or `_xHHHH_` escape: the table keeps UTF-8, which the part already is, so
 * such a string is never decoded or encoded here. Loading the bench workbook's 3.5 M strings
 * took 4.4-4.9 s as tokenizer events and 3.3-3.8 s as decoded items (in a slower phase of the
 * machine); decoded items 1.46-1.49 s against 1.12-1.13 s as bytes, in one later run, where
 * inflating the part alone takes 0.6 s. Any other form (rich text, phonetic runs, an item cut
 * by the end of an inflated piece, a UTF-16 part) takes the general path, the tokenizer.
 */
export async function readSharedStrings(ctx: PartContext, part: ZipEntry | undefined, limits: ReadLimits): Promise<StringTable> {
  const table = new StringTable(limits.maxSharedStrings, limits.maxSharedStringBytes);
  if (!part) return table;
  let inItem = false;
  let phonetic = 0;
  let raw = '';
  const checkLength = (text: string) => {
    if (text.length > limits.maxCellChars) {
      throw new ReadError('file_too_large', `a shared string is longer than ${limits.maxCellChars} characters`);
    }
  };
  const add = (text: string) => table.add(decodeOoxmlEscapes(decodeXml(text)));
  const handler = {
    captureText: false,
    fastChar: 0x73,
    element(src: string, lt: number): number {
      let start: number;
      if (inItem) return -1;
      if (src.startsWith(ITEM, lt)) start = lt + ITEM.length;
      else if (src.startsWith(ITEM_PRESERVE, lt)) start = lt + ITEM_PRESERVE.length;
      else return -1;
      const end = src.indexOf('<', start);
      if (end === -1 || !src.startsWith(ITEM_END, end)) return -1;
      const text = src.slice(start, end);
      checkLength(text);
      add(text);
      return end + ITEM_END.length;
    },
    open(name: string) {
      if (name === 't') handler.captureText = inItem && phonetic === 0;
      else if (name === 'si') {
        inItem = true;
        raw = '';
      } else if (name === 'rPh') phonetic++;
    },
    close(name: string) {
      if (name === 't') handler.captureText = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'si') {
        inItem = false;
        add(raw);
      }
    },
    text(piece: string) {
      raw = raw.length === 0 ? piece : raw + piece;
      checkLength(raw);
    },
  };
  const tokenizer = new XmlTokenizer(handler);
  const itemDecoder = new TextDecoder();
  /** An item's text bytes: into the table as they are, or decoded first where they hold escapes. */
  const addItem = (bytes: Uint8Array, start: number, end: number) => {
    if (end - start <= limits.maxCellChars && !hasEscapes(bytes, start, end)) table.addBytes(bytes, start, end);
    else {
      const text = itemDecoder.decode(bytes.subarray(start, end));
      checkLength(text);
      add(text);
    }
  };
  let decoder: ChunkDecoder | undefined;
  let utf8 = false;
  for await (const inflated of inflateEntry(ctx.source, ctx.dir, part, ctx.budget, ctx.inflate)) {
    let bytes = inflated;
    if (!decoder) ({ decoder, utf8, bytes } = partEncoding(bytes));
    // Bytes before `general` are parsed. The tokenizer gets every byte not taken as a plain item,
    // but for whitespace between items, which is no string's text.
    let general = 0;
    const parseUpTo = (end: number) => {
      if (end > general && !(utf8 && tokenizer.idle && !inItem && isBlank(bytes, general, end))) tokenizer.feed(decoder!.decode(bytes.subarray(general, end), false));
      general = end;
    };
    for (let lt = utf8 ? bytes.indexOf(0x3c) : -1; lt !== -1; lt = bytes.indexOf(0x3c, lt + 1)) {
      if (!startsWith(bytes, lt, ITEM_BYTES.start)) continue;
      const open = lt + ITEM_BYTES.start.length;
      const start = startsWith(bytes, open, ITEM_BYTES.plain) ? open + ITEM_BYTES.plain.length : startsWith(bytes, open, ITEM_BYTES.preserve) ? open + ITEM_BYTES.preserve.length : -1;
      const end = start === -1 ? -1 : bytes.indexOf(0x3c, start);
      if (end === -1 || !startsWith(bytes, end, ITEM_BYTES.end)) continue;
      parseUpTo(lt);
      if (!tokenizer.idle || inItem) continue;
      addItem(bytes, start, end);
      general = end + ITEM_BYTES.end.length;
      lt = general - 1;
    }
    parseUpTo(bytes.length);
  }
  tokenizer.feed(decoder?.decode(new Uint8Array(0), true) ?? '');
  tokenizer.finish();
  return table;
}

function startsWith(bytes: Uint8Array, at: number, prefix: Uint8Array): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** Whether the text holds an entity (`&`) or what may be an OOXML escape (`_x`). */
function hasEscapes(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === 0x26 || (b === 0x5f && bytes[i + 1] === 0x78)) return true;
  }
  return false;
}

/** Whitespace only: between items it is no text of any string. */
function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] > 0x20) return false;
  return true;
}
