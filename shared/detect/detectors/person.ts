/**
 * Detectors for the person and where they live: names, street addresses, postal codes, cities,
 * dates (birth-date candidates), ages and gender values. None of these has a checksum, so each
 * accepts only what is distinctive on its own (a known name, a street word plus a number, a
 * postal-code format no plain number has); the classifier weighs the rest with the header.
 */
import { STREET_SUFFIXES, STREET_TYPES_AFTER, STREET_TYPES_AFTER_TITLED, STREET_TYPES_BEFORE } from '../data/street-types';
import { foldDiacritics, isAllDigits } from '../text';
import type { Detector, HitSink, Match } from '../types';
import { genderValue, isCity, isCommonWord, isGivenName, isNameParticle, isSurname, monthNumber } from '../vocab';

const FIRST_NAME: Match = { category: 'first_name', subtype: null, evidence: 'vocab:given_name' };
const LAST_NAME: Match = { category: 'last_name', subtype: null, evidence: 'vocab:surname' };
const FULL_NAME: Match = { category: 'person_name', subtype: null, evidence: 'vocab:full_name' };
const FULL_NAME_CAPITALISED: Match = { category: 'person_name', subtype: null, evidence: 'vocab:given_name_capitalised' };
const FIRST_NAME_NUMBERED: Match = { category: 'first_name', subtype: null, evidence: 'pattern:numbered_name' };
const LAST_NAME_NUMBERED: Match = { category: 'last_name', subtype: null, evidence: 'pattern:numbered_name' };
const STREET: Match = { category: 'street_address', subtype: null, evidence: 'pattern:street' };
const POSTAL_CODE: Match = { category: 'postal_code', subtype: null, evidence: 'pattern:postal_code' };
const CITY: Match = { category: 'city', subtype: null, evidence: 'vocab:city' };
const DATE: Match = { category: 'date_of_birth', subtype: null, evidence: 'pattern:date' };
const AGE: Match = { category: 'age', subtype: null, evidence: 'pattern:age' };
const GENDER: Match = { category: 'gender', subtype: null, evidence: 'vocab:gender' };

