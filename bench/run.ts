import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureFiles, log, runChild } from './child';
import type { BenchFiles } from './generate-large';
import { formatBench, type Measured, type Planned } from './table';

/**
 * `npm run bench [-- --size 200] [--csv-only] [--skip-exceljs] [--timeout 900]`
 * `npm run bench -- --platform [--size 100] [--skip-cli]`   ·   `npm run bench -- --login-timing`
 *
 * Generates (once, into bench/.out/) a customer export as CSV and as xlsx with the same rows,
 * then measures, each in its own child process so peak RSS is per measurement: the raw read
 * floor, papaparse and exceljs parse-only as baselines, Veil's readers parse-only, and Veil's
 * full scan. Every figure is printed next to the baselines measured in the same run on the same
 * machine, because absolute MB/s on a shared two-core box mean little on their own.
 * `--size 100,1000 --csv-only` shows whether the CSV scan's memory stays flat as files grow.
 *
 * `--platform` runs bench/platform.ts instead (B5: upload → job completed on the real API in
 * single-process mode vs `veil scan` on the same file; `--size 1000` is the 1 GB memory check),
 * and `--login-timing` runs bench/login-timing.ts (A5: login latency, unknown vs known e-mail).
 */
const HERE = fileURLToPath(new URL('.', import.meta.url));
const MEASURE = resolve(HERE, 'measure.ts');

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    out: { type: 'string' },
    'csv-only': { type: 'boolean', default: false },
    'skip-exceljs': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '900' },
    platform: { type: 'boolean', default: false },
    'login-timing': { type: 'boolean', default: false },
    'skip-cli': { type: 'boolean', default: false },
  },
});

async function measure(plan: Planned, timeoutMs: number, dir: string): Promise<Measured> {
  log(`  measuring ${plan.label} …`);
  // A private, empty TMPDIR: whatever appears in it was spooled by the reader under test.
  const tmp = resolve(dir, 'tmp', plan.key);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    const result = await runChild(['--import', 'tsx', MEASURE, plan.kind, plan.path ?? ''], timeoutMs, { env: { ...process.env, TMPDIR: tmp } });
    if (result === 'timeout') return { ...plan, outcome: 'timeout' };
    if (result.code !== 0) return { ...plan, outcome: 'failed', detail: result.err.trim().split('\n')[0] };
    const m = JSON.parse(result.out.trim().split('\n').pop()!) as { rows: number; seconds: number; maxRssMB: number; maxTmpMB: number };
    return { ...plan, outcome: 'ok', ...m };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

function plans(files: BenchFiles, skipExceljs: boolean): Planned[] {
  const list: Planned[] = [
    { key: 'startup', label: 'node + tsx start-up (memory baseline)', kind: 'startup', path: null },
    { key: 'floor', label: 'raw read floor, CSV (count newlines)', kind: 'floor', path: files.csv },
    { key: 'papaparse', label: 'papaparse parse-only, CSV', kind: 'papaparse', path: files.csv },
  ];
  if (files.xlsx && !skipExceljs) list.push({ key: 'exceljs', label: 'exceljs streaming parse-only, xlsx', kind: 'exceljs', path: files.xlsx });
  list.push({ key: 'veil-read-csv', label: 'veil readers parse-only, CSV', kind: 'veil-read', path: files.csv });
  if (files.xlsx) list.push({ key: 'veil-read-xlsx', label: 'veil readers parse-only, xlsx', kind: 'veil-read', path: files.xlsx });
  list.push({ key: 'veil-scan-csv', label: 'veil scan (full), CSV', kind: 'veil-scan', path: files.csv });
  if (files.xlsx) list.push({ key: 'veil-scan-xlsx', label: 'veil scan (full), xlsx', kind: 'veil-scan', path: files.xlsx });
  return list;
}

/** Runs one of the service benches as its own process, its report going straight to stdout. */
async function service(script: string, args: string[]): Promise<void> {
  const result = await runChild(['--import', 'tsx', resolve(HERE, script), ...args], Number(values.timeout) * 1000 * 4, { stdio: 'inherit-stderr' });
  if (result === 'timeout') throw new Error(`${script} timed out`);
  process.stdout.write(result.out);
  if (result.code !== 0) process.exitCode = result.code ?? 1;
}

async function main(): Promise<void> {
  const dir = resolve(values.out ?? resolve(HERE, '.out'));
  if (values.platform) {
    const args = ['--size', values.size ?? '100', '--out', dir, '--timeout', values.timeout, ...(values['skip-cli'] ? ['--skip-cli'] : [])];
    return service('platform.ts', args);
  }
  if (values['login-timing']) return service('login-timing.ts', []);
  const sizes = (values.size ?? '200').split(',').map((s) => Number(s.trim()));
  if (sizes.some((s) => !(s > 0))) throw new Error(`--size takes MB, e.g. --size 200 or --size 100,1000 (got '${values.size}')`);
  const timeoutMs = Number(values.timeout) * 1000;
  for (const size of sizes) {
    const generated = await ensureFiles(dir, size, !values['csv-only']);
    // An xlsx an earlier run left next to the CSV is not measured when only the CSV was asked for.
    const files = values['csv-only'] ? { ...generated, xlsx: null, xlsxBytes: null } : generated;
    const measured: Measured[] = [];
    for (const plan of plans(files, values['skip-exceljs'])) measured.push(await measure(plan, timeoutMs, dir));
    process.stdout.write(`${formatBench(files, measured, values.timeout)}\n\n`);
  }
}

main().catch((e: unknown) => {
  log(`bench: ${(e as Error).message}`);
  process.exitCode = 1;
});
