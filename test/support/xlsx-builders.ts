import { Deflate, deflateSync } from 'fflate';

/**
 * Builders for test workbooks and zips, all in memory. The zip writer is hand-rolled (not
 * fflate's zipSync) so tests can produce exactly the hostile structures a reader must refuse:
 * symlink attributes, encrypted flags, local headers that disagree with the directory,
 * overlapping entries, absurd names.
 */
export type RawEntry = {
  name: string;
  /** Uncompressed content; ignored when `deflated` is given. */
  data?: string | Uint8Array;
  /** Pre-compressed DEFLATE data (for bombs built by streaming). */
  deflated?: { bytes: Uint8Array; size: number };
  store?: boolean;
  /** Unix mode for the external attributes (e.g. 0o120777 for a symlink). */
  unixMode?: number;
  flags?: number;
  /** Name written in the local header when it should disagree with the directory. */
  localName?: string;
};

const enc = new TextEncoder();
const bytesOf = (d: string | Uint8Array) => (typeof d === 'string' ? enc.encode(d) : d);

export function zip(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = e.data === undefined ? new Uint8Array(0) : bytesOf(e.data);
    const method = e.store ? 0 : 8;
    const body = e.deflated ? e.deflated.bytes : e.store ? raw : deflateSync(raw, { level: 6 });
    const size = e.deflated ? e.deflated.size : raw.length;
    const crc = e.deflated ? 0 : crc32(raw);
    const name = enc.encode(e.name);
    const localName = enc.encode(e.localName ?? e.name);
    const flags = (e.flags ?? 0) | 0x800;
    const local = header(30 + localName.length, (v) => {
      v.setUint32(0, 0x04034b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, flags, true);
      v.setUint16(8, method, true);
      v.setUint32(14, crc, true);
      v.setUint32(18, body.length, true);
      v.setUint32(22, size, true);
      v.setUint16(26, localName.length, true);
    });
    local.set(localName, 30);
    const cd = header(46 + name.length, (v) => {
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, e.unixMode !== undefined ? (3 << 8) | 20 : 20, true);
      v.setUint16(6, 20, true);
      v.setUint16(8, flags, true);
      v.setUint16(10, method, true);
      v.setUint32(16, crc, true);
      v.setUint32(20, body.length, true);
      v.setUint32(24, size, true);
      v.setUint16(28, name.length, true);
      v.setUint32(38, e.unixMode !== undefined ? (e.unixMode << 16) >>> 0 : 0, true);
      v.setUint32(42, offset, true);
    });
    cd.set(name, 46);
    chunks.push(local, body);
    central.push(cd);
    offset += local.length + body.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = header(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, entries.length, true);
    v.setUint16(10, entries.length, true);
    v.setUint32(12, cdSize, true);
    v.setUint32(16, offset, true);
  });
  return concat([...chunks, ...central, end]);
}

function header(length: number, fill: (v: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(length);
  fill(new DataView(bytes.buffer));
  return bytes;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export type SheetSpec = { name: string; xml: string };

export type XlsxSpec = {
  sheets: SheetSpec[];
  /** Plain strings (escaped for you) or a whole sharedStrings.xml. */
  sharedStrings?: string[] | { xml: string };
  styles?: string;
  date1904?: boolean;
  /** Put worksheets before sharedStrings.xml and workbook.xml in the archive. */
  sheetsFirst?: boolean;
  /** Extra raw entries appended to the archive. */
  extra?: RawEntry[];
};

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Wraps `<row>` elements into a worksheet part. */
export function sheetXml(rows: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS} ${R_NS}><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** A styles part whose cellXfs are exactly these numFmtIds, plus optional custom formats. */
export function stylesXml(xfNumFmtIds: number[], custom: Record<number, string> = {}): string {
  const fmts = Object.entries(custom).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>` +
    (fmts.length ? `<numFmts count="${fmts.length}">${fmts.join('')}</numFmts>` : '') +
    `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
    `<cellXfs count="${xfNumFmtIds.length}">${xfNumFmtIds.map((id) => `<xf numFmtId="${id}" applyNumberFormat="1"/>`).join('')}</cellXfs>` +
    `</styleSheet>`
  );
}

/** Builds a minimal but complete xlsx (content types, workbook, rels, parts) as a zip. */
export function buildXlsx(spec: XlsxSpec): Uint8Array {
  return zip(xlsxEntries(spec));
}

/** Like {@link buildXlsx}, with raw entries replacing the generated parts of the same name. */
export function buildXlsxWith(spec: XlsxSpec, replacements: RawEntry[]): Uint8Array {
  const names = new Set(replacements.map((r) => r.name));
  return zip([...xlsxEntries(spec).filter((e) => !names.has(e.name)), ...replacements]);
}

function xlsxEntries(spec: XlsxSpec): RawEntry[] {
  const sheets = spec.sheets.map((s, i) => ({ ...s, path: `xl/worksheets/sheet${i + 1}.xml`, rid: `rId${i + 1}` }));
  const n = sheets.length;
  const workbook =
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${R_NS}>` +
    (spec.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
    `<sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="${s.rid}"/>`).join('')}</sheets></workbook>`;
  const rels =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    sheets.map((s) => `<Relationship Id="${s.rid}" Type="${REL}/worksheet" Target="worksheets/${s.path.split('/').pop()}"/>`).join('') +
    `<Relationship Id="rId${n + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
  const shared = spec.sharedStrings;
  const sst = !shared
    ? undefined
    : Array.isArray(shared)
      ? `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')}</sst>`
      : shared.xml;
  const head: RawEntry[] = [
    { name: '[Content_Types].xml', data: types },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
    { name: 'xl/styles.xml', data: spec.styles ?? stylesXml([0]) },
    ...(sst ? [{ name: 'xl/sharedStrings.xml', data: sst }] : []),
  ];
  const sheetEntries: RawEntry[] = sheets.map((s) => ({ name: s.path, data: s.xml }));
  const entries = spec.sheetsFirst ? [...sheetEntries, ...head] : [...head, ...sheetEntries];
  return [...entries, ...(spec.extra ?? [])];
}

/**
 * A worksheet of `inflatedBytes` of repeated row XML, streamed through DEFLATE so the test never
 * holds the inflated text: ~200 MB compresses to a few hundred KB (the §5 549 KB → 188 MB kind).
 */
export function zipBombXlsx(inflatedBytes: number): Uint8Array {
  const row = '<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>';
  const block = enc.encode(row.repeat(Math.ceil((1024 * 1024) / row.length)));
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  const head = enc.encode(`<worksheet ${NS}><sheetData>`);
  deflate.push(head);
  let size = head.length;
  while (size + block.length < inflatedBytes) {
    deflate.push(block);
    size += block.length;
  }
  const tail = enc.encode('</sheetData></worksheet>');
  deflate.push(tail, true);
  size += tail.length;
  const bomb: RawEntry = { name: 'xl/worksheets/sheet1.xml', deflated: { bytes: concat(parts), size } };
  return buildXlsxWith({ sheets: [{ name: 'Bomb', xml: '' }] }, [bomb]);
}

/** Every cell of a row as an inline string, positions given by `r`. */
export function inlineRow(r: number, values: string[]): string {
  const cells = values.map((v, i) => `<c r="${columnName(i)}${r}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`);
  return `<row r="${r}">${cells.join('')}</row>`;
}

export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    name = String.fromCharCode(65 + m) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}