/** Letters of any script, combining marks, and what names are punctuated with. Digits and "@" never. */
const NAME_CHARS = /^[\p{L}\p{M}'’.,\- ]+$/u;
const TRIM_DOTS = /^[.,]+|[.,]+$/g;
/** "Cumings, Mrs. John Bradley (Florence Briggs Thayer)": a maiden or nickname in brackets. */
const BRACKETED = /\s*\([^()]*\)\s*/g;

/**
 * A single known given name is a first name, a single known surname a last name (a name in both
 * lists reports both). Two to four words ("Anna Svensson", "Svensson, Anna", "Jan van der Berg")
 * are a full name when one is a known given name and another a known surname or a capitalised
 * word. Names that are everyday words ("Green", "Rose") count only beside a given name.
 */
export const detectPersonName: Detector = (written, sink) => {
  const value = written.includes('(') ? written.replace(BRACKETED, ' ').trim() : written;
  if (value.length < 2 || value.length > 80 || !NAME_CHARS.test(value)) return;
  if (value.indexOf(' ') < 0 && value.indexOf(',') < 0) {
    // One word, the common case in first- and last-name columns: no splitting needed.
    const key = foldDiacritics(value).replace(TRIM_DOTS, '');
    if (key.length < 2 || isNameParticle(key) || isCommonWord(key)) return;
    if (knownName(key, isGivenName)) sink.match(FIRST_NAME);
    if (knownName(key, isSurname)) sink.match(LAST_NAME);
    return;
  }
  const comma = value.indexOf(',');
  // "Last, First" is read as "First Last"; more than one comma is a list, not a name.
  if (comma >= 0 && comma !== value.lastIndexOf(',')) return;
  const ordered = comma < 0 ? value : `${value.slice(comma + 1)} ${value.slice(0, comma)}`;
  const original = ordered.split(' ');
  if (original.length > 8) return;
  // Folding keeps every space, so the folded words line up with the written ones.
  const folded = foldDiacritics(ordered).split(' ');
  const names: string[] = [];
  const shown: string[] = [];
  let prefix = '';
  let words = 0;
  for (let i = 0; i < original.length; i++) {
    const key = folded[i].replace(TRIM_DOTS, '');
    if (key.length === 0) continue;
    words++;
    if (isNameParticle(key)) {
      if (names.length === 0) prefix += `${key} `;
      continue;
    }
    if (key.length === 1) continue; // an initial
    names.push(key);
    shown.push(original[i]);
  }
  if (names.length === 1) {
    const key = names[0];
    if (words === 1 && isCommonWord(key)) return;
    if (knownName(key, isGivenName)) sink.match(FIRST_NAME);
    if (knownName(key, isSurname) || (prefix.length > 0 && isSurname(prefix + key))) sink.match(LAST_NAME);
    return;
  }
  if (names.length < 2 || names.length > 4 || words > 6) return;
  fullName(names, shown, sink);
};

function fullName(names: string[], shown: string[], sink: HitSink): void {
  let given = -1;
  let allGiven = true;
  let anySurname = false;
  for (let i = 0; i < names.length; i++) {
    const g = knownName(names[i], isGivenName);
    if (g && given < 0) given = i;
    if (!g) allGiven = false;
    if (knownName(names[i], isSurname)) anySurname = true;
  }
  if (given < 0) return;
  // "Anna Maria", "Karl Johan": a double given name is still a first name.
  if (allGiven && !anySurname) {
    sink.match(FIRST_NAME);
    return;
  }
  if (names.some((n, i) => i !== given && knownName(n, isSurname))) return sink.match(FULL_NAME);
  // A city named after a saint or a person ("San Jose", "Santa Clara") needs a real surname.
  if (isCity(names.join(' ')) || isCommonWord(names[given])) return;
  if (shown.some((w, i) => i !== given && isCapitalised(w))) sink.match(FULL_NAME_CAPITALISED);
}

/** Whole key, or a hyphenated name whose every part is known ("anna-karin", "garcia-lopez"). */
/**
 * A known name with a number glued to it: Synthea's synthetic patients ("Abe604", "José
 * Eduardo181", "Kuhlman484") and many test fixtures number every name. Shape-only evidence: it
 * counts under a name header, while a column of handles like "anna92" decides nothing by it.
 */
export const detectNumberedName: Detector = (value, sink) => {
  let end = value.length;
  while (end > 0 && isDigitCode(value.charCodeAt(end - 1))) end--;
  if (end === value.length || end < 2 || value.length - end > 4) return;
  const last = value.charCodeAt(end - 1);
  if (!((last >= 65 && last <= 90) || (last >= 97 && last <= 122) || last > 127)) return;
  const base = value.slice(0, end);
  if (!NAME_CHARS.test(base)) return;
  const words = foldDiacritics(base).split(' ').filter((w) => w.length > 0);
  if (words.length > 3) return;
  if (knownName(words[0], isGivenName)) sink.match(FIRST_NAME_NUMBERED);
  if (knownName(words[words.length - 1], isSurname)) sink.match(LAST_NAME_NUMBERED);
};

function knownName(key: string, known: (k: string) => boolean): boolean {
  if (known(key)) return true;
  if (!key.includes('-')) return false;
  const parts = key.split('-');
  return parts.every((p) => p.length > 1 && known(p));
}

function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== first.toLowerCase();
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (list: readonly string[]): string => list.map(escape).join('|');
const NUM = String.raw`\d{1,5}(?:\s?[a-z])?(?:\s?(?:bis|ter))?(?:[-/]\d{1,4}[a-z]?)?`;
const NAME = String.raw`[a-z][a-z'’.-]*(?:\s+[a-z][a-z'’.-]*){0,5}`;
const TAIL = String.raw`(?:[\s,;].{0,80})?$`;
const SUFFIX_FIRST = new RegExp(String.raw`^[a-z][a-z'’. -]{0,40}?(?:${alt(STREET_SUFFIXES)})\.?,?\s+${NUM}${TAIL}`);
const TYPE_FIRST = new RegExp(String.raw`^(?:${alt(STREET_TYPES_BEFORE)})\.?\s*${NAME},?\s+(?:n[o°º.]*\s*)?${NUM}${TAIL}`);
const NUMBER_FIRST = new RegExp(
  String.raw`^(?:(?:flat|apt|apartment|unit|suite)\s*\w+,?\s+)?${NUM},?\s+(?:(?:${alt(STREET_TYPES_BEFORE)})\.?\s+${NAME}|(?:[a-z0-9][a-z0-9'’.-]*\s+){1,5}(?:${alt(STREET_TYPES_AFTER)})\.?)${TAIL}`,
);
const capitalised = (list: readonly string[]): string => alt(list.map((w) => w[0].toUpperCase() + w.slice(1)));
/** Case-sensitive, on the cell as written: every word between the number and the suffix capitalised. */
const NUMBER_FIRST_TITLED = new RegExp(
  String.raw`^\d{1,5}[A-Z]?,?\s+(?:[\p{Lu}\d][\p{L}\d'’.-]*\s+){1,5}(?:${capitalised(STREET_TYPES_AFTER_TITLED)})\.?${TAIL}`,
  'u',
);

/**
 * A street with a house number, in the shapes the eleven countries write: "Storgatan 12",
 * "Hauptstr. 5a", "Karl Johans gate 1", "Calle Mayor, 3", "ul. Marszałkowska 1/2",
 * "12 rue de la Paix", "221B Baker Street", optionally followed by ", 123 45 Stockholm".
 */
const SPACE_RUN = / {2,}/g;

export const detectStreetAddress: Detector = (value, sink) => {
  if (value.length < 5 || value.length > 160) return;
  const v = foldDiacritics(value.includes('  ') ? value.replace(SPACE_RUN, ' ') : value);
  if (SUFFIX_FIRST.test(v) || TYPE_FIRST.test(v) || NUMBER_FIRST.test(v) || NUMBER_FIRST_TITLED.test(value)) sink.match(STREET);
};

/**
 * Only postal-code formats no plain number shares: UK "SW1A 1AA", Dutch "1234 AB", Polish
 * "00-950", Swedish with its space "123 45", Canadian "K1A 0B1". A bare 4- or 5-digit number is
 * left to the header: on its own it is as likely a price, a quantity or a year.
 */
const POSTAL_FORMATS = [
  /^[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}$/i,
  // Upper-case only, and not the units a quantity is written with ("1500 MG", "2000 KM").
  /^[1-9]\d{3} ?(?!SA|SD|SS|MG|KG|KM|ML|CM|MM|GB|MB|KB|TB|HZ|KW|AM|PM)[A-Z]{2}$/,
  /^\d{2}-\d{3}$/,
  /^(?:SE-?)?[1-9]\d{2} \d{2}$/i,
  /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i,
];

export const detectPostalCode: Detector = (value, sink) => {
  if (value.length < 5 || value.length > 10) return;
  for (const re of POSTAL_FORMATS) {
    if (re.test(value)) return sink.match(POSTAL_CODE);
  }
};

const LEADING_POSTAL = /^[\d -]+/;

/** A known city, also after its postal code ("123 45 Stockholm", "75001 Paris"). */
export const detectCity: Detector = (value, sink) => {
  if (value.length < 2 || value.length > 60) return;
  const key = foldDiacritics(value);
  if (isCity(key)) return sink.match(CITY);
  const c = key.charCodeAt(0);
  if (c >= 48 && c <= 57 && isCity(key.replace(LEADING_POSTAL, ''))) sink.match(CITY);
};

/** A whole number 0–120 without leading zeros. Weak on its own: the classifier leans on the header. */
export const detectAge: Detector = (value, sink) => {
  if (value.length > 3 || !isAllDigits(value)) return;
  if (value.length > 1 && value.charCodeAt(0) === 48) return;
  if (Number(value) <= 120) sink.match(AGE);
};

/** A gender value or salutation in one of the eleven languages ("kvinna", "Herr", "M", "divers"). */
export const detectGender: Detector = (value, sink) => {
  if (value.length > 24) return;
  const key = foldDiacritics(value.endsWith('.') ? value.slice(0, -1) : value);
  if (genderValue(key) !== null) sink.match(GENDER);
};

/** Dates from 1900-01-01 to the end of next year: older is not a living person, later a typo. */
const MIN_YEAR = 1900;
const MAX_YEAR = new Date().getFullYear() + 1;
/** "31.12.25" is 2025 this year, "31.12.85" is 1985. */
const CENTURY_PIVOT = (MAX_YEAR - 1) % 100;

/** What may follow a numeric date (see readNumericDate), matched where the date ends. */
const TIME_PART = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2})?$/iy;
const TEXT_SEPARATORS = /[\s,.\-/]+/;
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th|er|e|o|º)?$/;
const YEAR = /^\d{4}$/;
const SHORT_YEAR = /^\d{2}$/;
const TEXT_FILLERS = new Set(['de', 'of', 'the', 'den', 'der', 'del']);

