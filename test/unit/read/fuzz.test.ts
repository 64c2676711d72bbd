import { describe, expect, it } from 'vitest';
import { bytesSource, readRows, ReadError } from '../../../shared/read';
import { buildXlsx, inlineRow, sheetXml, stylesXml, type XlsxSpec } from '../../support/xlsx-builders';

/** Deterministic PRNG (mulberry32) so a failing case can be replayed by its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sheet = (extra: string) =>
  sheetXml(
    inlineRow(1, ['namn', 'e-post', 'född']) +
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" s="1"><v>30000</v></c></row>' +
      '<row><c><v>1.5</v></c><c t="b"><v>1</v></c><c t="e"><v>#REF!</v></c></row>' +
      extra,
  );

const spec: XlsxSpec = {
  sheets: [
    { name: 'Kunder', xml: sheet('<row r="9"><c r="D9" t="inlineStr"><is><r><t>rik</t></r><rPh><t>x</t></rPh></is></c></row>') },
    { name: 'Två', xml: sheet('') },
  ],
  sharedStrings: ['Anna & Bo', 'anna@exempel.se'],
  styles: stylesXml([0, 14]),
};

const enc = new TextEncoder();
const XLSX = buildXlsx(spec);
const CSV = enc.encode('namn;e-post;not\r\nAnna;a@x.se;"rad 1\nrad 2"\nBo;b@x.se;"sa ""hej"""\r\nÅsa;c@x.se;x\n');

type Mutation = (bytes: Uint8Array, rnd: () => number) => Uint8Array;

const flip: Mutation = (bytes, rnd) => {
  const out = bytes.slice();
  const n = 1 + Math.floor(rnd() * 8);
  for (let i = 0; i < n; i++) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 256);
  return out;
};
const truncate: Mutation = (bytes, rnd) => bytes.slice(0, Math.floor(rnd() * bytes.length));
const splice: Mutation = (bytes, rnd) => {
  const at = Math.floor(rnd() * bytes.length);
  const junk = Uint8Array.from({ length: 1 + Math.floor(rnd() * 16) }, () => Math.floor(rnd() * 256));
  const out = new Uint8Array(bytes.length + junk.length);
  out.set(bytes.subarray(0, at));
  out.set(junk, at);
  out.set(bytes.subarray(at), at + junk.length);
  return out;
};
/** Mutates the XML before zipping, so the parser (not just the inflater) meets the damage. */
const xmlLevel: Mutation = (_, rnd) => {
  const mutateText = (text: string) => {
    const chars = [...text];
    const n = 1 + Math.floor(rnd() * 6);
    const alphabet = '<>/"\'=&;#x:rcvt0123456789AZ \n';
    for (let i = 0; i < n; i++) chars[Math.floor(rnd() * chars.length)] = alphabet[Math.floor(rnd() * alphabet.length)];
    return chars.join('');
  };
  const target = Math.floor(rnd() * 3);
  return buildXlsx({
    ...spec,
    sheets: spec.sheets.map((s, i) => (i === target ? { ...s, xml: mutateText(s.xml) } : s)),
    ...(target === 2 ? { styles: mutateText(spec.styles ?? '') } : {}),
  });
};

const MUTATIONS: [string, Mutation][] = [
  ['flip', flip],
  ['truncate', truncate],
  ['splice', splice],
];

/** Reads to the end; anything but rows or a ReadError is a failure. Generous hang guard per case. */
async function survive(bytes: Uint8Array, name: string): Promise<'rows' | ReadError['code']> {
  const started = performance.now();
  try {
    for await (const batch of readRows(bytesSource(bytes), { fileName: name })) {
      for (const row of batch.rows) for (const cell of row) expect(typeof cell).toBe('string');
    }
    return 'rows';
  } catch (e) {
    if (!(e instanceof ReadError)) throw new Error(`non-ReadError escaped: ${String(e)}`, { cause: e });
    expect(e.message).not.toMatch(/\n/);
    return e.code;
  } finally {
    expect(performance.now() - started).toBeLessThan(2000);
  }
}

describe('fuzz (U10): 200 seeded mutations never escape as anything but rows or a ReadError', () => {
  it('100 mutated workbooks', async () => {
    const outcomes = new Map<string, number>();
    for (let seed = 1; seed <= 100; seed++) {
      const rnd = prng(seed);
      const [, mutate] = seed % 4 === 0 ? ['xml', xmlLevel] : MUTATIONS[seed % 3];
      const outcome = await survive(mutate(XLSX, rnd), 'fuzz.xlsx');
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect(outcomes.get('malformed_file')).toBeGreaterThan(20);
    expect(outcomes.get('rows')).toBeGreaterThan(5);
  });

  it('100 mutated CSV files', async () => {
    const outcomes = new Map<string, number>();
    for (let seed = 1; seed <= 100; seed++) {
      const rnd = prng(1000 + seed);
      const outcome = await survive(MUTATIONS[seed % 3][1](CSV, rnd), 'fuzz.csv');
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect(outcomes.get('rows')).toBeGreaterThan(50);
  });
});
