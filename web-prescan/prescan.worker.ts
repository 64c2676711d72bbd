/**
 * The layer-1 check (design.md): the whole file, read in slices straight from the File on disk
 * and run through the same engine the server uses. It runs here, off the main thread, so a file
 * of hundreds of MB neither freezes the tab nor has to fit in its memory.
 */
import { createScanner, type Report } from '../shared/detect';
import { blobSource, readRows, ReadError, sniffFormat } from '../shared/read';

/** What the worker posts back to the page. */
export type PrescanMessage =
  | { type: 'progress'; bytesRead: number; totalBytes: number; rows: number }
  | { type: 'done'; report: Report; ms: number }
  | { type: 'error'; code: string; message: string };

/** Progress more often than this only costs the page repaints. */
const PROGRESS_EVERY_MS = 100;

async function prescan(file: File): Promise<void> {
  const started = performance.now();
  const post = (m: PrescanMessage) => postMessage(m);
  try {
    const source = blobSource(file);
    const format = await sniffFormat(source, file.name);
    const scanner = createScanner();
    let lastPost = 0;
    const rows = readRows(source, {
      fileName: file.name,
      onProgress(bytesRead, totalBytes) {
        const now = performance.now();
        if (now - lastPost < PROGRESS_EVERY_MS) return;
        lastPost = now;
        post({ type: 'progress', bytesRead, totalBytes, rows: scanner.rowsScanned });
      },
    });
    for await (const batch of rows) {
      scanner.push(batch.sheet, batch.rows);
      // One raw password is enough to refuse the file; the rest of it would not change that.
      if (scanner.credentialSeen) break;
    }
    const ms = performance.now() - started;
    post({ type: 'progress', bytesRead: file.size, totalBytes: file.size, rows: scanner.rowsScanned });
    post({ type: 'done', report: scanner.finish({ file: file.name, format, bytes: file.size, ms }), ms });
  } catch (e) {
    const code = e instanceof ReadError ? e.code : 'prescan_failed';
    post({ type: 'error', code, message: e instanceof Error ? e.message : String(e) });
  }
}

onmessage = (ev: MessageEvent<{ file: File }>) => void prescan(ev.data.file);
