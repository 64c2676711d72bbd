import { SHAPE_ONLY } from './evidence';
import { detach } from './text';
import type { CategoryId, Detector, HeaderHint, HitSink, Match } from './types';

/** One cell's contribution to its column's counts (see ColumnStats.repeat). */
export type CellSnapshot = {
  matches: Match[];
  misses: string[];
  text: boolean;
  /** 1 where the cell bumped that header-driven counter, else 0 */
  plausible: number;
  hashes: number;
  placeholders: number;
  /** the birth year the cell was counted under, or 0 */
  birthYear: number;
};

/** Distinct raw samples per category, and first values, that a report shows (masked when it is built). */
export const SHOWN_VALUES = 5;
/**
 * Kept while scanning: twice as many, so that the tallies of consecutive row ranges merge into
 * exactly the values one scan of all the rows keeps (see absorb).
 */
const KEPT_VALUES = 2 * SHOWN_VALUES;
/** Cells detected in full before a column may settle on its primary detector. */
const LEARN_CELLS = 512;
/** Share of those cells one detector must have validated… */
const PRIMARY_SHARE = 0.97;
/**
 * …while no other detector validated more than this share. A Swedish mobile `0708498403` is
 * also a valid Danish CPR (07-08-49): one phone in twenty in a phone column validated twice, which
 * must not keep the column off the fast path, but two detectors that each explain the column
 * must both keep running.
 */
const RIVAL_SHARE = 0.5;
/** Distinct values remembered per column, to tell unique keys from repeated codes; bounded memory. */
const DISTINCT_CAP = 4096;
const FLAG_WORDS = new Set(['t', 'f', 'true', 'false', 'y', 'n', 'yes', 'no', '0', '1']);

/** A column's counts as plain data (Maps as entry lists), which crosses to another thread. */
export type ColumnTally = {
  nonEmpty: number;
  byMatch: [Match, number][];
  byCategory: [CategoryId, number][];
  misses: [string, number][];
  textCells: number;
  inText: [CategoryId, number][];
  credentialCells: ['password_raw' | 'secret', number][];
  hashCells: number;
  placeholderCells: number;
  plausibleCells: number;
  samples: [CategoryId, string[]][];
  firstValues: string[];
  birthYears: [number, number][];
  /** null once there were more than DISTINCT_CAP */
  distinct: string[] | null;
};

