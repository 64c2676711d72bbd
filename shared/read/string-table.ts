import { ReadError } from './errors';
import { RecentStrings } from './recent-strings';

/** Bytes per storage block; a string longer than a third of this gets a block of its own. */
const BLOCK_BYTES = 1 << 20;
/** Offsets are kept in fixed chunks so growing never copies (or doubles) a huge array. */
const OFFSET_CHUNK = 65536;

/**
 * A workbook's shared strings, held compactly: UTF-8 in 1 MiB byte blocks, one 32-bit offset per
 * string, decoded when a cell asks for one. A JS string[] of 10 million short strings costs about
 * 1 GB (a heap object per string); here the bench's 824 k-row workbook holds 3.5 M strings in
 * 64 MB of blocks and 14 MB of offsets.
 *
 * Nothing is compressed. Excel numbers shared strings in order of first appearance, so a column
 * of birth dates, postcodes or e-mails that repeat keeps pointing back at strings first seen
 * anywhere earlier in the table: with deflated blocks behind a cache, nearly every such lookup
 * inflated a block, and that 127 MB workbook took 376 s to read.
 *
 * The bytes live outside the JS heap on purpose. Held as heap strings (sliced per lookup, no
 * decoding) the table was read a little faster, but V8 sizes its heap in proportion to what is
 * live in it, so a full scan let 200+ MB of garbage build up between collections: peak RSS 453 MB
 * against 278 MB with the same table in ArrayBuffers.
 */
export class StringTable {
  private count = 0;
  private total = 0;
  private readonly offsets: Uint32Array[] = [new Uint32Array(OFFSET_CHUNK)];
  /** Blocks in order; strings never straddle two, and the last one is being filled. */
  private readonly blocks: Uint8Array[] = [];
  private readonly blockStarts: number[] = [];
  private used = 0;
  private lastBlock = 0;
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  private readonly recent = new RecentStrings();

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
    const bytes = text.length === 0 ? 0 : this.append(text);
    if (this.total + bytes > Math.min(this.maxBytes, 0xffffffff)) {
      throw new ReadError('file_too_large', `the workbook's shared strings exceed ${this.maxBytes} bytes`);
    }
    this.total += bytes;
    this.count++;
    const slot = this.count;
    if (slot % OFFSET_CHUNK === 0) this.offsets.push(new Uint32Array(OFFSET_CHUNK));
    this.offsets[Math.floor(slot / OFFSET_CHUNK)][slot % OFFSET_CHUNK] = this.total;
  }

  /** The string at a 0-based shared-string index, or undefined when there is none. */
  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.count) || !Number.isInteger(index)) return undefined;
    const known = this.recent.get(index);
    if (known !== undefined) return known;
    const start = this.offset(index);
    const end = this.offset(index + 1);
    if (start === end) return '';
    const b = this.blockOf(start);
    const base = this.blockStarts[b];
    const text = this.decoder.decode(this.blocks[b].subarray(start - base, end - base));
    this.recent.put(index, text);
    return text;
  }

  /** Encodes a string after the others; returns its length in bytes. */
  private append(text: string): number {
    const last = this.blocks[this.blocks.length - 1];
    // UTF-8 needs at least one byte per UTF-16 unit: only then can the string fit at all.
    if (last && last.length - this.used >= text.length) {
      const { read, written } = this.encoder.encodeInto(text, last.subarray(this.used));
      if (read === text.length) {
        this.used += written;
        return written;
      }
    }
    this.blockStarts.push(this.total);
    if (3 * text.length > BLOCK_BYTES) {
      const own = this.encoder.encode(text);
      this.blocks.push(own);
      this.used = own.length;
      return own.length;
    }
    const block = new Uint8Array(BLOCK_BYTES);
    this.blocks.push(block);
    this.used = this.encoder.encodeInto(text, block).written;
    return this.used;
  }

  private offset(slot: number): number {
    return this.offsets[Math.floor(slot / OFFSET_CHUNK)][slot % OFFSET_CHUNK];
  }

  /** The block is the last one starting at or before `at`. */
  private blockOf(at: number): number {
    const starts = this.blockStarts;
    const last = this.lastBlock;
    if (starts[last] <= at && (last + 1 === starts.length || starts[last + 1] > at)) return last;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    this.lastBlock = lo;
    return lo;
  }
}
