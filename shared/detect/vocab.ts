/**
 * Value vocabularies: given names, surnames, cities, gender values, health, Art. 9 and criminal
 * terms, month names. Every lookup is a Set or Map probe on a key the caller has already passed
 * through `foldDiacritics` (lower-case, no diacritics), because the detectors fold a cell once
 * and then ask several questions of it; folding again per lookup would double the cost of the
 * hottest path. The lists live in ./data (with their sources); this module only indexes them.
 */
import type { SpecialSubtype } from './types';
import { foldDiacritics } from './text';
import { CITIES_DE, CITIES_DK, CITIES_ES, CITIES_FI, CITIES_FR, CITIES_GB_US, CITIES_IT, CITIES_NL, CITIES_NO, CITIES_PL, CITIES_SE } from './data/cities';
import { NAMES_THAT_ARE_WORDS } from './data/common-words';
import { CONVICTION_WORDS, CRIMINAL_TERMS } from './data/criminal-terms';
import { GENDER_FEMALE, GENDER_MALE, GENDER_OTHER } from './data/gender-values';
import { GIVEN_NAMES_DE, GIVEN_NAMES_ES, GIVEN_NAMES_FR, GIVEN_NAMES_IT, GIVEN_NAMES_NL, GIVEN_NAMES_PL } from './data/given-names-continental';
import { GIVEN_NAMES_GB_US } from './data/given-names-english';
import { GIVEN_NAMES_LOCALES, SURNAMES_LOCALES } from './data/names-locales';
import { GIVEN_NAMES_WORLD, SURNAMES_WORLD } from './data/names-world';
import { GIVEN_NAMES_DK, GIVEN_NAMES_FI, GIVEN_NAMES_NO, GIVEN_NAMES_SE } from './data/given-names-nordic';
import {
  CONDITIONS_DA_NO,
  CONDITIONS_DE,
  CONDITIONS_EN,
  CONDITIONS_ES,
  CONDITIONS_FI,
  CONDITIONS_FR,
  CONDITIONS_IT,
  CONDITIONS_NL,
  CONDITIONS_PL,
  CONDITIONS_SV,
  MEDICATIONS,
} from './data/health-terms';
import { MONTH_NAMES } from './data/month-names';
import { BIOMETRIC, ETHNICITIES, GENETIC, ORIENTATIONS, POLITICAL, RELIGIONS, TRADE_UNIONS } from './data/special-terms';
import { SURNAMES_DE, SURNAMES_ES, SURNAMES_FR, SURNAMES_IT, SURNAMES_NL, SURNAMES_PL } from './data/surnames-continental';
import { SURNAMES_GB_US } from './data/surnames-english';
import { SURNAMES_DK, SURNAMES_FI, SURNAMES_NO, SURNAMES_SE } from './data/surnames-nordic';

export type Gender = 'male' | 'female' | 'other';
export type HealthTerm = 'condition' | 'medication';

function foldedSet(...lists: (readonly string[])[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) for (const entry of list) set.add(foldDiacritics(entry));
  return set;
}

/**
 * Particles and titles inside a written name: "van der Berg", "Frau Müller", "Dr. Anna Svensson".
 * They are neither given names nor surnames, and do not count toward a full name's tokens.
 */
const NAME_PARTICLES = foldedSet(
  'van von vom zu zum der den de del della delle degli dei di da das do dos des du la le les af av ten ter te op in t al el bin ibn y e i'.split(' '),
  'mr mrs ms miss mx master dr prof rev sir lady herr frau fru fröken hr monsieur madame mademoiselle mme mlle sr sra srta señor señora señorita don doña sig signor signora signorina dott dhr mevr mevrouw meneer pan pani'.split(' '),
);

