import { ReadError } from './errors';
import { RecentStrings } from './recent-strings';

/** Bytes per storage block; a string longer than a third of this gets a block of its own. */
const BLOCK_BYTES = 1 << 20;
/** Lengths are kept in fixed chunks so growing never copies (or doubles) a huge array. */
const LENGTH_CHUNK = 65536;
/** Strings per group: a string's offset is its group's start plus the lengths before it in the group. */
const GROUP_BITS = 4;
const GROUP = 1 << GROUP_BITS;
/** A length byte of this value means "look the length up in `longLengths`". */
const LONG = 255;

/**
 * A workbook's shared strings, held compactly: UTF-8 in 1 MiB byte blocks, one length byte per
 * string plus a 32-bit offset per group of 16, decoded when a cell asks for one. A JS string[] of
 * 10 million short strings costs about 1 GB (a heap object per string); here the bench's 824
 * k-row workbook holds 3.5 M strings in 64 MB of blocks and 4.4 MB of lengths and offsets (a
 * 32-bit offset per string took 14 MB; finding an offset now adds up at most 15 lengths).
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
  private readonly lengths: Uint8Array[] = [];
  private readonly longLengths = new Map<number, number>();
  private readonly groupStarts: Uint32Array[] = [];
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
    this.admit();
    this.record(text.length === 0 ? 0 : this.append(text));
  }

  /**
   * Adds the string whose UTF-8 bytes are `src[start, end)`, as they are: a shared-strings part
   * is UTF-8 already, so a plain item needs neither decoding nor encoding.
   */
  addBytes(src: Uint8Array, start: number, end: number): void {
    this.admit();
    const length = end - start;
    if (length > 0) {
      const last = this.blocks[this.blocks.length - 1];
      const block = last && last.length - this.used >= length ? last : this.newBlock(new Uint8Array(3 * length > BLOCK_BYTES ? length : BLOCK_BYTES));
      block.set(src.subarray(start, end), this.used);
      this.used += length;
    }
    this.record(length);
  }

  private admit(): void {
    if (this.count >= this.maxStrings) {
      throw new ReadError('file_too_large', `the workbook has more than ${this.maxStrings} shared strings`);
    }
  }

  /** Counts the string just stored, of `bytes` bytes. */
  private record(bytes: number): void {
    if (this.total + bytes > Math.min(this.maxBytes, 0xffffffff)) {
      throw new ReadError('file_too_large', `the workbook's shared strings exceed ${this.maxBytes} bytes`);
    }
    const index = this.count;
    if (index % LENGTH_CHUNK === 0) {
      this.lengths.push(new Uint8Array(LENGTH_CHUNK));
      this.groupStarts.push(new Uint32Array(LENGTH_CHUNK / GROUP));
    }
    const chunk = Math.floor(index / LENGTH_CHUNK);
    const at = index % LENGTH_CHUNK;
    if (at % GROUP === 0) this.groupStarts[chunk][at >>> GROUP_BITS] = this.total;
    this.lengths[chunk][at] = Math.min(bytes, LONG);
    if (bytes >= LONG) this.longLengths.set(index, bytes);
    this.total += bytes;
    this.count++;
  }

  /** The string at a 0-based shared-string index, or undefined when there is none. */
  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.count) || !Number.isInteger(index)) return undefined;
    const known = this.recent.get(index);
    if (known !== undefined) return known;
    const length = this.lengthOf(index);
    if (length === 0) return '';
    const start = this.offset(index);
    const end = start + length;
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
    if (3 * text.length > BLOCK_BYTES) {
      const own = this.newBlock(this.encoder.encode(text));
      this.used = own.length;
      return own.length;
    }
    this.used = this.encoder.encodeInto(text, this.newBlock(new Uint8Array(BLOCK_BYTES))).written;
    return this.used;
  }

  /** Puts a block after the others, for the string about to be stored. */
  private newBlock(block: Uint8Array): Uint8Array {
    this.blockStarts.push(this.total);
    this.blocks.push(block);
    this.used = 0;
    return block;
  }

  private lengthOf(index: number): number {
    const length = this.lengths[Math.floor(index / LENGTH_CHUNK)][index % LENGTH_CHUNK];
    return length === LONG ? (this.longLengths.get(index) as number) : length;
  }

  /** Where the string starts among all the table's bytes: its group's start plus the lengths before it. */
  private offset(index: number): number {
    const chunk = Math.floor(index / LENGTH_CHUNK);
    const at = index % LENGTH_CHUNK;
    const lengths = this.lengths[chunk];
    let offset = this.groupStarts[chunk][at >>> GROUP_BITS];
    for (let i = at & ~(GROUP - 1); i < at; i++) {
      const length = lengths[i];
      offset += length === LONG ? (this.longLengths.get(chunk * LENGTH_CHUNK + i) as number) : length;
    }
    return offset;
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
