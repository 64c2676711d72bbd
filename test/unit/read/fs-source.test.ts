import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileSource } from '../../../shared/fs-source';
import { readRows, ReadError, sniffFormat } from '../../../shared/read';
import { buildXlsx, inlineRow, sheetXml } from '../../support/xlsx-builders';

const dir = mkdtempSync(join(tmpdir(), 'veil-read-'));

describe('openFileSource', () => {
  it('reads byte ranges of a file, short only at its end', async () => {
    const path = join(dir, 'bytes.bin');
    writeFileSync(path, Uint8Array.from({ length: 1000 }, (_, i) => i % 256));
    const source = await openFileSource(path);
    try {
      expect(source.size).toBe(1000);
      expect([...(await source.read(250, 4))]).toEqual([250, 251, 252, 253]);
      expect((await source.read(990, 100)).length).toBe(10);
      expect((await source.read(1000, 10)).length).toBe(0);
    } finally {
      await source.close();
    }
  });

  it('feeds the xlsx reader by random access', async () => {
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, buildXlsx({ sheets: [{ name: 'S', xml: sheetXml(inlineRow(1, ['namn'])) }] }));
    const source = await openFileSource(path);
    try {
      expect(await sniffFormat(source, path)).toBe('xlsx');
      const rows: string[][] = [];
      for await (const b of readRows(source)) rows.push(...b.rows);
      expect(rows).toEqual([['namn']]);
    } finally {
      await source.close();
    }
  });

  it('reports a missing file as the file system error, not a ReadError', async () => {
    const error = await openFileSource(join(dir, 'nope.csv')).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ReadError);
    expect((error as { code?: string }).code).toBe('ENOENT');
  });
});
