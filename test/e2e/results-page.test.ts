/**
 * The results view as the issue lists it, against the real app with AI classification on (a
 * local imitation of Gemini): per column the category, subtype, confidence, GDPR article, risk
 * and special-category badges, masked samples and the AI label with its rationale (model text,
 * shown as text, never as markup); the summary of how many columns hold personal data and which are
 * special categories, by article. With the org's GDPR check off the page says so instead of
 * reporting "0 columns".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleRows, toCsv } from '../fixtures/uploads';
import { logInInPage, startBrowserEnv, type BrowserEnv, type PageRun } from '../support/browser';
import { createAccount, PASSWORD, type Account } from '../support/factories';
import { startFakeGemini, type FakeGemini } from '../support/fake-gemini';

const MODEL = 'gemini-test-model';
const HOSTILE = '<img src=x onerror="window.__xss=1">The samples fit the header.';
const HEADER = ['Namn', 'E-post', 'Personnummer', 'Diagnos', 'Religion', 'Brott', 'Anteckning', 'Ordernr'];

/** Patients: names, e-mails, personnummer, ICD-10 codes, religion, offences, free text, order numbers. */
function patients(n: number): { csv: Buffer; rows: string[][] } {
  const icd = ['E11.9', 'J45.0', 'I10', 'F32.1', 'M54.5', 'K21.9'];
  const religion = ['Katolik', 'Muslim', 'Jude', 'Buddhist', 'Protestant'];
  const offence = ['Stöld', 'Misshandel', 'Bedrägeri', 'Rattfylleri'];
  const rows = peopleRows(n, { seed: 'results' }).map((p, i) => [
    p[0], p[1], p[2], icd[i % icd.length], religion[i % religion.length], offence[i % offence.length],
    i % 3 ? 'Ringde om fakturan' : `Kontakta ${p[1]} om leveransen`, String(100_000 + i),
  ]);
  return { csv: toCsv(HEADER, rows), rows };
}

/** The results table as one record per row, keyed by the column headings. */
async function resultRows(run: PageRun): Promise<Array<Record<string, string>>> {
  return run.page.locator('#results-table').evaluate((table) => {
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    return [...table.querySelectorAll('tbody tr')].map((tr) =>
      Object.fromEntries([...tr.querySelectorAll('td')].map((td, i) => [heads[i], td.textContent ?? ''])),
    );
  });
}

describe('the page: results', () => {
  let fake: FakeGemini;
  let env: BrowserEnv;
  let a: Account;
  beforeAll(async () => {
    fake = await startFakeGemini('ok');
    env = await startBrowserEnv('results', { env: { GEMINI_API_KEY: 'test-key', GEMINI_MODEL: MODEL, GEMINI_BASE_URL: fake.baseUrl } });
    a = await createAccount(env.h, { orgName: 'Results Org' });
  });
  afterAll(async () => {
    await env?.close();
    await fake?.close();
  });

  it('shows every column with its category, article, badges, masked samples and the AI rationale, and the summary', async () => {
    // Wide enough for the whole table in the picture (narrower, it scrolls inside its box).
    const run = await env.open({ width: 1600 });
    await logInInPage(run, a.email, PASSWORD);
    const { csv, rows } = patients(200);
    await run.page.locator('#file').setInputFiles({ name: 'patienter.csv', mimeType: 'text/csv', buffer: csv });
    await run.page.locator('#results').getByText('Results for patienter.csv').waitFor({ timeout: 30_000 });
    await run.shotState('results');
    expect(fake.requests.length).toBeGreaterThan(0);

    const table = await resultRows(run);
    expect(table.map((r) => r.Column)).toEqual(HEADER);
    expect(table.map((r) => r.Category)).toEqual(['person_name', 'email', 'national_id', 'health', 'special_category', 'criminal', 'free_text_pii', 'none']);
    expect(table.map((r) => r.Subtype)).toEqual(['', '', 'personnummer_se', '', 'religion', '', 'contains email', '']);
    expect(table.map((r) => r.GDPR)).toEqual(['Art. 4(1)', 'Art. 4(1)', 'Art. 87', 'Art. 9', 'Art. 9', 'Art. 10', 'Art. 4(1)', '—']);
    for (const r of table) expect(r.Confidence).toMatch(/^\d{1,3} %$/);
    expect(table.map((r) => /risk: (\w+)/.exec(r.Flags)?.[1])).toEqual(['medium', 'medium', 'high', 'critical', 'critical', 'critical', 'high', 'low']);
    expect(table.map((r) => /special category \(([^)]+)\)/.exec(r.Flags)?.[1] ?? null)).toEqual([null, null, null, 'Art. 9', 'Art. 9', 'Art. 10', null, null]);

    // Masked samples for every column with personal data; no raw value of the file on the page.
    const samples = await run.page.locator('#results-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('.samples li').length));
    expect(samples.slice(0, 7).every((n) => n > 0), JSON.stringify(samples)).toBe(true);
    const text = (await run.page.locator('#results').textContent()) ?? '';
    for (const raw of rows.slice(0, 20).flatMap((r) => [r[0], r[1], r[2], r[7]])) expect(text).not.toContain(raw);

    // The model's label and rationale per column (the imitation labels each with the local category).
    for (const r of table) expect(r['AI rationale']).toBe(`${r.Category}: The header and the masked samples fit ${r.Category}. (${MODEL})`);

    expect(await run.page.locator('#summary').textContent()).toBe(
      '7 of 8 columns hold personal data; 3 are special categories (Art. 9/10): Diagnos (Art. 9), Religion (Art. 9), Brott (Art. 10).' +
        ' An AI model also labelled the columns; its label and reasons are in the last column (the local category stands).',
    );
    expect(run.errors).toEqual([]);
  });

  it("shows the model's rationale as text: markup in it stays text", async () => {
    fake.rationale = HOSTILE;
    const run = await env.open();
    await logInInPage(run, a.email, PASSWORD);
    await run.page.locator('#file').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: patients(30).csv });
    await run.page.locator('#results').getByText('Results for hostile.csv').waitFor({ timeout: 30_000 });
    fake.rationale = null;
    const table = await resultRows(run);
    for (const r of table) expect(r['AI rationale']).toBe(`${r.Category}: ${HOSTILE} (${MODEL})`);
    expect(await run.page.locator('#results img').count()).toBe(0);
    expect(await run.page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(run.requests.filter((r) => new URL(r.url()).pathname === '/x')).toEqual([]);
    expect(run.errors).toEqual([]);
  });

  it('says the GDPR check is off instead of counting columns when the org turned it off', async () => {
    const off = await env.h.request('PATCH', '/org', { token: a.accessToken, body: { gdprCheckEnabled: false } });
    expect(off.status).toBe(200);
    const run = await env.open();
    await logInInPage(run, a.email, PASSWORD);
    await run.page.locator('#file').setInputFiles({ name: 'unchecked.csv', mimeType: 'text/csv', buffer: patients(50).csv });
    await run.page.locator('#results').getByText('Results for unchecked.csv').waitFor({ timeout: 30_000 });
    await run.shot('gdpr-check-off');
    expect(await run.page.locator('#summary').textContent()).toMatch(/^The GDPR check is off for your organisation/);
    expect(await run.page.locator('#results-table tbody tr').count()).toBe(0);
    expect(run.errors).toEqual([]);
  });
});
