import { CATEGORIES } from './categories';
import { classifyColumn, type Verdict } from './classify';
import { ColumnStats, SHOWN_VALUES, type CellSnapshot, type ColumnTally } from './column';
import { isPlaceholderSecret, looksLikeHash } from './detectors/credentials';
import { findHeaderRow, HEADER_PROBE_ROWS } from './header-row';
import { classifyHeader } from './headers';
import { maskValue } from './mask';
import { detach, trimCell } from './text';
import { isNameShaped, isPlausible } from './plausible';
import { detectCell, detectCellFast, detectCredentials, PRIMARY_DETECTORS } from './prefilter';
import type { ColumnFinding, RejectReason, Report, SheetReport } from './report';
import type { CategoryId, Detector } from './types';

export type { ColumnFinding, RejectReason, Report, SheetReport } from './report';
export { maskValue } from './mask';
export { HEADER_PROBE_ROWS } from './header-row';

export type ScannerOptions = {
  /** The year "now" is, for telling birth dates from other dates; the caller's clock, so the engine stays pure. */
  nowYear?: number;
  /**
   * Look for raw passwords and secrets only (the upload's check before a file is stored): the
   * report's `rejected` and `rejectReasons` are the full scan's or stricter, its categories are
   * not meant to be read. Several times faster than a full scan.
   */
  credentialsOnly?: boolean;
  /**
   * Scan the rows that follow a sheet's lead, as another scanner handed it over (`lead`): the
   * engine's way to use more than one core. The rows come without a header row; the scanner's
   * tallies go back to the scanner of the rows before (`absorb`).
   */
  after?: SheetLead;
};

export type FileMeta = { file: string; format: string; bytes: number; ms: number };

/** The streaming scanner: rows in, the contract §2 report out, in memory that does not grow with the file. */
export type Scanner = {
  /** Rows of one sheet, in order. Sheets may follow each other; rows of a sheet must not interleave with another's. */
  push(sheet: string, rows: string[][]): void;
  /** Rows scanned so far (header rows excluded), for progress reports. */
  readonly rowsScanned: number;
  /** True once a raw password or secret has been seen: callers may stop early and refuse the file. */
  readonly credentialSeen: boolean;
  finish(meta: FileMeta): Report;
  /** What a scanner of the rows after the sheet's lead needs (`after`); null until the lead is scanned. */
  lead(sheet: string): SheetLead | null;
  /** What the scanner counted, for the scanner of the rows before these (`absorb`). */
  tallies(): SheetTally[];
  /**
   * Counts the rows that another scanner, started `after` this one's lead, scanned: the rows that
   * followed this scanner's own. The report is then exactly the one a single scanner gives.
   */
  absorb(tallies: SheetTally[]): void;
};

/**
 * Data rows at the top of a sheet in which columns learn their primary detector (ColumnStats):
 * a column that has not settled by then never does, so a scanner of the rows after them can be
 * told everything the first rows taught and count exactly what one scanner would.
 */
export const LEAD_ROWS = 8192;

/** What the lead of a sheet settled: its header and the primary detector of each column (by index, see PRIMARY_DETECTORS). */
export type SheetLead = { sheet: string; headers: string[]; primaries: (number | null)[] };

/** A sheet's counts as plain data, which crosses to another thread. */
export type SheetTally = { name: string; rowCount: number; cells: number; columns: ColumnTally[] };

/** One column as one scanner saw it, before its sheet's context is applied (`assembleReport`). */
type ColumnOutcome = {
  finding: ColumnFinding;
  /** What the column is in a sheet that names people, where that differs (see personSheetVerdict). */
  inPersonSheet: ColumnFinding | null;
  /** The column points at a person by itself, which makes its sheet one that names people. */
  direct: boolean;
  rejects: RejectReason['category'] | null;
};

type SheetOutcome = { name: string; rowCount: number; cells: number; columns: ColumnOutcome[] };

/**
 * Repeated values (genders, cities, codes, the stock phrases of a notes column) are detected
 * once per column; a repeat only counts itself against the cached cell, and the counts are added
 * to the column in bulk (ColumnStats.repeat) before it is classified. A column of unique values
 * (e-mails, ids) would only pay for the lookups, so its cache is dropped once it has proved
 * useless. Notes are the costliest cells to scan (about 5 µs for a sentence, against well under
 * 1 µs for most values), so values up to a short paragraph are kept; all columns' caches
 * together hold at most CACHE_BUDGET_CHARS characters, however wide the sheet.
 */
const CACHE_ENTRIES = 2048;
const CACHE_MAX_LENGTH = 256;
const CACHE_TRIAL = 4096;
const CACHE_MIN_HIT_RATE = 0.25;
const CACHE_BUDGET_CHARS = 16 * 1024 * 1024;

