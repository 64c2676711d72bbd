/**
 * G1 (and later G2/F4): one data subject planted in three stored files among 10,000 other rows —
 * a Swedish-header CSV, a two-sheet xlsx with English and German headers, and a mixed-language CSV;
 * the e-mail in different case and inside free text, the phone national and international, the
 * personnummer with and without separators and century. Each search finds exactly the planted
 * rows, and neither the audit log nor the DSAR record holds the identifier.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createErasureService } from '../../api/services/erasure';
import { createOrgKeys } from '../../shared/crypto/org-keys';
import { personnummerCheckDigit } from '../../shared/detect/checksums';
import { encryptedObjects, objectKey, type ObjectStore } from '../../shared/objects';
import { bytesSource, readRows, type RandomAccessSource } from '../../shared/read';
import { PEOPLE_HEADER, peopleRows, toCsv } from '../fixtures/uploads';
import { createAccount, inviteAndJoin, type Account } from '../support/factories';
import { filesPlatform, upload, waitForJob, type PlatformHandle } from '../support/files';
import { startHarness, type Harness } from '../support/harness';
import { buildXlsx, inlineRow, sheetXml } from '../support/xlsx-builders';

const PNR10 = `850312123${personnummerCheckDigit('850312123')}`;
const SUBJECT = { email: 'Ada.Lindqvist@Exempel.se', phone: '+46701234567', pnr: `19${PNR10.slice(0, 6)}-${PNR10.slice(6)}` };

type Planted = { file: string; sheet: string; rowNumber: number; kind: 'email' | 'phone' | 'national_id' };

function g1Files(): { files: Array<{ name: string; bytes: Uint8Array }>; planted: Planted[] } {
  const planted: Planted[] = [];
  const plant = (file: string, sheet: string, rowNumber: number, kind: Planted['kind']) => planted.push({ file, sheet, rowNumber, kind });

  // File 1: Swedish headers (Namn, E-post, Personnummer, Telefon, Anteckning); data row i is row i + 2.
  const a = peopleRows(4000, { seed: 'g1-a' });
  a[100][1] = 'ada.lindqvist@exempel.se'; plant('kunder.csv', '', 102, 'email');
  a[1500][1] = 'ADA.LINDQVIST@EXEMPEL.SE'; plant('kunder.csv', '', 1502, 'email');
  a[2500][3] = '070-123 45 67'; plant('kunder.csv', '', 2502, 'phone');
  a[3999][2] = `${PNR10.slice(0, 6)}-${PNR10.slice(6)}`; plant('kunder.csv', '', 4001, 'national_id');

  // File 2: English sheet and German sheet.
  const b = peopleRows(2000, { seed: 'g1-b' }).map((r) => [r[0], r[1], r[2], r[3]]);
  b[10][1] = 'Ada.Lindqvist@Exempel.SE'; plant('crm.xlsx', 'Customers', 12, 'email');
  b[1000][2] = `19${PNR10}`; plant('crm.xlsx', 'Customers', 1002, 'national_id');
  b[1999][3] = '+46 70 123 45 67'; plant('crm.xlsx', 'Customers', 2001, 'phone');
  const c = peopleRows(2000, { seed: 'g1-c' }).map((r, i) => [`K-${10_000 + i}`, r[3], r[4]]);
  c[5][1] = '+46701234567'; plant('crm.xlsx', 'Kontakte', 7, 'phone');
  c[700][2] = 'Bitte an ada.lindqvist@exempel.se schreiben.'; plant('crm.xlsx', 'Kontakte', 702, 'email');
  const sheet = (header: string[], rows: string[][]) => sheetXml([header, ...rows].map((r, i) => inlineRow(i + 1, r)).join(''));
  const xlsx = buildXlsx({
    sheets: [
      { name: 'Customers', xml: sheet(['Name', 'Email', 'National ID', 'Phone'], b) },
      { name: 'Kontakte', xml: sheet(['Kunde', 'Telefonnummer', 'Notiz'], c) },
    ],
  });

  // File 3: mixed-language headers.
  // 2,012 rows, so the four data sheets hold 10,012 rows: 10,000 others and the 12 planted.
  const d = peopleRows(2012, { seed: 'g1-d' }).map((r) => [r[0], r[1], r[2], r[3]]);
  d[50][1] = 'aDa.LindQvist@exempel.SE'; plant('export.csv', '', 52, 'email');
  d[800][2] = SUBJECT.pnr; plant('export.csv', '', 802, 'national_id');
  d[1999][3] = '0701234567'; plant('export.csv', '', 2001, 'phone');

  return {
    files: [
      { name: 'kunder.csv', bytes: toCsv(PEOPLE_HEADER, a) },
      { name: 'crm.xlsx', bytes: xlsx },
      { name: 'export.csv', bytes: toCsv(['Vollständiger Name', 'E-Mail', 'Personnummer', 'Mobil'], d) },
    ],
    planted,
  };
}

/** Every row of a file as read (per sheet, in order), for content comparisons. */
async function rowsOf(source: RandomAccessSource, fileName: string): Promise<Map<string, string[][]>> {
  const out = new Map<string, string[][]>();
  for await (const b of readRows(source, { fileName })) {
    const list = out.get(b.sheet) ?? [];
    for (let i = 0; i < b.rows.length; i++) list.push(b.rows[i]);
    out.set(b.sheet, list);
  }
  return out;
}

