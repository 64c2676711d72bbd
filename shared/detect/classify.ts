import { CATEGORIES } from './categories';
import type { ColumnStats } from './column';
import { CHANCE_PRONE, SHAPE_ONLY } from './evidence';
import { namesEventDate } from './headers';
import { isEmailHandle } from './plausible';
import type { CategoryId, Match } from './types';

/**
 * The column verdict: which category a column holds, how sure we are, and why.
 *
 * Two questions are kept apart, because mixing them is where scanners go wrong:
 *  1. Which category dominates? Decided by the share of non-empty cells that a validator
 *     confirmed. The share, not the maximum (one lucky hit must not label a year column as card
 *     numbers) and not an average of per-cell scores (which dilutes one real id in 50 rows to
 *     nothing). `confidence` is the Wilson lower bound of that share at 95%, moved by the header.
 *  2. Does the column contain validated personal data at all? A column of free text, or of codes
 *     with an e-mail here and there, is `free_text_pii` with `containedCategories`.
 * Validators that random numbers pass by chance (Luhn passes one 16-digit number in ten) must
 * clear a higher share, and shape-only evidence (a bare 9-digit number, a UUID, a date) counts
 * only when the header says the same thing.
 */
export type Verdict = {
  category: CategoryId;
  subtype: string | null;
  confidence: number;
  matches: number;
  evidence: string[];
  containedCategories?: CategoryId[];
  /** Set when the column makes the file unacceptable (raw passwords, secrets). */
  rejects: 'password_raw' | 'secret' | null;
  /** The category whose cells provide the masked samples. */
  sampleCategory: CategoryId | null;
};

/** Categories a validator can check: when the header names one and the values fail, the values win. */
const VALUE_CHECKED = new Set<CategoryId>([
  'email',
  'phone',
  'credit_card',
  'iban',
  'national_id',
  'ip_address',
  'mac_address',
]);

const MIN_SHARE = 0.5;
const MIN_SHARE_CHANCE = 0.8;
/** Closed vocabularies of a few short words (`m`, `f`) are matched by chance in flag columns. */
const MIN_SHARE_SMALL_VOCAB = 0.8;
const SMALL_VOCAB = new Set<CategoryId>(['gender']);
/**
 * Weak headers (`user`, `lon`, `race`) may decide a column only for these, and only over values
 * that fit (for special categories: values that name one, see plausible.ts).
 */
const WEAK_HEADER_OK = new Set<CategoryId>(['username', 'geo_location', 'special_category']);

