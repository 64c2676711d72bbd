import { createScanner, type Report } from '../detect';
import { nodeInflateRaw } from '../node-inflate';
import { readRows, sniffFormat, type RandomAccessSource } from '../read';

export type ScanSourceOptions = {
  /** The name the user knows the file by; only its last path segment goes into the report. */
  fileName: string;
  /** Scan only this sheet of a workbook. */
  sheet?: string;
  onProgress?(bytesRead: number, totalBytes: number, rowsScanned: number): void;
  signal?: AbortSignal;
};

/**
 * Reads a file and runs every cell of it through the detection engine: the one composition of
 * `shared/read` and `shared/detect` that the CLI, the worker and the tests share. Reader errors
 * (`ReadError`: unsupported, malformed, too large) propagate unchanged for the caller to map.
 */
export async function scanSource(source: RandomAccessSource, opts: ScanSourceOptions): Promise<Report> {
  const started = performance.now();
  const format = await sniffFormat(source, opts.fileName);
  const scanner = createScanner();
  const rows = readRows(source, {
    fileName: opts.fileName,
    sheet: opts.sheet,
    signal: opts.signal,
    inflateRaw: nodeInflateRaw,
    onProgress: opts.onProgress && ((read, total) => opts.onProgress?.(read, total, scanner.rowsScanned)),
  });
  for await (const batch of rows) {
    scanner.push(batch.sheet, batch.rows);
  }
  return scanner.finish({ file: baseName(opts.fileName), format, bytes: source.size, ms: performance.now() - started });
}

function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(cut + 1) : path;
}
