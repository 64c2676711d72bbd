import { deflateSync, inflateSync } from 'fflate';
import { ReadError } from './errors';

/** Bytes per storage block; strings may straddle blocks. */
const BLOCK = 64 * 1024;
/** Offsets are kept in fixed chunks so growing never copies (or doubles) a huge array. */
const OFFSET_CHUNK = 65536;
/** Below this many bytes blocks stay uncompressed: small workbooks pay nothing. */
const COMPRESS_AFTER = 16 * 1024 * 1024;
/** Decompressed blocks kept; sheets reference strings roughly in first-appearance order. */
const CACHE_BLOCKS = 8;

/**
 * A workbook's shared strings, held compactly: UTF-8 bytes in 64 KiB blocks plus one 32-bit offset
 * per string. A JS string[] of 10 million short strings costs about 1 GB; this costs the bytes
 * themselves plus 4 bytes each, and once past 16 MiB full blocks are deflated (fflate level 1,
 * typically 2–4× smaller) with a small cache of inflated blocks for lookups.
 */
export class StringTable {
  private count = 0;
  private total = 0;
  private readonly offsets: Uint32Array[] = [new Uint32Array(OFFSET_CHUNK)];
  private readonly blocks: Uint8Array[] = [];
  private readonly packed: boolean[] = [];
  private current = new Uint8Array(BLOCK);
  private readonly cache = new Map<number, Uint8Array>();
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly maxStrings: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.count;
  }

  add(text: string): void {
    if (this.count >= this.maxStrings) {
      throw new ReadError('file_too_large', `the workbook has more than ${this.maxStrings} shared strings`);
    }
    const used = this.total % BLOCK;
    if (text.length * 3 <= BLOCK - used) {
      this.total += this.encoder.encodeInto(text, this.current.subarray(used)).written;
    } else {
      this.append(this.encoder.encode(text));
    }
    if (this.total > this.maxBytes || this.total > 0xffffffff) {
      throw new ReadError('file_too_large', `the workbook's shared strings exceed ${this.maxBytes} bytes`);
    }
    this.sealIfFull();
    this.count++;
    const slot = this.count;
    if (slot % OFFSET_CHUNK === 0) this.offsets.push(new Uint32Array(OFFSET_CHUNK));
    this.offsets[Math.floor(slot / OFFSET_CHUNK)][slot % OFFSET_CHUNK] = this.total;
  }

  /** The string at a 0-based shared-string index, or undefined when there is none. */
  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    const start = this.offset(index);
    const end = this.offset(index + 1);
    if (start === end) return '';
    const first = Math.floor(start / BLOCK);
    const last = Math.floor((end - 1) / BLOCK);
    if (first === last) {
      const base = first * BLOCK;
      return this.decoder.decode(this.block(first).subarray(start - base, end - base));
    }
    const bytes = new Uint8Array(end - start);
    for (let b = first, at = 0; b <= last; b++) {
      const base = b * BLOCK;
      const piece = this.block(b).subarray(Math.max(start, base) - base, Math.min(end, base + BLOCK) - base);
      bytes.set(piece, at);
      at += piece.length;
    }
    return this.decoder.decode(bytes);
  }

  private offset(slot: number): number {
    return this.offsets[Math.floor(slot / OFFSET_CHUNK)][slot % OFFSET_CHUNK];
  }

  private append(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length; ) {
      const used = this.total % BLOCK;
      const n = Math.min(BLOCK - used, bytes.length - at);
      this.current.set(bytes.subarray(at, at + n), used);
      at += n;
      this.total += n;
      this.sealIfFull();
    }
  }

  /** Moves a full current block into storage, deflated once the table is big enough to matter. */
  private sealIfFull(): void {
    if (this.total % BLOCK !== 0 || this.total === this.blocks.length * BLOCK) return;
    const block = this.current;
    this.current = new Uint8Array(BLOCK);
    if (this.total > COMPRESS_AFTER) {
      const packed = deflateSync(block, { level: 1 });
      if (packed.length < BLOCK * 0.9) {
        this.blocks.push(packed);
        this.packed.push(true);
        return;
      }
    }
    this.blocks.push(block);
    this.packed.push(false);
  }

  private block(index: number): Uint8Array {
    if (index === this.blocks.length) return this.current;
    if (!this.packed[index]) return this.blocks[index];
    const hit = this.cache.get(index);
    if (hit) return hit;
    const bytes = inflateSync(this.blocks[index], { out: new Uint8Array(BLOCK) });
    if (this.cache.size >= CACHE_BLOCKS) this.cache.delete(this.cache.keys().next().value as number);
    this.cache.set(index, bytes);
    return bytes;
  }
}