export function classifyColumn(s: ColumnStats, nowYear: number): Verdict {
  const n = s.nonEmpty;
  const hint = s.hint;
  const headerEvidence = hint ? [`header:${hint.term}`] : [];

  const onFace = s.credentialCells.get('secret') ? 'secret' : s.credentialCells.get('password_raw') ? 'password_raw' : null;
  const credential = credentialVerdict(s, headerEvidence);
  if (credential) return credential;

  if (n === 0) {
    if (hint?.strength === 'strong' && !CATEGORIES[hint.category].rejectsFile) {
      return verdict(hint.category, hint.subtype, 0.2, 0, [...headerEvidence, 'values:empty']);
    }
    return verdict('none', null, 0.5, 0, headerEvidence);
  }

  let dominant = dominantCategory(s, nowYear);
  if (dominant && overriddenByHeader(s, dominant.category)) dominant = null;
  if (dominant) {
    const { category, k, share } = dominant;
    let confidence = wilsonLower(k, n);
    const agrees = hint?.category === category || (hint?.category === 'person_name' && NAME_PARTS.has(category));
    if (agrees) confidence = 1 - (1 - confidence) * (hint.strength === 'strong' ? 0.35 : 0.7);
    else if (hint?.strength === 'strong' && hint.category !== 'free_text_pii') confidence *= 0.85;
    const evidence = [...(agrees || hint?.strength === 'strong' ? headerEvidence : []), ...matchEvidence(s, category)];
    if (category === 'date_of_birth' && !agrees) evidence.push('values:birth_year_spread');
    evidence.push(...missEvidence(s));
    const v = verdict(category, subtypeOf(s, category, hint?.subtype ?? null), confidence, k, evidence);
    v.rejects = onFace;
    if (share < 1 && onFace) v.evidence.push(`credential_cells:${s.credentialCells.get(onFace)}`);
    return v;
  }

  const contained = containedCategories(s);
  if (hint?.strength === 'strong' && contained[0] === hint.category && !onFace) {
    // A `medication` or `convictions` column written as sentences is still that category.
    const k = s.inText.get(hint.category) ?? 0;
    const confidence = 1 - (1 - wilsonLower(k, n)) * 0.35;
    return verdict(hint.category, subtypeOf(s, hint.category, hint.subtype), confidence, k, [
      ...headerEvidence,
      `text_cells:${s.textCells}`,
      ...matchEvidence(s, hint.category),
    ]);
  }
  if (contained.length > 0 || onFace) {
    const cells = [...s.inText.values(), ...minorityHits(s).values()].reduce((a, b) => a + b, 0);
    const confidence = Math.min(0.99, 1 - 0.25 ** Math.max(1, cells));
    const evidence = [...headerEvidence, `text_cells:${s.textCells}`, ...contained.map((c) => `contains:${c}`)];
    if (onFace) evidence.push(`credential_cells:${s.credentialCells.get(onFace)}`);
    const v = verdict('free_text_pii', null, confidence, cells, evidence);
    v.containedCategories = onFace ? [...new Set<CategoryId>([...contained, onFace])] : contained;
    v.rejects = onFace;
    v.sampleCategory = contained[0] ?? onFace;
    return v;
  }

  if (hint && hint.category !== 'free_text_pii' && (hint.strength === 'strong' || WEAK_HEADER_OK.has(hint.category))) {
    const v = headerDriven(s, headerEvidence);
    if (v) return v;
  }
  // How sure "none" is: the share of cells no validator claimed (shapes such as dates don't count).
  const best = Math.max(0, ...[...categorySupport(s).values()].map((x) => x.strong));
  return verdict('none', null, round(wilsonLower(n - best, n)), 0, [...headerEvidence, ...missEvidence(s)]);
}

/** Password and secret columns: decided by the header together with what the values look like. */
function credentialVerdict(s: ColumnStats, headerEvidence: string[]): Verdict | null {
  const hint = s.hint;
  const n = s.nonEmpty;
  if (!hint || hint.strength !== 'strong' || n === 0) return null;
  if (hint.category !== 'password_raw' && hint.category !== 'password_hash' && hint.category !== 'secret') return null;
  const raw = n - s.hashCells - s.placeholderCells;
  if (raw > 0 && hint.category !== 'password_hash') {
    const category = hint.category === 'secret' ? 'secret' : 'password_raw';
    const confidence = 1 - (1 - wilsonLower(raw, n)) * 0.35;
    const v = verdict(category, null, confidence, raw, [...headerEvidence, `values:not_hashed:${raw}`]);
    v.rejects = category;
    return v;
  }
  if (s.hashCells > 0) {
    const confidence = 1 - (1 - wilsonLower(s.hashCells, n)) * 0.35;
    return verdict('password_hash', subtypeOf(s, 'password_hash', null), confidence, s.hashCells, [
      ...headerEvidence,
      ...matchEvidence(s, 'password_hash'),
    ]);
  }
  return verdict('none', null, 0.8, 0, [...headerEvidence, `values:placeholder:${s.placeholderCells}`]);
}

type Dominant = { category: CategoryId; k: number; share: number };