type Ymd = { y: number; m: number; d: number };

/**
 * Reads a date in the formats people and exports write: ISO "2001-12-31" (with a time part),
 * "31.12.2001", "31/12/2001", "12/31/2001" (US order when the day cannot be a month),
 * "2001/12/31", "31-12-2001", "31.12.85", "20011231", and written-out months in the eleven
 * languages ("31 Dec 2001", "December 31, 2001", "31. Dezember 2001", "31 de diciembre de
 * 2001"). Returns null unless the date exists and lies in 1900..next year: the classifier uses
 * the years to tell birth dates from order dates.
 */
export function parseDate(v: string): Ymd | null {
  const p = readDate(v);
  return p && isValid(p) ? p : null;
}

/** The last date detectDate validated, so its year is not parsed a second time (dateYear). */
let lastDate: string | null = null;
let lastYear = 0;

/** A date candidate; "31.02.2001" and "1850-01-01" are shaped right and reported as a `date` miss. */
export const detectDate: Detector = (value, sink) => {
  if (value.length < 6 || value.length > 40) return;
  const p = readDate(value);
  if (p === null) return;
  if (isValid(p)) {
    lastDate = value;
    lastYear = p.y;
    sink.match(DATE);
  } else if (!isAllDigits(value)) sink.miss('date');
};

