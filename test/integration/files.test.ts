/**
 * Files and jobs over HTTP (contract §3) end to end, on PGlite with the local object store and on
 * PostgreSQL with s3rver: upload → 202 → the scan completes → the report; download round trip;
 * deletion confirmed; prescan; and the upload attacks of reliability.md §8: U1 size cap (also
 * chunked), U2 type by content, U3 zip bomb, U8 hostile names, U9 encodings, U11 aborted uploads,
 * and layer 2 (a raw password answers 422 and nothing is stored). The size cap is 1 MiB here
 * instead of U1's 8 MiB: the same code path at an eighth of the machine time.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, type Account } from '../support/factories';
import { abortedUpload, filesPlatform, upload, waitForJob, type PlatformHandle } from '../support/files';
import { startHarness, type Harness } from '../support/harness';
import { startS3, type TestS3 } from '../support/s3';
import { zip, zipBombXlsx } from '../support/xlsx-builders';
import { PEOPLE_HEADER, peopleCsv, peopleRows, toCsv, twoSheetXlsx } from '../fixtures/uploads';

const CAP = 1024 * 1024;
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const CONFIGS = [
  { kind: 'pglite', store: 'local' },
  { kind: 'postgres', store: 's3' },
] as const;

describe.each(CONFIGS)('files on $kind with the $store object store', ({ kind, store }) => {
  let h: Harness;
  let s3: TestS3 | null = null;
  let handle: PlatformHandle;
  let a: Account;

  beforeAll(async () => {
    if (store === 's3') s3 = await startS3();
    const fp = filesPlatform({ s3: s3?.config });
    handle = fp.handle;
    h = await startHarness({ kind, env: { MAX_UPLOAD_BYTES: String(CAP) }, platform: fp.platform });
    a = await createAccount(h);
  });

  afterAll(async () => {
    await h?.close();
    await s3?.stop();
  });

  const objects = () => handle.platform!.store.list(`${a.orgId}/`);
  const tempFiles = () => readdir(join(h.dataDir, 'tmp'));
  const rowCounts = async () => {
    const r = await h.owner.ownerTx((q) =>
      q.query<{ files: number; jobs: number }>(`select (select count(*)::int from files where org_id = $1) as files, (select count(*)::int from jobs where org_id = $1) as jobs`, [a.orgId]),
    );
    return r.rows[0];
  };
  /** Polls `read` until `done` holds or 5 s pass, and returns the last value read. */
  const eventually = async <T,>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> => {
    const deadline = Date.now() + 5_000;
    let value = await read();
    while (!done(value) && Date.now() < deadline) {
      await sleep(50);
      value = await read();
    }
    return value;
  };
  /** Runs `fn` and asserts it stored nothing: no object, no row, no temp file, no open multipart upload. */
  const storesNothing = async (fn: () => Promise<void>) => {
    const before = { objects: await objects(), rows: await rowCounts() };
    await fn();
    expect(await objects()).toEqual(before.objects);
    expect(await rowCounts()).toEqual(before.rows);
    // Multer answers a refused upload before the storage engine's cleanup has run; the plan's
    // bar (U11) is no temp file left within 5 s.
    expect(await eventually(tempFiles, (files) => files.length === 0)).toEqual([]);
    if (s3) expect(s3.proxy.openUploads()).toEqual([]);
  };

  it('accepts a CSV (202), scans it and reports the right categories; lists, reads and downloads it byte for byte', async () => {
    const csv = peopleCsv(300);
    const res = await upload(h, a.accessToken, 'kunder.csv', csv);
    expect(res.status, res.text).toBe(202);
    expect(res.body.job.status).toBe('queued');
    expect(res.body.file).toMatchObject({ name: 'kunder.csv', size: csv.length });
    const job = await waitForJob(h, a.accessToken, res.body.job.id);
    expect(job.body.status).toBe('completed');
    expect(job.body.rowsScanned).toBe(300);
    const categories = job.body.report.sheets[0].columns.map((c: { category: string }) => c.category);
    expect(categories.slice(0, 4)).toEqual(['person_name', 'email', 'national_id', 'phone']);

    const list = await h.request('GET', '/files', { token: a.accessToken });
    expect(list.body.files[0]).toMatchObject({ id: res.body.file.id, name: 'kunder.csv', status: 'stored', format: 'csv' });
    const one = await h.request('GET', `/files/${res.body.file.id}`, { token: a.accessToken });
    expect(one.body.sha256).toBe(res.body.file.sha256);
    const jobs = await h.request('GET', '/jobs?status=completed', { token: a.accessToken });
    expect(jobs.body.jobs.map((j: { id: string }) => j.id)).toContain(res.body.job.id);

    const dl = await h.request('GET', `/files/${res.body.file.id}/download`, { token: a.accessToken });
    expect(dl.status).toBe(200);
    expect(Buffer.from(dl.text, 'utf8').equals(csv)).toBe(true);
    expect(dl.headers['content-type']).toMatch(/^text\/csv/);
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.headers['content-disposition']).toBe(`attachment; filename="kunder.csv"; filename*=UTF-8''kunder.csv`);
    expect(await objects()).toContain(`${a.orgId}/${res.body.file.id}`);
  });

  it('scans a two-sheet xlsx: both sheets in the report with their categories', async () => {
    const res = await upload(h, a.accessToken, 'kunder.xlsx', twoSheetXlsx(150));
    expect(res.status, res.text).toBe(202);
    const job = await waitForJob(h, a.accessToken, res.body.job.id);
    expect(job.body.status).toBe('completed');
    const sheets = job.body.report.sheets.map((s: { name: string; columns: Array<{ category: string }> }) => [s.name, s.columns.map((c) => c.category)]);
    expect(sheets[0]).toEqual(['Kunder', expect.arrayContaining(['person_name', 'email', 'national_id', 'phone'])]);
    expect(sheets[1][0]).toBe('Konton');
    expect(sheets[1][1]).toContain('email');
  });

  it('layer 2: a raw password answers 422 naming the column, never the value, and stores nothing', async () => {
    await storesNothing(async () => {
      const res = await upload(h, a.accessToken, 'pw.csv', peopleCsv(400, { passwordAt: 350, password: 'Tr0ub4dor&3xyz' }));
      expect(res.status, res.text).toBe(422);
      expect(res.body.error.code).toBe('raw_passwords_detected');
      expect(res.body.error.columns).toEqual([{ sheet: '', column: 4, header: 'Anteckning', category: 'password_raw' }]);
      expect(res.text).not.toContain('Tr0ub4dor');
    });
    const audit = await h.request('GET', '/audit?event=file_rejected_raw_password', { token: a.accessToken });
    expect(audit.body.entries.length).toBeGreaterThanOrEqual(1);
  });

  it('layer 2 on a workbook, checked once whole: passwords on its second sheet answer 422 naming sheet and column, storing nothing', async () => {
    await storesNothing(async () => {
      const res = await upload(h, a.accessToken, 'konton.xlsx', twoSheetXlsx(200, { withPasswords: true }));
      expect(res.status, res.text).toBe(422);
      expect(res.body.error.columns).toEqual([{ sheet: 'Konton', column: 2, header: 'Lösenord', category: 'password_raw' }]);
      expect(res.text).not.toContain('Vinter2');
    });
  });

  it('layer 2 as a CSV arrives: hashes under a password header past the first read are accepted; a row past the column limit is 413 with nothing stored', async () => {
    const rows = peopleRows(3_000, { seed: 'hashes' }).map((r, i) => [...r, `$2b$12$${String(i).padStart(22, 'a')}${'b'.repeat(31)}`]);
    const hashed = toCsv([...PEOPLE_HEADER, 'Lösenord'], rows);
    expect(hashed.length).toBeGreaterThan(128 * 1024);
    const ok = await upload(h, a.accessToken, 'hashade.csv', hashed);
    expect(ok.status, ok.text).toBe(202);
    expect((await waitForJob(h, a.accessToken, ok.body.job.id)).body.status).toBe('completed');

    await storesNothing(async () => {
      const wide = Buffer.concat([peopleCsv(2_000), Buffer.from(`${'x,'.repeat(20_000)}x\r\n`), peopleCsv(100)]);
      const res = await upload(h, a.accessToken, 'bred.csv', wide);
      expect(res.status, res.text).toBe(413);
      expect(res.body.error).toMatchObject({ code: 'file_too_large', message: expect.stringContaining('columns') });
    });
  });

  it('U1: exactly the cap is accepted; one byte more is 413 with and without Content-Length, storing nothing', async () => {
    const line = Buffer.from('alpha,beta,gamma\r\n');
    const exact = Buffer.alloc(CAP, 'x');
    line.copy(exact, 0);
    exact.fill('a,b,c\r\n', line.length);
    const ok = await upload(h, a.accessToken, 'cap.csv', exact);
    expect(ok.status, ok.text).toBe(202);
    const over = Buffer.concat([exact, Buffer.from('x')]);
    await storesNothing(async () => {
      for (const chunked of [false, true]) {
        const res = await upload(h, a.accessToken, 'over.csv', over, { chunked });
        expect(res.status, `chunked=${chunked}`).toBe(413);
        expect(res.body.error.code).toBe('file_too_large');
      }
      const huge = await upload(h, a.accessToken, 'huge.csv', Buffer.alloc(3 * CAP, 'a'), { chunked: true });
      expect(huge.status).toBe(413);
    });
  });

  it('U2: 12 mislabelled files → 415 by content; 3 valid files with wrong or no extension are accepted', async () => {
    const xlsx = twoSheetXlsx(5);
    const bad: Array<[string, Uint8Array]> = [
      ['png.csv', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)])],
      ['elf.xlsx', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(200)])],
      ['pdf.xlsx', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')],
      ['zip.xlsx', Buffer.from(zip([{ name: 'readme.txt', data: 'hello' }]))],
      ['docx.xlsx', Buffer.from(zip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }]))],
      ['page.csv', Buffer.from('<!DOCTYPE html><html><body>hi</body></html>')],
      ['script.csv', Buffer.from('<script>alert(1)</script>')],
      ['nul.csv', Buffer.from('a,b\n1,\u0000\u0000\u0000\n')],
      ['gif.csv', Buffer.from('GIF89a\u0001\u0000\u0001\u0000')],
      ['jpeg.csv', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])],
      ['gzip.csv', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])],
      ['svg.csv', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ];
    await storesNothing(async () => {
      for (const [name, bytes] of bad) {
        const res = await upload(h, a.accessToken, name, bytes);
        expect(`${name} ${res.status} ${res.body?.error?.code}`).toBe(`${name} 415 unsupported_file_type`);
      }
    });
    const good: Array<[string, Uint8Array, string]> = [
      ['workbook.csv', xlsx, 'xlsx'],
      ['people.xlsx', peopleCsv(5), 'csv'],
      ['export', peopleCsv(5, { seed: 'noext' }), 'csv'],
    ];
    for (const [name, bytes, format] of good) {
      const res = await upload(h, a.accessToken, name, bytes);
      expect(res.status, `${name}: ${res.text}`).toBe(202);
      expect((await h.request('GET', `/files/${res.body.file.id}`, { token: a.accessToken })).body.format).toBe(format);
    }
  });

  it('U3: a zip bomb is refused (400/413) with nothing stored', async () => {
    await storesNothing(async () => {
      const res = await upload(h, a.accessToken, 'bomb.xlsx', zipBombXlsx(300 * CAP));
      expect([400, 413], res.text).toContain(res.status);
      expect(['malformed_file', 'file_too_large']).toContain(res.body.error.code);
    });
  });

  it('U8: 20 hostile names — object keys stay <uuid>/<uuid>, Content-Disposition is RFC 6266 encoded with no raw CR/LF/quote', async () => {
    const names = [
      '../../etc/passwd', '..\\..\\boot.ini', 'a\r\nSet-Cookie: x=1.csv', 'quote".csv', 'nul\u0000byte.csv', 'rtl\u202Egpj.csv', 'x'.repeat(300) + '.csv',
      '<script>alert(1)</script>.csv', 'con.csv', '%0d%0a.csv', 'ümlaut-åäö.csv', '日本語.csv', 'semi;colon.csv', "it's.csv", 'tab\tname.csv',
      '/abs/path.csv', '.csv', '   ', 'emoji-😀.csv', 'back\\slash".csv',
    ];
    for (const name of names) {
      // A NUL cannot travel in a quoted filename (busboy refuses the header), so it goes RFC 5987-encoded.
      const res = await upload(h, a.accessToken, name, peopleCsv(3, { seed: name }), { encodedName: name.includes('\u0000') });
      expect(res.status, `${JSON.stringify(name)}: ${res.text}`).toBe(202);
      expect(res.body.file.name).not.toMatch(/[\u0000-\u001f\u202e/\\]/);
      expect(Array.from(res.body.file.name as string).length).toBeLessThanOrEqual(255);
      const dl = await h.request('GET', `/files/${res.body.file.id}/download`, { token: a.accessToken });
      const cd = String(dl.headers['content-disposition']);
      expect(cd).toMatch(/^attachment; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!._~-]*$/);
    }
    const keys = await objects();
    expect(keys.length).toBeGreaterThanOrEqual(20);
    for (const key of keys) expect(key).toMatch(KEY);
  });

  it('U9: encodings and malformed CSV → the right header names or 400 malformed_file, never 5xx', async () => {
    const utf8 = Buffer.from('Namn,E-post\nÅsa,asa@example.se\n');
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Namn,E-post\nÅsa,asa@example.se\n', 'utf16le')]);
    const be = Buffer.from('Namn,E-post\nÅsa,asa@example.se\n', 'utf16le');
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    const cases: Array<[string, Buffer, string | null]> = [
      ['bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), 'Namn'],
      ['utf16le.csv', utf16le, 'Namn'],
      ['utf16be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'Namn'],
      ['cp1252.csv', Buffer.from(Buffer.from('F\u00f6retag,E-post\nVolvo,info@volvo.se\nSaab,info@saab.se\nIkea,info@ikea.se\n', 'latin1')), 'Företag'],
      ['badutf8.csv', Buffer.from([...Buffer.from('Na'), 0xc3, 0x28, ...Buffer.from('mn,x\n1,2\n')]), null],
      ['cr.csv', Buffer.from('Namn,E-post\rÅsa,asa@example.se\r'), 'Namn'],
      ['quote.csv', Buffer.from('Namn,E-post\n"Åsa,asa@example.se\n'), null],
      ['wide.csv', Buffer.from(Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',') + '\n' + '1,'.repeat(9_999) + '1\n'), null],
      ['nulls.csv', Buffer.from('Namn,E-post\nÅsa\u0000,asa@example.se\n'), null],
    ];
    for (const [name, bytes, firstHeader] of cases) {
      const res = await upload(h, a.accessToken, name, bytes);
      expect(res.status, `${name}: ${res.text}`).toBeLessThan(500);
      if (res.status !== 202) {
        expect(['malformed_file', 'unsupported_file_type'], name).toContain(res.body.error.code);
        continue;
      }
      const job = await waitForJob(h, a.accessToken, res.body.job.id);
      if (job.body.status !== 'completed') {
        expect(job.body.error, name).toBe('malformed_file');
        continue;
      }
      const header = job.body.report.sheets[0]?.columns[0]?.header ?? '';
      expect(header, name).not.toContain('\uFEFF');
      if (firstHeader) expect(header, name).toBe(firstHeader);
    }
  });

  it('U11: 50 uploads cut at a random byte leave no temp file, object, row or open multipart upload', async () => {
    const body = peopleCsv(2_000, { seed: 'abort' });
    await storesNothing(async () => {
      for (let i = 0; i < 50; i++) await abortedUpload(h, a.accessToken, body, 200 + Math.floor(Math.random() * (body.length - 400)));
      await sleep(500);
    });
  });

  it('DELETE answers {deleted, confirmedAt} once the store confirms; the file, its object and findings are gone', async () => {
    const res = await upload(h, a.accessToken, 'delete-me.csv', peopleCsv(20, { seed: 'del' }));
    const job = await waitForJob(h, a.accessToken, res.body.job.id);
    expect(job.body.status).toBe('completed');
    const del = await h.request('DELETE', `/files/${res.body.file.id}`, { token: a.accessToken });
    expect(del.status, del.text).toBe(200);
    expect(del.body.deleted).toBe(true);
    expect(Date.parse(del.body.confirmedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await objects()).not.toContain(`${a.orgId}/${res.body.file.id}`);
    expect((await h.request('GET', `/files/${res.body.file.id}`, { token: a.accessToken })).status).toBe(404);
    expect((await h.request('GET', `/files/${res.body.file.id}/download`, { token: a.accessToken })).status).toBe(404);
    expect((await h.request('DELETE', `/files/${res.body.file.id}`, { token: a.accessToken })).status).toBe(404);
    const findings = await h.owner.ownerTx((q) => q.query<{ n: number }>(`select count(*)::int as n from column_findings where job_id = $1`, [res.body.job.id]));
    expect(findings.rows[0].n).toBe(0);
    const audit = await h.request('GET', '/audit?event=files_deleted', { token: a.accessToken });
    expect(audit.body.entries[0].metadata.fileId).toBe(res.body.file.id);
  });

  it('prescan: ok and reject verdicts from header + rows; strict body; 429 past the per-user limit', async () => {
    const ok = await h.request('POST', '/files/prescan', {
      token: a.accessToken,
      body: { fileName: 'x.csv', headers: ['E-post', 'Telefon'], rows: [['asa@example.se', '070-123 45 67'], ['bo@example.se', '070-765 43 21']] },
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.verdict).toBe('ok');
    expect(ok.body.columns[0].category).toBe('email');
    const reject = await h.request('POST', '/files/prescan', {
      token: a.accessToken,
      body: { fileName: 'x.csv', headers: ['user', 'lösenord'], rows: [['asa', 'Sommar2024!'], ['bo', 'hunter2hunter2'], ['cy', 'Welcome#7']] },
    });
    expect(reject.body.verdict).toBe('reject');
    expect(reject.body.rejectReasons).toEqual([{ sheet: '', column: 1, header: 'lösenord', category: 'password_raw' }]);
    expect(reject.text).not.toContain('Sommar2024');
    const strict = await h.request('POST', '/files/prescan', { token: a.accessToken, body: { fileName: 'x', headers: [], rows: [], orgId: a.orgId } });
    expect(strict.status).toBe(400);
    const tooMany = await h.request('POST', '/files/prescan', { token: a.accessToken, body: { fileName: 'x', headers: ['a'], rows: Array.from({ length: 1001 }, () => ['1']) } });
    expect(tooMany.status).toBe(400);
    let limited = 0;
    for (let i = 0; i < 30; i++) {
      const r = await h.request('POST', '/files/prescan', { token: a.accessToken, body: { fileName: 'x', headers: ['a'], rows: [['1']] } });
      if (r.status === 429) limited++;
    }
    expect(limited).toBeGreaterThan(0);
  });
});
