/**
 * The data modules write their lists as plain text blocks instead of quoted array literals: the
 * lists run to thousands of entries, and one entry per word keeps them readable and diffable.
 * These two splitters turn a block into the exported string array once, at module load.
 */

/** Whitespace-separated single words (given names, surnames, medication names). */
export function words(block: string): readonly string[] {
  return block.split(/\s+/).filter((w) => w.length > 0);
}

/** Comma- or newline-separated phrases that may contain spaces (cities, conditions, terms). */
export function phrases(block: string): readonly string[] {
  return block
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
