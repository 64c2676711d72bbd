/**
 * AI classification through the real @google/genai client pointed at a local fake of the Gemini
 * REST API: nothing raw leaves the process (every request body checked against every raw cell
 * of the file), the egress ledger holds exactly what was sent, 500/429/hang fall back to the
 * local result with the job completed (F5), the payload guard refuses personal data, and model
 * text is stored bounded and plain.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { maskValue } from '../../shared/detect';
import { getJob, listFindings } from '../../shared/repo/files';
import { findPersonalData } from '../../shared/scan/egress-guard';
import { createGeminiClassifier, type AiColumn, type EgressLedger } from '../../shared/scan/gemini';
import { processScanJob } from '../../shared/scan/process-scan-job';
import { nationalId } from '../fixtures/ids';
import { makePerson } from '../fixtures/people';
import { createRng } from '../fixtures/prng';
import { startFakeGemini, type FakeGemini } from '../support/fake-gemini';
import { PII_CATEGORIES, PII_HEADER, piiRows, toCsv } from '../support/pii-files';
import { createScanEnv, recordingContext, type ScanEnv } from '../support/scan-env';

const MODEL = 'gemini-test-model';
/** Short, so the hang case costs two timeouts of 400 ms, not two of 12 s. */
const TUNING = { timeoutMs: 400, attempts: 2, backoffMs: 50 };

let fake: FakeGemini;
let env: ScanEnv;

beforeAll(async () => {
  fake = await startFakeGemini('ok');
  env = await createScanEnv('postgres', { gemini: { apiKey: 'test-key', model: MODEL, baseUrl: fake.baseUrl }, geminiTuning: TUNING });
});
afterAll(async () => {
  await env?.dispose();
  await fake?.close();
});
afterEach(() => {
  fake.mode = 'ok';
  fake.rationale = null;
  fake.requests.length = 0;
});

const jobRow = (jobId: string, orgId = env.orgId) => env.tdb.db.tx(orgId, (q) => getJob(q, orgId, jobId));

