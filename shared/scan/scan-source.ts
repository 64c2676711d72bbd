import { availableParallelism } from 'node:os';
import { createScanner, type Report, type Scanner } from '../detect';
import { nodeInflateRaw } from '../node-inflate';
import { guessRecordStart, readRows, sniffFormat, type RandomAccessSource, type Split } from '../read';
import { startRestThread, type RestThread } from './rest-thread';

/**
 * Below this a delimited file is scanned on the caller's thread alone: one thread scans it in
 * less time than a second takes to start (about 70 ms).
 */
const MIN_SPLIT_BYTES = 8 * 1024 * 1024;
/**
 * The share of the bytes after the lead that the caller's thread scans itself: half, as the cut
 * waits for the other thread to be ready (200 MB bench CSV: the halves end within 0.1 s).
 */
const OWN_SHARE = 0.5;
/** Bytes looked at for a record start near the cut (see guessRecordStart). */
const CUT_WINDOW = 64 * 1024;

export type ScanSourceOptions = {
  /** The name the user knows the file by; only its last path segment goes into the report. */
  fileName: string;
  /** Scan only this sheet of a workbook. */
  sheet?: string;
  onProgress?(bytesRead: number, totalBytes: number, rowsScanned: number): void;
  signal?: AbortSignal;
  /**
   * Threads for a delimited file of at least MIN_SPLIT_BYTES: 1 scans on the caller's thread
   * alone, more cut the file in two (see rest-thread.ts). A workbook is always read on one: its
   * parts are compressed streams that only decompress from their start.
   */
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
  const scanner = createScanner();
  const threads = opts.threads ?? availableParallelism();
  const rest = format !== 'xlsx' && threads > 1 && source.size >= MIN_SPLIT_BYTES ? startRestThread(source, opts.signal) : null;
  const split: Split = { dialect: null, at: null, stopped: false };
  let ownBytes = 0;
  let absorbed = false;
  // The rest thread's part counts from the cut until its tallies are absorbed; a cut inside a
  // record is dropped by the reader (split.at back to null), and with it the thread's part.
  const progress = () => {
    const bytes = split.at === null ? ownBytes : Math.min(ownBytes, split.at) + (rest?.bytes ?? 0);
    const rows = scanner.rowsScanned + (split.at !== null && !absorbed ? (rest?.rows ?? 0) : 0);
    opts.onProgress?.(bytes, source.size, rows);
  };
  if (rest) rest.onProgress = progress;
  const rows = readRows(source, {
    fileName: opts.fileName,
    sheet: opts.sheet,
    signal: opts.signal,
    inflateRaw: nodeInflateRaw,
    split: rest ? split : undefined,
    onProgress: (read) => {
      ownBytes = read;
      progress();
    },
  });
  let cutting = rest !== null;
  try {
    for await (const batch of rows) {
      scanner.push(batch.sheet, batch.rows);
      if (!rest) continue;
      if (cutting) cutting = !(await cut(source, scanner, split, ownBytes, rest));
      // The cut was inside a record: this thread reads on, and the other's work is of no use.
      else if (split.at === null) rest.close();
      // The thread's messages, and the reads that feed it, are handled in turns of the event
      // loop, which a source that answers from memory (the scan thread's read-ahead) does not
      // otherwise give them: its half came in 1.4 s after this thread's.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (rest && split.stopped) {
      scanner.absorb(await rest.tallies());
      absorbed = true;
    }
    progress();
  } finally {
    rest?.close();
  }
  return scanner.finish({ file: baseName(opts.fileName), format, bytes: source.size, ms: performance.now() - started });
}

/**
 * Once the lead is scanned and the thread is ready, cuts the file at a likely record start
 * halfway through what is left and starts the rest thread there; false until then. A file in
 * UTF-16 or without a line feed near the middle is left whole (and the thread ended).
 */
async function cut(source: RandomAccessSource, scanner: Scanner, split: Split, read: number, rest: RestThread): Promise<boolean> {
  const lead = scanner.lead('');
  const dialect = split.dialect;
  if (!lead || !dialect || !rest.ready) return false;
  const from = Math.floor(read + (source.size - read) * OWN_SHARE);
  const window = dialect.encoding.startsWith('utf-16') ? null : await source.read(from, Math.min(CUT_WINDOW, source.size - from));
  const start = window && guessRecordStart(window, dialect, lead.headers.length);
  if (start === null || from + start >= source.size) {
    rest.close();
    return true;
  }
  split.at = from + start;
  rest.start(lead, dialect, split.at);
  return true;
}

function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(cut + 1) : path;
}
