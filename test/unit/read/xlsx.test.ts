import { describe, expect, it } from 'vitest';
import { nodeInflateRaw } from '../../../shared/node-inflate';
import { bytesSource, readRows, type RawInflater, type ReadOptions, type RowBatch } from '../../../shared/read';
import { buildXlsx, buildXlsxWith, concat, inlineRow, sheetXml, stylesXml, type XlsxSpec } from '../../support/xlsx-builders';

async function batchesOf(spec: XlsxSpec | Uint8Array, opts: ReadOptions = {}): Promise<RowBatch[]> {
  const bytes = spec instanceof Uint8Array ? spec : buildXlsx(spec);
  const out: RowBatch[] = [];
  for await (const b of readRows(bytesSource(bytes), opts)) out.push(b);
  return out;
}

async function rowsOf(spec: XlsxSpec | Uint8Array, opts: ReadOptions = {}): Promise<string[][]> {
  return (await batchesOf(spec, opts)).flatMap((b) => b.rows);
}

const one = (rows: string, extra: Partial<XlsxSpec> = {}): XlsxSpec => ({ sheets: [{ name: 'S', xml: sheetXml(rows) }], ...extra });

describe('xlsx cell values', () => {
  it('resolves shared strings, inline strings, rich text runs, and skips phonetic guides', async () => {
    const sharedStrings = {
      xml:
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<si><t>plain</t></si>' +
        '<si><r><rPr><b/></rPr><t>Rich </t></r><r><t xml:space="preserve">text</t></r></si>' +
        '<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh></si>' +
        '<si><t>Tom &amp; Jerry &lt;3 &#233;&#x20AC;</t></si>' +
        '<si><t>line_x000D_break</t></si>' +
        '<si><t/></si></sst>',
    };
    const row =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
      '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c>' +
      '<c r="G1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>';
    expect(await rowsOf(one(row, { sharedStrings }))).toEqual([['plain', 'Rich text', '漢字', 'Tom & Jerry <3 é€', 'line\rbreak', '', 'inline']]);
  });

  it('reads plain shared-string items as their general form would, and holds them to maxCellChars', async () => {
    const items = [
      '<si><t>plain &amp; _x000D_escaped</t></si>',
      '<si><t xml:space="preserve">  spaced </t></si>',
      '<si><t>base</t><rPh sb="0" eb="1"><t>ruby</t></rPh></si>',
      '<si><t><![CDATA[a<b]]></t></si>',
      '<si><t xml:space="preserve"/></si>',
      '<si>\n  <t>indented</t>\n</si>',
    ];
    const sharedStrings = { xml: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join('')}</sst>` };
    const row = `<row r="1">${items.map((_, i) => `<c r="${'ABCDEF'[i]}1" t="s"><v>${i}</v></c>`).join('')}</row>`;
    expect(await rowsOf(one(row, { sharedStrings }))).toEqual([['plain & \rescaped', '  spaced ', 'base', 'a<b', '', 'indented']]);
    const long = (xml: string) => rowsOf(one('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { sharedStrings: { xml: `<sst>${xml}</sst>` } }), { limits: { maxCellChars: 10 } });
    await expect(long('<si><t>12345678901</t></si>')).rejects.toThrow(/longer than 10 characters/);
    await expect(long('<si><r><t>123456</t></r><r><t>78901</t></r></si>')).rejects.toThrow(/longer than 10 characters/);
    expect(await long('<si><t>1234567890</t></si>')).toEqual([['1234567890']]);
  });

  it('reads the same shared strings however the inflated part is cut into pieces, in UTF-8 with and without a BOM and in UTF-16', async () => {
    // Every form an item takes, and what the user sees: plain items are copied from the inflated
    // bytes, the others go through the tokenizer, and a piece may end anywhere in either.
    const forms: ((i: number) => [string, string])[] = [
      (i) => [`<si><t>plain${i}</t></si>`, `plain${i}`],
      (i) => [`<si><t xml:space="preserve"> spaced ${i} </t></si>`, ` spaced ${i} `],
      (i) => [`<si><t>Åsa Öberg – ’漢字 😀${i}</t></si>`, `Åsa Öberg – ’漢字 😀${i}`],
      (i) => [`<si><t>Tom &amp; Jerry ${i}</t></si>`, `Tom & Jerry ${i}`],
      (i) => [`<si><t>line_x000D_break${i}</t></si>`, `line\rbreak${i}`],
      (i) => [`<si><t>jorgen_xavier${i}@exempel.se</t></si>`, `jorgen_xavier${i}@exempel.se`],
      (i) => [`<si><r><rPr><b/></rPr><t>Rich </t></r><r><t>text${i}</t></r></si>`, `Rich text${i}`],
      (i) => [`<si><t>base${i}</t><rPh sb="0" eb="1"><t>ruby</t></rPh></si>`, `base${i}`],
      () => ['<si><t/></si>', ''],
      () => ['<si><t></t></si>', ''],
      (i) => [`\n  <si>\n    <t>indented${i}</t>\n  </si>`, `indented${i}`],
    ];
    const items = Array.from({ length: 400 }, (_, i) => forms[i % forms.length](i));
    const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.map(([xml]) => xml).join('')}</sst>`;
    const row = `<row r="1">${items.map((_, i) => `<c t="s"><v>${i}</v></c>`).join('')}</row>`;
    const want = [items.map(([, text]) => text)];
    const utf8 = new TextEncoder().encode(sst);
    const parts = {
      'UTF-8': utf8,
      'UTF-8 with a BOM': concat([new Uint8Array([0xef, 0xbb, 0xbf]), utf8]),
      'UTF-16LE': new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from({ length: sst.length }, (_, i) => sst.charCodeAt(i)).buffer)]),
    };
    for (const [encoding, data] of Object.entries(parts)) {
      const book = buildXlsxWith(one(row), [{ name: 'xl/sharedStrings.xml', data }]);
      for (const size of [1, 3, 7, 10, 29, 1000, 1 << 20]) {
        // The encoding is told by a part's first bytes, which come whole from any real inflater.
        const inPieces: RawInflater = async function* (compressed) {
          let at = 0;
          for await (const out of nodeInflateRaw(compressed)) {
            for (let from = 0; from < out.length; at += 1) {
              const to = at === 0 ? 64 : from + size;
              yield out.subarray(from, to);
              from = to;
            }
          }
        };
        expect(await rowsOf(book, { inflateRaw: inPieces }), `${encoding}, pieces of ${size}`).toEqual(want);
      }
    }
  });

  it('resolves cells pointing anywhere in a shared-strings table of many blocks, as real columns do', async () => {
    // 3 M characters: several blocks of Latin-1 strings, with non-Latin-1 ones among them.
    const strings = Array.from({ length: 120_000 }, (_, i) => (i % 50 === 0 ? `€ ${i} – ’${'x'.repeat(i % 40)}` : `kund${i}@exempel.se Örebro ${'y'.repeat(i % 9)}`));
    let state = 1;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % strings.length;
    const expected: string[][] = [];
    let xml = '';
    for (let r = 1; r <= 3000; r++) {
      // A fresh string per row, as a unique column's are, next to references back anywhere.
      const picks = [Math.min(r * 40, strings.length - 1), next(), next(), next()];
      expected.push(picks.map((i) => strings[i]));
      xml += `<row r="${r}">${picks.map((i, c) => `<c r="${'ABCD'[c]}${r}" t="s"><v>${i}</v></c>`).join('')}</row>`;
    }
    expect(await rowsOf(one(xml, { sharedStrings: strings }))).toEqual(expected);
  });

  it('keeps numbers as written, booleans as TRUE/FALSE, errors and formula strings as written', async () => {
    const row =
      '<row r="1"><c r="A1"><v>0.1</v></c><c r="B1" t="n"><v>1.2345678901234567E+20</v></c><c r="C1"><v>007</v></c>' +
      '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c><c r="F1" t="e"><v>#DIV/0!</v></c>' +
      '<c r="G1" t="str"><f>A1&amp;"x"</f><v>0.1x</v></c><c r="H1"><f>1+1</f><v>2</v></c></row>';
    expect(await rowsOf(one(row))).toEqual([['0.1', '1.2345678901234567E+20', '007', 'TRUE', 'FALSE', '#DIV/0!', '0.1x', '2']]);
  });

  it('converts date-formatted numbers to ISO dates (1900 system, Lotus bug included)', async () => {
    const styles = stylesXml([0, 14, 22, 164, 165, 166], { 164: 'yyyy-mm-dd;@', 165: '"Day "0', 166: '[Red]0.00' });
    const row =
      '<row r="1"><c r="A1" s="1"><v>45352</v></c><c r="B1" s="2"><v>45352.5</v></c><c r="C1" s="3"><v>1</v></c>' +
      '<c r="D1" s="1"><v>59</v></c><c r="E1" s="1"><v>60</v></c><c r="F1" s="1"><v>61</v></c>' +
      '<c r="G1" s="4"><v>45352</v></c><c r="H1" s="5"><v>45352</v></c><c r="I1" s="0"><v>45352</v></c>' +
      '<c r="J1" s="1"><v>not a date</v></c><c r="K1" s="2"><v>0.999999999</v></c></row>';
    expect(await rowsOf(one(row, { styles }))).toEqual([
      ['2024-03-01', '2024-03-01T12:00:00', '1900-01-01', '1900-02-28', '1900-02-29', '1900-03-01', '45352', '45352', '45352', 'not a date', '1900-01-01'],
    ]);
  });

  it('uses the 1904 date system when workbook.xml says so', async () => {
    const styles = stylesXml([0, 14]);
    const rows = await rowsOf(one('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43890</v></c></row>', { styles, date1904: true }));
    expect(rows).toEqual([['1904-01-01', '2024-03-01']]);
  });
});

