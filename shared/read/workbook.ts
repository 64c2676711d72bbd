import { ReadError } from './errors';
import { findPart, parsePart, type PartContext } from './xml-part';
import { decodeXml } from './xml-text';
import { attribute } from './xml-tokenizer';
import type { ZipEntry } from './zip';

/** A worksheet to read, in workbook order. */
export type SheetRef = { name: string; part: ZipEntry };

export type WorkbookInfo = {
  sheets: SheetRef[];
  /** The 1904 date system (old Mac Excel): serial 0 is 1904-01-01 and there is no 1900 bug. */
  date1904: boolean;
  sharedStrings?: ZipEntry;
  styles?: ZipEntry;
};

const WORKBOOK = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';

const malformed = (why: string) => new ReadError('malformed_file', `the workbook is incomplete: ${why}`);

/**
 * Reads workbook.xml (sheet names, order, relationship ids, date system) and its relationships
 * to find each worksheet part and the shared-strings and styles parts. Hidden sheets are
 * included: personal data in a hidden sheet is still personal data. Chart sheets hold no cells
 * and are skipped.
 */
export async function readWorkbook(ctx: PartContext): Promise<WorkbookInfo> {
  const book = findPart(ctx.dir, WORKBOOK);
  if (!book) throw malformed('no xl/workbook.xml');
  const declared: { name: string; rid: string }[] = [];
  let date1904 = false;
  await parsePart(ctx, book, {
    captureText: false,
    open(name, src, start, end) {
      if (name === 'sheet') {
        declared.push({ name: decodeXml(attribute(src, start, end, 'name') ?? ''), rid: decodeXml(attribute(src, start, end, 'id') ?? '') });
      } else if (name === 'workbookPr') {
        const flag = attribute(src, start, end, 'date1904');
        date1904 = flag === '1' || flag === 'true';
      }
    },
    close() {},
    text() {},
  });

  const rels = new Map<string, { type: string; target: string }>();
  const relsPart = findPart(ctx.dir, RELS);
  if (relsPart) {
    await parsePart(ctx, relsPart, {
      captureText: false,
      open(name, src, start, end) {
        if (name !== 'Relationship' || attribute(src, start, end, 'TargetMode') === 'External') return;
        const id = decodeXml(attribute(src, start, end, 'Id') ?? '');
        rels.set(id, {
          type: attribute(src, start, end, 'Type') ?? '',
          target: decodeXml(attribute(src, start, end, 'Target') ?? ''),
        });
      },
      close() {},
      text() {},
    });
  }

  const sheets: SheetRef[] = [];
  for (const sheet of declared) {
    const rel = rels.get(sheet.rid);
    if (rel && !rel.type.endsWith('/worksheet')) continue;
    // Without relationships, fall back to the path every producer uses.
    const part = findPart(ctx.dir, rel ? resolveTarget(rel.target) : `xl/worksheets/sheet${declared.indexOf(sheet) + 1}.xml`);
    if (!part) throw malformed('a sheet has no worksheet part');
    sheets.push({ name: sheet.name, part });
  }
  const related = (suffix: string, fallback: string) => {
    for (const rel of rels.values()) if (rel.type.endsWith(suffix)) return findPart(ctx.dir, resolveTarget(rel.target));
    return findPart(ctx.dir, fallback);
  };
  return {
    sheets,
    date1904,
    sharedStrings: related('/sharedStrings', 'xl/sharedStrings.xml'),
    styles: related('/styles', 'xl/styles.xml'),
  };
}

/** Resolves a relationship target against xl/ (absolute targets start at the package root). */
function resolveTarget(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}
