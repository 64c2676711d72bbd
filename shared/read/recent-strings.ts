/** Cache slots: enough for a column's worth of first names or postcodes, about 3 MB when full. */
const SLOTS = 1 << 16;

/**
 * Decoded shared strings kept for reuse, so the strings a sheet repeats (statuses, towns, first
 * names) are decoded once rather than per cell, and every row then shares one string object.
 * A string is cached from its second lookup on: a column of unique values (phone numbers, ids)
 * looks each of its strings up once, and caching those would only push out the repeated ones.
 * On the bench workbook this serves about 56% of 10.7 M lookups (49% caching every string).
 *
 * Direct-mapped by index: one slot per index modulo the size, no bookkeeping beyond a compare.
 */
export class RecentStrings {
  private readonly indexes = new Int32Array(SLOTS).fill(-1);
  private readonly texts: string[] = new Array<string>(SLOTS).fill('');
  /** One bit per table index: looked up before. */
  private seen = new Uint8Array(1024);

  get(index: number): string | undefined {
    const slot = index & (SLOTS - 1);
    return this.indexes[slot] === index ? this.texts[slot] : undefined;
  }

  put(index: number, text: string): void {
    const byte = index >>> 3;
    const bit = 1 << (index & 7);
    if (byte >= this.seen.length) this.grow(byte);
    if ((this.seen[byte] & bit) === 0) {
      this.seen[byte] |= bit;
      return;
    }
    const slot = index & (SLOTS - 1);
    this.indexes[slot] = index;
    this.texts[slot] = text;
  }

  private grow(byte: number): void {
    const grown = new Uint8Array(Math.max(byte + 1, 2 * this.seen.length));
    grown.set(this.seen);
    this.seen = grown;
  }
}