describe('xlsx positions', () => {
  it('places cells by r, fills gaps with empty cells and skipped rows with empty rows', async () => {
    const rows = await rowsOf(one('<row r="2"><c r="C2" t="inlineStr"><is><t>c</t></is></c></row><row r="4"><c r="A4"><v>1</v></c><c r="AA4"><v>2</v></c></row>'));
    expect(rows[0]).toEqual([]);
    expect(rows[1]).toEqual(['', '', 'c']);
    expect(rows[2]).toEqual([]);
    expect(rows[3][0]).toBe('1');
    expect(rows[3]).toHaveLength(27);
    expect(rows[3][26]).toBe('2');
  });

  it('reads cells and rows without r sequentially', async () => {
    const rows = await rowsOf(one('<row><c><v>1</v></c><c t="inlineStr"><is><t>b</t></is></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c><v>x</v></c></row>'));
    expect(rows).toEqual([['1', 'b', '', '', '5', '6'], ['x']]);
  });

  it('keeps row numbers true across batches and jumps past Excel’s last row without filling', async () => {
    const batches = await batchesOf(one(`${inlineRow(1, ['h'])}${inlineRow(5, ['e'])}<row r="2000000"><c><v>9</v></c></row>`), { batchRows: 2 });
    expect(batches.map((b) => [b.firstRow, b.rows.length])).toEqual([
      [0, 2],
      [2, 2],
      [4, 1],
      [1_999_999, 1],
    ]);
    expect(batches[2].rows[0]).toEqual(['e']);
  });

  it('leaves merged cells as Excel stores them: the value in the top-left cell only', async () => {
    const merged = '<mergeCells count="1"><mergeCell ref="A1:C2"/></mergeCells>';
    const rows = await rowsOf({ sheets: [{ name: 'S', xml: sheetXml(`${inlineRow(1, ['Kund', '', ''])}${inlineRow(2, ['', '', ''])}`, merged) }] });
    expect(rows).toEqual([
      ['Kund', '', ''],
      ['', '', ''],
    ]);
  });

  it('stops at </sheetData> however much markup follows it', async () => {
    const merges = Array.from({ length: 30_000 }, (_, i) => `<mergeCell ref="A${i * 2 + 3}:B${i * 2 + 4}"/>`).join('');
    const rows = await rowsOf({ sheets: [{ name: 'S', xml: sheetXml(inlineRow(1, ['a']), `<mergeCells>${merges}</mergeCells>`) }] });
    expect(rows).toEqual([['a']]);
  });

  it('accepts a cell at column XFD and refuses one past maxColumns', async () => {
    const rows = await rowsOf(one('<row r="1"><c r="XFD1"><v>1</v></c></row>'));
    expect(rows[0]).toHaveLength(16_384);
    const error = await rowsOf(one('<row r="1"><c r="XFD1"><v>1</v></c></row>'), { limits: { maxColumns: 100 } }).catch((e) => e);
    expect(error.code).toBe('file_too_large');
  });

  it('reads namespace-prefixed SpreadsheetML, comments and CDATA', async () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- made by a tool -->' +
      '<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t><![CDATA[a<b&c]]></x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(await rowsOf({ sheets: [{ name: 'S', xml }] })).toEqual([['a<b&c', '2']]);
  });
});

