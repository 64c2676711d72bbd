/** Field separators the delimited reader recognises. */
export type Delimiter = ',' | ';' | '\t' | '|';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];

/** Records looked at; enough to see a pattern, few enough to stay instant on a 64 KB sample. */
const MAX_RECORDS = 200;

/**
 * Picks the delimiter whose records have the most consistent field count, quote-aware (a
 * delimiter inside a quoted field, or a quoted newline, counts for nothing). A candidate whose
 * count in the first record (usually the header) matches the common count is strongly preferred:
 * that is what tells `1,5;2,3` (semicolon file, decimal commas) from `Anna,likes a; b`.
 * With no candidate splitting records into two or more fields, `fallback` wins.
 *
 * @param sample the decoded start of the file, line endings already normalised to `\n`
 * @param complete whether the sample is the whole file (otherwise its last record may be cut)
 */
export function sniffDelimiter(sample: string, complete: boolean, fallback: Delimiter = ','): Delimiter {
  let best = fallback;
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const score = scoreDelimiter(sample, complete, candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function scoreDelimiter(sample: string, complete: boolean, delimiter: Delimiter): number {
  const counts = fieldCounts(sample, complete, delimiter);
  if (counts.length === 0) return 0;
  const frequency = new Map<number, number>();
  for (const n of counts) frequency.set(n, (frequency.get(n) ?? 0) + 1);
  let mode = 0;
  let modeCount = 0;
  for (const [n, times] of frequency) {
    if (times > modeCount || (times === modeCount && n > mode)) {
      mode = n;
      modeCount = times;
    }
  }
  if (mode < 2) return 0;
  return modeCount / counts.length + (counts[0] === mode ? 1 : 0);
}

/** Field count of each non-blank record, parsing quotes the way RFC 4180 and papaparse do. */
function fieldCounts(sample: string, complete: boolean, delimiter: Delimiter): number[] {
  const counts: number[] = [];
  const d = delimiter.charCodeAt(0);
  let fields = 1;
  let fieldStart = true;
  let inQuotes = false;
  let recordChars = 0;
  let i = 0;
  for (; i < sample.length && counts.length < MAX_RECORDS; i++) {
    const c = sample.charCodeAt(i);
    if (inQuotes) {
      if (c === 0x22) {
        if (sample.charCodeAt(i + 1) === 0x22) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === 0x22 && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      recordChars++;
    } else if (c === d) {
      fields++;
      fieldStart = true;
      recordChars++;
    } else if (c === 0x0a) {
      if (recordChars > 0) counts.push(fields);
      fields = 1;
      fieldStart = true;
      recordChars = 0;
    } else {
      fieldStart = false;
      recordChars++;
    }
  }
  const cutShort = i < sample.length || !complete;
  if (!cutShort && recordChars > 0) counts.push(fields);
  return counts;
}
