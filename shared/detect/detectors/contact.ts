import { Metadata, getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { isKnownTld } from '../data/tlds';
import { isAllDigits } from '../text';
import type { Detector, HitSink, Match } from '../types';

const EMAIL: Match = { category: 'email', subtype: null, evidence: 'pattern:email' };
const PHONE: Match = { category: 'phone', subtype: null, evidence: 'validator:phone' };

/**
 * E-mail addresses: an RFC 5321 dot-atom local part (Unicode allowed, RFC 6531), `@`, and a
 * domain of at least two LDH or Unicode labels whose last label is a delegated TLD (IANA list in
 * data/tlds.ts). Accepts `mailto:a@b.se` (query dropped) and `Name <a@b.se>`. Addresses at
 * example.com or test domains still match: a customer file full of them is still a customer
 * file, and suppressing them silently would hide real data. When everything fits except the TLD
 * (`anna@firma.local`, a typo like `.con`) the near-miss `tld` is reported instead.
 * Quoted local parts (`"a b"@c.se`) and address literals (`a@[10.0.0.1]`) are not recognised.
 */
export const detectEmail: Detector = (v, sink) => {
  const len = v.length;
  if (len < 6 || len > 320) return;
  let at = v.indexOf('@');
  if (at < 1) return;
  let start = 0;
  let end = len;
  if (v.charCodeAt(len - 1) === 62 /* > */) {
    const open = v.lastIndexOf('<');
    if (open < 0 || open > at) return;
    start = open + 1;
    end = len - 1;
    at = v.indexOf('@', start);
    if (at < 0) return;
  }
  if (startsWithFolded(v, start, 'mailto:')) {
    start += 7;
    const query = v.indexOf('?', at);
    if (query > 0 && query < end) end = query;
  }
  if (v.indexOf('@', at + 1) !== -1 && v.indexOf('@', at + 1) < end) return;
  if (!isLocalPart(v, start, at)) return;
  const tldStart = domainTldStart(v, at + 1, end);
  if (tldStart < 0) return;
  const tld = v.slice(tldStart, end);
  if (isKnownTld(tld) || isKnownTld(tld.toLowerCase())) sink.match(EMAIL);
  else sink.miss('tld');
};

/** Characters RFC 5322 allows in a dot-atom besides letters and digits: ! # $ % & ' * + / = ? ^ _ ` { | } ~ - */
const ATEXT = new Uint8Array(128);
for (const ch of "!#$%&'*+/=?^_`{|}~-") ATEXT[ch.charCodeAt(0)] = 1;
for (let c = 48; c <= 57; c++) ATEXT[c] = 1;
for (let c = 65; c <= 90; c++) ATEXT[c] = ATEXT[c + 32] = 1;

function isLocalPart(v: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 64) return false;
  let previousDot = true; // a leading dot is as wrong as a double one
  for (let i = from; i < to; i++) {
    const c = v.charCodeAt(i);
    if (c === 46) {
      if (previousDot) return false;
      previousDot = true;
    } else if (c > 127 ? isUnicodeWordChar(c) : ATEXT[c] === 1) previousDot = false;
    else return false;
  }
  return !previousDot;
}

/**
 * Checks the domain `v[from, to)` label by label and returns where its last label starts, or -1
 * when it is not a host name a mailbox can have (one label, a numeric TLD, bad hyphens…).
 */
function domainTldStart(v: string, from: number, to: number): number {
  const n = to - from;
  if (n < 4 || n > 253) return -1;
  let labelStart = from;
  let labels = 0;
  for (let i = from; i <= to; i++) {
    const c = i === to ? 46 : v.charCodeAt(i);
    if (c === 46) {
      const size = i - labelStart;
      if (size < 1 || size > 63) return -1;
      if (v.charCodeAt(labelStart) === 45 || v.charCodeAt(i - 1) === 45) return -1;
      labels++;
      if (i < to) labelStart = i + 1;
    } else if (!(isAlnum(c) || c === 45 || (c > 127 && isUnicodeWordChar(c)))) return -1;
  }
  if (labels < 2) return -1;
  // A TLD is letters (or punycode/Unicode); `user@10.0.0.1` is not an address of this shape.
  for (let i = labelStart; i < to; i++) {
    const c = v.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 45) return isPunycode(v, labelStart, to) ? labelStart : -1;
  }
  return labelStart;
}

