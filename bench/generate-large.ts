import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { ticketText } from '../test/fixtures/free-text';
import { iban, nationalId } from '../test/fixtures/ids';
import { nonPii } from '../test/fixtures/lookalikes';
import { formatDate, makePerson } from '../test/fixtures/people';
import { createRng, type Rng } from '../test/fixtures/prng';

/**
 * The bench's input: one customer export written twice, as CSV and as xlsx, row for row, so
 * that throughput of either can be stated in the same CSV-equivalent MB/s. Both are streamed to
 * disk (no file-sized string or buffer ever exists); the xlsx goes through exceljs's streaming
 * WorkbookWriter with shared strings, which is how Excel itself stores text cells.
 */
export type BenchFiles = { csv: string; xlsx: string | null; rows: number; csvBytes: number; xlsxBytes: number | null };

const HEADER = ['kundnr', 'fnamn', 'enamn', 'e-post', 'telefon', 'personnummer', 'gatuadress', 'postnr', 'ort', 'födelsedatum', 'iban', 'belopp', 'ordernr', 'status', 'skapad', 'anteckning'];
const STATUS = ['aktiv', 'vilande', 'avslutad', 'ny'];

/** One row; numbers stay numbers so the xlsx stores them as Excel would (not as shared strings). */
function row(rng: Rng, i: number): (string | number)[] {
  const p = makePerson(rng, 'SE');
  return [
    100000 + i,
    p.first,
    p.last,
    p.email,
    p.locale.phone(rng, rng.chance(0.3)),
    nationalId(rng, 'personnummer_se', p),
    p.locale.street(rng),
    p.locale.postal(rng),
    rng.pick(p.locale.towns),
    formatDate(p.birth, 'iso'),
    iban(rng, 'SE'),
    rng.int(100, 999_999) / 100,
    Number(nonPii.numericOrderId(rng, 10)),
    rng.pick(STATUS),
    nonPii.timestamp(rng, 'sql'),
    // Mostly repeated phrases, as notes are: the shared-strings table stores each once.
    ticketText(rng, 'sv', p, 0.03),
  ];
}

function csvLine(cells: (string | number)[]): string {
  const text = cells.map((c) => {
    // Swedish Excel writes decimal commas; text needs quotes only around the delimiter or a quote.
    if (typeof c === 'number') return String(c).replace('.', ',');
    return c.includes(';') || c.includes('"') ? `"${c.replaceAll('"', '""')}"` : c;
  });
  return `${text.join(';')}\n`;
}

const paths = (dir: string, sizeMB: number) => ({
  csv: join(dir, `customers-${sizeMB}mb.csv`),
  xlsx: join(dir, `customers-${sizeMB}mb.xlsx`),
  meta: join(dir, `customers-${sizeMB}mb.json`),
});

/** Reuses files from an earlier run: the meta file is written last, so a half-written pair is never trusted. */
export async function benchFilesIfPresent(dir: string, sizeMB: number, withXlsx: boolean): Promise<BenchFiles | null> {
  const p = paths(dir, sizeMB);
  if (!existsSync(p.meta)) return null;
  const meta = JSON.parse(await readFile(p.meta, 'utf8')) as BenchFiles;
  if (withXlsx && !meta.xlsx) return null;
  return meta;
}

/** Writes the CSV (and, unless `withXlsx` is false, the xlsx) until the CSV reaches `sizeMB`. */
export async function generateBenchFiles(dir: string, sizeMB: number, withXlsx: boolean, log: (s: string) => void): Promise<BenchFiles> {
  await mkdir(dir, { recursive: true });
  const p = paths(dir, sizeMB);
  const target = sizeMB * 1024 * 1024;
  const csvOut = createWriteStream(`${p.csv}.part`, { highWaterMark: 1 << 20 });
  const wb = withXlsx
    ? new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${p.xlsx}.part`, useSharedStrings: true, useStyles: false })
    : null;
  const sheet = wb?.addWorksheet('Kunder');
  const rng = createRng(`bench:${sizeMB}`);
  const started = performance.now();
  let written = 0;
  let rows = 0;
  const write = async (cells: (string | number)[]): Promise<void> => {
    const line = csvLine(cells);
    written += Buffer.byteLength(line);
    if (!csvOut.write(line)) await once(csvOut, 'drain');
    sheet?.addRow(cells).commit();
  };
  await write(HEADER);
  while (written < target) {
    await write(row(rng, rows));
    rows++;
    if (rows % 200_000 === 0) log(`  generated ${rows} rows, ${(written / 1048576).toFixed(0)} MB CSV, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  csvOut.end();
  await once(csvOut, 'finish');
  if (wb && sheet) {
    sheet.commit();
    await wb.commit();
  }
  await rename(`${p.csv}.part`, p.csv);
  if (withXlsx) await rename(`${p.xlsx}.part`, p.xlsx);
  const files: BenchFiles = {
    csv: p.csv,
    xlsx: withXlsx ? p.xlsx : null,
    rows,
    csvBytes: (await stat(p.csv)).size,
    xlsxBytes: withXlsx ? (await stat(p.xlsx)).size : null,
  };
  await writeFile(p.meta, JSON.stringify(files));
  log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return files;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '200' }, out: { type: 'string' }, 'csv-only': { type: 'boolean' } } });
  const dir = resolve(values.out ?? 'bench/.out');
  const files = await generateBenchFiles(dir, Number(values.size), !values['csv-only'], (s) => process.stderr.write(`${s}\n`));
  process.stdout.write(`${JSON.stringify(files)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    process.stderr.write(`generate-large: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  });
}
