import { open } from 'node:fs/promises';
import type { RandomAccessSource } from './read';

/** A file opened for random reads; close it when done (the CLI does, in `finally`). */
export type FileSource = RandomAccessSource & { close(): Promise<void> };

/**
 * A RandomAccessSource over a file path, the only Node-specific piece of the readers: the xlsx
 * reader jumps to the zip directory at the end and the delimited reader walks 64 KiB chunks, so a
 * file of any size is read without loading it. The size is fixed at open time, so a file that
 * shrinks underneath reads as truncated (malformed), not as a shorter valid file.
 */
export async function openFileSource(path: string): Promise<FileSource> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return {
      size,
      async read(offset, length) {
        const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        let filled = 0;
        while (filled < buffer.length) {
          const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, offset + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return filled === buffer.length ? buffer : buffer.subarray(0, filled);
      },
      close: () => handle.close(),
    };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
