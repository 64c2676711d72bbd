import { describe, expect, it } from 'vitest';
import { bytesSource, readRows, ReadError, type ReadOptions } from '../../shared/read';
import { buildXlsx, inlineRow, sheetXml, zipBombXlsx } from './xlsx-builders';

const MiB = 1024 * 1024;

/**
 * What every inflate path of the xlsx reader must do, whichever inflater `options` selects: read
 * a workbook of many pieces, stop a zip bomb at the limits with bounded memory, and report damaged
 * compressed data as malformed_file.
 */
export function describeInflatePath(name: string, options: ReadOptions = {}): void {
  async function outcome(bytes: Uint8Array, opts: ReadOptions = {}): Promise<string[][] | ReadError> {
    const rows: string[][] = [];
    try {
      for await (const b of readRows(bytesSource(bytes), { ...options, ...opts })) rows.push(...b.rows);
      return rows;
    } catch (e) {
      if (e instanceof ReadError) return e;
      throw e;
    }
  }

  describe(name, () => {
    it('reads a multi-chunk workbook', async () => {
      const rows = Array.from({ length: 5000 }, (_, i) => inlineRow(i + 1, [`namn ${i}`, `p${i}@exempel.se`])).join('');
      const result = (await outcome(buildXlsx({ sheets: [{ name: 'S', xml: sheetXml(rows) }] }))) as string[][];
      expect(result).toHaveLength(5000);
      expect(result[4999]).toEqual(['namn 4999', 'p4999@exempel.se']);
    });

    it('stops a zip bomb at a lowered cap and, at default limits, early with bounded memory', async () => {
      const bomb = zipBombXlsx(100 * MiB);
      const capped = (await outcome(bomb, { limits: { maxEntryInflatedBytes: 16 * MiB, maxRatio: 10_000 } })) as ReadError;
      expect(capped.message).toMatch(/16 MiB/);
      const before = process.memoryUsage().rss;
      let peak = before;
      const error = (await outcome(bomb, { onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)) })) as ReadError;
      expect(error.message).toMatch(/ratio/);
      expect(peak - before).toBeLessThan(150 * MiB);
    });

    it('reports damaged compressed data as malformed_file', async () => {
      const bytes = buildXlsx({ sheets: [{ name: 'S', xml: sheetXml(inlineRow(1, ['a'.repeat(5000)])) }] });
      const at = bytes.length - 300;
      const damaged = bytes.slice();
      for (let i = 0; i < 40; i++) damaged[at - 200 + i] ^= 0x5a;
      const result = await outcome(damaged);
      expect(result).toBeInstanceOf(ReadError);
      expect((result as ReadError).code).toBe('malformed_file');
    });
  });
}
