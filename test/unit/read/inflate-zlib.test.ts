import { describe, expect, it } from 'vitest';
import { nodeInflateRaw } from '../../../shared/node-inflate';
import { bytesSource, readRows } from '../../../shared/read';
import { describeInflatePath } from '../../support/inflate-contract';
import { buildXlsx, inlineRow, sheetXml } from '../../support/xlsx-builders';

describeInflatePath('Node zlib inflate path (the CLI, the API and the worker)', { inflateRaw: nodeInflateRaw });

describe('Node zlib inflate path, stopped early', () => {
  const rows = Array.from({ length: 20_000 }, (_, i) => inlineRow(i + 1, [`namn ${i}`, `${i}`])).join('');
  const bytes = buildXlsx({ sheets: [{ name: 'S', xml: sheetXml(rows) }] });

  it('lets a reader stop after its first batch and releases the inflater', async () => {
    let batches = 0;
    for await (const _batch of readRows(bytesSource(bytes), { inflateRaw: nodeInflateRaw, batchRows: 100 })) {
      if (++batches === 1) break;
    }
    // A second full read still works: nothing is left half-open that would hold it up.
    let total = 0;
    for await (const batch of readRows(bytesSource(bytes), { inflateRaw: nodeInflateRaw })) total += batch.rows.length;
    expect(total).toBe(20_000);
  });

  it('ends with the source\'s own error when reading the compressed bytes fails', async () => {
    const inner = bytesSource(bytes);
    const outage = new Error('store unreachable');
    let reads = 0;
    const failing = { size: inner.size, read: (o: number, l: number) => (++reads > 6 ? Promise.reject(outage) : inner.read(o, l)) };
    const err = await (async () => {
      for await (const _batch of readRows(failing, { inflateRaw: nodeInflateRaw })) {
        // read on
      }
    })().catch((e: unknown) => e);
    expect(err).toBe(outage);
  });
});
