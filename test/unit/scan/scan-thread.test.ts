import { describe, expect, it } from 'vitest';
import { bytesSource, ReadError, type RandomAccessSource } from '../../../shared/read';
import { scanSource } from '../../../shared/scan/scan-source';
import { checkStoredCredentials } from '../../../shared/scan/credential-check';
import { checkCredentialsInThread, checkStoredInThread, scanInThread } from '../../../shared/scan/scan-thread';
import { piiRows, PII_HEADER, toCsv, toXlsx } from '../../support/pii-files';
import { timeless } from '../../support/reports';

describe('scanInThread', () => {
  it('gives the report scanSource gives, for a CSV and a two-sheet workbook, on a reused thread', async () => {
    const csv = toCsv(PII_HEADER, piiRows(3_000));
    const xlsx = await toXlsx([
      { name: 'Kunder', header: PII_HEADER, rows: piiRows(500, 'a') },
      { name: 'Produkter', header: ['Artikel', 'Pris'], rows: [['A-1', '10'], ['B-2', '20']] },
    ]);
    for (const [name, bytes] of [['people.csv', csv], ['book.xlsx', xlsx]] as const) {
      const progress: number[] = [];
      const threaded = await scanInThread(bytesSource(bytes), { fileName: name, onProgress: (read) => progress.push(read) });
      const direct = await scanSource(bytesSource(bytes), { fileName: name });
      expect(timeless(threaded)).toEqual(timeless(direct));
      expect(threaded.sheets.flatMap((s) => s.columns.map((c) => c.category))).toContain('national_id');
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.at(-1)).toBe(bytes.length);
    }
  });

  it('rejects a malformed file with the reader\'s ReadError, and the next scan still works', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 1, 0, 0, 0, 1, 0, 8, 2]);
    const err = await scanInThread(bytesSource(png), { fileName: 'image.csv' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).code).toBe('unsupported_file_type');
    const ok = await scanInThread(bytesSource(toCsv(['E-post'], [['a@b.se']])), { fileName: 'ok.csv' });
    expect(ok.sheets[0].columns[0].category).toBe('email');
  });

  it('rejects with the source\'s own error when a read fails (a store outage, a failed decryption)', async () => {
    const bytes = toCsv(PII_HEADER, piiRows(20_000));
    const outage = new Error('store unreachable');
    const inner = bytesSource(bytes);
    const failing: RandomAccessSource = {
      size: inner.size,
      read: async (offset, length) => {
        if (offset > 0) throw outage;
        return inner.read(offset, length);
      },
    };
    await expect(scanInThread(failing, { fileName: 'people.csv' })).rejects.toBe(outage);
  });

  it('stops at once when aborted, rejecting with the signal\'s reason', async () => {
    const bytes = toCsv(PII_HEADER, piiRows(60_000));
    const controller = new AbortController();
    const reason = new Error('shutting down');
    let reads = 0;
    const inner = bytesSource(bytes);
    const source: RandomAccessSource = {
      size: inner.size,
      read: (offset, length) => {
        if (++reads === 2) controller.abort(reason);
        return inner.read(offset, length);
      },
    };
    await expect(scanInThread(source, { fileName: 'people.csv', signal: controller.signal })).rejects.toBe(reason);
    await expect(scanInThread(bytesSource(bytes), { fileName: 'x.csv', signal: controller.signal })).rejects.toBe(reason);
  });

  it('turns a scan that outgrows its heap cap into file_too_large, not a crashed process', async () => {
    // 2,000 columns of unique values: each column counts its distinct values (up to 4,096), so the
    // heap grows in small steps past a 32 MB cap. Growth in small steps is what the cap can stop:
    // V8 ends the whole process, not the thread, when one allocation alone overshoots the cap.
    const columns = 2_000;
    const rows = 600;
    const lines = [Array.from({ length: columns }, (_, c) => `c${c}`).join(',')];
    for (let r = 0; r < rows; r++) lines.push(Array.from({ length: columns }, (_, c) => `v${r}x${c}y${r * c}`).join(','));
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const err = await scanInThread(bytesSource(bytes), { fileName: 'wide.csv', heapLimitMb: 32 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).code).toBe('file_too_large');
    expect((err as ReadError).message).toBe('the file needs more than 32 MB of memory to scan');
  }, 120_000);
});