/**
 * Everything the classifier needs to know about one column, gathered cell by cell in bounded
 * memory: counts per validated match, per near-miss, free-text findings, a few raw samples (they
 * never leave the engine unmasked) and the birth years of date cells.
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
  /** cells that fit the category the header claims (see plausible.ts) */
  plausibleCells = 0;
  readonly samples = new Map<CategoryId, string[]>();
  private readonly firstKept: string[] = [];
  /** cells per year, of the date cells that validated as possible birth dates */
  readonly birthYears = new Map<number, number>();
  readonly distinct = new Set<string>();
  distinctOverflow = false;

  // Per-cell scratch: which categories and matches the current cell already counted. Fixed
  // arrays with counters, because resetting arrays per cell showed up in profiles.
  private readonly cellCats: CategoryId[] = [];
  private readonly cellMatches: Match[] = [];
  private readonly cellMisses: string[] = [];
  private nCats = 0;
  private nMatches = 0;
  private nMisses = 0;
  // Which detectors validated the current cell.
  private readonly cellDetectors: Detector[] = [];
  private nDetectors = 0;
  /** Which header-driven counters the current cell bumped: 1 plausible, 2 hash, 4 placeholder. */
  private cellCounted = 0;
  private cellBirthYear = 0;
  private learned = 0;
  private readonly learnCounts = new Map<Detector, number>();
  /** The detector that validates nearly every cell of this column, once known (see detectCellFast). */
  primary: Detector | null = null;
  private inTextMode = false;
  private current = '';

  /**
   * @param profile whether to keep the first values and the distinct count, which only the
   *   classifier reads (the credentials-only pass does without them)
   */
  constructor(
    readonly index: number,
    public header: string,
    public hint: HeaderHint | null,
    private readonly profile = true,
  ) {}

  /** The first few distinct values, for categories decided by the header rather than a validator. */
  get firstValues(): string[] {
    return this.firstKept.slice(0, SHOWN_VALUES);
  }

  /** Starts a non-empty cell; `value` is trimmed. */
  begin(value: string): void {
    this.nonEmpty++;
    this.current = value;
    this.nCats = 0;
    this.nMatches = 0;
    this.nMisses = 0;
    this.nDetectors = 0;
    this.cellCounted = 0;
    this.cellBirthYear = 0;
    this.inTextMode = false;
  }

  /** Counts the current cell as fitting the category its header claims (see plausible.ts). */
  countPlausible(): void {
    this.plausibleCells++;
    this.cellCounted |= 1;
  }

  /** Counts the current cell, under a password header, as a hash… */
  countHash(): void {
    this.hashCells++;
    this.cellCounted |= 2;
  }

  /** …or as a placeholder (`********`). */
  countPlaceholder(): void {
    this.placeholderCells++;
    this.cellCounted |= 4;
  }

  /**
   * Counts the current cell among the first and the distinct values. A value the column's cache
   * already knew was counted when first seen, so the scanner skips this for cache hits.
   */
  profileValue(value: string): void {
    if (!this.profile) return;
    if (this.firstKept.length < KEPT_VALUES && !this.firstKept.includes(value)) this.firstKept.push(detach(value));
    if (!this.distinctOverflow && !this.distinct.has(value)) {
      if (this.distinct.size < DISTINCT_CAP) this.distinct.add(detach(value));
      else this.distinctOverflow = true;
    }
  }

  /** From here on, matches of the current cell are things found inside free text. */
  enterText(): void {
    this.inTextMode = true;
    this.textCells++;
  }

  match(m: Match): void {
    if (has(this.cellMatches, this.nMatches, m)) return;
    this.cellMatches[this.nMatches++] = m;
    this.byMatch.set(m, (this.byMatch.get(m) ?? 0) + 1);
    const c = m.category;
    if (has(this.cellCats, this.nCats, c)) return;
    this.cellCats[this.nCats++] = c;
    if (c === 'password_raw' || c === 'secret') {
      this.credentialCells.set(c, (this.credentialCells.get(c) ?? 0) + 1);
    }
    if (this.inTextMode) {
      // Inside prose a shape proves even less than in a column of its own (`X11` in a user agent).
      if (!SHAPE_ONLY.has(m.evidence)) this.inText.set(c, (this.inText.get(c) ?? 0) + 1);
    } else this.byCategory.set(c, (this.byCategory.get(c) ?? 0) + 1);
    this.keepSample(c, this.current);
  }

  miss(validator: string): void {
    if (has(this.cellMisses, this.nMisses, validator)) return;
    this.cellMisses[this.nMisses++] = validator;
    this.misses.set(validator, (this.misses.get(validator) ?? 0) + 1);
  }

  get matchCount(): number {
    return this.nMatches;
  }

  /** Notes that `d` validated the current cell as a whole (not something inside free text). */
  matchedBy(d: Detector): void {
    if (this.inTextMode || has(this.cellDetectors, this.nDetectors, d)) return;
    this.cellDetectors[this.nDetectors++] = d;
  }

  /**
   * After a fully dispatched cell: learn whether one detector explains the column. Learning
   * happens only in the first rows of a sheet (see `endLearning`), so that a thread that scans a
   * later range of rows can be handed what was learned.
   */
  learn(): void {
    if (this.primary || this.learned >= LEARN_CELLS) return;
    this.learned++;
    for (let i = 0; i < this.nDetectors; i++) {
      const d = this.cellDetectors[i];
      this.learnCounts.set(d, (this.learnCounts.get(d) ?? 0) + 1);
    }
    if (this.learned < LEARN_CELLS) return;
    let best: Detector | null = null;
    let rivals = 0;
    for (const [d, k] of this.learnCounts) {
      if (k >= PRIMARY_SHARE * LEARN_CELLS) best = d;
      if (k > RIVAL_SHARE * LEARN_CELLS) rivals++;
    }
    if (rivals === 1) this.primary = best;
    this.learnCounts.clear();
  }

  /** Stops learning: a column that has not settled on a primary detector by now never will. */
  endLearning(): void {
    this.learned = LEARN_CELLS;
    this.learnCounts.clear();
  }

  /** True when the current cell validated as something already (whole-cell detectors ran first). */
  get cellMatched(): boolean {
    return this.nMatches > 0;
  }

  /** True when the current cell already validated as category `c`. */
  cellHas(c: CategoryId): boolean {
    return has(this.cellCats, this.nCats, c);
  }

  /** What the current cell added to the column, for the per-column cache of repeated values (see `repeat`). */
  cellSnapshot(): CellSnapshot {
    return {
      matches: this.cellMatches.slice(0, this.nMatches),
      misses: this.cellMisses.slice(0, this.nMisses),
      text: this.inTextMode,
      plausible: this.cellCounted & 1,
      hashes: (this.cellCounted >> 1) & 1,
      placeholders: (this.cellCounted >> 2) & 1,
      birthYear: this.cellBirthYear,
    };
  }

  /**
   * Counts `times` more cells equal to the one `snap` was taken of: exactly what `times` cells
   * through `begin` and the detectors would count, except `nonEmpty`, which the caller counts as
   * the cells go by. Their samples and first values were kept when the value was first seen.
   */
  repeat(snap: CellSnapshot, times: number): void {
    if (snap.text) this.textCells += times;
    const seen: CategoryId[] = [];
    for (const m of snap.matches) {
      this.byMatch.set(m, (this.byMatch.get(m) ?? 0) + times);
      const c = m.category;
      if (seen.includes(c)) continue;
      seen.push(c);
      if (c === 'password_raw' || c === 'secret') this.credentialCells.set(c, (this.credentialCells.get(c) ?? 0) + times);
      if (!snap.text) this.byCategory.set(c, (this.byCategory.get(c) ?? 0) + times);
      else if (!SHAPE_ONLY.has(m.evidence)) this.inText.set(c, (this.inText.get(c) ?? 0) + times);
    }
    for (const v of snap.misses) this.misses.set(v, (this.misses.get(v) ?? 0) + times);
    this.plausibleCells += snap.plausible * times;
    this.hashCells += snap.hashes * times;
    this.placeholderCells += snap.placeholders * times;
    if (snap.birthYear !== 0) addTo(this.birthYears, snap.birthYear, times);
  }

  /** Counts the current cell, a date that validated as a possible birth date, under its year. */
  noteBirthYear(y: number): void {
    if (this.cellBirthYear !== 0) return;
    this.cellBirthYear = y;
    addTo(this.birthYears, y, 1);
  }

  private keepSample(c: CategoryId, value: string): void {
    let list = this.samples.get(c);
    if (!list) this.samples.set(c, (list = []));
    if (list.length < KEPT_VALUES && !list.includes(value)) list.push(detach(value));
  }

  tally(): ColumnTally {
    return {
      nonEmpty: this.nonEmpty,
      byMatch: [...this.byMatch],
      byCategory: [...this.byCategory],
      misses: [...this.misses],
      textCells: this.textCells,
      inText: [...this.inText],
      credentialCells: [...this.credentialCells],
      hashCells: this.hashCells,
      placeholderCells: this.placeholderCells,
      plausibleCells: this.plausibleCells,
      samples: [...this.samples],
      firstValues: this.firstKept,
      birthYears: [...this.birthYears],
      distinct: this.distinctOverflow ? null : [...this.distinct],
    };
  }

  /**
   * Adds the tally of the cells that followed this column's, as a scanner `after` its sheet's lead
   * counted them. Counts add up. Kept values merge in order, and since each side keeps twice what
   * a report shows, the first ones are exactly those one scan of all the cells would keep. A Match
   * that crossed threads is a copy, so it is found again by its fields.
   */
  absorb(t: ColumnTally): void {
    this.nonEmpty += t.nonEmpty;
    for (const [m, n] of t.byMatch) addTo(this.byMatch, this.sameMatch(m), n);
    for (const [c, n] of t.byCategory) addTo(this.byCategory, c, n);
    for (const [v, n] of t.misses) addTo(this.misses, v, n);
    this.textCells += t.textCells;
    for (const [c, n] of t.inText) addTo(this.inText, c, n);
    for (const [c, n] of t.credentialCells) addTo(this.credentialCells, c, n);
    this.hashCells += t.hashCells;
    this.placeholderCells += t.placeholderCells;
    this.plausibleCells += t.plausibleCells;
    for (const [c, values] of t.samples) {
      let list = this.samples.get(c);
      if (!list) this.samples.set(c, (list = []));
      keepDistinct(list, values);
    }
    keepDistinct(this.firstKept, t.firstValues);
    for (const [y, n] of t.birthYears) addTo(this.birthYears, y, n);
    if (t.distinct === null) this.distinctOverflow = true;
    for (const v of t.distinct ?? []) {
      if (this.distinctOverflow) break;
      if (this.distinct.has(v)) continue;
      if (this.distinct.size < DISTINCT_CAP) this.distinct.add(v);
      else this.distinctOverflow = true;
    }
  }

  private sameMatch(m: Match): Match {
    for (const mine of this.byMatch.keys()) {
      if (mine.category === m.category && mine.subtype === m.subtype && mine.evidence === m.evidence) return mine;
    }
    return m;
  }

  /**
   * A yes/no flag column (`is_staff` t/f as PostgreSQL exports booleans, `Y`/`N`): its `f` is
   * false, not female. Only the flag words, and at least one that is no gender code.
   */
  get flagValues(): boolean {
    if (this.distinctOverflow || this.distinct.size === 0 || this.distinct.size > 4) return false;
    let flagOnly = false;
    for (const v of this.distinct) {
      const key = v.toLowerCase();
      if (!FLAG_WORDS.has(key)) return false;
      if (key !== 'f' && key !== 'm') flagOnly = true;
    }
    return flagOnly;
  }

  /** Mostly unique values (keys, identifiers) as opposed to a few repeated codes. */
  get mostlyUnique(): boolean {
    return this.distinctOverflow || this.distinct.size >= 0.9 * this.nonEmpty;
  }
}

/** Whether `detect` validates `cell` by itself, outside any column (no header, no neighbours). */
export function validatesAlone(cell: string, detect: (value: string, col: ColumnStats) => void): boolean {
  const probe = new ColumnStats(0, '', null);
  probe.begin(cell);
  detect(cell, probe);
  return probe.cellMatched;
}

/** Appends the values `list` does not hold yet, up to KEPT_VALUES. */
function keepDistinct(list: string[], values: readonly string[]): void {
  for (const v of values) {
    if (list.length >= KEPT_VALUES) return;
    if (!list.includes(v)) list.push(v);
  }
}

function addTo<K>(counts: Map<K, number>, key: K, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

function has<T>(items: T[], count: number, item: T): boolean {
  for (let i = 0; i < count; i++) if (items[i] === item) return true;
  return false;
}