const GIVEN_NAMES = foldedSet(
  GIVEN_NAMES_SE, GIVEN_NAMES_NO, GIVEN_NAMES_DK, GIVEN_NAMES_FI, GIVEN_NAMES_DE, GIVEN_NAMES_FR,
  GIVEN_NAMES_ES, GIVEN_NAMES_IT, GIVEN_NAMES_NL, GIVEN_NAMES_PL, GIVEN_NAMES_GB_US, GIVEN_NAMES_WORLD, GIVEN_NAMES_LOCALES,
);

/** Surnames with particles ("de jong") are indexed whole and by their core ("jong"). */
const SURNAMES: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  const lists = [SURNAMES_SE, SURNAMES_NO, SURNAMES_DK, SURNAMES_FI, SURNAMES_DE, SURNAMES_FR, SURNAMES_ES, SURNAMES_IT, SURNAMES_NL, SURNAMES_PL, SURNAMES_GB_US, SURNAMES_WORLD, SURNAMES_LOCALES];
  for (const list of lists) {
    for (const entry of list) {
      const key = foldDiacritics(entry);
      set.add(key);
      const parts = key.split(' ');
      if (parts.length > 1 && parts.slice(0, -1).every((p) => NAME_PARTICLES.has(p))) set.add(parts[parts.length - 1]);
    }
  }
  return set;
})();

const COMMON_WORDS = foldedSet(NAMES_THAT_ARE_WORDS);

const CITIES = new Set(
  [CITIES_SE, CITIES_NO, CITIES_DK, CITIES_FI, CITIES_DE, CITIES_FR, CITIES_ES, CITIES_IT, CITIES_NL, CITIES_PL, CITIES_GB_US]
    .flat()
    .map((c) => cityKey(foldDiacritics(c))),
);

function mapOf<T>(pairs: [readonly string[], T][]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [list, value] of pairs) for (const entry of list) if (!map.has(foldDiacritics(entry))) map.set(foldDiacritics(entry), value);
  return map;
}

const GENDERS = mapOf<Gender>([
  [GENDER_MALE, 'male'],
  [GENDER_FEMALE, 'female'],
  [GENDER_OTHER, 'other'],
]);

// Religion first: "jewish" is listed as both, and the census question it answers is religion.
const SPECIAL = mapOf<SpecialSubtype>([
  [RELIGIONS, 'religion'],
  [ETHNICITIES, 'racial_ethnic_origin'],
  [ORIENTATIONS, 'sex_life_orientation'],
  [POLITICAL, 'political_opinion'],
  [TRADE_UNIONS, 'trade_union'],
  [GENETIC, 'genetic'],
  [BIOMETRIC, 'biometric'],
]);

const CONDITIONS = foldedSet(
  CONDITIONS_EN, CONDITIONS_SV, CONDITIONS_DE, CONDITIONS_FR, CONDITIONS_ES, CONDITIONS_IT,
  CONDITIONS_NL, CONDITIONS_DA_NO, CONDITIONS_FI, CONDITIONS_PL,
);

/**
 * Medications by stem: INNs differ between languages only by their ending (metformin,
 * metformina, metformine, metforminum; amlodipine, amlodipino), so a final -e is dropped when
 * indexing and -a/-e/-o/-um when looking up.
 */
const MEDICATION_STEMS = new Set(MEDICATIONS.map((m) => stripEnding(foldDiacritics(m), 'e')));

const CRIMINAL = foldedSet(CRIMINAL_TERMS);
const CONVICTION = foldedSet(CONVICTION_WORDS);

const MONTHS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  MONTH_NAMES.forEach((names, i) => {
    for (const n of names) map.set(foldDiacritics(n), i + 1);
  });
  return map;
})();

function stripEnding(s: string, ending: string): string {
  return s.length > ending.length + 3 && s.endsWith(ending) ? s.slice(0, -ending.length) : s;
}

/** Cities are written with and without hyphens and dots ("Saint-Étienne", "St. Paul"): one key for all. */
function cityKey(folded: string): string {
  let key = folded;
  if (key.includes('-') || key.includes('.')) key = key.replace(/[-.]+/g, ' ');
  if (key.includes('  ')) key = key.replace(/\s+/g, ' ');
  return key.trim();
}