describe('checkCredentialsInThread', () => {
  /** Feeds `bytes` in pieces of `piece` bytes, as an upload arrives. */
  async function feed(bytes: Uint8Array, piece: number) {
    const check = checkCredentialsInThread('upload.csv', 'csv');
    for (let at = 0; at < bytes.length; at += piece) await check.push(bytes.subarray(at, at + piece));
    return check.finish();
  }

  it('gives the verdict of the whole-file check, for a raw password, hashes under a password header and a clean file', async () => {
    const header = [...PII_HEADER, 'Lösenord'];
    const rows = piiRows(4_000);
    const files = {
      raw: toCsv(header, rows.map((r, i) => [...r, i === 3_900 ? 'Sommar2024!hemligt' : ''])),
      hashed: toCsv(header, rows.map((r, i) => [...r, `$2b$12$${String(i).padStart(22, 'a')}${'b'.repeat(31)}`])),
      clean: toCsv(PII_HEADER, rows),
    };
    for (const [what, bytes] of Object.entries(files)) {
      const whole = await checkStoredCredentials(bytesSource(bytes), 'upload.csv');
      for (const piece of [1_000, 64 * 1024, 300_000]) {
        const arrived = await feed(bytes, piece);
        // A refused file's row count is only as far as the whole-file check read before stopping.
        expect(arrived, `${what} in pieces of ${piece}`).toEqual(what === 'raw' ? { ...whole, rows: 4_000 } : whole);
      }
      expect(whole.reasons.length > 0, what).toBe(what === 'raw');
    }
  });

  it('rejects with the reader\'s ReadError as soon as the text is refused, and the next check still works', async () => {
    const wide = new TextEncoder().encode(`${'x,'.repeat(20_000)}x\n`);
    const check = checkCredentialsInThread('wide.csv', 'csv');
    await check.push(wide);
    const err = await check.finish().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).code).toBe('file_too_large');
    await expect(check.push(wide)).rejects.toBe(err);
    expect((await feed(toCsv(['E-post'], [['a@b.se']]), 7)).reasons).toEqual([]);
  });
});

describe('checkStoredInThread', () => {
  it('gives checkStoredCredentials\' verdict for a workbook with passwords on its second sheet and for a clean one', async () => {
    const header = [...PII_HEADER, 'Lösenord'];
    const withPasswords = await toXlsx([
      { name: 'Kunder', header: PII_HEADER, rows: piiRows(300, 'a') },
      { name: 'Konton', header, rows: piiRows(300, 'b').map((r, i) => [...r, `Vinter${2000 + i}!kund`]) },
    ]);
    const clean = await toXlsx([{ name: 'Kunder', header: PII_HEADER, rows: piiRows(300, 'c') }]);
    for (const bytes of [withPasswords, clean]) {
      expect(await checkStoredInThread(bytesSource(bytes), 'book.xlsx')).toEqual(await checkStoredCredentials(bytesSource(bytes), 'book.xlsx'));
    }
    expect((await checkStoredInThread(bytesSource(withPasswords), 'book.xlsx')).reasons).toEqual([
      expect.objectContaining({ sheet: 'Konton', column: 6, header: 'Lösenord', category: 'password_raw' }),
    ]);
  });

  it('passes a reader refusal through as its ReadError', async () => {
    const truncated = (await toXlsx([{ name: 'A', header: PII_HEADER, rows: piiRows(50) }])).subarray(0, 300);
    const err = await checkStoredInThread(bytesSource(truncated), 'cut.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
  });
});
