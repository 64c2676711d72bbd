import { Inflate } from 'fflate';
import { ReadError } from './errors';
import { RATIO_FLOOR_BYTES, type ReadLimits } from './limits';
import { readChunks, type RandomAccessSource } from './source';
import { entryDataOffset, type ZipDirectory, type ZipEntry } from './zip';

/** Inflated bytes counted across every entry read from one workbook. */
export type InflateBudget = { readonly limits: ReadLimits; totalInflated: number };

export type InflateOptions = {
  signal?: AbortSignal;
  /** Compressed bytes consumed, for progress. */
  onCompressed?(bytes: number): void;
};

/**
 * Compressed bytes handed to the inflater at once. fflate emits all the output of one push in one
 * buffer, so this bounds the largest allocation: at DEFLATE's ~1032:1 maximum, 32 KiB → 33 MiB.
 */
const PUSH_BYTES = 32 * 1024;

/**
 * Streams one entry's uncompressed bytes, counting what is ACTUALLY inflated (never trusting the
 * sizes the zip declares) and throwing the moment the entry, the workbook total or the ratio
 * limit is crossed, so a zip bomb costs a few megabytes and milliseconds, not gigabytes.
 */
export async function* inflateEntry(
  source: RandomAccessSource,
  dir: ZipDirectory,
  entry: ZipEntry,
  budget: InflateBudget,
  opts: InflateOptions = {},
): AsyncGenerator<Uint8Array> {
  const { limits } = budget;
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ReadError('malformed_file', 'the workbook uses an unsupported zip compression method');
  }
  if (entry.uncompressedSize > limits.maxEntryInflatedBytes) throw entryTooLarge(limits);
  const start = await entryDataOffset(source, dir, entry);
  let inflated = 0;
  let consumed = 0;
  const count = (produced: number) => {
    inflated += produced;
    budget.totalInflated += produced;
    if (inflated > limits.maxEntryInflatedBytes) throw entryTooLarge(limits);
    if (budget.totalInflated > limits.maxTotalInflatedBytes) {
      throw new ReadError('file_too_large', `the workbook inflates past the ${mib(limits.maxTotalInflatedBytes)} limit`);
    }
    if (inflated > entry.uncompressedSize) throw sizeMismatch();
    if (inflated > RATIO_FLOOR_BYTES && inflated > limits.maxRatio * consumed) {
      throw new ReadError('file_too_large', `a workbook part is compressed beyond the ${limits.maxRatio}:1 ratio limit (zip bomb?)`);
    }
  };

  const chunks = readChunks(source, { start, end: start + entry.compressedSize, signal: opts.signal });
  if (entry.method === 0) {
    for await (const chunk of chunks) {
      consumed += chunk.length;
      count(chunk.length);
      opts.onCompressed?.(chunk.length);
      yield chunk;
    }
  } else {
    let out: Uint8Array[] = [];
    const inflater = new Inflate((data) => {
      count(data.length);
      if (data.length > 0) out.push(data);
    });
    let seen = 0;
    for await (const chunk of chunks) {
      seen += chunk.length;
      const last = seen >= entry.compressedSize;
      for (let p = 0; p < chunk.length; p += PUSH_BYTES) {
        const slice = chunk.subarray(p, p + PUSH_BYTES);
        consumed += slice.length;
        inflater.push(slice, last && p + PUSH_BYTES >= chunk.length);
        if (out.length > 0) {
          const ready = out;
          out = [];
          yield* ready;
        }
      }
      opts.onCompressed?.(chunk.length);
    }
  }
  if (inflated !== entry.uncompressedSize) throw sizeMismatch();
}

function entryTooLarge(limits: ReadLimits): ReadError {
  return new ReadError('file_too_large', `a workbook part inflates past the ${mib(limits.maxEntryInflatedBytes)} limit`);
}

function sizeMismatch(): ReadError {
  return new ReadError('malformed_file', 'a workbook part does not match the size its zip directory declares');
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes}-byte`;
}
