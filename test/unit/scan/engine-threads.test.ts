import { describe, expect, it } from 'vitest';
import { assembleReport, createScanner, mergeOutcomes } from '../../../shared/detect';
import { bytesSource, readRows, ReadError, type RandomAccessSource } from '../../../shared/read';
import { columnCosts, dealColumns } from '../../../shared/scan/engine-threads';
import { pack, unpack } from '../../../shared/scan/packed-rows';
import { scanSource } from '../../../shared/scan/scan-source';
import { scanInThread } from '../../../shared/scan/scan-thread';
import { loadEdgeFiles } from '../../fixtures/edge';
import { DEFAULT_SEED, generateCorpus } from '../../fixtures/generate';
import { piiRows, PII_HEADER, toCsv, toXlsx } from '../../support/pii-files';
import { timeless } from '../../support/reports';

const META = { file: 'f', format: 'csv', bytes: 0, ms: 0 };

describe('packed rows', () => {
  it('give back every cell exactly, whatever it holds, and keep each row\'s width', () => {
    const rows = [
      ['a', '', 'x\u001fy\u001ez', 'line\r\nbreak', '"quoted"'],
      [],
      ['😀 emoji', 'Ærø', '\u0000', '王伟'],
      ['', '', ''],
    ];
    const all = pack(rows, () => true);
    expect(unpack(all.text, all.lengths)).toEqual(rows);
  });

  it('send only the cells kept, as empty strings elsewhere', () => {
    const rows = [
      ['h1', 'h2', 'h3'],
      ['a', 'b', 'c'],
      ['d', 'e'],
    ];
    const odd = pack(rows, (i, j) => i === 0 || j % 2 === 1);
    expect(unpack(odd.text, odd.lengths)).toEqual([['h1', 'h2', 'h3'], ['', 'b', ''], ['', 'e']]);
  });
});

describe('dealColumns', () => {
  it('deals the costliest columns first, each to the thread with least work', () => {
    expect(dealColumns([10, 1, 1, 9, 5, 4], 2)).toEqual([0, 0, 1, 1, 1, 0]);
    expect(dealColumns([3, 3, 3], 3)).toEqual([0, 1, 2]);
    expect(dealColumns([], 2)).toEqual([]);
  });

  it('gives the reader\'s thread less, for the reading it also does', () => {
    expect(dealColumns([4, 4, 4, 4], 2, 0.5)).toEqual([1, 1, 0, 1]);
  });
});

describe('columnCosts', () => {
  it('times each column alone, so a column of sentences costs more than a column of repeated codes', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [
      `A${i % 3}`,
      `Customer ${i} called on ${1 + (i % 28)} March about invoice ${40000 + i} and asked for a refund of the whole amount.`,
    ]);
    const [codes, notes] = columnCosts(rows);
    expect(codes).toBeGreaterThanOrEqual(0);
    expect(notes).toBeGreaterThan(codes);
  });

  it('counts the characters of each column of a sheet too wide to time column by column', () => {
    const row = Array.from({ length: 300 }, (_, j) => 'x'.repeat(j % 7));
    const costs = columnCosts([row, row]);
    expect(costs).toHaveLength(300);
    expect(costs.slice(0, 8)).toEqual([0, 2, 4, 6, 8, 10, 12, 0]);
  });
});