type CachedCell = CellSnapshot & { repeats: number };

/** Characters held by all the value caches of one scanner. */
type CacheBudget = { chars: number };

class ValueCache {
  private readonly entries = new Map<string, CachedCell>();
  private lookups = 0;
  private hits = 0;
  private chars = 0;
  enabled = true;

  constructor(
    private readonly col: ColumnStats,
    private readonly budget: CacheBudget,
  ) {}

  get(v: string): CachedCell | undefined {
    const hit = this.entries.get(v);
    this.lookups++;
    if (hit) this.hits++;
    else if (this.lookups >= CACHE_TRIAL && this.hits < this.lookups * CACHE_MIN_HIT_RATE) {
      this.reset();
      this.enabled = false;
    }
    return hit;
  }

  /** Whether a new entry would be kept: callers skip building one otherwise. */
  hasRoom(v: string): boolean {
    return this.enabled && this.entries.size < CACHE_ENTRIES && this.budget.chars + v.length <= CACHE_BUDGET_CHARS;
  }

  set(v: string, cell: CellSnapshot): void {
    this.entries.set(detach(v), { ...cell, repeats: 0 });
    this.chars += v.length;
    this.budget.chars += v.length;
  }

  /**
   * Forgets every entry, their repeats added to the column. A cell detected before its column
   * settled on a primary detector may have counted more than one detected after (detectCellFast),
   * so entries from before would make what a repeat counts depend on where the value first came.
   */
  reset(): void {
    this.flush();
    this.entries.clear();
    this.budget.chars -= this.chars;
    this.chars = 0;
  }

  /** Adds the repeats counted so far to the column. */
  flush(): void {
    for (const cell of this.entries.values()) {
      if (cell.repeats === 0) continue;
      this.col.repeat(cell, cell.repeats);
      cell.repeats = 0;
    }
  }
}

class SheetState {
  pending: string[][] | null = [];
  columns: ColumnStats[] = [];
  caches: ValueCache[] = [];
  headers: string[] = [];
  rowCount = 0;
  cells = 0;
  /** Data rows scanned so far; columns learn while this is under LEAD_ROWS. */
  dataRows = 0;
  /** Primary detectors handed over with the lead (`after`), by column. */
  primaries: (Detector | null)[] = [];
  constructor(readonly name: string) {}

  get learning(): boolean {
    return this.dataRows < LEAD_ROWS;
  }
}