describe('Gemini classification', () => {
  it('a file full of PII: the model sees masked samples only, its answer is stored per column, the ledger holds what was sent', async () => {
    const rows = piiRows(200, 'gemini');
    const j = await env.upload(toCsv(PII_HEADER, rows), 'full-of-pii.csv');
    expect(await processScanJob(env.deps, j, recordingContext())).toEqual({ status: 'completed' });

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].path).toContain(`/models/${MODEL}:generateContent`);
    expect(fake.requests[0].apiKey).toBe('test-key');
    const bodies = fake.requests.map((r) => r.text).join('\n');
    const rawValues = new Set(rows.flat());
    expect(rawValues.size).toBeGreaterThan(1000);
    const leaked = [...rawValues].filter((v) => bodies.includes(v));
    expect(leaked).toEqual([]);
    const logs = env.logs.join('\n');
    expect([...rawValues].filter((v) => logs.includes(v))).toEqual([]);
    expect(bodies).toContain('***');

    const row = await jobRow(j.jobId);
    expect(row!.report!.analysis).toEqual({ piiClassification: 'done', ai: 'applied' });
    const columns = row!.report!.sheets[0].columns;
    expect(columns.map((c) => c.ai?.label)).toEqual(PII_CATEGORIES);
    expect(columns.every((c) => c.ai?.model === MODEL && c.ai.rationale.length > 0)).toBe(true);
    const findings = await env.tdb.db.tx(env.orgId, (q) => listFindings(q, env.orgId, j.jobId));
    expect(findings.map((f) => f.ai?.label)).toEqual(PII_CATEGORIES);

    const ledger = row!.aiEgress as EgressLedger;
    expect(ledger).toMatchObject({ model: MODEL, outcome: 'answered', sent: true, attempts: 1, errors: [] });
    const sent = fake.requests[0].body as { contents: Array<{ parts: Array<{ text: string }> }>; systemInstruction: { parts: Array<{ text: string }> } };
    expect(sent.contents[0].parts[0].text).toBe(ledger.payload!.prompt);
    expect(sent.systemInstruction.parts[0].text).toBe(ledger.payload!.systemInstruction);
    expect(JSON.stringify(sent)).toContain('"responseMimeType":"application/json"');
  });

  it.each(['500', '429', 'hang'] as const)('F5: the fake answering %s still completes the job with the local result', async (mode) => {
    fake.mode = mode;
    const rows = piiRows(80, `fault-${mode}`);
    const j = await env.upload(toCsv(PII_HEADER, rows), `fault-${mode}.csv`);
    expect(await processScanJob(env.deps, j, recordingContext())).toEqual({ status: 'completed' });
    const row = await jobRow(j.jobId);
    expect(row).toMatchObject({ status: 'completed' });
    expect(row!.report!.analysis.ai).toBe('fell_back');
    expect(row!.report!.sheets[0].columns.map((c) => c.category)).toEqual(PII_CATEGORIES);
    expect(row!.report!.sheets[0].columns.every((c) => c.ai === undefined)).toBe(true);
    const code = mode === 'hang' ? 'timeout' : `http_${mode}`;
    expect(row!.aiEgress).toMatchObject({ outcome: 'fell_back', sent: true, attempts: 2, errors: [code, code] });
    expect(fake.requests).toHaveLength(2);
    const bodies = fake.requests.map((r) => r.text).join('\n');
    expect(rows.flat().filter((v) => bodies.includes(v))).toEqual([]);
  });

  it('no request at all when the org turned its GDPR check off', async () => {
    const org = await env.newOrg();
    await env.setOrg({ gdprCheckEnabled: false }, org);
    const j = await env.upload(toCsv(PII_HEADER, piiRows(20, 'off')), 'off.csv', org);
    await processScanJob(env.deps, j, recordingContext());
    expect(fake.requests).toHaveLength(0);
    expect(await jobRow(j.jobId, org)).toMatchObject({ status: 'completed', aiEgress: null });
  });

  it('a header that is itself personal data: the payload is refused, nothing is sent, the ledger keeps no payload', async () => {
    const header = ['anna.lindqvist@example.se', ...PII_HEADER.slice(1)];
    const j = await env.upload(toCsv(header, piiRows(40, 'refuse')), 'refuse.csv');
    expect(await processScanJob(env.deps, j, recordingContext())).toEqual({ status: 'completed' });
    expect(fake.requests).toHaveLength(0);
    const row = await jobRow(j.jobId);
    expect(row!.report!.analysis.ai).toBe('refused');
    expect(row!.aiEgress).toMatchObject({ outcome: 'refused', sent: false, payload: null, refusedFor: ['email'] });
    expect(JSON.stringify(row!.aiEgress)).not.toContain('anna.lindqvist');
  });

  it('model text is untrusted: control and bidi characters removed, length bounded', async () => {
    fake.rationale = `\u202eEvil\u0000 <b>html</b>\n${'x'.repeat(5_000)}`;
    const j = await env.upload(toCsv(PII_HEADER, piiRows(20, 'hostile')), 'hostile.csv');
    await processScanJob(env.deps, j, recordingContext());
    const rationale = (await jobRow(j.jobId))!.report!.sheets[0].columns[0].ai!.rationale;
    expect(rationale.length).toBeLessThanOrEqual(300);
    expect(rationale.startsWith('Evil <b>html</b> xxx')).toBe(true);
    expect(rationale).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
  });
});

describe('the egress guard', () => {
  const rng = createRng('guard');
  const pnr = nationalId(rng, 'personnummer_se', makePerson(rng, 'SE'));

  it('refuses text carrying a valid personnummer, bare or inside a sentence', () => {
    expect(findPersonalData(`Columns: [{"header":"${pnr}"}]`)).toContain('national_id');
    expect(findPersonalData(`the customer ${pnr} called`)).toContain('national_id');
  });

  it('passes masked samples of the same data', () => {
    const masked = [maskValue(pnr, 'national_id'), maskValue('anna@example.se', 'email'), maskValue('4111 1111 1111 1111', 'credit_card')];
    expect(findPersonalData(JSON.stringify({ header: 'Personnummer', samples: masked }))).toEqual([]);
  });

  it('the classifier refuses before any request when a column would carry a personnummer', async () => {
    const client = createGeminiClassifier({ apiKey: 'k', model: MODEL, baseUrl: fake.baseUrl }, TUNING);
    const column: AiColumn = {
      key: 's0c0',
      sheet: 'Sheet1',
      header: `id ${pnr}`,
      local: { category: 'national_id', subtype: 'personnummer_se', confidence: 1, evidence: [] },
      samples: [maskValue(pnr, 'national_id')],
    };
    const result = await client.classify([column]);
    expect(result.verdicts).toBeNull();
    expect(result.ledger).toMatchObject({ outcome: 'refused', sent: false, payload: null, refusedFor: ['national_id'] });
    expect(fake.requests).toHaveLength(0);
  });
});
