import { createReadStream, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * One measurement, run in a child process of bench/run.ts so that its peak RSS is its own and
 * not the high-water mark of everything measured before it. Prints one JSON line:
 * `{ rows, seconds, maxRssMB, maxTmpMB }`. run.ts gives each child an empty TMPDIR of its own;
 * sampling its size shows what a reader spools to disk (exceljs writes a worksheet stored before
 * the shared strings to a temp file, in clear, and deletes it afterwards). Each measurement
 * imports only what it runs, so none is charged for another's modules (exceljs and papaparse
 * alone added 17 MB to every Veil line's peak RSS). The clock starts after module loading, so
 * tsx's start-up cost is not charged to the reader under test; start-up memory is, and run.ts
 * prints it separately.
 */
const KINDS = ['startup', 'floor', 'papaparse', 'exceljs', 'veil-read', 'veil-scan'] as const;
type Kind = (typeof KINDS)[number];

/** Raw read floor: stream the file and count newlines; nothing can parse faster than this. */
async function floor(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return lines;
}

type Run = (path: string) => Promise<number>;

/** papaparse in its fastest streaming mode (chunk callbacks over a Node stream), parse only. */
async function papaparse(): Promise<Run> {
  const { default: Papa } = await import('papaparse');
  return (path) =>
    new Promise((resolve, reject) => {
      let rows = 0;
      Papa.parse(createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }) as unknown as File, {
        chunk: (results) => {
          rows += results.data.length;
        },
        complete: () => resolve(rows),
        error: (e: Error) => reject(e),
      });
    });
}

/** exceljs's streaming WorkbookReader with shared strings cached, styles ignored: parse only. */
async function exceljs(): Promise<Run> {
  const { default: ExcelJS } = await import('exceljs');
  return async (path) => {
    let rows = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: 'cache',
      worksheets: 'emit',
      hyperlinks: 'ignore',
      styles: 'ignore',
      entries: 'emit',
    });
    for await (const sheet of reader) {
      for await (const _row of sheet) rows++;
    }
    return rows;
  };
}

async function veilRead(): Promise<Run> {
  const { openFileSource } = await import('../shared/fs-source');
  const { readRows } = await import('../shared/read');
  const { nodeInflateRaw } = await import('../shared/node-inflate');
  return async (path) => {
    const source = await openFileSource(path);
    let rows = 0;
    try {
      for await (const batch of readRows(source, { fileName: path, inflateRaw: nodeInflateRaw })) rows += batch.rows.length;
    } finally {
      await source.close();
    }
    return rows;
  };
}

async function veilScan(): Promise<Run> {
  const { openFileSource } = await import('../shared/fs-source');
  const { scanSource } = await import('../shared/scan/scan-source');
  return async (path) => {
    const source = await openFileSource(path);
    try {
      const report = await scanSource(source, { fileName: path });
      return report.stats.rows;
    } finally {
      await source.close();
    }
  };
}

/** Per measurement: load its modules, then hand back the run to time. */
const LOAD: Record<Kind, () => Promise<Run>> = {
  startup: async () => async () => 0,
  floor: async () => floor,
  papaparse,
  exceljs,
  'veil-read': veilRead,
  'veil-scan': veilScan,
};

/** Samples the bytes under TMPDIR every 250 ms and keeps the largest total seen. */
function watchTmp(): () => number {
  let peak = 0;
  const sample = (): void => {
    let total = 0;
    for (const name of readdirSync(tmpdir())) {
      try {
        total += statSync(join(tmpdir(), name)).size;
      } catch {
        // Deleted between listing and stat: it no longer counts.
      }
    }
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, 250);
  timer.unref();
  return () => {
    clearInterval(timer);
    sample();
    return peak;
  };
}

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true });
  const [kind, path] = positionals as [Kind, string];
  if (!KINDS.includes(kind)) throw new Error(`unknown measurement '${kind}'`);
  const run = await LOAD[kind]();
  const tmpPeak = watchTmp();
  const started = performance.now();
  const rows = await run(path);
  const seconds = (performance.now() - started) / 1000;
  // resourceUsage().maxRSS is in kilobytes: the process's peak resident set, as the kernel counts it.
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  const maxTmpMB = tmpPeak() / (1024 * 1024);
  process.stdout.write(`${JSON.stringify({ rows, seconds, maxRssMB, maxTmpMB })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`measure: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
