/**
 * B5 (reliability §8): the platform path against the CLI on the same file.
 *
 *   npm run bench -- --platform [--size 100] [--skip-cli] [--timeout 900]
 *   node --import tsx bench/platform.ts --size 1000 --skip-cli     # the 1 GB RSS check
 *
 * Starts the real API in single-process mode on its embedded defaults (bench/api-server.ts),
 * signs up through the HTTP API, uploads the bench CSV (bench/generate-large.ts, CSV only) as
 * one streamed multipart body, and polls GET /jobs/:id until the job is final. Timed: start of
 * the upload → 202 → job completed; memory: the API process's peak RSS (VmHWM), also read after
 * start-up and sign-up so the file's share is visible. The API measured is a restart on a DATA_DIR
 * its first boot initialised (PGlite's initdb alone peaks near 900 MB; that boot is printed apart). Then `veil scan` on the same file in its
 * own process (wall time from spawn to exit, peak RSS), and `veil --help` as the CLI's start-up
 * baseline. Targets: platform ≤ 1.5× CLI time, API peak RSS < 512 MB at any size.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { signUp, startApi, uniqueEmail, type ApiProcess, type Res } from './api-server';
import { ensureFiles, log, ROOT, runChild } from './child';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const RATIO_TARGET = 1.5;
const RSS_LIMIT_MB = 512;
const PASSWORD = 'Bench passphrase, nine quiet harbours';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100' },
    out: { type: 'string' },
    timeout: { type: 'string', default: '900' },
    'skip-cli': { type: 'boolean', default: false },
  },
});

const MB = 1024 * 1024;
const num = (x: number, digits = 1): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** POST /files with the file streamed from disk into one multipart body with a Content-Length. */
async function uploadFile(api: ApiProcess, token: string, path: string, size: number): Promise<Res> {
  const boundary = `----veilbench${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${basename(path)}"\r\nContent-Type: text/csv\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const req = httpRequest({
    host: '127.0.0.1',
    port: api.port,
    method: 'POST',
    path: '/files',
    agent: false,
    headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + size + tail.length) },
  });
  const answered = new Promise<Res>((done, fail) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        done({ status: res.statusCode ?? 0, headers: res.headers, body: text.startsWith('{') ? JSON.parse(text) : undefined, text });
      });
    });
    req.on('error', fail);
  });
  let early = false;
  void answered.then(() => (early = true), () => (early = true));
  req.write(head);
  for await (const chunk of createReadStream(path, { highWaterMark: MB })) {
    if (early) break;
    if (!req.write(chunk)) await Promise.race([once(req, 'drain'), answered]);
  }
  req.end(early ? undefined : tail);
  return answered;
}

/**
 * Samples the API's own /metrics (prom-client's default process metrics) every second and keeps
 * the largest V8 heap and external (ArrayBuffers, WASM memory) figures: where the RSS went.
 */
function sampleMetrics(api: ApiProcess): () => Promise<{ heapTotalMB: number; externalMB: number }> {
  const max = { heapTotalMB: 0, externalMB: 0 };
  const metric = (text: string, name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? 0) / MB;
  const sample = async () => {
    const res = await api.request('GET', '/metrics').catch(() => null);
    if (res?.status !== 200) return;
    max.heapTotalMB = Math.max(max.heapTotalMB, metric(res.text, 'nodejs_heap_size_total_bytes'));
    max.externalMB = Math.max(max.externalMB, metric(res.text, 'nodejs_external_memory_bytes'));
  };
  const timer = setInterval(() => void sample(), 1000);
  return async () => {
    clearInterval(timer);
    await sample();
    return max;
  };
}

type Platform = { uploadS: number; totalS: number; queuedS: number; scanS: number; rows: number; status: string; error?: string; rss: { afterStartMB: number; afterUploadMB: number; peakMB: number }; firstBoot: { seconds: number; peakMB: number }; startS: number; metrics: { heapTotalMB: number; externalMB: number } };

async function platform(csv: string, size: number, timeoutMs: number): Promise<Platform> {
  log('starting the API (single-process mode: PGlite, local object store, in-process jobs) …');
  const api = await startApi();
  try {
    const session = await signUp(api, uniqueEmail('b5'), PASSWORD);
    const afterStartMB = (await api.rss()).peakMB;
    log(`uploading ${basename(csv)} …`);
    const metrics = sampleMetrics(api);
    const t0 = performance.now();
    const up = await uploadFile(api, session.accessToken, csv, size);
    const uploadS = (performance.now() - t0) / 1000;
    const afterUploadMB = (await api.rss()).peakMB;
    if (up.status !== 202) throw new Error(`POST /files answered ${up.status}: ${up.text.slice(0, 300)}`);
    const jobId = up.body.job.id as string;
    log(`  202 after ${num(uploadS, 2)} s; following job ${jobId} …`);
    const deadline = Date.now() + timeoutMs;
    let job: Res;
    let lastShown = 0;
    for (;;) {
      job = await session.request('GET', `/jobs/${jobId}`);
      if (job.status !== 200) throw new Error(`GET /jobs/:id answered ${job.status}: ${job.text.slice(0, 300)}`);
      if (['completed', 'failed', 'rejected'].includes(job.body.status)) break;
      if (Date.now() > deadline) throw new Error(`job still ${job.body.status} after ${values.timeout} s`);
      if (Date.now() - lastShown > 10_000) {
        lastShown = Date.now();
        log(`  ${job.body.status} ${job.body.progress} %, ${job.body.rowsScanned} rows`);
      }
      await sleep(100);
    }
    const totalS = (performance.now() - t0) / 1000;
    const { peakMB } = await api.rss();
    const maxMetrics = await metrics();
    const at = (k: string) => new Date(job.body[k] as string).getTime();
    return {
      uploadS,
      totalS,
      queuedS: (at('startedAt') - at('createdAt')) / 1000,
      scanS: (at('finishedAt') - at('startedAt')) / 1000,
      rows: job.body.rowsScanned as number,
      status: job.body.status as string,
      error: job.body.error as string | undefined,
      rss: { afterStartMB, afterUploadMB, peakMB },
      firstBoot: api.firstBoot,
      startS: api.startS,
      metrics: maxMetrics,
    };
  } finally {
    await api.stop();
  }
}

type Cli = { seconds: number; maxRssMB: number; rows: number; startupS: number };

async function cli(csv: string, timeoutMs: number): Promise<Cli> {
  const veil = resolve(ROOT, 'bin/veil.js');
  const help = await runChild([veil, '--help'], 60_000, { cwd: ROOT });
  if (help === 'timeout' || help.code !== 0) throw new Error('veil --help failed');
  const dir = await mkdtemp(join(tmpdir(), 'veil-bench-cli-'));
  try {
    log(`veil scan ${basename(csv)} …`);
    const out = join(dir, 'report.json');
    const result = await runChild([veil, 'scan', csv, '--format', 'json', '--out', out], timeoutMs, { cwd: ROOT, measureRss: true });
    if (result === 'timeout') throw new Error(`veil scan timed out after ${values.timeout} s`);
    if (result.code !== 0) throw new Error(`veil scan exited with ${result.code}: ${result.err.trim().split('\n')[0]}`);
    const report = JSON.parse(await readFile(out, 'utf8'));
    const first = Array.isArray(report) ? report[0] : report;
    return { seconds: result.seconds, maxRssMB: result.maxRssMB ?? NaN, rows: first?.stats?.rows ?? NaN, startupS: help.seconds };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads the file once so that neither side pays for a cold page cache. */
async function warm(path: string): Promise<void> {
  for await (const _ of createReadStream(path, { highWaterMark: 4 * MB })) {
    // Only the read matters.
  }
}

async function main(): Promise<void> {
  const dir = resolve(values.out ?? resolve(HERE, '.out'));
  const sizeMB = Number(values.size);
  if (!(sizeMB > 0)) throw new Error(`--size takes MB (got '${values.size}')`);
  const timeoutMs = Number(values.timeout) * 1000;
  const files = await ensureFiles(dir, sizeMB, false);
  await warm(files.csv);
  const p = await platform(files.csv, files.csvBytes, timeoutMs);
  const c = values['skip-cli'] ? null : await cli(files.csv, timeoutMs);

  const verdict = (ok: boolean): string => (ok ? 'meets target' : 'MISSES TARGET');
  const rowsNote = (rows: number) => (rows === files.rows ? '' : `  rows ${rows} ≠ ${files.rows}`);
  const lines = [
    `Veil bench B5: ${basename(files.csv)} ${num(files.csvBytes / MB)} MB, ${files.rows.toLocaleString('en-US')} rows; API in single-process mode (PGlite, local store, in-process jobs)`,
    '',
    `${'measurement'.padEnd(48)} ${'wall s'.padStart(8)} ${'MB/s'.padStart(7)} ${'peak RSS MB'.padStart(12)}`,
    `${'platform: upload → 202'.padEnd(48)} ${num(p.uploadS, 2).padStart(8)} ${num(files.csvBytes / MB / p.uploadS).padStart(7)} ${num(p.rss.afterUploadMB).padStart(12)}`,
    `${`platform: upload → job ${p.status}`.padEnd(48)} ${num(p.totalS, 2).padStart(8)} ${num(files.csvBytes / MB / p.totalS).padStart(7)} ${num(p.rss.peakMB).padStart(12)}${rowsNote(p.rows)}`,
    `${'  of which queued / scanning (job timestamps)'.padEnd(48)} ${`${num(p.queuedS, 2)} / ${num(p.scanS, 2)}`.padStart(8)}`,
    `${'  largest V8 heap / external (API /metrics, 1 s)'.padEnd(48)} ${''.padStart(8)} ${''.padStart(7)} ${`${num(p.metrics.heapTotalMB, 0)} / ${num(p.metrics.externalMB, 0)}`.padStart(12)}`,
    `${'  API restart → /health; RSS after it and sign-up'.padEnd(48)} ${num(p.startS, 2).padStart(8)} ${''.padStart(7)} ${num(p.rss.afterStartMB).padStart(12)}`,
    `${'  API first boot on the empty DATA_DIR (initdb)'.padEnd(48)} ${num(p.firstBoot.seconds, 2).padStart(8)} ${''.padStart(7)} ${num(p.firstBoot.peakMB).padStart(12)}`,
  ];
  if (c) {
    lines.push(
      `${'veil scan (process spawn → exit)'.padEnd(48)} ${num(c.seconds, 2).padStart(8)} ${num(files.csvBytes / MB / c.seconds).padStart(7)} ${num(c.maxRssMB).padStart(12)}${rowsNote(c.rows)}`,
      `${'  veil --help (CLI start-up baseline)'.padEnd(48)} ${num(c.startupS, 2).padStart(8)}`,
    );
  }
  lines.push('');
  if (p.status !== 'completed') lines.push(`job ended ${p.status}${p.error ? ` (${p.error})` : ''}: the platform time is not comparable`);
  if (c) {
    const r = p.totalS / c.seconds;
    lines.push(`platform ÷ CLI time:     ${num(r, 2)}× (target ≤ ${RATIO_TARGET}×)  ${verdict(r <= RATIO_TARGET)}`);
  }
  lines.push(`peak RSS, API process:   ${num(p.rss.peakMB)} MB (target < ${RSS_LIMIT_MB} MB)  ${verdict(p.rss.peakMB < RSS_LIMIT_MB)}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  log(`bench/platform: ${(e as Error).message}`);
  process.exitCode = 1;
});
