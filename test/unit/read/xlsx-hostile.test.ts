import { Deflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesSource, readRows, ReadError, type ReadOptions } from '../../../shared/read';
import { buildXlsx, buildXlsxWith, concat, inlineRow, sheetXml, zipBombXlsx, type RawEntry, type XlsxSpec } from '../../support/xlsx-builders';

const MiB = 1024 * 1024;
const plain: XlsxSpec = { sheets: [{ name: 'S', xml: sheetXml(inlineRow(1, ['namn', 'e-post'])) }] };

/** Reads everything and returns the error, asserting it is a ReadError. */
async function refusal(bytes: Uint8Array, opts: ReadOptions = {}): Promise<ReadError> {
  let error: unknown;
  try {
    for await (const _ of readRows(bytesSource(bytes), opts));
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
}

async function rowsOf(bytes: Uint8Array): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const b of readRows(bytesSource(bytes))) rows.push(...b.rows);
  return rows;
}

describe('zip bombs (U3)', () => {
  const bomb = zipBombXlsx(200 * MiB);

  it('is what it claims: ~200 MB of sheet XML in under 1 MB', () => {
    expect(bomb.length).toBeLessThan(MiB);
  });

  it('stops at a lowered per-entry cap', async () => {
    const error = await refusal(bomb, { limits: { maxEntryInflatedBytes: 16 * MiB, maxRatio: 10_000 } });
    expect(error.code).toBe('file_too_large');
    expect(error.message).toMatch(/16 MiB/);
  });

  it('stops at a lowered workbook total', async () => {
    const error = await refusal(bomb, { limits: { maxTotalInflatedBytes: 8 * MiB, maxRatio: 10_000 } });
    expect(error.message).toMatch(/workbook inflates past the 8 MiB/);
  });

  it('fails fast at default limits (ratio), early in the entry and with bounded memory', async () => {
    const before = process.memoryUsage().rss;
    let peak = before;
    let consumed = 0;
    const error = await refusal(bomb, {
      onProgress(done) {
        consumed = done;
        peak = Math.max(peak, process.memoryUsage().rss);
      },
    });
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(error.code).toBe('file_too_large');
    expect(error.message).toMatch(/ratio/);
    expect(consumed).toBeLessThan(bomb.length / 4);
    expect(peak - before).toBeLessThan(150 * MiB);
  });

  it('refuses an entry whose declared size is already past the cap, before inflating', async () => {
    const entry: RawEntry = { name: 'xl/worksheets/sheet1.xml', deflated: { bytes: new Uint8Array([3, 0]), size: 0xfffffff0 } };
    const error = await refusal(buildXlsxWith(plain, [entry]), { limits: { maxEntryInflatedBytes: 64 * MiB } });
    expect(error.code).toBe('file_too_large');
  });

  it('refuses a part that inflates to more than its zip directory declares', async () => {
    const xml = sheetXml(inlineRow(1, ['x'.repeat(1000)]));
    const lying: RawEntry = { name: 'xl/worksheets/sheet1.xml', data: xml };
    const bytes = buildXlsxWith(plain, [lying]);
    patchCentral(bytes, 'xl/worksheets/sheet1.xml', (v) => v.setUint32(24, 100, true));
    expect((await refusal(bytes)).code).toBe('malformed_file');
  });
});

describe('shared-strings bomb (U5)', () => {
  /** 3 million unique strings, streamed through DEFLATE like the §5 7.5 MB file. */
  function manyStrings(count: number): RawEntry {
    const enc = new TextEncoder();
    const parts: Uint8Array[] = [];
    const deflate = new Deflate({ level: 6 }, (c) => parts.push(c));
    let size = 0;
    const push = (s: string, final = false) => {
      const b = enc.encode(s);
      size += b.length;
      deflate.push(b, final);
    };
    push('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">');
    for (let i = 0; i < count; i += 10_000) {
      let chunk = '';
      for (let j = i; j < i + 10_000; j++) chunk += `<si><t>s${j.toString(36)}</t></si>`;
      push(chunk);
    }
    push('</sst>', true);
    return { name: 'xl/sharedStrings.xml', deflated: { bytes: concat(parts), size } };
  }
  const spec: XlsxSpec = { ...plain, sharedStrings: ['placeholder'] };
  const strings = manyStrings(3_000_000);

  it('refuses more strings than maxSharedStrings, as file_too_large', async () => {
    const error = await refusal(buildXlsxWith(spec, [strings]), { limits: { maxSharedStrings: 100_000 } });
    expect(error.code).toBe('file_too_large');
    expect(error.message).toMatch(/100000 shared strings/);
  });

  it('handles 3 M unique strings at default limits with RSS growth under 256 MB', async () => {
    const bytes = buildXlsxWith(
      { sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>2999999</v></c></row>') }], sharedStrings: ['x'] },
      [strings],
    );
    const before = process.memoryUsage().rss;
    let peak = before;
    const rows: string[][] = [];
    for await (const b of readRows(bytesSource(bytes), { onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)) })) {
      rows.push(...b.rows);
    }
    expect(rows).toEqual([[`s${(2_999_999).toString(36)}`]]);
    expect(peak - before).toBeLessThan(256 * MiB);
  }, 30_000);
});

