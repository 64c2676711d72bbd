/**
 * Ceilings that keep a hostile or absurd file from exhausting memory or CPU. Every one is checked
 * while streaming, against bytes actually produced, never against sizes a file declares.
 */
export type ReadLimits = {
  /** Inflated bytes of any one zip entry (a worksheet's XML). */
  maxEntryInflatedBytes: number;
  /** Inflated bytes over all entries read from one workbook. */
  maxTotalInflatedBytes: number;
  /** Inflated ÷ compressed bytes of an entry, checked once it has produced {@link RATIO_FLOOR_BYTES}. */
  maxRatio: number;
  /** Entries in the zip central directory. */
  maxEntries: number;
  /** Unique strings in the shared-strings table. */
  maxSharedStrings: number;
  /** UTF-8 bytes of all shared strings together: what the table holds them in. */
  maxSharedStringBytes: number;
  /** Cells in one row (16,384 is Excel's own limit, column XFD). */
  maxColumns: number;
  /** Characters in one cell; for delimited text, in one pending record. */
  maxCellChars: number;
};

const MiB = 1024 * 1024;

/**
 * Defaults sized for real workbooks while memory stays bounded. Entries are streamed, so the byte
 * ceilings bound time, not memory: 2 GiB per part is about 4× the worksheet XML of an 85 MB,
 * million-row workbook (441 MB). The ratio ceiling is what stops a zip bomb, within its first
 * 8 MiB (real worksheets compress 5–50:1; DEFLATE peaks near 1032:1). Shared strings are the one
 * structure held in memory, compactly (their UTF-8 bytes plus 4 per string, uncompressed), hence
 * their own count and size ceilings: at both, 256 MiB + 61 MiB.
 */
export const DEFAULT_LIMITS: ReadLimits = Object.freeze({
  maxEntryInflatedBytes: 2048 * MiB,
  maxTotalInflatedBytes: 4096 * MiB,
  maxRatio: 250,
  maxEntries: 10_000,
  maxSharedStrings: 16_000_000,
  maxSharedStringBytes: 256 * MiB,
  maxColumns: 16_384,
  maxCellChars: 64 * MiB,
});

/**
 * An entry must inflate this much before the ratio limit applies: tiny parts (styles, a
 * one-row sheet) legitimately compress beyond any sane ratio, and a bomb is caught this early anyway.
 */
export const RATIO_FLOOR_BYTES = 8 * MiB;

/** Merges caller overrides over the defaults, ignoring values that are not positive numbers. */
export function resolveLimits(overrides?: Partial<ReadLimits>): ReadLimits {
  const limits = { ...DEFAULT_LIMITS };
  if (!overrides) return limits;
  for (const key of Object.keys(limits) as (keyof ReadLimits)[]) {
    const value = overrides[key];
    if (typeof value === 'number' && value > 0) limits[key] = value;
  }
  return limits;
}
