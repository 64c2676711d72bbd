import { isDateFormat } from './dates';
import { parsePart, type PartContext } from './xml-part';
import { decodeXml } from './xml-text';
import { attribute } from './xml-tokenizer';
import type { ZipEntry } from './zip';

/**
 * Which cell styles (indexes into styles.xml cellXfs, the `s` of a cell) display their number as
 * a date. Only that is needed from styles: a date is stored as a plain serial number, and a
 * user sees 2024-03-01, not 45352, so the reader must know which numbers are dates.
 */
export async function readDateStyles(ctx: PartContext, part: ZipEntry | undefined): Promise<Uint8Array> {
  if (!part) return new Uint8Array(0);
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await parsePart(ctx, part, {
    captureText: false,
    open(name, src, start, end, selfClosing) {
      if (name === 'numFmt') {
        const id = Number(attribute(src, start, end, 'numFmtId'));
        formats.set(id, decodeXml(attribute(src, start, end, 'formatCode') ?? ''));
      } else if (name === 'cellXfs') {
        inCellXfs = !selfClosing;
      } else if (name === 'xf' && inCellXfs) {
        xfFormats.push(Number(attribute(src, start, end, 'numFmtId') ?? 0));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  const isDate = new Uint8Array(xfFormats.length);
  xfFormats.forEach((id, i) => {
    isDate[i] = isDateFormat(id, formats.get(id)) ? 1 : 0;
  });
  return isDate;
}
