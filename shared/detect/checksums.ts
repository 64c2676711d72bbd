/**
 * Check-digit arithmetic for cards, IBANs, bank accounts and national ids. The detectors use the
 * `…Valid` functions to tell a real identifier from a number of the same shape; remediation uses
 * the `…CheckDigit` functions to mint replacement tokens that still pass the same checks, so a
 * tokenized file keeps working in the systems it is fed to.
 *
 * Inputs are compact ASCII strings (no separators) whose shape the caller has already checked;
 * the functions read char codes and never allocate, because they run on tens of millions of cells.
 */

const ZERO = 48;

function digit(s: string, i: number): number {
  return s.charCodeAt(i) - ZERO;
}

function weightedSum(s: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i] * digit(s, i);
  return sum;
}

/** Luhn (ISO/IEC 7812) over a digit string, check digit last: cards, IMEI, Swedish personnummer. */
export function luhnValid(digits: string): boolean {
  const n = digits.length;
  if (n < 2) return false;
  let sum = 0;
  for (let i = n - 1, double = false; i >= 0; i--, double = !double) {
    let d = digit(digits, i);
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The Luhn digit to append to `payload` so that the whole string passes {@link luhnValid}. */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  // The appended digit is undoubled, so the payload's last digit is the first one doubled.
  for (let i = payload.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digit(payload, i);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A Swedish personnummer's last digit: Luhn over its 10-digit form (YYMMDDNNN + check). */
export function personnummerCheckDigit(first9: string): number {
  return luhnCheckDigit(first9);
}

function mod97Step(r: number, c: number): number {
  if (c >= 48 && c <= 57) return (r * 10 + (c - 48)) % 97;
  const upper = c >= 97 ? c - 32 : c;
  if (upper < 65 || upper > 90) return -1;
  return (r * 100 + (upper - 55)) % 97;
}

/**
 * ISO 13616 / ISO 7064 MOD 97-10 remainder of an IBAN: the first four characters move to the end
 * and letters count as 10–35 (either case). Spaces are skipped so the printed form needs no copy.
 * A valid IBAN gives 1; any other character gives -1.
 */
export function mod97(ibanLike: string): number {
  let head = 0;
  let start = 0;
  while (start < ibanLike.length && head < 4) {
    if (ibanLike.charCodeAt(start) !== 32) head++;
    start++;
  }
  if (head < 4) return -1;
  let r = 0;
  for (let pass = 0; pass < 2; pass++) {
    const from = pass === 0 ? start : 0;
    const to = pass === 0 ? ibanLike.length : start;
    for (let i = from; i < to; i++) {
      const c = ibanLike.charCodeAt(i);
      if (c === 32) continue;
      r = mod97Step(r, c);
      if (r < 0) return -1;
    }
  }
  return r;
}

/** The two IBAN check digits ('02'–'98') for a country code and BBAN, e.g. ('GB', 'WEST12345698765432') → '82'. */
export function ibanCheckDigits(countryCode: string, bban: string): string {
  const r = mod97(`${countryCode}00${bban}`);
  const check = 98 - r;
  return check < 10 ? `0${check}` : String(check);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date (proleptic Gregorian); month 1–12. Ids embed birth dates, and a 31 April is a near-miss. */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (m === 2 && d === 29) return isLeapYear(y);
  return d <= DAYS_IN_MONTH[m - 1];
}

const FNR_W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const FNR_W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3];

/**
 * The two mod-11 control digits of a Norwegian fødselsnummer (DDMMYYIII + K1K2), or null when
 * either would be 10: such individual numbers are never issued.
 */
export function fodselsnummerCheckDigits(first9: string): string | null {
  // K2 weighs K1 by 2, after the same nine digits.
  const k1 = (11 - (weightedSum(first9, FNR_W1) % 11)) % 11;
  if (k1 === 10) return null;
  const k2 = (11 - ((weightedSum(first9, FNR_W2) + 2 * k1) % 11)) % 11;
  if (k2 === 10) return null;
  return `${k1}${k2}`;
}

const KONTO_W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Norwegian bank account (kontonummer) mod-11 check digit over the first 10 digits; null when it would be 10 (never issued). */
export function kontonummerCheckDigit(first10: string): number | null {
  const k = (11 - (weightedSum(first10, KONTO_W) % 11)) % 11;
  return k === 10 ? null : k;
}

const BSN_W = [9, 8, 7, 6, 5, 4, 3, 2];

/** Dutch BSN "11-test": 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11); all zeros is not a number. */
export function bsnValid(digits9: string): boolean {
  const weighted = weightedSum(digits9, BSN_W);
  return weighted > 0 && (weighted - digit(digits9, 8)) % 11 === 0;
}

/** The ninth BSN digit for eight leading digits, or null when the 11-test would need a 10. */
export function bsnCheckDigit(first8: string): number | null {
  const k = weightedSum(first8, BSN_W) % 11;
  return k === 10 ? null : k;
}

/** German Steuer-ID check digit: ISO 7064 MOD 11,10 over the first 10 digits. */
export function steuerIdCheckDigit(first10: string): number {
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digit(first10, i) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

const RVNR_WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];

/**
 * German pension insurance number (Rentenversicherungsnummer, the "SV-Nummer" on payroll):
 * `AA DDMMYY L SS C`, compact `AADDMMYYLSS` + check. The letter (the surname's initial) counts
 * as its two-digit place in the alphabet; the twelve digits are weighted 2,1,2,5,7,1,2,1,2,1,2,1
 * and the digit sums of the products, summed, give the check digit mod 10.
 */
export function rvnrCheckDigit(first11: string): number {
  const letter = (first11.charCodeAt(8) | 32) - 96;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const d = i < 8 ? digit(first11, i) : i === 8 ? Math.floor(letter / 10) : i === 9 ? letter % 10 : digit(first11, i - 1);
    const p = RVNR_WEIGHTS[i] * d;
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10;
}

/**
 * Chinese resident identity number (GB 11643-1999): the check character of the first 17 digits,
 * ISO 7064 MOD 11-2 — weights 2^(17-i) mod 11, and 10 is written `X`.
 */
export function residentIdCnCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += digit(first17, i) * (2 ** (17 - i) % 11);
  return '10X98765432'[sum % 11];
}

/**
 * Brazilian CPF: two check digits, each the weighted sum (10…2, then 11…2) times 10 mod 11,
 * where 10 counts as 0. Returns the two digits for the first nine.
 */
export function cpfCheckDigits(first9: string): string {
  let a = 0;
  let b = 0;
  for (let i = 0; i < 9; i++) {
    a += digit(first9, i) * (10 - i);
    b += digit(first9, i) * (11 - i);
  }
  const d1 = ((a * 10) % 11) % 10;
  const d2 = (((b + d1 * 2) * 10) % 11) % 10;
  return `${d1}${d2}`;
}

/** Verhoeff's dihedral-group check (Indian Aadhaar): true when the digits, check digit last, pass. */
export function verhoeffValid(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    c = VERHOEFF_D[c][VERHOEFF_P[i % 8][digit(digits, digits.length - 1 - i)]];
  }
  return c === 0;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/**
 * Russian SNILS (insurance account number): the two control digits of the first nine, weighted
 * 9 down to 1; a sum of 100 or 101 gives 00, a larger one is taken mod 101 first. Numbers up to
 * 001-001-998 carry no control digits.
 */
export function snilsControl(first9: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += digit(first9, i) * (9 - i);
  if (sum > 101) sum %= 101;
  return sum === 100 || sum === 101 ? 0 : sum;
}

/**
 * German health insurance number (Krankenversichertennummer, on the eGK card): `A123456780`, a
 * letter, eight digits and a check digit. The letter counts as its two-digit place in the
 * alphabet; the ten digits are weighted 1,2,1,2,… and the digit sums of the products, summed,
 * give the check digit mod 10 (§ 290 SGB V).
 */
export function kvnrCheckDigit(first9: string): number {
  const letter = (first9.charCodeAt(0) | 32) - 96;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const d = i === 0 ? Math.floor(letter / 10) : i === 1 ? letter % 10 : digit(first9, i - 1);
    const p = (i % 2 === 0 ? 1 : 2) * d;
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10;
}

/**
 * Spanish social security number (número de afiliación, NSS/NUSS): two digits of province,
 * eight of serial, two of control. The control is the province and serial read as one number,
 * mod 97; a serial under 10,000,000 is read as seven digits.
 */
export function nssEsControl(first10: string): number {
  const province = digit(first10, 0) * 10 + digit(first10, 1);
  let serial = 0;
  for (let i = 2; i < 10; i++) serial = serial * 10 + digit(first10, i);
  return (serial < 10_000_000 ? province * 10_000_000 + serial : province * 100_000_000 + serial) % 97;
}

/**
 * The Steuer-ID digit-repetition rule (BZSt): in the first 10 digits exactly one digit occurs
 * twice or three times and every other at most once; a tripled digit never fills three adjacent
 * places. Random 11-digit numbers almost always break it, which makes it a strong filter.
 */
export function steuerIdDigitsPlausible(first10: string): boolean {
  let seen = 0;
  let repeatedDigit = -1;
  let repeats = 0;
  for (let i = 0; i < 10; i++) {
    const d = digit(first10, i);
    const bit = 1 << d;
    if ((seen & bit) === 0) {
      seen |= bit;
      continue;
    }
    if (repeatedDigit !== -1 && repeatedDigit !== d) return false;
    repeatedDigit = d;
    repeats++;
  }
  if (repeats === 0 || repeats > 2) return false;
  if (repeats === 2) {
    for (let i = 0; i + 2 < 10; i++) {
      if (digit(first10, i) === repeatedDigit && digit(first10, i + 1) === repeatedDigit && digit(first10, i + 2) === repeatedDigit) {
        return false;
      }
    }
  }
  return true;
}

const PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** Polish PESEL check digit: weights 1,3,7,9 repeating over the first 10 digits, (10 − sum mod 10) mod 10. */
export function peselCheckDigit(first10: string): number {
  return (10 - (weightedSum(first10, PESEL_W) % 10)) % 10;
}

const CPR_W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/**
 * The old Danish CPR modulus-11 test. Denmark stopped guaranteeing it in 2007 when some birth
 * dates ran out of numbers, so a failure proves nothing; a pass is only supporting evidence.
 */
export function cprMod11Valid(digits10: string): boolean {
  return weightedSum(digits10, CPR_W) % 11 === 0;
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Finnish HETU check character: the nine digits DDMMYYZZZ read as one number, mod 31, through the official table. */
export function hetuCheckChar(nineDigits: string): string {
  let r = 0;
  for (let i = 0; i < 9; i++) r = (r * 10 + digit(nineDigits, i)) % 31;
  return HETU_CHECK[r];
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/**
 * Spanish DNI/NIE control letter: the number mod 23 through the official table. For an NIE the
 * caller replaces the leading X, Y, Z by 0, 1, 2 first.
 */
export function spanishIdLetter(digits: string): string {
  let r = 0;
  for (let i = 0; i < digits.length; i++) r = (r * 10 + digit(digits, i)) % 23;
  return DNI_LETTERS[r];
}

/**
 * French NIR key (01–97): 97 − (first 13 characters mod 97). Corsican departments 2A and 2B count
 * as 19 and 18 (the INSEE rule, as in python-stdnum); the letters may be either case.
 */
export function nirKey(first13: string): number {
  let r = 0;
  for (let i = 0; i < 13; i++) {
    const d = digit(first13, i);
    if (i === 5 && d === 2) {
      const next = first13.charCodeAt(6) | 32;
      if (next === 97 /* a */ || next === 98 /* b */) {
        r = (r * 100 + (next === 97 ? 19 : 18)) % 97;
        i++;
        continue;
      }
    }
    r = (r * 10 + d) % 97;
  }
  return 97 - r;
}

/** Values of 0–9 then A–Z in the odd (1st, 3rd…) places of a codice fiscale. */
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Italian codice fiscale check letter over the first 15 characters (letters in either case). */
export function codiceFiscaleCheckChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15.charCodeAt(i);
    const v = c <= 57 ? c - 48 : (c | 32) - 97 + 10;
    // Even values: digits 0–9 and A–Z 0–25 alike.
    sum += i % 2 === 0 ? CF_ODD[v] : v < 10 ? v : v - 10;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** US ABA routing number: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function abaValid(digits9: string): boolean {
  return (abaPartial(digits9) + digit(digits9, 8)) % 10 === 0;
}

/** The ninth ABA digit for eight leading digits. */
export function abaCheckDigit(first8: string): number {
  return (10 - (abaPartial(first8) % 10)) % 10;
}

function abaPartial(s: string): number {
  return (
    3 * (digit(s, 0) + digit(s, 3) + digit(s, 6)) + 7 * (digit(s, 1) + digit(s, 4) + digit(s, 7)) + digit(s, 2) + digit(s, 5)
  );
}

/** EAN-13 check digit over twelve digits (weights 1, 3, 1, 3… from the left): the Swiss AHV number's. */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += digit(first12, i) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/**
 * Belgian national register number check (97 minus the first nine digits mod 97); people born
 * from 2000 on have a 2 put before those nine digits. The birth century the check implies, or 0.
 */
export function belgianNrnCentury(first9: string, check: number): 1900 | 2000 | 0 {
  const n = Number(first9);
  if (97 - (n % 97) === check) return 1900;
  if (97 - ((2_000_000_000 + n) % 97) === check) return 2000;
  return 0;
}

/** Czech and Slovak rodné číslo of ten digits: divisible by 11, or the old rule (remainder 10, last digit 0). */
export function rodneCisloValid(digits10: string): boolean {
  const first9 = Number(digits10.slice(0, 9));
  const last = digit(digits10, 9);
  const r = first9 % 11;
  return r === 10 ? last === 0 : r === last;
}

const CNP_WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];

/** Romanian CNP check digit over the first twelve digits (a remainder of 10 gives 1). */
export function cnpCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += digit(first12, i) * CNP_WEIGHTS[i];
  const r = sum % 11;
  return r === 10 ? 1 : r;
}

/** UK NHS number check digit over nine digits (weights 10…2, 11 minus the sum mod 11); -1 where none exists (10). */
export function nhsCheckDigit(first9: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += digit(first9, i) * (10 - i);
  const c = 11 - (sum % 11);
  return c === 11 ? 0 : c === 10 ? -1 : c;
}
