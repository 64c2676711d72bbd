import { ReadError } from './errors';
import type { ReadLimits } from './limits';
import { StringTable } from './string-table';
import { parsePart, type PartContext } from './xml-part';
import { decodeOoxmlEscapes, decodeXml } from './xml-text';
import type { ZipEntry } from './zip';

/**
 * Loads sharedStrings.xml into a compact {@link StringTable}. Each `<si>` is one string: plain
 * `<t>`, or rich text whose `<r><t>` runs are concatenated; phonetic guides (`<rPh>`) are
 * annotations, not text the user sees, and are skipped. Count and byte limits apply as the
 * table grows, so a shared-strings bomb is refused long before it costs memory.
 */
export async function readSharedStrings(ctx: PartContext, part: ZipEntry | undefined, limits: ReadLimits): Promise<StringTable> {
  const table = new StringTable(limits.maxSharedStrings, limits.maxSharedStringBytes);
  if (!part) return table;
  let inItem = false;
  let phonetic = 0;
  let raw = '';
  const handler = {
    captureText: false,
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
        table.add(decodeOoxmlEscapes(decodeXml(raw)));
      }
    },
    text(piece: string) {
      raw = raw.length === 0 ? piece : raw + piece;
      if (raw.length > limits.maxCellChars) {
        throw new ReadError('file_too_large', `a shared string is longer than ${limits.maxCellChars} characters`);
      }
    },
  };
  await parsePart(ctx, part, handler);
  return table;
}