/** True for a given name of one of the eleven countries (`key` folded: "bjorn", "zoe"). */
export function isGivenName(key: string): boolean {
  return GIVEN_NAMES.has(key);
}

/** True for a surname of one of the eleven countries, with or without its particle ("de jong", "jong"). */
export function isSurname(key: string): boolean {
  return SURNAMES.has(key);
}

/**
 * True for a name that is also an ordinary word ("green", "rose", "berg"). Such a word alone is
 * not evidence of a person; beside a given name it is.
 */
export function isCommonWord(key: string): boolean {
  return COMMON_WORDS.has(key);
}

/** True for "van", "de", "Dr", "Frau" and the like: parts of a written name that are not the name. */
export function isNameParticle(key: string): boolean {
  return NAME_PARTICLES.has(key);
}

/** True for one of the larger cities of the eleven countries, native or English spelling. */
export function isCity(key: string): boolean {
  return CITIES.has(cityKey(key));
}

/** The gender a value names ("kvinna" → female, "d" → other), or null. */
export function genderValue(key: string): Gender | null {
  return GENDERS.get(key) ?? null;
}

/** The Art. 9 subtype a value reveals ("katholisch" → religion, "ig metall" → trade_union), or null. */
export function specialSubtypeOf(key: string): SpecialSubtype | null {
  return SPECIAL.get(key) ?? null;
}

/** Whether a value is a known condition or medication ("asthma", "metformina"), or null. */
export function healthTermOf(key: string): HealthTerm | null {
  if (CONDITIONS.has(key)) return 'condition';
  if (key.length < 5) return null;
  if (MEDICATION_STEMS.has(key)) return 'medication';
  for (const ending of ['a', 'e', 'o', 'um']) {
    const stem = stripEnding(key, ending);
    if (stem !== key && MEDICATION_STEMS.has(stem)) return 'medication';
  }
  return null;
}

/** True for a conviction or offence term ("stöld" folded to "stold", "casier judiciaire"). */
export function isCriminalTerm(key: string): boolean {
  return CRIMINAL.has(key);
}

/** True for a word that says someone was convicted or sentenced ("verurteilt" folded), not an offence. */
export function isConvictionWord(key: string): boolean {
  return CONVICTION.has(key);
}

/** The month (1–12) a folded month name or abbreviation names, or 0. */
export function monthNumber(key: string): number {
  return MONTHS.get(key) ?? 0;
}

/**
 * ICD-10 code: chapter letter, two digits, optionally a dot and one or two subdivision characters
 * (E11, E11.9, F32.A, U07.1) or the undotted billing form (E119). Upper-case only: lower-case
 * letter-digit codes are far more often seat numbers or grid references.
 */
const ICD10 = /^[A-Z]\d{2}(?:\.[0-9A-Z]{1,2}|\d{1,2})?$/;

export function isIcd10Code(value: string): boolean {
  return value.length >= 3 && value.length <= 6 && ICD10.test(value);
}

/**
 * ABO group with Rh factor, however it is written: "A+", "0-", "AB Rh+", "A pos", "O negative",
 * "B Rh(D) positiv", "A(+)". The group alone ("A", "AB") is not enough: those are grades and
 * sizes far more often. Unicode minus and en dash count as "-".
 */
const BLOOD_TYPE = /^(?:ab|a|b|o|0)\s*(?:rh\s*(?:\(d\)|d)?\s*)?(?:\(\s*[+\-−–]\s*\)|[+\-−–]|pos|neg|positive|negative|positiv|negativ|positif|negatif|positivo|negativo|positief|negatief)$/;

export function isBloodType(key: string): boolean {
  return key.length >= 2 && key.length <= 20 && BLOOD_TYPE.test(key);
}
