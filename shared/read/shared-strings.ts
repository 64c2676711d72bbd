import { ReadError } from './errors';
import type { ReadLimits } from './limits';
import { StringTable } from './string-table';
import { parsePart, type PartContext } from './xml-part';
import { decodeOoxmlEscapes, decodeXml } from './xml-text';
import type { ZipEntry } from './zip';

/** How Excel and most writers open a plain item, and how it ends. */
const ITEM = '<si><t>';
const ITEM_PRESERVE = '<si><t xml:space="preserve">';
const ITEM_END = '</t></si>';

/**
 * Loads sharedStrings.xml into a compact {@link StringTable}. Each `<si>` is one string: plain
 * `<t>`, or rich text whose `<r><t>` runs are concatenated; phonetic guides (`<rPh>`) are
 * annotations, not text the user sees, and are skipped. Count and byte limits apply as the
 * table grows, so a shared-strings bomb is refused long before it costs memory.
 *
 * The common item, `<si><t>text</t></si>` (with or without `xml:space="preserve"`), is taken in
 * one step rather than as four tokenizer events: loading the bench workbook's 3.5 M strings took
 * 3.3-3.8 s that way against 4.4-4.9 s. Any other form declines and takes the general path.
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
  await parsePart(ctx, part, handler);
  return table;
}
