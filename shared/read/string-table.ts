import { deflateSync, inflateSync } from 'fflate';
import { ReadError } from './errors';

/**
 * Characters per storage block; a string longer than this gets a block of its own. Large enough
 * that deflating a block runs at full speed (fflate manages ~35 MB/s on 64 K blocks, ~100 MB/s on
 * 256 K), small enough that a cache miss costs well under a millisecond.
 */
const BLOCK_CHARS = 256 * 1024;
/** Offsets are kept in fixed chunks so growing never copies (or doubles) a huge array. */
const OFFSET_CHUNK = 65536;
/**
 * Below this many characters blocks stay uncompressed, so small workbooks pay nothing. Kept low:
 * raw blocks are long-lived heap strings, and on a million-row workbook holding 16 M characters raw
 * instead of 4 M cost ~50 MB more peak RSS (GC slack, not just the bytes) for no speed gain.
 */
const COMPRESS_AFTER = 4 * 1024 * 1024;
/**
 * Inflated blocks kept, least recently used first out. Sheets reference strings roughly in
 * first-appearance order, and the often-repeated ones (cities, genders) appear early, in blocks
 * that are never compressed.
 */
const CACHE_BLOCKS = 64;

/**
 * A workbook's shared strings, held compactly. A JS string[] of 10 million short strings costs
 * about 1 GB (a heap object per string); here strings are concatenated into 256 K-character
 * blocks (one heap string each, 1 byte per character for Latin-script text) with one 32-bit
 * offset per string, and lookups are slices of a block, which V8 makes without copying. Past
 * 4 M characters, full blocks are stored deflated (fflate level 1, typically 3–5× smaller) with a
 * small cache of inflated blocks.
 */
export class StringTable {
  private count = 0;
  private total = 0;
  private readonly offsets: Uint32Array[] = [new Uint32Array(OFFSET_CHUNK)];
  private readonly blocks: (string | Uint8Array)[] = [];
  private readonly blockStarts: number[] = [];
  private parts: string[] = [];
  private partsChars = 0;
  private lastBlock = 0;
  private readonly cache = new Map<number, string>();
  private lastTextIndex = -1;
  private lastText = '';

  constructor(
    private readonly maxStrings: number,
    private readonly maxChars: number,
  ) {}

  get size(): number {
    return this.count;
  }

  add(text: string): void {
    if (this.count >= this.maxStrings) {
      throw new ReadError('file_too_large', `the workbook has more than ${this.maxStrings} shared strings`);
    }
    if (this.total + text.length > Math.min(this.maxChars, 0xffffffff)) {
      throw new ReadError('file_too_large', `the workbook's shared strings exceed ${this.maxChars} characters`);
    }
    if (this.partsChars > 0 && this.partsChars + text.length > BLOCK_CHARS) this.seal();
    this.parts.push(text);
    this.partsChars += text.length;
    this.total += text.length;
    this.count++;
    const slot = this.count;
    if (slot % OFFSET_CHUNK === 0) this.offsets.push(new Uint32Array(OFFSET_CHUNK));
    this.offsets[Math.floor(slot / OFFSET_CHUNK)][slot % OFFSET_CHUNK] = this.total;
  }

  /** The string at a 0-based shared-string index, or undefined when there is none. */
  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.count) || !Number.isInteger(index)) return undefined;
    const start = this.offset(index);
    const end = this.offset(index + 1);
    if (start === end) return '';
    if (this.parts.length > 0) this.seal();
    const b = this.blockOf(start);
    const base = this.blockStarts[b];
    return this.text(b).slice(start - base, end - base);
  }

  private offset(slot: number): number {
    return this.offsets[Math.floor(slot / OFFSET_CHUNK)][slot % OFFSET_CHUNK];
  }

  /** Strings never straddle blocks, so the block is the last one starting at or before `at`. */
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

  private seal(): void {
    const block = this.parts.join('');
    this.blockStarts.push(this.total - this.partsChars);
    this.parts = [];
    this.partsChars = 0;
    this.blocks.push(this.total > COMPRESS_AFTER ? deflateSync(new TextEncoder().encode(block), { level: 1 }) : block);
  }

  private text(index: number): string {
    const block = this.blocks[index];
    if (typeof block === 'string') return block;
    // Consecutive lookups mostly hit the same block: skip the cache bookkeeping for those.
    if (index === this.lastTextIndex) return this.lastText;
    const text = this.cachedText(index, block);
    this.lastTextIndex = index;
    this.lastText = text;
    return text;
  }

  private cachedText(index: number, block: Uint8Array): string {
    const hit = this.cache.get(index);
    if (hit !== undefined) {
      this.cache.delete(index);
      this.cache.set(index, hit);
      return hit;
    }
    const text = new TextDecoder().decode(inflateSync(block));
    if (this.cache.size >= CACHE_BLOCKS) this.cache.delete(this.cache.keys().next().value as number);
    this.cache.set(index, text);
    return text;
  }
}