function isPunycode(v: string, from: number, to: number): boolean {
  return to - from > 4 && startsWithFolded(v, from, 'xn--');
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Non-ASCII code units that can be part of a word (not NBSP, typographic spaces or quotes). */
function isUnicodeWordChar(c: number): boolean {
  return c !== 160 && !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000 && c !== 0xfeff;
}

/** True when `v` has `lowerNeedle` at `at`, ignoring ASCII case; no allocation. */
function startsWithFolded(v: string, at: number, lowerNeedle: string): boolean {
  if (at + lowerNeedle.length > v.length) return false;
  for (let i = 0; i < lowerNeedle.length; i++) {
    let c = v.charCodeAt(at + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lowerNeedle.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * National formats are tried in this order, and the first region whose numbering plan accepts a
 * number decides its E.164 form: the Nordic countries first (Veil's home market), then the
 * others as listed in the issue. `0612345678` is valid in six of these plans; without a country
 * code nothing in the cell can tell which was meant, so the order is the documented tie-break.
 */
const REGION_ORDER: readonly CountryCode[] = ['SE', 'NO', 'DK', 'FI', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'GB', 'US'];
/**
 * More plans for bare digits under a phone header only (detectPhoneUnformatted): the mobile
 * numbers of large countries as their own registers write them, without a `+` or separators
 * (`13812345678` in China, `9876543210` in India, `11987654321` in Brazil, `09012345678` in
 * Japan). Never tried for a cell on its own, where an 11-digit order id would pass just as well.
 */
const BARE_ONLY_REGIONS: readonly CountryCode[] = ['CN', 'IN', 'BR', 'JP', 'KR', 'RU', 'TR', 'MX', 'ID', 'PH', 'VN', 'AU'];
/** The digit dialled before a national number inside the country; NO, DK, ES and PL have none, IT keeps its 0. */
const TRUNK: Partial<Record<CountryCode, number>> = {
  SE: 48, FI: 48, DE: 48, FR: 48, NL: 48, GB: 48, US: 49,
  CN: 48, IN: 48, BR: 48, JP: 48, KR: 48, RU: 56, TR: 48, ID: 48, PH: 48, VN: 48, AU: 48,
};

type NumberType = { lengths: Uint8Array | null; pattern: RegExp };
type Plan = { pattern: RegExp | null; types: readonly NumberType[] };
/** `exact`: every plan behind the calling code has its patterns, so mayBeValid is isValid()'s own test. */
type Region = { code: CountryCode; callingCode: string; trunk: number; lengths: Uint8Array; plans: readonly Plan[]; exact: boolean };
type TypeView = { pattern(): string; possibleLengths(): number[] | undefined };
type PlanView = {
  possibleLengths(): number[];
  nationalNumberPattern?: () => string;
  type?: (name: string) => TypeView | undefined;
};
/** The number types libphonenumber's isValid() accepts (getNumberType's fixed line plus the rest). */
const TYPE_NAMES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

/**
 * National numbers are validated without calling libphonenumber, whose parse and isValid() cost
 * 5–8 µs a call: the plan's possible lengths (documented API) and the general and per-type
 * national-number patterns of every country sharing the calling code (a number dialled as
 * American may be Canadian, a Finnish one from Åland), read from the `max` metadata and compiled
 * once at load, are isValid()'s own test. A unit test holds every number this accepts to
 * libphonenumber's verdict. Should a library version stop exposing the patterns, the gate falls
 * back to lengths only and the library decides.
 */
const REGIONS: readonly Region[] = REGION_ORDER.map(region);
const BARE_REGIONS: readonly Region[] = [...REGIONS, ...BARE_ONLY_REGIONS.map(region)];

function region(code: CountryCode): Region {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(code);
  const lengths = lengthSet((metadata.numberingPlan as unknown as PlanView).possibleLengths());
  const callingCode = getCountryCallingCode(code);
  const plans = getCountries()
    .filter((c) => getCountryCallingCode(c) === callingCode)
    .map((c) => {
      metadata.selectNumberingPlan(c);
      return planOf(metadata.numberingPlan as unknown as PlanView);
    });
  const exact = plans.length > 0 && plans.every((p) => p.pattern !== null && p.types.length > 0);
  return { code, callingCode, trunk: TRUNK[code] ?? -1, lengths: lengths ?? new Uint8Array(20).fill(1), plans, exact };
}

function planOf(plan: PlanView): Plan {
  const source = typeof plan.nationalNumberPattern === 'function' ? plan.nationalNumberPattern() : '';
  const types: NumberType[] = [];
  if (source && typeof plan.type === 'function') {
    for (const name of TYPE_NAMES) {
      const t = plan.type(name);
      const pattern = t?.pattern();
      if (t && pattern) types.push({ lengths: lengthSet(t.possibleLengths()), pattern: whole(pattern) });
    }
  }
  return { pattern: source ? whole(source) : null, types };
}

function lengthSet(lengths: number[] | undefined): Uint8Array | null {
  if (!lengths || lengths.length === 0) return null;
  const set = new Uint8Array(20);
  for (const n of lengths) if (n < set.length) set[n] = 1;
  return set;
}

function whole(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

/** Whether `nsn` could be valid in one of the plans behind the region's calling code, as isValid() asks. */
function mayBeValid(r: Region, nsn: string): boolean {
  for (const plan of r.plans) {
    if (plan.pattern !== null && !plan.pattern.test(nsn)) continue;
    if (plan.types.length === 0) return true;
    for (const t of plan.types) if ((t.lengths === null || t.lengths[nsn.length] === 1) && t.pattern.test(nsn)) return true;
  }
  return r.plans.length === 0;
}

const NOT_PHONE = 0;
const NATIONAL = 1;
const INTERNATIONAL = 2;
/** Digits alone, judged only under a phone header (detectPhoneUnformatted). */
const BARE = 3;
/**
 * Scratch filled by readPhone: the digits as numbers (without `+`/`00`), the digit groups, and
 * the digits as a string, built only when the library needs them. Detectors run one at a time.
 * Collecting into a buffer instead of appending to a string keeps the common, cached case free
 * of allocation (measured: 0.78 → 0.3 µs a cell on a column of known prefixes).
 */
const MAX_DIGITS = 17;
const digitBuf = new Uint8Array(MAX_DIGITS + 2);
let digitFrom = 0;
let digitCount = 0;
let digitText: string | null = null;
const groupLength = new Uint8Array(16);
let groupCount = 0;

function digitString(): string {
  if (digitText === null) {
    let t = '';
    for (let i = 0; i < digitCount; i++) t += String.fromCharCode(48 + digitBuf[digitFrom + i]);
    digitText = t;
  }
  return digitText;
}

function digitAt(i: number): number {
  return digitBuf[digitFrom + i];
}

/** The digits from `from` (inclusive) to `to` (exclusive) as one number; at most 15 of them. */
function digitsValue(from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + digitBuf[digitFrom + i];
  return n;
}

/**
 * Phone numbers, validated by libphonenumber-js with its `max` metadata: the `min` flavour
 * (≈80 kB instead of ≈145 kB) checks only lengths, which any 9–10 digit order number passes, and
 * precision is what makes a phone column tell from an id column. International numbers (`+46…`,
 * `0046…`, `00 49…`, `tel:+1-…`) are valid for any country. A number without a country code is
 * valid when one of the regions of REGION_ORDER validates it, and is only tried when it is
 * written in a national format: with the trunk `0` for SE, FI, DE, FR, NL, GB (and IT, where
 * the 0 is part of the number), or, for the plans without a trunk 0 (NO, DK, ES, PL, IT mobiles,
 * US), as at least three groups of 2–4 digits like `22 12 34 56` or `(212) 555-0123`, or as an
 * Italian mobile's `333 9876543`. A bare `701234567` or `2125550123` may be a phone with its
 * zero lost to Excel, but is just as likely an order number: it is left to the header. Shapes that
 * are really dates, IPv4 addresses, decimals, thousands-separated amounts, US SSNs (3-2-4) and
 * Nordic personal numbers (6-4, 8-4) are not tried. Right shape, no valid plan: miss `phone`.
 */
export const detectPhone: Detector = (v, sink) => {
  const kind = readPhone(v);
  if (kind === NOT_PHONE) return;
  if (validPhone(kind)) sink.match(PHONE);
  else sink.miss('phone');
};

const PHONE_UNFORMATTED: Match = { category: 'phone', subtype: null, evidence: 'pattern:phone_unformatted' };
const PHONE_OTHER_PLAN: Match = { category: 'phone', subtype: null, evidence: 'pattern:phone_other_plan' };

/**
 * Bare digits that are a phone number: `612345678` (Spain, Norway, Denmark and Poland write
 * their numbers without a trunk 0), `701234567` (a Swedish mobile whose 0 Excel dropped) and
 * `46701234567` (an international number whose `+` Excel dropped). detectPhone leaves these to
 * the header, because order ids and EAN codes look the same: so this is shape-only evidence
 * (evidence.ts), and the dispatcher asks it only under a phone header (prefilter.ts).
 *
 * Under the same header, a number written with separators that none of the twelve plans of
 * detectPhone accepts is tried in the more plans too: `(11) 91234-5678` in Brazil, `0412 345 678`
 * in Australia (`pattern:phone_other_plan`, shape-only as well: `0612-345 678` fits some plan).
 */
export const detectPhoneUnformatted: Detector = (v, sink) => {
  if (v.length < 7 || v.length > 24) return;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (n === 15) return;
      digitBuf[n++] = c - 48;
    } else if (c !== 32 && c !== 45 && c !== 46 && c !== 47 && c !== 40 && c !== 41) return;
  }
  if (n < 7) return;
  const bare = n === v.length;
  digitFrom = 0;
  digitCount = n;
  digitText = bare ? v : null;
  groupCount = 1;
  if (validPhone(BARE)) sink.match(bare ? PHONE_UNFORMATTED : PHONE_OTHER_PLAN);
  else if (bare && n >= 11 && digitAt(0) !== 0 && validPhone(INTERNATIONAL)) sink.match(PHONE_UNFORMATTED);
};

/**
 * libphonenumber decides validity from the number's length and its leading digits (the plans'
 * patterns end in `\d{n}`), so verdicts are remembered per prefix: a column of a million phone
 * numbers then costs a few thousand validations instead of a million (a pattern test is about a
 * microsecond, a library call for another country's number 6 µs). Every cell still passes the
 * shape gate and is looked up by its own prefix and length. The memory is a fixed table, one
 * verdict per slot, a later key taking over an earlier one's slot: a Map keyed by such large
 * numbers (heap numbers, not small integers) cost 3% of the bench CSV's scan in lookups alone.
 */
const VERDICT_SLOTS = 1 << 16;
const verdictKeys = new Float64Array(VERDICT_SLOTS);
/** 0: slot empty; else the verdict plus one */
const verdicts = new Uint8Array(VERDICT_SLOTS);
const UNCACHED_TAIL = 4;

/**
 * The prefix (at most 13 digits, below 10^13) with the length, grouping and kind in the low
 * eight bits: a number below 2^53, so the key is exact and needs no string.
 */
function verdictKey(kind: number): number {
  const prefix = digitsValue(0, Math.max(1, digitCount - UNCACHED_TAIL));
  return prefix * 256 + digitCount * 8 + (groupCount === 1 ? 4 : 0) + kind;
}

function validPhone(kind: number): boolean {
  const key = verdictKey(kind);
  const slot = Math.imul((key % 0x100000000) ^ Math.floor(key / 0x100000000), 0x9e3779b1) >>> 16;
  if (verdicts[slot] !== 0 && verdictKeys[slot] === key) return verdicts[slot] === 2;
  const valid = (kind === INTERNATIONAL ? e164International() : kind === BARE ? bareRegion() : nationalRegion()) !== null;
  verdictKeys[slot] = key;
  verdicts[slot] = valid ? 2 : 1;
  return valid;
}

/**
 * The E.164 form (`+46701234567`) of a phone number written as detectPhone accepts it, or null.
 * For data-subject search: the same gate as detectPhone, so a cell is normalised exactly when it
 * is detected; without a country code the first region of REGION_ORDER that validates wins.
 * Extensions are dropped (E.164 has none).
 */
export function normalizePhoneE164(v: string): string | null {
  const kind = readPhone(v);
  if (kind === INTERNATIONAL) return e164International();
  if (kind === NOT_PHONE) return null;
  const region = nationalRegion();
  return region === null ? null : (parsePhoneNumberFromString(digitString(), region)?.number ?? null);
}

function e164International(): string | null {
  const d = digitString();
  // Calling codes are prefix-free, so at most one region's code starts the number. A number its
  // patterns accept as written is valid; anything else (another country, `+46 (0)70…` with its
  // trunk 0) goes to the library.
  for (const r of REGIONS) {
    if (!r.exact || !d.startsWith(r.callingCode)) continue;
    const nsn = d.slice(r.callingCode.length);
    if (r.lengths[nsn.length] === 1 && mayBeValid(r, nsn)) return `+${d}`;
    break;
  }
  const parsed = parsePhoneNumberFromString(`+${d}`);
  return parsed && parsed.isValid() ? parsed.number : null;
}

function nationalRegion(): CountryCode | null {
  const d = digitString();
  const trunkZero = d.charCodeAt(0) === 48;
  for (const r of REGIONS) {
    // Where a trunk 0 is dialled, a national number is written with it: `70 123 45 67` is not
    // how anyone in Sweden writes a phone, while it is how `22 12 34 56` is written in Norway.
    if (r.trunk === 48 && !trunkZero) continue;
    // Italy's fixed-line plan takes any 6–11 digits after a 0, so for an ungrouped string it
    // proves nothing: a bare `0123456` is an Italian number only when written like one.
    if (r.code === 'IT' && trunkZero && groupCount === 1) continue;
    const nsn = r.trunk === 48 || (r.trunk === 49 && d.length === 11 && d.charCodeAt(0) === 49) ? d.slice(1) : d;
    if (r.lengths[nsn.length] !== 1 || !mayBeValid(r, nsn)) continue;
    if (r.exact || parsePhoneNumberFromString(d, r.code)?.isValid()) return r.code;
  }
  return null;
}

/** The first region where bare digits are a valid national number, with or without its trunk 0. */
function bareRegion(): CountryCode | null {
  const d = digitString();
  for (const r of BARE_REGIONS) {
    const trunk = r.trunk === 48 || r.trunk === 56 ? r.trunk : -1;
    const nsn = trunk >= 0 && d.charCodeAt(0) === trunk ? d.slice(1) : d;
    if (r.lengths[nsn.length] !== 1 || !mayBeValid(r, nsn)) continue;
    if (r.exact || parsePhoneNumberFromString(d, r.code)?.isValid()) return r.code;
  }
  return null;
}

/**
 * The hand-written shape gate: optional `tel:`, optional `+`, digits with space, NBSP, `-`, `.`,
 * `/` and one pair of parentheses, an optional extension (`ext. 12`, `x12`, `#12`, `;ext=12`).
 * Fills `digits` and the groups, and says which validation the shape calls for.
 */
function readPhone(v: string): number {
  const len = v.length;
  if (len < 7 || len > 48) return NOT_PHONE;
  let i = startsWithFolded(v, 0, 'tel:') ? 4 : 0;
  const plus = v.charCodeAt(i) === 43;
  if (plus) i++;
  let n = 0;
  let group = 0;
  let paren = 0;
  let separators = 0; // bit mask: 1 space, 2 dash, 4 dot, 8 slash, 16 parenthesis
  let separatorCount = 0;
  groupCount = 0;
  for (; i < len; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (n === MAX_DIGITS) return NOT_PHONE;
      digitBuf[n++] = c - 48;
      group++;
      continue;
    }
    let bit: number;
    if (c === 32 || c === 160) bit = 1;
    else if (c === 45) bit = 2;
    else if (c === 46) bit = 4;
    else if (c === 47) bit = 8;
    else if (c === 40 || c === 41) {
      if ((c === 40) !== (paren === 0)) return NOT_PHONE;
      paren++;
      bit = 16;
    } else if (n > 0 && isExtension(v, i)) break;
    else return NOT_PHONE;
    if (group > 0) {
      if (groupCount === groupLength.length) return NOT_PHONE;
      groupLength[groupCount++] = group;
      group = 0;
    }
    separators |= bit;
    if (bit !== 1 && bit !== 16) separatorCount++;
  }
  if (paren === 1 || n === 0) return NOT_PHONE;
  if (group > 0) {
    if (groupCount === groupLength.length) return NOT_PHONE;
    groupLength[groupCount++] = group;
  }

  digitText = null;
  if (plus || (digitBuf[0] === 0 && digitBuf[1] === 0)) {
    digitFrom = plus ? 0 : 2;
    digitCount = plus ? n : n - 2;
    // No country code starts with 0: `+0…` is nonsense and `000123…` a zero-padded id.
    if (digitAt(0) === 0 || digitCount < 7 || digitCount > 16) return NOT_PHONE;
    return INTERNATIONAL;
  }
  digitFrom = 0;
  digitCount = n;
  if (n < 7 || n > 15) return NOT_PHONE;
  if (looksLikeOtherNumber(separators, separatorCount)) return NOT_PHONE;
  if (digitAt(0) === 0) return NATIONAL;
  // Italian mobiles are written as operator prefix and subscriber number: `333 9876543`.
  if (groupCount === 2 && groupLength[0] === 3 && digitAt(0) === 3 && groupLength[1] >= 6 && groupLength[1] <= 7) return NATIONAL;
  if (groupCount < 3) return NOT_PHONE;
  for (let g = 1; g < groupCount; g++) if (groupLength[g] < 2 || groupLength[g] > 4) return NOT_PHONE;
  return groupLength[0] <= 4 ? NATIONAL : NOT_PHONE;
}

/** Extension markers after the number: `ext`, `ext.`, `x`, `#`, `;ext=`, then 1–6 digits to the end. */
function isExtension(v: string, i: number): boolean {
  if (startsWithFolded(v, i, ';ext=')) i += 5;
  else if (startsWithFolded(v, i, 'ext')) i += 3;
  else if (v.charCodeAt(i) === 35 || (v.charCodeAt(i) | 32) === 120) i += 1;
  else return false;
  while (i < v.length && (v.charCodeAt(i) === 32 || v.charCodeAt(i) === 46 || v.charCodeAt(i) === 58)) i++;
  const from = i;
  while (i < v.length && v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57) i++;
  return i === v.length && i - from >= 1 && i - from <= 6;
}

/** Digit strings with separators that have a better reading than a phone number. */
function looksLikeOtherNumber(separators: number, separatorCount: number): boolean {
  const g = groupCount;
  // A single `.` is a decimal point (1234.50, 0.1234567); dots mixed with other separators are
  // coordinates or amounts — phones written with dots use nothing else (212.555.0123).
  if ((separators & 4) !== 0 && (separatorCount === 1 || separators !== 4)) return true;
  if (g === 3 && (separators === 2 || separators === 4 || separators === 8) && isDate()) return true;
  if (g === 4 && separators === 4 && isDottedQuad()) return true;
  if (g === 3 && (separators === 2 || separators === 1) && groupLength[0] === 3 && groupLength[1] === 2 && groupLength[2] === 4) return true;
  if (g === 2 && separators === 2 && (groupLength[0] === 6 || groupLength[0] === 8) && groupLength[1] === 4) return true;
  // Thousands separators: 1 234 567, 1.234.567, 12.345.678.
  if ((separators === 1 || separators === 4) && g >= 3 && groupLength[0] <= 3 && (groupLength[0] === 1 || separators === 4)) {
    let thousands = true;
    for (let k = 1; k < g; k++) if (groupLength[k] !== 3) thousands = false;
    if (thousands) return true;
  }
  return false;
}

/** y-m-d or d-m-y / m-d-y with a four-digit year and plausible day and month. */
function isDate(): boolean {
  const a = groupLength[0];
  const b = groupLength[1];
  const c = groupLength[2];
  const first = digitsValue(0, a);
  const second = digitsValue(a, a + b);
  const third = digitsValue(a + b, digitCount);
  if (a === 4 && b <= 2 && c <= 2) return isYear(first) && second >= 1 && second <= 12 && third >= 1 && third <= 31;
  if (a <= 2 && b <= 2 && c === 4) {
    return isYear(third) && first >= 1 && second >= 1 && first <= 31 && second <= 31 && (first <= 12 || second <= 12);
  }
  return false;
}

function isYear(y: number): boolean {
  return y >= 1000 && y <= 2999;
}

function isDottedQuad(): boolean {
  let at = 0;
  for (let k = 0; k < 4; k++) {
    const n = groupLength[k];
    if (n > 3 || digitsValue(at, at + n) > 255) return false;
    at += n;
  }
  return true;
}
