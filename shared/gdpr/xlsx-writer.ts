/**
 * A minimal streaming xlsx writer for rewritten files (erasure, remediation): one worksheet part
 * per sheet, every cell an inline string, no styles. Veil reads every cell as text, so writing
 * text keeps each kept cell's content exactly as read; formulas, formats and styles of the
 * original are not carried over (documented in the README). Built on fflate, already a
 * dependency, and streaming: memory is one batch of rows, whatever the workbook's size.
 */
import { Zip, ZipDeflate } from 'fflate';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const encoder = new TextEncoder();

export type XlsxWriter = {
  /** Starts the next sheet; the previous one is closed. */
  sheet(name: string): Uint8Array[];
  /** Appends one row (rows are numbered from 1 in the order written). */
  row(cells: string[]): Uint8Array[];
  /** Closes the workbook; returns the last bytes. */
  end(): Uint8Array[];
};

/** Each call returns the zip bytes produced so far, for the caller to pass on (and drop). */
export function createXlsxWriter(): XlsxWriter {
  let out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  const sheets: string[] = [];
  let part: ZipDeflate | null = null;
  let rowNumber = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const take = () => {
    const t = out;
    out = [];
    return t;
  };
  const flush = (final = false) => {
    if (!part) return;
    part.push(encoder.encode(pending.join('')), final);
    pending = [];
    pendingLength = 0;
  };
  const closeSheet = () => {
    if (!part) return;
    pending.push('</sheetData></worksheet>');
    flush(true);
    part = null;
  };
  const addPart = (name: string, xml: string) => {
    const p = new ZipDeflate(name, { level: 6 });
    zip.add(p);
    p.push(encoder.encode(xml), true);
  };
  return {
    sheet(name) {
      closeSheet();
      sheets.push(name);
      part = new ZipDeflate(`xl/worksheets/sheet${sheets.length}.xml`, { level: 6 });
      zip.add(part);
      rowNumber = 0;
      pending.push(`${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>`);
      return take();
    },
    row(cells) {
      if (!part) throw new Error('xlsx writer: row before sheet');
      rowNumber++;
      const xml = `<row r="${rowNumber}">${cells.map((c, i) => `<c r="${columnName(i)}${rowNumber}" t="inlineStr"><is><t xml:space="preserve">${escapeText(c)}</t></is></c>`).join('')}</row>`;
      pending.push(xml);
      pendingLength += xml.length;
      if (pendingLength > 256 * 1024) flush();
      return take();
    },
    end() {
      closeSheet();
      if (sheets.length === 0) throw new Error('xlsx writer: a workbook needs a sheet');
      addPart('[Content_Types].xml', contentTypes(sheets.length));
      addPart('_rels/.rels', `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
      addPart('xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets.map((n, i) => `<sheet name="${escapeAttr(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`);
      addPart('xl/_rels/workbook.xml.rels', `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`);
      zip.end();
      return take();
    },
  };
}

function contentTypes(n: number): string {
  const sheets = Array.from({ length: n }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets}</Types>`;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

// Characters XML 1.0 cannot carry are written as Excel's _xHHHH_ escapes, and a literal "_xHHHH_"
// in the text has its underscore escaped, so the reader (which undoes these escapes) reads back
// exactly the text written.
function escapeText(s: string): string {
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`)
    .replace(/\r/g, '_x000D_');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}