describe('scanners that own some columns, merged', () => {
  it('give the report of one scanner on every corpus and edge file, however the columns are dealt', async () => {
    const files = [...(await generateCorpus(DEFAULT_SEED)), ...(await loadEdgeFiles())];
    const deals: Array<[string, number, (column: number) => number]> = [
      ['alternate', 2, (j) => j % 2],
      ['three ways', 3, (j) => (j * 7 + 1) % 3],
      ['all to one of two', 2, () => 1],
    ];
    let compared = 0;
    for (const file of files) {
      const rows: Array<[string, string[][]]> = [];
      try {
        for await (const batch of readRows(bytesSource(file.bytes), { fileName: file.name })) rows.push([batch.sheet, batch.rows]);
      } catch (e) {
        if (e instanceof ReadError) continue;
        throw e;
      }
      const one = createScanner({ nowYear: 2026 });
      for (const [sheet, batch] of rows) one.push(sheet, batch);
      const expected = one.finish(META);
      for (const [name, threads, owner] of deals) {
        const parts = Array.from({ length: threads }, (_, t) => {
          const scanner = createScanner({ nowYear: 2026, owns: (_sheet, column) => owner(column) === t });
          for (const [sheet, batch] of rows) scanner.push(sheet, batch);
          return scanner.outcomes();
        });
        expect(assembleReport(META, mergeOutcomes(parts)), `${file.name}, ${name}`).toEqual(expected);
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(60);
  }, 120_000);
});

describe('scanSource on engine threads', () => {
  it('gives the one-thread report for a CSV and a two-sheet workbook', async () => {
    const csv = toCsv(PII_HEADER, piiRows(5_000));
    const xlsx = await toXlsx([
      { name: 'Kunder', header: PII_HEADER, rows: piiRows(1_500, 'a') },
      { name: 'Produkter', header: ['Artikel', 'Pris'], rows: [['A-1', '10'], ['B-2', '20']] },
    ]);
    for (const [name, bytes] of [['people.csv', csv], ['book.xlsx', xlsx]] as const) {
      const progress: number[] = [];
      const threaded = await scanSource(bytesSource(bytes), { fileName: name, threads: 2, onProgress: (_read, _total, rows) => progress.push(rows) });
      const direct = await scanSource(bytesSource(bytes), { fileName: name, threads: 1 });
      expect(timeless(threaded)).toEqual(timeless(direct));
      expect(threaded.sheets[0].columns.map((c) => c.category)).toEqual(['person_name', 'email', 'phone', 'national_id', 'iban', 'credit_card']);
      expect(progress.at(-1)).toBeGreaterThan(0);
    }
  });

  it('runs inside a scan thread too, which starts engine threads of its own for a large CSV', async () => {
    const bytes = toCsv(PII_HEADER, piiRows(110_000, 'large'));
    expect(bytes.length).toBeGreaterThan(8 * 1024 * 1024);
    const inThread = await scanInThread(bytesSource(bytes), { fileName: 'large.csv' });
    const direct = await scanSource(bytesSource(bytes), { fileName: 'large.csv', threads: 1 });
    expect(timeless(inThread)).toEqual(timeless(direct));
    expect(inThread.stats.rows).toBe(110_000);
  }, 60_000);

  it('refuses a file that goes bad half-way with the reader\'s error, and stops its threads', async () => {
    const good = toCsv(PII_HEADER, piiRows(4_000));
    const wide = new TextEncoder().encode(`${'x,'.repeat(25_000)}x\n`);
    const bytes = new Uint8Array(good.length + wide.length);
    bytes.set(good);
    bytes.set(wide, good.length);
    const err = await scanSource(bytesSource(bytes), { fileName: 'wide.csv', threads: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).code).toBe('file_too_large');
    // The scan that follows gets threads of its own and is not disturbed.
    const ok = await scanSource(bytesSource(good), { fileName: 'ok.csv', threads: 2 });
    expect(ok.stats.rows).toBe(4_000);
  });

  it('rejects with the signal\'s reason when aborted mid-file', async () => {
    const bytes = toCsv(PII_HEADER, piiRows(40_000));
    const controller = new AbortController();
    const reason = new Error('shutting down');
    const inner = bytesSource(bytes);
    let reads = 0;
    const source: RandomAccessSource = {
      size: inner.size,
      read: async (offset, length) => {
        if (++reads === 4) controller.abort(reason);
        return inner.read(offset, length);
      },
    };
    await expect(scanSource(source, { fileName: 'people.csv', threads: 2, signal: controller.signal })).rejects.toBe(reason);
  });
});