describe('XXE and entity expansion (U6)', () => {
  const xxe = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>';
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
    Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
    ']>';

  it.each([
    ['sheet with an external entity', { sheets: [{ name: 'S', xml: `${xxe}<worksheet><sheetData><row><c t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>` }] }],
    ['sharedStrings with an external entity', { ...plain, sharedStrings: { xml: `${xxe}<sst><si><t>&e;</t></si></sst>` } }],
    ['sheet with a 10-level billion laughs', { sheets: [{ name: 'S', xml: `${laughs}<worksheet><sheetData><row><c><v>&lol9;</v></c></row></sheetData></worksheet>` }] }],
    ['sharedStrings with a billion laughs', { ...plain, sharedStrings: { xml: `${laughs}<sst><si><t>&lol9;</t></si></sst>` } }],
  ])('refuses a %s as malformed_file in under a second, echoing nothing', async (_, spec) => {
    const started = performance.now();
    const error = await refusal(buildXlsx(spec as XlsxSpec));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.code).toBe('malformed_file');
    expect(error.message).not.toMatch(/passwd|root:|lol/);
  });

  it('refuses an entity reference that was never declared', async () => {
    const spec = { sheets: [{ name: 'S', xml: sheetXml('<row><c t="inlineStr"><is><t>&nbsp;</t></is></c></row>') }] };
    expect((await refusal(buildXlsx(spec))).code).toBe('malformed_file');
  });
});

describe('zip structure (U7 and friends)', () => {
  it('reads a workbook carrying zip-slip entry names, which are never used as paths', async () => {
    const extra: RawEntry[] = ['../../evil.sh', '/abs/x', 'C:\\x', '..\\..\\win'].map((name) => ({ name, data: 'pwned' }));
    expect(await rowsOf(buildXlsx({ ...plain, extra }))).toEqual([['namn', 'e-post']]);
  });

  it('refuses a symlink entry', async () => {
    const error = await refusal(buildXlsx({ ...plain, extra: [{ name: 'xl/media/link', data: '/etc/passwd', unixMode: 0o120777 }] }));
    expect(error.code).toBe('malformed_file');
    expect(error.message).toMatch(/symbolic link/);
  });

  it('refuses encrypted entries', async () => {
    const error = await refusal(buildXlsx({ ...plain, extra: [{ name: 'xl/secret.bin', data: 'x', flags: 1 }] }));
    expect(error.message).toMatch(/encrypted/);
  });

  it('refuses a local header that names a different file than the directory', async () => {
    const sheet: RawEntry = { name: 'xl/worksheets/sheet1.xml', data: sheetXml(inlineRow(1, ['a'])), localName: 'xl/worksheets/sheetX.xml' };
    expect((await refusal(buildXlsxWith(plain, [sheet]))).message).toMatch(/disagrees/);
  });

  it('refuses overlapping entries (the "better zip bomb" construction)', async () => {
    const bytes = buildXlsx(plain);
    patchCentral(bytes, 'xl/worksheets/sheet1.xml', (v) => v.setUint32(42, 0, true));
    expect((await refusal(bytes)).message).toMatch(/overlapping/);
  });

  it('refuses more entries than maxEntries', async () => {
    expect((await refusal(buildXlsx(plain), { limits: { maxEntries: 3 } })).message).toMatch(/more than 3 entries/);
  });

  it('refuses every truncation of a workbook as malformed_file', async () => {
    const bytes = buildXlsx({ ...plain, sharedStrings: ['a'] });
    for (const cut of [10, 100, 400, bytes.length / 2, bytes.length - 23, bytes.length - 1]) {
      const error = await refusal(bytes.subarray(0, Math.floor(cut)));
      expect(error.code).toBe('malformed_file');
    }
  });

  it('refuses a worksheet that is cut off mid-markup or never closes a tag', async () => {
    for (const end of [-30, -33]) {
      const cut = { sheets: [{ name: 'S', xml: sheetXml(inlineRow(1, ['a'])).slice(0, end) }] };
      expect((await refusal(buildXlsx(cut))).code).toBe('malformed_file');
    }
    const endless = { sheets: [{ name: 'S', xml: `<worksheet><sheetData><row r="1" x="${'a'.repeat(2 * MiB)}` }] };
    expect((await refusal(buildXlsx(endless))).code).toBe('malformed_file');
  });
});

/** Rewrites fields of the central-directory record of one entry. */
function patchCentral(bytes: Uint8Array, name: string, patch: (v: DataView) => void): void {
  const target = new TextEncoder().encode(name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let p = bytes.length - 22; p >= 0; p--) {
    if (view.getUint32(p, true) !== 0x02014b50 || view.getUint16(p + 28, true) !== target.length) continue;
    if (target.every((b, i) => bytes[p + 46 + i] === b)) return patch(new DataView(bytes.buffer, bytes.byteOffset + p));
  }
  throw new Error(`no central entry ${name}`);
}
