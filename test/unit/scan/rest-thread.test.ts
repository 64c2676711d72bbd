import { describe, expect, it } from 'vitest';
import { createScanner, LEAD_ROWS } from '../../../shared/detect';
import { bytesSource, readRows, ReadError, type RandomAccessSource } from '../../../shared/read';
import { scanSource } from '../../../shared/scan/scan-source';
import { scanInThread } from '../../../shared/scan/scan-thread';
import { buildFile, CORPUS_SPECS } from '../../fixtures/generate';
import { piiRows, PII_CATEGORIES, PII_HEADER, toCsv } from '../../support/pii-files';
import { timeless } from '../../support/reports';

const META = { file: 'f', format: 'csv', bytes: 0, ms: 0 };

/** Every row of a file's first sheet. */
async function rowsOf(bytes: Uint8Array, name: string): Promise<string[][]> {
  const rows: string[][] = [];
  let first: string | null = null;
  for await (const batch of readRows(bytesSource(bytes), { fileName: name })) {
    first ??= batch.sheet;
    if (batch.sheet === first) rows.push(...batch.rows);
  }
  return rows;
}

describe('a scanner of the rows after another scanner\'s lead', () => {
  it('adds up, absorbed, to exactly the one scanner\'s report on every corpus file grown past the lead', async () => {
    // Each corpus file regenerated with rows enough for a lead and a part after it, and cut
    // right after the lead and near the end: repeats of values first seen while the columns
    // learned, first values and samples that straddle the cut, distinct counts on both sides.
    const specs = CORPUS_SPECS.filter((s) => !s.name.endsWith('.xlsx'));
    let compared = 0;
    for (const spec of specs) {
      const file = await buildFile({ ...spec, rows: LEAD_ROWS + 1500, sheets: spec.sheets.map((s) => ({ ...s, rows: undefined })) });
      const rows = await rowsOf(file.bytes, file.name);
      const one = createScanner({ nowYear: 2026 });
      one.push('', rows);
      const expected = one.finish(META);
      for (const cut of [LEAD_ROWS + 20, rows.length - 7]) {
        const first = createScanner({ nowYear: 2026 });
        first.push('', rows.slice(0, cut));
        const lead = first.lead('');
        expect(lead, file.name).not.toBeNull();
        const rest = createScanner({ nowYear: 2026, after: lead! });
        rest.push('', rows.slice(cut));
        // Across a thread, as plain data.
        first.absorb(structuredClone(rest.tallies()));
        expect(first.finish(META), `${file.name} cut at ${cut}`).toEqual(expected);
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  }, 180_000);

  it('has no lead to hand over before the lead\'s rows are scanned', () => {
    const scanner = createScanner();
    const rows = piiRows(LEAD_ROWS);
    scanner.push('', [PII_HEADER, ...rows.slice(0, -1)]);
    expect(scanner.lead('')).toBeNull();
    scanner.push('', rows.slice(-1));
    const lead = scanner.lead('');
    expect(lead?.headers).toEqual(PII_HEADER);
    // The e-mail column settled on its detector; the index travels, not the function.
    expect(lead?.primaries[1]).toEqual(expect.any(Number));
  });
});

/**
 * A source whose reads complete as a file's do, in a later turn of the event loop (where the
 * threads' messages are seen), and that tells whether the caller's reader read the end of the
 * file itself: its reads are of 64 KiB, the rest thread's of 1 MiB, so such a read near the end
 * means there was no cut.
 */
function watched(bytes: Uint8Array): { source: RandomAccessSource; readTheEnd(): boolean } {
  let seen = false;
  const source: RandomAccessSource = {
    size: bytes.length,
    read: async (offset, length) => {
      if (length === 64 * 1024 && offset > bytes.length * 0.9) seen = true;
      await new Promise(setImmediate);
      return bytes.subarray(offset, offset + length);
    },
  };
  return { source, readTheEnd: () => seen };
}

/** A CSV of the PII columns over 8 MB: large enough to be cut in two. */
const large = toCsv(PII_HEADER, piiRows(110_000, 'large'));

describe('scanSource on two threads', () => {
  it('gives the one-thread report of a large CSV, with progress over both parts', async () => {
    expect(large.length).toBeGreaterThan(8 * 1024 * 1024);
    const progress: Array<[number, number]> = [];
    const file = watched(large);
    const split = await scanSource(file.source, { fileName: 'large.csv', threads: 2, onProgress: (read, _total, rows) => progress.push([read, rows]) });
    const direct = await scanSource(bytesSource(large), { fileName: 'large.csv', threads: 1 });
    expect(file.readTheEnd()).toBe(false);
    expect(timeless(split)).toEqual(timeless(direct));
    expect(split.sheets[0].columns.map((c) => c.category)).toEqual(PII_CATEGORIES);
    expect(Math.max(...progress.map(([read]) => read))).toBe(large.length);
    expect(Math.max(...progress.map(([, rows]) => rows))).toBe(110_000);
  }, 60_000);

  it('reads on alone when the cut falls inside a quoted field, and still gives the one-thread report', async () => {
    // A note over the middle of the file, its lines shaped like records: the cut is guessed
    // inside it, and only the reader that reaches the cut can tell.
    const fake = Array.from({ length: 150_000 }, (_, i) => `${i},fake${i}@example.se,line`).join('\n');
    const rows = piiRows(100_000, 'quoted').map((r) => [r[1], r[0], 'ok']);
    rows.splice(50_000, 0, ['note@example.se', 'Anna', fake]);
    const bytes = toCsv(['E-post', 'Namn', 'Anteckning'], rows);
    expect(bytes.length).toBeGreaterThan(8 * 1024 * 1024);
    const file = watched(bytes);
    const split = await scanSource(file.source, { fileName: 'notes.csv', threads: 2 });
    expect(file.readTheEnd()).toBe(true);
    const direct = await scanSource(bytesSource(bytes), { fileName: 'notes.csv', threads: 1 });
    expect(split.sheets[0].rowCount).toBe(100_001);
    expect(timeless(split)).toEqual(timeless(direct));
  }, 60_000);

  it('refuses a file that goes bad in the second part with the reader\'s error', async () => {
    const wide = new TextEncoder().encode(`${'x,'.repeat(25_000)}x\n`);
    const bytes = new Uint8Array(large.length + wide.length);
    bytes.set(large);
    bytes.set(wide, large.length);
    const file = watched(bytes);
    const err = await scanSource(file.source, { fileName: 'wide.csv', threads: 2 }).catch((e: unknown) => e);
    expect(file.readTheEnd()).toBe(false);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).code).toBe('file_too_large');
    // The scan that follows gets a thread of its own and is not disturbed.
    const ok = await scanSource(bytesSource(large), { fileName: 'ok.csv', threads: 2 });
    expect(ok.stats.rows).toBe(110_000);
  }, 60_000);

  it('rejects with the signal\'s reason when aborted in the second part', async () => {
    const controller = new AbortController();
    const reason = new Error('shutting down');
    const inner = watched(large).source;
    const source: RandomAccessSource = {
      size: inner.size,
      read: async (offset, length) => {
        // The rest thread's pushes are the reads past the middle.
        if (offset > inner.size * 0.75) controller.abort(reason);
        return inner.read(offset, length);
      },
    };
    await expect(scanSource(source, { fileName: 'people.csv', threads: 2, signal: controller.signal })).rejects.toBe(reason);
  }, 60_000);

  it('runs inside a scan thread too, which starts the rest thread itself and reads ahead for both', async () => {
    const file = watched(large);
    let requested = 0;
    const source: RandomAccessSource = {
      size: large.length,
      read: (offset, length) => {
        requested += length;
        return file.source.read(offset, length);
      },
    };
    const inThread = await scanInThread(source, { fileName: 'large.csv' });
    expect(file.readTheEnd()).toBe(false);
    // Each half's reads are asked for once, give or take the ranges read ahead past where a
    // reader stops (1 MiB each): two readers do not throw away each other's ranges.
    expect(requested - large.length).toBeLessThan(8 * 1024 * 1024);
    const direct = await scanSource(bytesSource(large), { fileName: 'large.csv', threads: 1 });
    expect(timeless(inThread)).toEqual(timeless(direct));
    expect(inThread.stats.rows).toBe(110_000);
  }, 60_000);
});
