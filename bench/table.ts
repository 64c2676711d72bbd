import { basename } from 'node:path';
import type { BenchFiles } from './generate-large';

/**
 * The bench's one table and the ratio lines the issue sets as targets. Throughput is always of
 * the CSV-equivalent bytes, so the xlsx rows (same data, different container) are comparable
 * with the CSV rows and with each other.
 */
export type Planned = { key: string; label: string; kind: string; path: string | null };
export type Measured = Planned &
  ({ outcome: 'ok'; rows: number; seconds: number; maxRssMB: number; maxTmpMB: number } | { outcome: 'timeout' } | { outcome: 'failed'; detail: string });

const MB = 1024 * 1024;
const RSS_LIMIT_MB = 256;

const num = (x: number, digits = 1): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function line(m: Measured, files: BenchFiles, timeout: string): string {
  const label = m.label.padEnd(40);
  if (m.outcome === 'timeout') return `${label} ${'timeout'.padStart(9)}   (killed after ${timeout} s)`;
  if (m.outcome === 'failed') return `${label} ${'failed'.padStart(9)}   ${m.detail}`;
  if (m.kind === 'startup') return `${label} ${'-'.padStart(9)} ${'-'.padStart(11)} ${num(m.maxRssMB).padStart(12)} ${'-'.padStart(8)} ${'-'.padStart(7)}`;
  const mbps = files.csvBytes / MB / m.seconds;
  // Parsers see the header as a row; the scan reports data rows only.
  const expected = m.kind === 'veil-scan' ? files.rows : files.rows + 1;
  const rowsNote = m.rows === expected ? '' : `  rows ${m.rows} ≠ ${expected}`;
  return `${label} ${num(mbps).padStart(9)} ${Math.round(m.rows / m.seconds).toLocaleString('en-US').padStart(11)} ${num(m.maxRssMB).padStart(12)} ${num(m.seconds, 2).padStart(8)} ${num(m.maxTmpMB).padStart(7)}${rowsNote}`;
}

function get(measured: Measured[], key: string): Extract<Measured, { outcome: 'ok' }> | null {
  const m = measured.find((x) => x.key === key);
  return m && m.outcome === 'ok' ? m : null;
}

function ratios(measured: Measured[]): string[] {
  const out: string[] = [];
  const papa = get(measured, 'papaparse');
  const excel = get(measured, 'exceljs');
  const scanCsv = get(measured, 'veil-scan-csv');
  const scanXlsx = get(measured, 'veil-scan-xlsx');
  const verdict = (ok: boolean): string => (ok ? 'meets target' : 'MISSES TARGET');
  if (papa && scanCsv) {
    const r = papa.seconds / scanCsv.seconds;
    out.push(`CSV full scan ÷ papaparse parse-only:    ${num(r, 2)}  (target ≥ 0.50)  ${verdict(r >= 0.5)}`);
  } else out.push('CSV full scan ÷ papaparse parse-only:    n/a (a measurement did not finish)');
  if (excel && scanXlsx) {
    const r = excel.seconds / scanXlsx.seconds;
    out.push(`xlsx full scan ÷ exceljs streaming:      ${num(r, 2)}× (target ≥ 4×)    ${verdict(r >= 4)}`);
  } else if (measured.some((x) => x.key === 'veil-scan-xlsx')) {
    const outcome = (key: string): string => measured.find((x) => x.key === key)?.outcome ?? 'skipped';
    out.push(`xlsx full scan ÷ exceljs streaming:      n/a (exceljs ${outcome('exceljs')}, veil xlsx scan ${outcome('veil-scan-xlsx')})`);
  }
  for (const m of [scanCsv, scanXlsx]) {
    if (m) out.push(`peak RSS, ${m.label}: ${num(m.maxRssMB)} MB (target < ${RSS_LIMIT_MB} MB)  ${verdict(m.maxRssMB < RSS_LIMIT_MB)}`);
  }
  return out;
}

export function formatBench(files: BenchFiles, measured: Measured[], timeout: string): string {
  const head = [
    `Veil bench: ${basename(files.csv)} ${num(files.csvBytes / MB)} MB` +
      (files.xlsx && files.xlsxBytes ? ` and ${basename(files.xlsx)} ${num(files.xlsxBytes / MB)} MB` : '') +
      `, ${files.rows.toLocaleString('en-US')} rows`,
    'MB/s of the CSV-equivalent bytes; each line its own process; tmp MB = peak bytes it spooled to its TMPDIR',
    '',
    `${'measurement'.padEnd(40)} ${'MB/s'.padStart(9)} ${'rows/s'.padStart(11)} ${'peak RSS MB'.padStart(12)} ${'wall s'.padStart(8)} ${'tmp MB'.padStart(7)}`,
  ];
  return [...head, ...measured.map((m) => line(m, files, timeout)), '', ...ratios(measured)].join('\n');
}
