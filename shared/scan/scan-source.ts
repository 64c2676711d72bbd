import { availableParallelism } from 'node:os';
import { createScanner, type Report, type Scanner } from '../detect';
import { nodeInflateRaw } from '../node-inflate';
import { readRows, sniffFormat, type FileFormat, type RandomAccessSource } from '../read';
import { createThreadedScanner, type ThreadedScanner } from './engine-threads';

/**
 * Measured on two cores only (this machine); the cap keeps a large machine from starting dozens
 * of threads that each hold the engine (about 20 MB each) for a reader that packs every batch once
 * per thread.
 */
const MAX_ENGINE_THREADS = 4;

const MIN_THREADED_BYTES = 8 * 1024 * 1024;

export type ScanSourceOptions = {
  /** The name the user knows the file by; only its last path segment goes into the report. */
  fileName: string;
  /** Scan only this sheet of a workbook. */
  sheet?: string;
  onProgress?(bytesRead: number, totalBytes: number, rowsScanned: number): void;
  signal?: AbortSignal;
  /** Engine threads, the caller's included (engine-threads.ts); 1 scans on the caller's thread alone. */
  threads?: number;
};

/**
 * Reads a file and runs every cell of it through the detection engine: the one composition of
 * `shared/read` and `shared/detect` that the CLI, the worker and the tests share. Reader errors
 * (`ReadError`: unsupported, malformed, too large) propagate unchanged for the caller to map.
 */
export async function scanSource(source: RandomAccessSource, opts: ScanSourceOptions): Promise<Report> {
  const started = performance.now();
  const format = await sniffFormat(source, opts.fileName);
  const threads = opts.threads ?? engineThreads(format, source.size);
  const scanner = threads > 1 ? createThreadedScanner(threads, readerLoad(format)) : inline(createScanner());
  const rows = readRows(source, {
    fileName: opts.fileName,
    sheet: opts.sheet,
    signal: opts.signal,
    inflateRaw: nodeInflateRaw,
    onProgress: opts.onProgress && ((read, total) => opts.onProgress?.(read, total, scanner.rowsScanned)),
  });
  try {
    for await (const batch of rows) await scanner.push(batch.sheet, batch.rows);
  } catch (e) {
    scanner.close();
    throw e;
  }
  return scanner.finish({ file: baseName(opts.fileName), format, bytes: source.size, ms: performance.now() - started });
}

/**
 * How many engine threads a file of this format gets when the caller does not say. A delimited
 * file is read several times faster than the engine checks it, so the engine is spread over the
 * cores (200 MB CSV on 2 cores: 2.3–2.7 s against 3.3–3.5 s on one thread, about 200 MB
 * against 150 MB). A workbook is scanned on the caller's thread: its reader holds the shared
 * strings and costs more than the engine, and with the engine on a second thread the 200 MB bench
 * workbook took 5.4–6.3 s instead of 6.7–7.3 s but peaked at 276–293 MB, over the 256 MB the scan
 * is allowed. So is a small file, which one thread scans in less time than threads take to start
 * (about 70 ms each).
 */
function engineThreads(format: FileFormat, bytes: number): number {
  if (format === 'xlsx' || bytes < MIN_THREADED_BYTES) return 1;
  return Math.min(availableParallelism(), MAX_ENGINE_THREADS);
}

/**
 * What reading a row costs the reading thread, as a fraction of what the engine spends on the row:
 * the reading thread gets that much less of the engine's work (engine-threads.ts). Measured on the
 * bench CSV, parsing and packing a row took 0.9–1.0 µs against the engine's 3.2–3.6 µs. A
 * workbook's reader costs more than the engine, so all of it goes to the other threads.
 */
function readerLoad(format: FileFormat): number {
  return format === 'xlsx' ? 1 : 0.3;
}

/** The one-thread scanner behind the threaded one's interface. */
function inline(scanner: Scanner): ThreadedScanner {
  return {
    push: async (sheet, rows) => scanner.push(sheet, rows),
    get rowsScanned() {
      return scanner.rowsScanned;
    },
    finish: async (meta) => scanner.finish(meta),
    close: () => undefined,
  };
}

function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(cut + 1) : path;
}