describe('xlsx workbook structure', () => {
  const two: XlsxSpec = {
    sheets: [
      { name: 'Kunder & co', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') },
      { name: 'Anställda', xml: sheetXml('<row r="1"><c r="A1" t="s"><v>1</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>') },
    ],
    sharedStrings: ['e-post', 'namn'],
  };

  it('streams every sheet in workbook order with its name', async () => {
    const batches = await batchesOf(two);
    expect(batches.map((b) => [b.sheet, b.firstRow, b.rows])).toEqual([
      ['Kunder & co', 0, [['e-post']]],
      ['Anställda', 0, [['namn'], ['3']]],
    ]);
  });

  it('reads only the requested sheet, and refuses an unknown one', async () => {
    const batches = await batchesOf(two, { sheet: 'Anställda' });
    expect(batches.map((b) => b.sheet)).toEqual(['Anställda']);
    const error = await batchesOf(two, { sheet: 'Nope' }).catch((e) => e);
    expect(error.code).toBe('malformed_file');
  });

  it('does not care that worksheets come before sharedStrings.xml in the archive', async () => {
    expect((await batchesOf({ ...two, sheetsFirst: true })).map((b) => b.rows)).toEqual([[['e-post']], [['namn'], ['3']]]);
  });

  it('reads a workbook without sharedStrings or styles parts', async () => {
    expect(await rowsOf(one(inlineRow(1, ['a', 'b'])))).toEqual([['a', 'b']]);
  });

  it('stops with the abort reason when the signal fires mid-sheet', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => inlineRow(i + 1, [`r${i}`])).join('');
    const controller = new AbortController();
    const read = async () => {
      for await (const _ of readRows(bytesSource(buildXlsx(one(rows))), { signal: controller.signal, batchRows: 100 })) {
        controller.abort(new Error('stop'));
      }
    };
    await expect(read()).rejects.toThrow('stop');
  });

  it('reports progress up to the file size', async () => {
    const bytes = buildXlsx(two);
    const seen: number[] = [];
    await batchesOf(bytes, { onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
  });
});