/** The year of a valid date, or null. */
export function dateYear(v: string): number | null {
  if (v === lastDate) return lastYear;
  const d = parseDate(v);
  return d ? d.y : null;
}

function readDate(v: string): Ymd | null {
  if (v.length === 8 && isAllDigits(v)) {
    return { y: Number(v.slice(0, 4)), m: Number(v.slice(4, 6)), d: Number(v.slice(6, 8)) };
  }
  const n = readNumericDate(v);
  if (n !== undefined) return n;
  const c = v.charCodeAt(0);
  const startsLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
  if (!startsLetter && (c < 48 || c > 57)) return null;
  return mayBeTextDate(v) ? textDate(v) : null;
}

/**
 * Whether `v` has what every date in words has: a month name (a letter) and at least three digits
 * (a day and a year of two or four). Most cells that reach textDate are order numbers and street
 * addresses, which this rules out without splitting them into words.
 */
function mayBeTextDate(v: string): boolean {
  let digits = 0;
  let letter = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) letter = true;
  }
  return letter && digits >= 3;
}

/**
 * A date of three numbers with one separator (`.`, `/` or `-`) and an optional time: `a` of one
 * to four digits, `b` of one or two, `c` of one to four, then nothing or TIME_PART. Undefined
 * where `v` is not of that shape; null where it is but cannot be read as a date. By hand, not
 * by a regular expression with captures: every numeric cell of a column comes through here.
 */
function readNumericDate(v: string): Ymd | null | undefined {
  let i = 0;
  let a = 0;
  while (i < v.length && i < 5 && isDigitCode(v.charCodeAt(i))) a = a * 10 + v.charCodeAt(i++) - 48;
  const aLength = i;
  if (aLength === 0 || aLength > 4) return undefined;
  const sep = v.charCodeAt(i++);
  if (sep !== 46 && sep !== 47 && sep !== 45) return undefined;
  let b = 0;
  const bStart = i;
  while (i < v.length && i - bStart < 3 && isDigitCode(v.charCodeAt(i))) b = b * 10 + v.charCodeAt(i++) - 48;
  const bLength = i - bStart;
  if (bLength === 0 || bLength > 2 || v.charCodeAt(i++) !== sep) return undefined;
  let c = 0;
  const cStart = i;
  while (i < v.length && i - cStart < 5 && isDigitCode(v.charCodeAt(i))) c = c * 10 + v.charCodeAt(i++) - 48;
  const cLength = i - cStart;
  if (cLength === 0 || cLength > 4) return undefined;
  if (i < v.length) {
    TIME_PART.lastIndex = i;
    if (!TIME_PART.test(v)) return undefined;
  }
  if (aLength === 4) return cLength <= 2 ? { y: a, m: b, d: c } : null;
  if (aLength > 2) return null;
  let y: number;
  if (cLength === 4) y = c;
  // Two-digit years only in the common "31.12.85" / "31/12/85" shape; the pivot keeps them in the past.
  else if (cLength === 2 && aLength === 2 && bLength === 2 && sep !== 45) y = c + (c <= CENTURY_PIVOT ? 2000 : 1900);
  else return null;
  // Day-first unless the first number cannot be a day-month order but can be US order.
  return a <= 12 && b > 12 ? { y, m: a, d: b } : { y, m: b, d: a };
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function textDate(v: string): Ymd | null {
  const tokens = foldDiacritics(v).split(TEXT_SEPARATORS).filter((t) => t.length > 0 && !TEXT_FILLERS.has(t));
  if (tokens.length !== 3) return null;
  const [a, b, c] = tokens;
  if (YEAR.test(c)) {
    const monthFirst = monthNumber(a);
    if (monthFirst) return dayMonthYear(b, monthFirst, c);
    const monthSecond = monthNumber(b);
    if (monthSecond) return dayMonthYear(a, monthSecond, c);
    return null;
  }
  // "14-Mar-85", Oracle's default date format: the same pivot as "31.12.85".
  if (SHORT_YEAR.test(c) && ORDINAL.test(a)) {
    const month = monthNumber(b);
    const yy = Number(c);
    return month ? dayMonthYear(a, month, String(yy + (yy <= CENTURY_PIVOT ? 2000 : 1900))) : null;
  }
  const month = monthNumber(b);
  return month && YEAR.test(a) ? dayMonthYear(c, month, a) : null;
}

function dayMonthYear(day: string, m: number, year: string): Ymd | null {
  const d = ORDINAL.exec(day);
  return d ? { y: Number(year), m, d: Number(d[1]) } : null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValid({ y, m, d }: Ymd): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS_IN_MONTH[m - 1] + (leap ? 1 : 0);
}
