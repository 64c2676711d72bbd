import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { StringTable } from '../../../shared/read/string-table';

/** A deterministic shuffle, so a failure names the same lookup order every run. */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function expectAll(table: StringTable, strings: string[], order: Iterable<number>): void {
  // One expect per mismatch only: a million passing expects would take longer than the reads.
  for (const i of order) if (table.get(i) !== strings[i]) expect([i, table.get(i)]).toEqual([i, strings[i]]);
}

describe('StringTable', () => {
  // 1 MiB blocks many times over; strings of 1–4 UTF-8 bytes per character; strings too long to
  // share a block, one of them first; empty strings between everything.
  const strings: string[] = ['x'.repeat(400_000), '', 'Åsa Öberg', '€'.repeat(350_000)];
  for (let i = 0; i < 300_000; i++) {
    if (i % 1000 === 0) strings.push('');
    else if (i % 7 === 0) strings.push(`kund ${i} – 漢字 ${i % 13 === 0 ? '😀' : ''}`);
    else strings.push(`person${i}@exempel.se ${i % 3 === 0 ? 'Göteborg' : 'Umeå'}`);
    if (i === 150_000) strings.push('y'.repeat(2_100_000));
  }
  strings.push('last');

  it('reads every string back in order, in random order and again from its cache', () => {
    const table = new StringTable(10_000_000, 500_000_000);
    for (const s of strings) table.add(s);
    expect(table.size).toBe(strings.length);
    expectAll(table, strings, strings.keys());
    // Everything has now been looked up once, so these lookups fill the cache and then use it.
    const order = shuffled(strings.length, 7);
    expectAll(table, strings, order);
    expectAll(table, strings, order);
    // Indexes 65,536 apart share a cache slot.
    expectAll(table, strings, [5, 5 + 65_536, 5, 5 + 65_536, 5 + 131_072, 5]);
    for (const bad of [-1, strings.length, 1.5, Number.NaN]) expect(table.get(bad)).toBeUndefined();
  });

  it('keeps answering when strings are added after the first lookups', () => {
    const table = new StringTable(100, 1000);
    table.add('first');
    table.add('€ wide');
    expect([table.get(0), table.get(1), table.get(1)]).toEqual(['first', '€ wide', '€ wide']);
    table.add('second');
    table.add('');
    expect([0, 1, 2, 3].map((i) => table.get(i))).toEqual(['first', '€ wide', 'second', '']);
  });

  it('stores a lone surrogate, which only an _xD800_ escape can produce, as U+FFFD like any UTF-8 text', () => {
    const table = new StringTable(10, 100);
    table.add('a\ud800b');
    expect(table.get(0)).toBe('a\ufffdb');
  });

  it('holds its strings outside the JS heap, about one byte per Latin-script character', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage();
    const table = new StringTable(10_000_000, 500_000_000);
    let chars = 0;
    for (let i = 0; chars < 32_000_000; i++) {
      const text = `kund${i}@exempel.se Åström ${i % 977}`;
      table.add(text);
      chars += text.length;
    }
    gc();
    const after = process.memoryUsage();
    expect(table.get(12_345)).toBe(`kund12345@exempel.se Åström ${12_345 % 977}`);
    // V8 grows its heap in proportion to what lives in it: a table there made a full scan's
    // RSS 175 MB higher. Outside, it costs the UTF-8 bytes (1.07 per character here) plus one
    // length byte per string (a 32-bit offset per string made it 1.2).
    expect((after.heapUsed - before.heapUsed) / chars).toBeLessThan(0.1);
    expect((after.arrayBuffers - before.arrayBuffers) / chars).toBeLessThan(1.15);
  });

  it('enforces its count limit and a limit on the UTF-8 bytes it holds', () => {
    const few = new StringTable(2, 1000);
    few.add('a');
    few.add('b');
    expect(() => few.add('c')).toThrow(/more than 2 shared strings/);
    const small = new StringTable(100, 10);
    small.add('12345');
    expect(() => small.add('€€')).toThrow(/exceed 10 bytes/);
    const other = new StringTable(100, 10);
    other.add('12345');
    other.add('€ab');
    expect(() => other.add('b')).toThrow(/exceed 10 bytes/);
  });
});