export function createScanner(options: ScannerOptions = {}): Scanner {
  const nowYear = options.nowYear ?? new Date().getFullYear();
  const credentialsOnly = options.credentialsOnly ?? false;
  const sheets = new Map<string, SheetState>();
  const cacheBudget: CacheBudget = { chars: 0 };
  let rowsScanned = 0;
  let credentialSeen = false;

  if (options.after) {
    const { sheet: name, headers, primaries } = options.after;
    const sheet = new SheetState(name);
    sheet.pending = null;
    sheet.headers = headers;
    sheet.dataRows = LEAD_ROWS;
    sheet.primaries = primaries.map((p) => (p === null ? null : PRIMARY_DETECTORS[p]));
    sheets.set(name, sheet);
  }

  function column(sheet: SheetState, j: number): ColumnStats {
    let col = sheet.columns[j];
    if (!col) {
      for (let k = sheet.columns.length; k <= j; k++) {
        const header = sheet.headers[k] ?? '';
        const created = new ColumnStats(k, header, header ? classifyHeader(header) : null, !credentialsOnly);
        if (!sheet.learning) {
          created.endLearning();
          created.primary = sheet.primaries[k] ?? null;
        }
        sheet.columns[k] = created;
        sheet.caches[k] = new ValueCache(created, cacheBudget);
      }
      col = sheet.columns[j];
    }
    return col;
  }

  /** Scans data rows, ending the sheet's lead where it falls among them. */
  function scanRows(sheet: SheetState, rows: string[][]): void {
    if (sheet.learning && sheet.dataRows + rows.length >= LEAD_ROWS) {
      const rest = LEAD_ROWS - sheet.dataRows;
      scanBatch(sheet, rows.slice(0, rest));
      for (const col of sheet.columns) col.endLearning();
      rows = rows.slice(rest);
    }
    scanBatch(sheet, rows);
  }

  /**
   * Column by column within a batch: a column's cells are independent of its neighbours', and
   * one column's value cache, counters and detectors stay in the CPU's caches for the whole batch
   * (measured on the bench CSV: row by row took 1.2–1.3 times as long).
   */
  function scanBatch(sheet: SheetState, rows: string[][]): void {
    let width = 0;
    for (const row of rows) {
      sheet.cells += row.length;
      if (row.length > width) width = row.length;
    }
    sheet.rowCount += rows.length;
    sheet.dataRows += rows.length;
    for (let j = 0; j < width; j++) scanColumn(sheet, j, rows);
    rowsScanned += rows.length;
  }

  function scanColumn(sheet: SheetState, j: number, rows: string[][]): void {
    let col: ColumnStats | null = null;
    for (const row of rows) {
      const raw = row[j];
      if (raw === undefined || raw === '') continue;
      const v = textMarkerOff(trimCell(raw));
      if (v === '') continue;
      col ??= column(sheet, j);
      const cache = sheet.caches[j];
      const cacheable = !credentialsOnly && cache.enabled && v.length <= CACHE_MAX_LENGTH;
      const hit = cacheable ? cache.get(v) : undefined;
      if (hit) {
        col.nonEmpty++;
        hit.repeats++;
        continue;
      }
      col.begin(v);
      if (credentialsOnly) detectCredentials(v, col);
      else {
        detect(col, cache, v);
        col.profileValue(v);
      }
      if (col.credentialCells.size > 0) credentialSeen = true;
      countForHeader(col, v);
      if (cacheable && cache.hasRoom(v)) cache.set(v, col.cellSnapshot());
    }
  }

  /** The counters a column's header asks for (see ColumnStats), for its current cell. */
  function countForHeader(col: ColumnStats, v: string): void {
    const hint = col.hint;
    if (!hint) return;
    if (hint.category === 'password_raw' || hint.category === 'password_hash' || hint.category === 'secret') {
      if (looksLikeHash(v)) col.countHash();
      else if (isPlaceholderSecret(v)) col.countPlaceholder();
      else if (hint.strength === 'strong' && hint.category !== 'password_hash') credentialSeen = true;
    } else if (!credentialsOnly && (col.cellHas(hint.category) || isPlausible(hint, v))) col.countPlausible();
  }

  /** One cell through the engine's detectors, settling the column on its primary detector once it can. */
  function detect(col: ColumnStats, cache: ValueCache, v: string): void {
    if (col.primary) detectCellFast(v, col, col.primary);
    else {
      detectCell(v, col);
      col.learn();
      if (col.primary) cache.reset();
    }
  }

  /** Decides the header row from the buffered first rows, then scans what followed it. */
  function settle(sheet: SheetState): void {
    const buffered = sheet.pending;
    if (!buffered) return;
    sheet.pending = null;
    const h = findHeaderRow(buffered);
    if (h >= 0) sheet.headers = buffered[h].map((c) => c.trim());
    scanRows(sheet, buffered.slice(h + 1));
  }

  /** Every sheet settled and every cached repeat counted: what the counts are once the rows are in. */
  function settled(): SheetState[] {
    for (const sheet of sheets.values()) {
      settle(sheet);
      for (const cache of sheet.caches) cache.flush();
    }
    return [...sheets.values()];
  }

  function outcomes(): SheetOutcome[] {
    return settled().map((sheet) => {
      const width = Math.max(sheet.columns.length, sheet.headers.length);
      const columns = Array.from({ length: width }, (_, j) => {
        const col = column(sheet, j);
        const v = classifyColumn(col, nowYear);
        const context = personSheetVerdict(col, v);
        return {
          finding: toFinding(col, v),
          inPersonSheet: context && toFinding(col, context),
          direct: DIRECT_IDENTIFIERS.has(v.category),
          rejects: v.rejects,
        };
      });
      return { name: sheet.name, rowCount: sheet.rowCount, cells: sheet.cells, columns };
    });
  }

  return {
    push(name, rows) {
      let sheet = sheets.get(name);
      if (!sheet) sheets.set(name, (sheet = new SheetState(name)));
      if (sheet.pending) {
        const room = HEADER_PROBE_ROWS - sheet.pending.length;
        sheet.pending.push(...rows.slice(0, room));
        if (sheet.pending.length < HEADER_PROBE_ROWS) return;
        settle(sheet);
        rows = rows.slice(room);
      }
      scanRows(sheet, rows);
    },
    get rowsScanned() {
      return rowsScanned;
    },
    get credentialSeen() {
      return credentialSeen;
    },
    finish(meta) {
      return assembleReport(meta, outcomes());
    },
    lead(name) {
      const sheet = sheets.get(name);
      if (!sheet || sheet.pending || sheet.learning) return null;
      return { sheet: name, headers: sheet.headers, primaries: sheet.columns.map((c) => primaryIndex(c.primary)) };
    },
    tallies() {
      return settled().map((sheet) => ({ name: sheet.name, rowCount: sheet.rowCount, cells: sheet.cells, columns: sheet.columns.map((c) => c.tally()) }));
    },
    absorb(tallies) {
      const mine = settled();
      for (const t of tallies) {
        const sheet = mine.find((s) => s.name === t.name);
        if (!sheet) throw new Error(`absorbed the tally of a sheet this scanner has not seen: ${t.name}`);
        sheet.rowCount += t.rowCount;
        sheet.cells += t.cells;
        rowsScanned += t.rowCount;
        t.columns.forEach((c, j) => column(sheet, j).absorb(c));
      }
    },
  };
}