/** The category whose validated cells make up enough of the column, if any. */
function dominantCategory(s: ColumnStats, nowYear: number): Dominant | null {
  const n = s.nonEmpty;
  const hint = s.hint;
  let best: (Dominant & { score: number }) | null = null;
  for (const [category, { all, strong, chance }] of categorySupport(s)) {
    const agrees = hint?.category === category;
    let k = agrees ? all : strong;
    if (category === 'date_of_birth' && !agrees) k = !namesEventDate(s.header) && looksLikeBirthYears(s.birthYears, nowYear) ? all : 0;
    if (k === 0 || (category === 'gender' && s.flagValues)) continue;
    const share = k / n;
    const chanceOnly = chance >= strong && chance > 0;
    const needed = SMALL_VOCAB.has(category) ? MIN_SHARE_SMALL_VOCAB : chanceOnly && !agrees ? MIN_SHARE_CHANCE : MIN_SHARE;
    if (share < needed) continue;
    // Among the categories that pass, the header's wins; otherwise the larger share, and on a
    // tie the stronger validator (every valid fødselsnummer is also a valid account number).
    const score = share + (agrees ? 1 : 0) + (chanceOnly ? 0 : 0.001);
    if (!best || score > best.score) best = { category, k, share, score };
  }
  return best && { category: best.category, k: best.k, share: best.share };
}

/** A header that says "name" agrees with a column of given names or surnames (`Name` beside `Vorname`). */
const NAME_PARTS = new Set<CategoryId>(['first_name', 'last_name']);

/** Categories known only from word lists: `anna` under a `login` header is a username. */
const VOCAB_ONLY = new Set<CategoryId>(['first_name', 'last_name', 'person_name', 'city', 'gender']);

function overriddenByHeader(s: ColumnStats, category: CategoryId): boolean {
  const hint = s.hint;
  if (!hint || hint.strength !== 'strong' || hint.category === category || !VOCAB_ONLY.has(category)) return false;
  if (VALUE_CHECKED.has(hint.category) || CATEGORIES[hint.category].rejectsFile || hint.category === 'free_text_pii') return false;
  return s.plausibleCells >= 0.9 * s.nonEmpty;
}

type Support = { all: number; strong: number; chance: number };

/** Cells per category, split by how much the evidence proves. */
function categorySupport(s: ColumnStats): Map<CategoryId, Support> {
  const out = new Map<CategoryId, Support>();
  for (const [m, cells] of s.byMatch) {
    const total = s.byCategory.get(m.category);
    if (!total) continue; // only found inside free text
    let entry = out.get(m.category);
    if (!entry) out.set(m.category, (entry = { all: total, strong: 0, chance: 0 }));
    if (SHAPE_ONLY.has(m.evidence)) continue;
    entry.strong = Math.min(total, entry.strong + cells);
    if (CHANCE_PRONE.has(m.evidence)) entry.chance = Math.min(total, entry.chance + cells);
  }
  return out;
}

/** Birth dates spread over decades and lie in the past; order and event dates cluster. */
function looksLikeBirthYears(years: ReadonlyMap<number, number>, nowYear: number): boolean {
  const sorted = [...years].sort((a, b) => a[0] - b[0]);
  let total = 0;
  for (const [, n] of sorted) total += n;
  if (total < 5) return false;
  /** The year of the cell at `rank` (0-based) in year order. */
  const at = (rank: number): number => {
    let seen = 0;
    for (const [y, n] of sorted) if ((seen += n) > rank) return y;
    return sorted[sorted.length - 1][0];
  };
  const p10 = at(Math.floor(total * 0.1));
  const p90 = at(Math.floor(total * 0.9));
  const median = at(Math.floor(total / 2));
  return p90 - p10 >= 15 && nowYear - median >= 15 && nowYear - median <= 100 && sorted[sorted.length - 1][0] <= nowYear;
}

