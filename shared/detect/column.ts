import type { CategoryId, HeaderHint, HitSink, Match } from './types';

/** How many distinct raw samples per category a column keeps (masked only when the report is built). */
const SAMPLES_PER_CATEGORY = 5;
/** Distinct values remembered per column, to tell unique keys from repeated codes; bounded memory. */
const DISTINCT_CAP = 4096;

/**
 * Everything the classifier needs to know about one column, gathered cell by cell in bounded
 * memory: counts per validated match, per near-miss, free-text findings, a few raw samples (they
 * never leave the engine unmasked) and a numeric profile.
 *
 * It is the `HitSink` the detectors report to. Hits are counted once per cell and category, so a
 * cell that validates as two national ids does not count twice toward `national_id`.
 */
export class ColumnStats implements HitSink {
  nonEmpty = 0;
  /** cells per validated Match (constant objects from the detectors) */
  readonly byMatch = new Map<Match, number>();
  /** cells per category with at least one validated match */
  readonly byCategory = new Map<CategoryId, number>();
  /** cells per validator that refused a right-shaped value */
  readonly misses = new Map<string, number>();
  /** free-text cells (several words, no whole-cell match) and what they were found to contain */
  textCells = 0;
  readonly inText = new Map<CategoryId, number>();
  /** cells that carry a credential on their face (inline password, key, token) */
  readonly credentialCells = new Map<'password_raw' | 'secret', number>();
  /** header-driven counters, filled only for columns whose header asks for them */
  hashCells = 0;
  placeholderCells = 0;
  readonly samples = new Map<CategoryId, string[]>();
  /** the first few distinct values, for categories decided by the header rather than a validator */
  readonly firstValues: string[] = [];
  /** numeric profile: integers and their range, decimals, lengths */
  integerCells = 0;
  decimalCells = 0;
  intMin = Number.POSITIVE_INFINITY;
  intMax = Number.NEGATIVE_INFINITY;
  readonly birthYears: number[] = [];
  readonly distinct = new Set<string>();
  distinctOverflow = false;

  // Per-cell scratch: which categories and matches the current cell already counted.
  private cellCats: CategoryId[] = [];
  private cellMatches: Match[] = [];
  private cellMisses: string[] = [];
  private inTextMode = false;
  private current = '';

  constructor(
    readonly index: number,
    public header: string,
    public hint: HeaderHint | null,
  ) {}

  /** Starts a non-empty cell; `value` is trimmed. */
  begin(value: string): void {
    this.nonEmpty++;
    this.current = value;
    this.cellCats.length = 0;
    this.cellMatches.length = 0;
    this.cellMisses.length = 0;
    this.inTextMode = false;
    if (this.firstValues.length < 5 && !this.firstValues.includes(value)) this.firstValues.push(value);
    if (!this.distinctOverflow) {
      if (this.distinct.size < DISTINCT_CAP) this.distinct.add(value);
      else if (!this.distinct.has(value)) this.distinctOverflow = true;
    }
  }

  /** From here on, matches of the current cell are things found inside free text. */
  enterText(): void {
    this.inTextMode = true;
    this.textCells++;
  }

  match(m: Match): void {
    if (this.cellMatches.includes(m)) return;
    this.cellMatches.push(m);
    this.byMatch.set(m, (this.byMatch.get(m) ?? 0) + 1);
    const c = m.category;
    if (this.cellCats.includes(c)) return;
    this.cellCats.push(c);
    if (c === 'password_raw' || c === 'secret') {
      this.credentialCells.set(c, (this.credentialCells.get(c) ?? 0) + 1);
    }
    if (this.inTextMode) this.inText.set(c, (this.inText.get(c) ?? 0) + 1);
    else this.byCategory.set(c, (this.byCategory.get(c) ?? 0) + 1);
    this.keepSample(c, this.current);
  }

  miss(validator: string): void {
    if (this.cellMisses.includes(validator)) return;
    this.cellMisses.push(validator);
    this.misses.set(validator, (this.misses.get(validator) ?? 0) + 1);
  }

  /** True when the current cell validated as something already (whole-cell detectors ran first). */
  get cellMatched(): boolean {
    return this.cellMatches.length > 0;
  }

  /** True when the current cell already validated as category `c`. */
  cellHas(c: CategoryId): boolean {
    return this.cellCats.includes(c);
  }

  /** The matches of the current cell, for the per-column cache of repeated values. */
  cellSnapshot(): { matches: Match[]; misses: string[]; text: boolean } {
    return { matches: this.cellMatches.slice(), misses: this.cellMisses.slice(), text: this.inTextMode };
  }

  replay(snap: { matches: Match[]; misses: string[]; text: boolean }): void {
    if (snap.text) this.enterText();
    for (const m of snap.matches) this.match(m);
    for (const v of snap.misses) this.miss(v);
  }

  noteInteger(n: number): void {
    this.integerCells++;
    if (n < this.intMin) this.intMin = n;
    if (n > this.intMax) this.intMax = n;
  }

  noteBirthYear(y: number): void {
    // A bounded reservoir is enough to judge the spread of years.
    if (this.birthYears.length < 2000) this.birthYears.push(y);
  }

  private keepSample(c: CategoryId, value: string): void {
    let list = this.samples.get(c);
    if (!list) this.samples.set(c, (list = []));
    if (list.length < SAMPLES_PER_CATEGORY && !list.includes(value)) list.push(value);
  }

  /** Mostly unique values (keys, identifiers) as opposed to a few repeated codes. */
  get mostlyUnique(): boolean {
    return this.distinctOverflow || this.distinct.size >= 0.9 * this.nonEmpty;
  }
}