function primaryIndex(d: Detector | null): number | null {
  if (d === null) return null;
  const i = PRIMARY_DETECTORS.indexOf(d);
  if (i < 0) throw new Error('a primary detector is missing from PRIMARY_DETECTORS');
  return i;
}

/**
 * A cell as typed, without the apostrophe that spreadsheet users and exporters (Shopify's
 * `'02134` postcodes) put before digits to keep Excel from reading them as a number.
 */
function textMarkerOff(v: string): string {
  if (v.charCodeAt(0) !== 39 || v.length < 2) return v;
  const c = v.charCodeAt(1);
  return (c >= 48 && c <= 57) || c === 43 ? v.slice(1) : v;
}

/** The contract §2 report from the scanned sheets' outcomes. */
export function assembleReport(meta: FileMeta, sheets: SheetOutcome[]): Report {
  const reports: SheetReport[] = [];
  const rejectReasons: RejectReason[] = [];
  let rows = 0;
  let cells = 0;
  for (const sheet of sheets) {
    const namesPeople = sheet.columns.some((c) => c.direct);
    const columns = sheet.columns.map((c) => (namesPeople && c.inPersonSheet) || c.finding);
    sheet.columns.forEach((c, j) => {
      if (c.rejects) rejectReasons.push({ sheet: sheet.name, column: j, header: c.finding.header, category: c.rejects });
    });
    reports.push({ name: sheet.name, rowCount: sheet.rowCount, columns });
    rows += sheet.rowCount;
    cells += sheet.cells;
  }
  return {
    file: meta.file,
    format: meta.format,
    bytes: meta.bytes,
    rejected: rejectReasons.length > 0,
    rejectReasons,
    sheets: reports,
    stats: { rows, cells, ms: Math.round(meta.ms) },
  };
}

/** Categories that point at a person by themselves; a key column beside them is linked to that person. */
const DIRECT_IDENTIFIERS = new Set<CategoryId>([
  'email', 'phone', 'person_name', 'first_name', 'last_name', 'national_id', 'street_address', 'iban', 'credit_card',
]);

/**
 * What a column means can depend on its sheet: a column-by-column classifier cannot see it, so
 * the scanner works out what the column would be in a sheet that names people (one with a direct
 * identifier: a customer sheet, not a product sheet) and the report picks it there:
 * - an `id` column of unique keys is a pseudonymous identifier (Art. 4(5));
 * - a `Name` column of unique, name-shaped values is a person's name even when no name list
 *   knows them (王伟, Иван Петров, محمد أحمد): the lists cover the languages of the headers.
 * Null where the sheet makes no difference.
 */
function personSheetVerdict(col: ColumnStats, v: Verdict): Verdict | null {
  const hint = col.hint;
  if (v.category !== 'none' || hint?.strength !== 'weak') return null;
  if (col.nonEmpty === 0 || !col.mostlyUnique || col.plausibleCells < 0.9 * col.nonEmpty) return null;
  if (hint.category === 'customer_id') {
    const evidence = [`header:${hint.term}`, 'values:unique_keys', 'sheet:direct_identifiers'];
    return { ...v, category: 'customer_id', confidence: 0.6, matches: col.plausibleCells, evidence, sampleCategory: null };
  }
  if (hint.category === 'person_name' && col.firstValues.every(isNameShaped)) {
    const evidence = [`header:${hint.term}`, 'values:name_shaped', 'sheet:direct_identifiers'];
    return { ...v, category: 'person_name', confidence: 0.55, matches: col.plausibleCells, evidence, sampleCategory: null };
  }
  return null;
}

function toFinding(col: ColumnStats, v: Verdict): ColumnFinding {
  const info = CATEGORIES[v.category];
  const raw =
    v.category === 'none'
      ? []
      : v.sampleCategory
        ? (col.samples.get(v.sampleCategory) ?? [])
        : col.firstValues;
  const finding: ColumnFinding = {
    index: col.index,
    header: col.header,
    category: v.category,
    subtype: v.subtype,
    confidence: v.confidence,
    specialCategory: info.specialCategory,
    gdprArticle: info.gdprArticle,
    riskLevel: info.riskLevel,
    matches: v.matches,
    nonEmpty: col.nonEmpty,
    evidence: v.evidence,
    maskedSamples: raw.slice(0, SHOWN_VALUES).map((value) => maskValue(value, v.category)),
  };
  if (v.containedCategories) finding.containedCategories = v.containedCategories;
  return finding;
}
