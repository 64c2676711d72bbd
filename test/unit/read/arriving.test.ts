/**
 * `readDelimitedArriving` (an upload read while it arrives) against `readRows` (the same file once
 * stored): whatever sizes the chunks arrive in, the rows and the errors must be the same, because
 * the upload's credential check and the job's scan must see one and the same file.
 */
import { describe, expect, it } from 'vitest';
import { bytesSource, DEFAULT_LIMITS, readDelimitedArriving, readRows, ReadError, sniffFormat, type ReadLimits } from '../../../shared/read';

import { createRng } from '../../fixtures/prng';

const enc = new TextEncoder();
const KiB = 1024;

async function stored(bytes: Uint8Array, limits?: ReadLimits): Promise<string[][] | ReadError> {
  const rows: string[][] = [];
  try {
    for await (const batch of readRows(bytesSource(bytes), { fileName: 'f.csv', limits })) rows.push(...batch.rows);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  return rows;
}

/** The bytes arriving in pieces of the given sizes, cycled. */
async function* arriving(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const n = sizes[i % sizes.length];
    yield bytes.slice(at, at + n);
    at += n;
  }
}

async function arrived(bytes: Uint8Array, sizes: number[], limits?: ReadLimits): Promise<string[][] | ReadError> {
  const format = await sniffFormat(bytesSource(bytes.subarray(0, 64 * KiB)), 'f.csv');
  if (format === 'xlsx') throw new Error('not a text file');
  const rows: string[][] = [];
  try {
    for await (const batch of readDelimitedArriving(arriving(bytes, sizes), format, { limits })) rows.push(...batch.rows);
  } catch (e) {
    if (e instanceof ReadError) return e;
    throw e;
  }
  return rows;
}

function same(a: string[][] | ReadError, b: string[][] | ReadError): void {
  if (a instanceof ReadError || b instanceof ReadError) {
    expect(b instanceof ReadError ? [b.code, b.message] : b).toEqual(a instanceof ReadError ? [a.code, a.message] : a);
  } else {
    expect(b).toEqual(a);
  }
}

/** A file of exactly `size` bytes: `a;b` records padded with a free-text column. */
function semicolonFile(size: number): Uint8Array {
  const head = 'namn;anteckning\n';
  const out = new Uint8Array(size).fill(0x78);
  out.set(enc.encode(head));
  for (let at = head.length + 40; at < size; at += 41) out[at] = 0x0a;
  return out;
}

/** One record of `size` bytes without a line ending: only a read known to be the whole file shows its `;`s. */
function oneRecord(size: number): Uint8Array {
  const out = new Uint8Array(size).fill(0x78);
  for (let at = 7; at < size - 1; at += 8) out[at] = 0x3b;
  return out;
}

const ARRIVALS: [string, number[]][] = [
  ['one byte at a time', [1]],
  ['odd small pieces', [7, 3, 1021]],
  ['exactly the read size', [64 * KiB]],
  ['one byte short of it', [64 * KiB - 1]],
  ['larger pieces', [100 * KiB, 5]],
  ['all at once', [Number.MAX_SAFE_INTEGER]],
];

describe('an arriving delimited file reads as the stored one', () => {
  const rng = createRng('arriving');
  const people = ['Åsa Öberg', 'José Núñez', 'Zoë "Z" Li', 'Ørjan,Dahl', 'line\nbreak'];
  const quoted = (s: string) => (/[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const csv = (rows: number, sep: string, eol: string) =>
    ['name', 'note', 'n'].join(sep) + eol + Array.from({ length: rows }, (_, i) => [quoted(rng.pick(people)), quoted(`note ${rng.digits(5)}`), String(i)].join(sep)).join(eol);

  const files: [string, Uint8Array][] = [
    ['an empty file', new Uint8Array(0)],
    ['a header only, no line ending', enc.encode('email,phone')],
    ['commas, quoted newlines, CRLF, 200 KiB', enc.encode(csv(5000, ',', '\r\n'))],
    ['semicolons, CR only', enc.encode(csv(3000, ';', '\r'))],
    ['tabs with a UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(csv(2500, '\t', '\n'))])],
    ['UTF-16 LE with its BOM', (() => {
      const text = csv(1500, ';', '\n');
      const out = new Uint8Array(2 + text.length * 2);
      out.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
      return out;
    })()],
    ['Windows-1252', new Uint8Array([...enc.encode('namn;ort\n'), 0xc5, ...enc.encode('sa;Lule'), 0xe5, 0x0a])],
    // The delimiter is guessed from the first read; whether that read is the whole file decides
    // whether its last record may be cut. At exactly one read, both readers must agree it is whole.
    ['exactly one read long (64 KiB)', semicolonFile(64 * KiB)],
    ['one record, exactly one read long', oneRecord(64 * KiB)],
    ['one byte more than one read', semicolonFile(64 * KiB + 1)],
    ['exactly two reads long', semicolonFile(128 * KiB)],
  ];

  for (const [what, bytes] of files) {
    it(`${what}: same rows for every way of arriving`, async () => {
      const expected = await stored(bytes);
      expect(expected).not.toBeInstanceOf(ReadError);
      for (const [, sizes] of ARRIVALS) same(expected, await arrived(bytes, sizes));
    });
  }

  it('a record past the cell limit is refused with the same error', async () => {
    const limits = { ...DEFAULT_LIMITS, maxCellChars: 10 * KiB };
    const bytes = enc.encode(`a,b\n"${'x'.repeat(200 * KiB)}`);
    const expected = await stored(bytes, limits);
    expect(expected).toBeInstanceOf(ReadError);
    for (const [, sizes] of ARRIVALS.slice(1)) same(expected, await arrived(bytes, sizes, limits));
  });

  it('too many columns is refused with the same error', async () => {
    const limits = { ...DEFAULT_LIMITS, maxColumns: 100 };
    const bytes = enc.encode(`${Array.from({ length: 101 }, (_, i) => `c${i}`).join(',')}\n`);
    const expected = await stored(bytes, limits);
    expect(expected).toBeInstanceOf(ReadError);
    same(expected, await arrived(bytes, [3], limits));
  });
});