/** Strong validated hits in a column that no category dominates: codes with an e-mail here and there. */
function minorityHits(s: ColumnStats): Map<CategoryId, number> {
  const out = new Map<CategoryId, number>();
  for (const [m, cells] of s.byMatch) {
    if (!s.byCategory.has(m.category) || SHAPE_ONLY.has(m.evidence) || CHANCE_PRONE.has(m.evidence)) continue;
    if (!isStrongMinority(m)) continue;
    // Hits no more frequent than the validator's near-misses are what chance produces.
    const misses = missesFor(s, m.category);
    if (misses > 4 * cells) continue;
    out.set(m.category, Math.max(out.get(m.category) ?? 0, cells));
  }
  return out;
}

/**
 * Only validators that random text essentially never passes may flag a column by a minority of
 * cells. Not phones: national plans accept many digit strings that start with 0 (an 8-digit UK
 * account number validates as a phone number often enough).
 */
function isStrongMinority(m: Match): boolean {
  return (
    m.category === 'email' ||
    m.category === 'iban' ||
    m.category === 'ip_address' ||
    (m.category === 'national_id' && m.evidence !== 'validator:ssn_us_bare') ||
    m.category === 'credit_card'
  );
}

function containedCategories(s: ColumnStats): CategoryId[] {
  const found = new Map<CategoryId, number>(s.inText);
  // What free text reveals about names and vocabulary is weaker than a checksum: several cells.
  for (const c of ['first_name', 'last_name', 'person_name', 'city'] as CategoryId[]) {
    if ((found.get(c) ?? 0) < 2) found.delete(c);
  }
  for (const [c, k] of minorityHits(s)) found.set(c, (found.get(c) ?? 0) + k);
  for (const c of [...found.keys()]) {
    if (CATEGORIES[c].rejectsFile || c === 'none') found.delete(c);
    // The same chance rule as for whole cells: free-text numbers fail checksums too.
    else if (isChecked(c) && missesFor(s, c) > 4 * (found.get(c) ?? 0) && !(c === 'email')) found.delete(c);
  }
  return [...found.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

function isChecked(c: CategoryId): boolean {
  return c === 'credit_card' || c === 'national_id' || c === 'iban' || c === 'phone';
}

/**
 * A header whose category the values could not confirm. For a category a validator checks, the
 * values failed it: low confidence. For one no validator checks (a customer number, a CVV), the
 * values decide whether the header is believed: a `login` header over timestamps is not.
 */
function headerDriven(s: ColumnStats, headerEvidence: string[]): Verdict | null {
  const hint = s.hint!;
  const n = s.nonEmpty;
  const category = hint.category;
  if (VALUE_CHECKED.has(category)) {
    if (hint.strength !== 'strong') return null;
    // No digit under a `phone` header (Yes/No in a `PhoneService` column): not the category at all.
    if (s.plausibleCells < 0.5 * n) {
      // Oracle's HR sample schema keeps `SKING`, the address without its domain: unique handles
      // still name one person each, where a few repeated words (`Yes`, `No`) are a flag.
      if (category === 'email' && s.mostlyUnique && s.firstValues.every(isEmailHandle)) {
        return verdict('email', hint.subtype, 0.3, 0, [...headerEvidence, 'values:handles']);
      }
      return verdict('none', null, 0.6, 0, [...headerEvidence, `values:implausible:${n - s.plausibleCells}`]);
    }
    const k = s.byCategory.get(category) ?? 0;
    // A cell can both miss one validator and match another shape: count it once.
    const shaped = Math.min(n, k + shapedMisses(s, category));
    if (shaped >= 0.9 * n) {
      const confidence = 0.3 + 0.3 * wilsonLower(shaped, n);
      return verdict(category, hint.subtype, confidence, k, [...headerEvidence, `values:${category}_shaped`, ...missEvidence(s)]);
    }
    const confidence = Math.min(0.35, wilsonLower(k, n) + 0.1);
    return verdict(category, hint.subtype, confidence, k, [...headerEvidence, 'values:unvalidated', ...missEvidence(s)]);
  }
  const plausible = s.plausibleCells;
  const needed = hint.strength === 'strong' ? 0.5 : 0.9;
  if (plausible < needed * n) {
    return hint.strength === 'strong' ? verdict('none', null, 0.6, 0, [...headerEvidence, `values:implausible:${n - plausible}`]) : null;
  }
  const lower = wilsonLower(plausible, n);
  const confidence = hint.strength === 'strong' ? 0.4 + 0.5 * lower : 0.3 + 0.4 * lower;
  const evidence = [...headerEvidence, plausible === n ? 'values:plausible' : `values:implausible:${n - plausible}`];
  const v = verdict(category, hint.subtype, confidence, plausible, evidence);
  v.sampleCategory = null;
  return v;
}

function matchEvidence(s: ColumnStats, category: CategoryId): string[] {
  const counts = new Map<string, number>();
  for (const [m, cells] of s.byMatch) if (m.category === category) counts.set(m.evidence, (counts.get(m.evidence) ?? 0) + cells);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([e]) => e);
}

function missEvidence(s: ColumnStats): string[] {
  return [...s.misses.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([v, k]) => `rejected:${v}:${k}`);
}

/** The subtype with most cells; the header's subtype breaks ties and fills in when values have none. */
function subtypeOf(s: ColumnStats, category: CategoryId, headerSubtype: string | null): string | null {
  const counts = new Map<string, number>();
  for (const [m, cells] of s.byMatch) {
    if (m.category === category && m.subtype) counts.set(m.subtype, (counts.get(m.subtype) ?? 0) + cells);
  }
  let best: string | null = null;
  let bestCount = -1;
  for (const [subtype, cells] of counts) {
    const score = cells + (subtype === headerSubtype ? 0.5 : 0);
    if (score > bestCount) [best, bestCount] = [subtype, score];
  }
  return best ?? headerSubtype ?? (category === 'national_id' ? 'other' : null);
}

/**
 * Numbers written right but never issued (`277.609.7938`: no such US area code; Synthea's
 * `999-76-6866`: no 9xx SSN area) are what generated test data and old exports are full of: under
 * a telling header, nearly all cells of the category's shape is that category, if a less certain
 * one than validated values. Not shapes: an e-mail's unknown TLD, an id whose date cannot be (a
 * remediated file's tokens are made so), an organisation's number.
 */
function shapedMisses(s: ColumnStats, category: CategoryId): number {
  if (category === 'email') return 0;
  if (category !== 'national_id') return missesFor(s, category);
  let total = 0;
  for (const [validator, k] of s.misses) if (validator.startsWith('checksum:')) total += k;
  return total;
}

/** Near-misses counted against the category their validator belongs to. */
function missesFor(s: ColumnStats, category: CategoryId): number {
  let total = 0;
  for (const [validator, k] of s.misses) if (missCategory(validator) === category) total += k;
  return total;
}

function missCategory(validator: string): CategoryId | null {
  if (validator === 'luhn') return 'credit_card';
  if (validator === 'mod97' || validator === 'iban_length') return 'iban';
  if (validator === 'phone') return 'phone';
  if (validator === 'tld') return 'email';
  if (validator.startsWith('checksum:') || validator.startsWith('date:') || validator === 'orgnr_se') return 'national_id';
  return null;
}

/** Wilson score interval lower bound for k successes in n trials at 95%. */
export function wilsonLower(k: number, n: number): number {
  if (n === 0) return 0;
  const z = 1.96;
  // More successes than trials has no interval (the root below would go negative and the
  // confidence NaN); a caller that adds up overlapping counts gets the ceiling instead.
  const p = Math.min(1, Math.max(0, k / n));
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - margin) / (1 + z2 / n));
}

function verdict(category: CategoryId, subtype: string | null, confidence: number, matches: number, evidence: string[]): Verdict {
  return { category, subtype, confidence: round(confidence), matches, evidence, rejects: null, sampleCategory: category };
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
