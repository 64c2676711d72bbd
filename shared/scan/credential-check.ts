/**
 * Layer 2 of the password check (design.md): the engine's credential detectors, and nothing else,
 * over every row of an upload before anything is stored. `credentialsOnly` is several times faster
 * than the full scan the job runs next, and never more lenient. A delimited file is checked while
 * it arrives (`checkArrivingCredentials`, on the scan thread); a workbook only once it is whole,
 * because its zip directory comes last (`checkStoredCredentials`).
 */
import { createScanner, type RejectReason } from '../detect';
import { nodeInflateRaw } from '../node-inflate';
import { readDelimitedArriving, readRows, sniffFormat, type FileFormat, type RandomAccessSource, type RowBatch } from '../read';

/** What layer 2 says of a file: why it is refused (none: accepted) and how many rows it has. */
export type CredentialVerdict = { format: FileFormat; reasons: RejectReason[]; rows: number };

type Pass = { reasons: RejectReason[]; rows: number; stopped: boolean };

async function pass(rows: AsyncIterable<RowBatch>, meta: { fileName: string; format: FileFormat; bytes: () => number }, stopEarly: boolean): Promise<Pass> {
  const scanner = createScanner({ credentialsOnly: true });
  let stopped = false;
  for await (const batch of rows) {
    scanner.push(batch.sheet, batch.rows);
    if (stopEarly && scanner.credentialSeen) {
      stopped = true;
      break;
    }
  }
  const report = scanner.finish({ file: meta.fileName, format: meta.format, bytes: meta.bytes(), ms: 0 });
  return { reasons: report.rejected ? report.rejectReasons : [], rows: report.stats.rows, stopped };
}

/**
 * A whole file. The first pass stops at the first credential-looking cell; only when that cell
 * turns out not to reject the file (a hash under a "password" header) is the file read again
 * without stopping, so a file that is rejected costs only the rows up to its first credential.
 */
export async function checkStoredCredentials(source: RandomAccessSource, fileName: string): Promise<CredentialVerdict> {
  const format = await sniffFormat(source, fileName);
  const meta = { fileName, format, bytes: () => source.size };
  const read = () => readRows(source, { fileName, inflateRaw: nodeInflateRaw });
  const first = await pass(read(), meta, true);
  if (first.reasons.length > 0 || !first.stopped) return { format, reasons: first.reasons, rows: first.rows };
  const full = await pass(read(), meta, false);
  return { format, reasons: full.reasons, rows: full.rows };
}

/**
 * A delimited file while it arrives, in one pass to its end (the bytes cannot be read twice).
 * `format` is what `sniffFormat` made of its first bytes.
 */
export async function checkArrivingCredentials(
  chunks: AsyncIterable<Uint8Array>,
  fileName: string,
  format: Exclude<FileFormat, 'xlsx'>,
): Promise<CredentialVerdict> {
  let bytes = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      bytes += chunk.length;
      yield chunk;
    }
  }
  const { reasons, rows } = await pass(readDelimitedArriving(counted(), format), { fileName, format, bytes: () => bytes }, false);
  return { format, reasons, rows };
}