describe('G1 subject access and G2 erasure across CSV and xlsx', () => {
  let h: Harness;
  let handle: PlatformHandle;
  let admin: Account;
  let fixture: ReturnType<typeof g1Files>;
  const ids = new Map<string, string>();
  const store = (): ObjectStore => handle.platform!.store;
  const fileKey = () => h.db.tx(admin.orgId, (q) => createOrgKeys(h.masterKey).key(q, admin.orgId, 'files'));

  beforeAll(async () => {
    const p = filesPlatform();
    handle = p.handle;
    h = await startHarness({ platform: p.platform });
    admin = await createAccount(h);
    fixture = g1Files();
    for (const f of fixture.files) {
      const res = await upload(h, admin.accessToken, f.name, f.bytes);
      expect(res.status, res.text).toBe(202);
      ids.set(f.name, res.body.file.id);
      expect((await waitForJob(h, admin.accessToken, res.body.job.id)).body.status).toBe('completed');
    }
  }, 120_000);
  afterAll(async () => h?.close());

  const key = (m: { fileName?: string; file?: string; sheet: string; rowNumber: number }) => `${m.fileName ?? m.file}|${m.sheet}|${m.rowNumber}`;

  it('finds 12/12 planted rows with 0 false matches, by e-mail, phone and personnummer in any written form', async () => {
    const found = new Set<string>();
    const queries: Array<{ identifier: string; kind: Planted['kind'] }> = [
      { identifier: SUBJECT.email, kind: 'email' },
      { identifier: '070 123 45 67', kind: 'phone' },
      { identifier: SUBJECT.pnr, kind: 'national_id' },
    ];
    for (const q of queries) {
      const res = await h.request('POST', '/gdpr/subject-access', { token: admin.accessToken, body: q });
      expect(res.status, res.text).toBe(200);
      expect(res.body.searchedFiles).toBe(3);
      const expected = fixture.planted.filter((p) => p.kind === q.kind).map(key).sort();
      expect(res.body.matches.map(key).sort(), q.kind).toEqual(expected);
      for (const m of res.body.matches) found.add(key(m));
    }
    expect(found.size).toBe(12);
  });

  it('returns each row by its headers, and kind "any" reads the identifier as what it can be', async () => {
    const res = await h.request('POST', '/gdpr/subject-access', { token: admin.accessToken, body: { identifier: PNR10 } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.matches).toHaveLength(3);
    const xlsxRow = res.body.matches.find((m: { fileName: string }) => m.fileName === 'crm.xlsx');
    expect(Object.keys(xlsxRow.row)).toEqual(['Name', 'Email', 'National ID', 'Phone']);
    expect(xlsxRow.row['National ID']).toBe(`19${PNR10}`);
  });

  it('records the request with a keyed hash only: no identifier in the audit log or the DSAR table', async () => {
    const audit = await h.request('GET', '/audit/export?format=jsonl', { token: admin.accessToken });
    const entries = audit.text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const dsar = entries.filter((e) => e.event === 'dsar_access');
    expect(dsar.length).toBeGreaterThanOrEqual(4);
    expect(dsar[0].metadata.identifierHash).toMatch(/^[0-9a-f]{64}$/);
    const rows = await h.owner.ownerTx((q) => q.query<Record<string, unknown>>(`select * from dsar_requests where org_id = $1`, [admin.orgId]));
    const stored = (audit.text + JSON.stringify(rows.rows)).toLowerCase();
    for (const needle of ['lindqvist', '701234567', PNR10, '123 45 67']) expect(stored).not.toContain(needle);
    expect(h.logs.join('\n').toLowerCase()).not.toContain('lindqvist');
  });

  it('refuses members (403), unknown fields and unreadable identifiers (400)', async () => {
    const member = await inviteAndJoin(h, admin, 'member');
    expect((await h.request('POST', '/gdpr/subject-access', { token: member.accessToken, body: { identifier: SUBJECT.email } })).status).toBe(403);
    expect((await h.request('POST', '/gdpr/subject-access', { token: admin.accessToken, body: { identifier: SUBJECT.email, orgId: admin.orgId } })).status).toBe(400);
    expect((await h.request('POST', '/gdpr/subject-access', { token: admin.accessToken, body: { identifier: 'not a thing', kind: 'email' } })).status).toBe(400);
  });

  it('G2: erases the subject from 3/3 files; every other row is content-identical; old objects are confirmed gone', async () => {
    const res = [];
    for (const body of [{ identifier: SUBJECT.email, kind: 'email' }, { identifier: '+46 70-123 45 67', kind: 'phone' }, { identifier: PNR10, kind: 'national_id' }]) {
      const r = await h.request('POST', '/gdpr/erasure', { token: admin.accessToken, body });
      expect(r.status, r.text).toBe(200);
      res.push(r.body);
    }
    expect(res.map((r) => r.erasedRows)).toEqual([5, 4, 3]);
    for (const r of res) expect(Date.parse(r.confirmedAt)).not.toBeNaN();

    // Follow each original through its chain of rewrites to the current version.
    const current = new Map<string, string>();
    for (const [name, id] of ids) {
      let at = id;
      for (const r of res) for (const f of r.files) if (f.fileId === at) at = f.newFileId;
      expect(at, name).not.toBe(id);
      current.set(name, at);
    }

    const key = await fileKey();
    let compared = 0;
    for (const f of fixture.files) {
      const before = await rowsOf(bytesSource(f.bytes), f.name);
      const after = await rowsOf(await encryptedObjects(store()).openDecrypted(admin.orgId, current.get(f.name)!, key), f.name);
      expect([...after.keys()]).toEqual([...before.keys()]);
      for (const [sheet, rows] of before) {
        const gone = new Set(fixture.planted.filter((p) => p.file === f.name && p.sheet === sheet).map((p) => p.rowNumber - 1));
        const kept = rows.filter((_, i) => !gone.has(i));
        expect(after.get(sheet), `${f.name} ${sheet}`).toEqual(kept);
        compared += kept.length - 1;
      }
    }
    expect(compared).toBe(10_000);

    // Old objects: gone (not found), and the bucket lists exactly the files the database holds as stored.
    for (const id of ids.values()) await expect(store().size(objectKey(admin.orgId, id))).rejects.toMatchObject({ code: 'not_found' });
    const stored = await h.owner.ownerTx((q) => q.query<{ id: string }>(`select id from files where org_id = $1 and status = 'stored'`, [admin.orgId]));
    expect(await store().list(`${admin.orgId}/`)).toEqual(stored.rows.map((r) => objectKey(admin.orgId, r.id)).sort());

    const again = await h.request('POST', '/gdpr/subject-access', { token: admin.accessToken, body: { identifier: SUBJECT.email } });
    expect(again.body.matches).toEqual([]);
    const audit = await h.request('GET', '/audit?event=dsar_erasure', { token: admin.accessToken });
    expect(audit.body.entries).toHaveLength(3);
    expect(JSON.stringify(audit.body).toLowerCase()).not.toContain('lindqvist');
    // The rewritten files are scanned again: their findings are refreshed.
    const jobs = await h.request('GET', '/jobs', { token: admin.accessToken });
    for (const id of current.values()) {
      const job = jobs.body.jobs.find((j: { fileId: string }) => j.fileId === id);
      expect((await waitForJob(h, admin.accessToken, job.id)).body.status).toBe('completed');
    }
  }, 120_000);

  it('F4: a crash between writing the new object and deleting the old leaves the old file whole; a retry completes', async () => {
    const rows = peopleRows(300, { seed: 'f4' });
    rows[42][1] = 'bo.ek@exempel.se';
    const up = await upload(h, admin.accessToken, 'f4.csv', toCsv(PEOPLE_HEADER, rows));
    expect(up.status, up.text).toBe(202);
    const oldId = up.body.file.id;
    await waitForJob(h, admin.accessToken, up.body.job.id);
    const actor = { userId: admin.userId, orgId: admin.orgId, role: 'admin' as const, sessionId: 'test' };
    const crashing = createErasureService({
      db: h.db, keys: createOrgKeys(h.masterKey), store: store(), logger: { warn() {}, error() {} } as never, queue: handle.platform!.queue,
      afterNewObject: async () => {
        throw new Error('injected crash');
      },
    });
    await expect(crashing.erase(actor, { ip: null, userAgent: null }, 'Bo.Ek@exempel.se', 'email')).rejects.toThrow('injected crash');

    // Old: the file row still points at a whole old object; the new object exists only under its intent row.
    const file = await h.request('GET', `/files/${oldId}`, { token: admin.accessToken });
    expect(file.body.status ?? 'stored').toBe('stored');
    const pending = await h.owner.ownerTx((q) => q.query<{ new_file_id: string; state: string }>(`select new_file_id, state from erasure_rewrites where org_id = $1 and state <> 'done'`, [admin.orgId]));
    expect(pending.rows.map((r) => r.state)).toEqual(['writing']);
    const key = await fileKey();
    expect((await rowsOf(await encryptedObjects(store()).openDecrypted(admin.orgId, oldId, key), 'f4.csv')).get('')).toHaveLength(301);

    const retry = await h.request('POST', '/gdpr/erasure', { token: admin.accessToken, body: { identifier: 'bo.ek@EXEMPEL.se' } });
    expect(retry.status, retry.text).toBe(200);
    expect(retry.body.erasedRows).toBe(1);
    expect(retry.body.files).toEqual([{ fileId: oldId, newFileId: expect.any(String), rowsRemoved: 1 }]);
    await expect(store().size(objectKey(admin.orgId, pending.rows[0].new_file_id))).rejects.toMatchObject({ code: 'not_found' });
    await expect(store().size(objectKey(admin.orgId, oldId))).rejects.toMatchObject({ code: 'not_found' });
    const stored = await h.owner.ownerTx((q) => q.query<{ id: string }>(`select id from files where org_id = $1 and status = 'stored'`, [admin.orgId]));
    expect(await store().list(`${admin.orgId}/`)).toEqual(stored.rows.map((r) => objectKey(admin.orgId, r.id)).sort());
    const left = await h.owner.ownerTx((q) => q.query(`select 1 from erasure_rewrites where org_id = $1 and state <> 'done'`, [admin.orgId]));
    expect(left.rows).toEqual([]);
  }, 60_000);
});
