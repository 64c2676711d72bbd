/**
 * G1 (and later G2/F4): one data subject planted in three stored files among 10,000 other rows —
 * a Swedish-header CSV, a two-sheet xlsx with English and German headers, and a mixed-language CSV;
 * the e-mail in different case and inside free text, the phone national and international, the
 * personnummer with and without separators and century. Each search finds exactly the planted
 * rows, and neither the audit log nor the DSAR record holds the identifier.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personnummerCheckDigit } from '../../shared/detect/checksums';
import { PEOPLE_HEADER, peopleRows, toCsv } from '../fixtures/uploads';
import { createAccount, inviteAndJoin, type Account } from '../support/factories';
import { filesPlatform, upload, waitForJob } from '../support/files';
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
  const d = peopleRows(2000, { seed: 'g1-d' }).map((r) => [r[0], r[1], r[2], r[3]]);
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

describe('G1 subject access across CSV and xlsx', () => {
  let h: Harness;
  let admin: Account;
  let fixture: ReturnType<typeof g1Files>;

  beforeAll(async () => {
    h = await startHarness({ platform: filesPlatform().platform });
    admin = await createAccount(h);
    fixture = g1Files();
    for (const f of fixture.files) {
      const res = await upload(h, admin.accessToken, f.name, f.bytes);
      expect(res.status, res.text).toBe(202);
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
});
