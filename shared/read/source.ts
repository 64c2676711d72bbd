import { ReadError, SourceFailure, throwIfAborted } from './errors';

/**
 * Random access to the bytes of one file. The xlsx reader needs it (the zip directory sits at
 * the end); the delimited reader just walks it front to back. Implementations exist for memory,
 * Blobs (browser File) and, outside this folder, Node file handles.
 */
export type RandomAccessSource = {
  readonly size: number;
  /** Up to `length` bytes at `offset`; fewer only at the end of the source. */
  read(offset: number, length: number): Promise<Uint8Array>;
};

/** A source over bytes already in memory (tests, small uploads); reads are zero-copy views. */
export function bytesSource(bytes: Uint8Array): RandomAccessSource {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
  };
}

/** A source over a Blob, which is what a browser `File` is: only the slices asked for are loaded. */
export function blobSource(blob: Blob): RandomAccessSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/**
 * Sequential reads of about this size keep memory flat however large the file is. Small enough
 * that a chunk's rows are scanned before they outlive two young-generation collections: with
 * 256 KiB, most of them were promoted and the old generation swelled with dead rows between
 * full collections (`veil scan` of the 200 MB bench CSV: peak RSS 221–237 MB, now 153–156 MB,
 * at the same speed).
 */
export const CHUNK_BYTES = 64 * 1024;

/**
 * Reads exactly `length` bytes (clamped to the source's end when `allowShort`), so that a file
 * shorter than its own structures claim is reported as malformed rather than misparsed.
 */
export async function readAt(
  source: RandomAccessSource,
  offset: number,
  length: number,
  allowShort = false,
): Promise<Uint8Array> {
  const wanted = allowShort ? Math.max(0, Math.min(length, source.size - offset)) : length;
  if (wanted === 0) return new Uint8Array(0);
  if (offset < 0 || offset + wanted > source.size) throw new ReadError('malformed_file', 'the file is truncated');
  let bytes: Uint8Array;
  try {
    bytes = await source.read(offset, wanted);
  } catch (e) {
    throw new SourceFailure(e);
  }
  if (bytes.length < wanted) throw new ReadError('malformed_file', 'the file is truncated');
  return bytes.length > wanted ? bytes.subarray(0, wanted) : bytes;
}

export type ChunkOptions = {
  start?: number;
  end?: number;
  chunkBytes?: number;
  signal?: AbortSignal;
  /** Called after each chunk with the absolute end offset of what has been read. */
  onChunk?(endOffset: number): void;
};

/**
 * Walks a byte range in sequential chunks. The next chunk is read while the caller works on this
 * one (`veil scan` had waited out each 64 KiB file read: 7% of a scan's time idle), so at most
 * two chunks exist at a time.
 */
export async function* readChunks(source: RandomAccessSource, opts: ChunkOptions = {}): AsyncGenerator<Uint8Array> {
  const end = Math.min(opts.end ?? source.size, source.size);
  const step = opts.chunkBytes ?? CHUNK_BYTES;
  const readFrom = (offset: number) => {
    const pending = readAt(source, offset, Math.min(step, end - offset));
    // Read ahead of a caller that stops early: its failure is nobody's to handle.
    pending.catch(() => undefined);
    return pending;
  };
  let offset = opts.start ?? 0;
  let next = offset < end ? readFrom(offset) : null;
  while (next) {
    throwIfAborted(opts.signal);
    const chunk = await next;
    offset += chunk.length;
    next = offset < end ? readFrom(offset) : null;
    opts.onChunk?.(offset);
    yield chunk;
  }
}
