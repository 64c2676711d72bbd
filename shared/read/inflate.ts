import { Inflate } from 'fflate';
import { ReadError } from './errors';
import { RATIO_FLOOR_BYTES, type ReadLimits } from './limits';
import { readChunks, type RandomAccessSource } from './source';
import { entryDataOffset, type ZipDirectory, type ZipEntry } from './zip';

/** Inflated bytes counted across every entry read from one workbook. */
export type InflateBudget = { readonly limits: ReadLimits; totalInflated: number };

/**
 * Raw DEFLATE, compressed pieces in and inflated pieces out. The readers use the platform's
 * DecompressionStream (fflate where it lacks 'deflate-raw'); Node callers pass zlib
 * (shared/node-inflate.ts), which the browser-safe readers cannot import.
 */
export type RawInflater = (compressed: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;

export type InflateOptions = {
  signal?: AbortSignal;
  inflateRaw?: RawInflater;
  /** Compressed bytes consumed, for progress. */
  onCompressed?(bytes: number): void;
};

/**
 * Compressed bytes handed to the inflater at once. Both inflaters produce all the output of one
 * push before the limits can look at it, so this bounds what a bomb can allocate between two
 * checks: at DEFLATE's ~1032:1 maximum, 32 KiB → 33 MiB.
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
  // Compressed input is counted as each small slice is handed on, so the ratio check compares
  // against what has actually gone into the inflater, not what has merely been read.
  const counted = async function* (compressed: AsyncIterable<Uint8Array>) {
    for await (const chunk of compressed) {
      for (let p = 0; p < chunk.length; p += PUSH_BYTES) {
        const slice = chunk.subarray(p, p + PUSH_BYTES);
        consumed += slice.length;
        opts.onCompressed?.(slice.length);
        yield slice;
      }
    }
  };
  const inflater = opts.inflateRaw ?? (nativeInflater() ? inflateNative : inflatePortable);
  const output = entry.method === 0 ? counted(chunks) : inflater(counted(chunks));
  for await (const bytes of output) {
    count(bytes.length);
    yield bytes;
  }
  if (inflated !== entry.uncompressedSize) throw sizeMismatch();
}

/** fflate's streaming Inflate: pure JS, so it runs anywhere. */
async function* inflatePortable(compressed: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let out: Uint8Array[] = [];
  const inflater = new Inflate((data) => {
    if (data.length > 0) out.push(data);
  });
  for await (const slice of compressed) {
    inflater.push(slice);
    if (out.length > 0) {
      const ready = out;
      out = [];
      yield* ready;
    }
  }
  inflater.push(new Uint8Array(0), true);
  yield* out;
}

/** Output is handed on in pieces of about this size: the native stream emits 16 KiB pieces. */
const NATIVE_BATCH = 256 * 1024;

/**
 * The platform's own inflater (DecompressionStream 'deflate-raw': zlib in Node, native in
 * browsers). zlib alone inflates ~3× faster than fflate; through the stream plumbing the gain is
 * smaller, but in Node it runs on the thread pool, so inflating overlaps parsing. Input goes in one PUSH_BYTES slice per write and each write waits for the previous
 * one's output to be consumed (stream backpressure), so about one slice's output is ever buffered.
 */
async function* inflateNative(compressed: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let inputError: unknown;
  const pump = (async () => {
    try {
      for await (const slice of compressed) await writer.write(slice as Uint8Array<ArrayBuffer>);
      await writer.close();
    } catch (e) {
      inputError ??= e;
      await writer.abort(e).catch(() => {});
    }
  })();
  try {
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    for (;;) {
      const { value, done } = await reader.read().catch((e: unknown) => Promise.reject(inputError ?? e));
      if (done) break;
      pending.push(value);
      pendingBytes += value.length;
      if (pendingBytes >= NATIVE_BATCH) {
        yield joinBytes(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
      }
    }
    if (pendingBytes > 0) yield joinBytes(pending, pendingBytes);
  } finally {
    await reader.cancel().catch(() => {});
    await pump;
  }
  if (inputError !== undefined) throw inputError;
}

function joinBytes(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

let nativeSupport: boolean | undefined;

/** Whether this platform's DecompressionStream speaks raw DEFLATE (Node ≥ 20, current browsers). */
function nativeInflater(): boolean {
  if (nativeSupport === undefined) {
    try {
      new DecompressionStream('deflate-raw');
      nativeSupport = true;
    } catch {
      nativeSupport = false;
    }
  }
  return nativeSupport;
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
