import { abaValid, kontonummerCheckDigit, luhnValid, mod97 } from '../checksums';
import { stripSeparators } from '../text';
import type { Detector, HitSink, Match } from '../types';

const CARD: Match = { category: 'credit_card', subtype: null, evidence: 'validator:luhn' };
const IBAN: Match = { category: 'iban', subtype: null, evidence: 'validator:mod97' };
const ABA: Match = { category: 'bank_account', subtype: null, evidence: 'validator:aba' };
const KONTONUMMER: Match = { category: 'bank_account', subtype: null, evidence: 'validator:kontonummer_no' };

/**
 * Payment card numbers: 12–19 digits, optionally in groups of 3–6 split by single spaces or
 * dashes, with an issuer prefix whose length fits, then Luhn. The issuer table is what keeps
 * order numbers and timestamps out: about half of random 16-digit numbers fit no issuer, and of
 * the rest only one in ten passes Luhn, so a Luhn failure on an issuer-shaped number is reported
 * as the near-miss `luhn` for the column classifier to weigh.
 */
export const detectCard: Detector = (v, sink) => {
  const len = v.length;
  if (len < 12 || len > 25) return;
  let n = 0;
  let prefix = 0;
  let sep = 0;
  let group = 0;
  for (let i = 0; i < len; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (n < 4) prefix = prefix * 10 + (c - 48);
      n++;
      group++;
    } else if ((c === 32 || c === 45) && (sep === 0 || sep === c) && group >= 3 && group <= 6) {
      sep = c;
      group = 0;
    } else return;
  }
  if (n < 12 || n > 19 || group === 0 || (sep !== 0 && group > 6)) return;
  if (!issuerFits(prefix, n)) return;
  if (luhnValid(sep === 0 ? v : stripSeparators(v))) sink.match(CARD);
  else sink.miss('luhn');
};

/** Issuer prefix ranges (first four digits) and the lengths each issues; ranges overlap, any fit counts. */
function issuerFits(p4: number, n: number): boolean {
  const p1 = Math.floor(p4 / 1000);
  const p2 = Math.floor(p4 / 100);
  const p3 = Math.floor(p4 / 10);
  const visa = p1 === 4 && (n === 13 || n === 16 || n === 19);
  const mastercard = ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16;
  const amex = (p2 === 34 || p2 === 37) && n === 15;
  const discover = (p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65) && n >= 16;
  // JCB's 15-digit numbers of the 2131 and 1800 ranges are still issued alongside the 35 range.
  const jcb = (p4 >= 3528 && p4 <= 3589 && n >= 16) || ((p4 === 2131 || p4 === 1800) && n === 15);
  const diners = ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14;
  const unionPay = p2 === 62 && n >= 16;
  const maestro = p2 === 50 || (p2 >= 56 && p2 <= 69);
  return visa || mastercard || amex || discover || jcb || diners || unionPay || maestro;
}

/**
 * IBAN lengths by country, from the SWIFT IBAN registry (89 countries; territories such as
 * Guadeloupe or Jersey use their parent's code). Keyed by the two letters as a base-26 number.
 */
const IBAN_LENGTH = new Uint8Array(26 * 26);
const REGISTRY =
  'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ' +
  'ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 ' +
  'LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 ' +
  'PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30';
for (const entry of REGISTRY.split(' ')) {
  IBAN_LENGTH[countryKey(entry.charCodeAt(0), entry.charCodeAt(1))] = Number(entry.slice(2));
}

/** Base-26 index of two letters of either case, or -1. */
function countryKey(a: number, b: number): number {
  const x = (a | 32) - 97;
  const y = (b | 32) - 97;
  if (x < 0 || x > 25 || y < 0 || y > 25) return -1;
  return x * 26 + y;
}

/**
 * IBANs, electronic (`GB82WEST12345698765432`) or printed (`GB82 WEST 1234 5698 7654 32`), in
 * either case: a registry country, two check digits, an alphanumeric BBAN, single spaces between
 * characters. A registered country with the wrong length is the near-miss `iban_length`; the right
 * length with a failing ISO 7064 remainder (1 in 97 passes by chance) is `mod97`.
 */
export const detectIban: Detector = (v, sink) => {
  const len = v.length;
  if (len < 15 || len > 42) return;
  const key = countryKey(v.charCodeAt(0), v.charCodeAt(1));
  if (key < 0) return;
  const expected = IBAN_LENGTH[key];
  if (expected === 0 || !isDigit(v.charCodeAt(2)) || !isDigit(v.charCodeAt(3))) return;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = v.charCodeAt(i);
    if (c === 32) {
      if (i === len - 1 || v.charCodeAt(i - 1) === 32) return;
      continue;
    }
    if (!isDigit(c) && ((c | 32) < 97 || (c | 32) > 122)) return;
    n++;
  }
  if (n !== expected) return sink.miss('iban_length');
  // Check digits 00, 01 and 99 are never issued, whatever the remainder says.
  const check = (v.charCodeAt(2) - 48) * 10 + v.charCodeAt(3) - 48;
  if (check < 2 || check > 98 || mod97(v) !== 1) return sink.miss('mod97');
  sink.match(IBAN);
};

/**
 * Bank account numbers that carry their own check digit:
 * - US ABA routing numbers: 9 digits, a Federal Reserve prefix (00–12, 21–32, 61–72, 80) and the
 *   3-7-1 weighted checksum. One random 9-digit number in about 26 passes, so an SSN or BSN column
 *   will show some `validator:aba` hits too: the classifier weighs them against the header.
 * - Norwegian kontonummer: 11 digits, usually printed `1234.56.78903`, mod-11 on the last digit.
 *   The dotted form is only ever an account; a bare 11-digit string may also be a valid
 *   fødselsnummer, and then both are reported.
 */
export const detectBankAccount: Detector = (v, sink) => {
  const len = v.length;
  if (len === 9 && allDigits(v, 0, 9)) return aba(v, sink);
  if (len === 11 && allDigits(v, 0, 11)) return kontonummer(v, sink);
  if (len === 13 && isKontonummerPrinted(v)) kontonummer(v.slice(0, 4) + v.slice(5, 7) + v.slice(8), sink);
};

function aba(v: string, sink: HitSink): void {
  const p = (v.charCodeAt(0) - 48) * 10 + v.charCodeAt(1) - 48;
  if (p > 80 || (p > 12 && p < 21) || (p > 32 && p < 61) || (p > 72 && p < 80)) return;
  if (abaValid(v)) sink.match(ABA);
  else sink.miss('aba');
}

function kontonummer(digits: string, sink: HitSink): void {
  if (kontonummerCheckDigit(digits) === digits.charCodeAt(10) - 48) sink.match(KONTONUMMER);
  else sink.miss('kontonummer_no');
}

/** `1234.56.78903` or `1234 56 78903`, the same separator twice. */
function isKontonummerPrinted(v: string): boolean {
  const s = v.charCodeAt(4);
  return (
    (s === 46 || s === 32) && v.charCodeAt(7) === s && allDigits(v, 0, 4) && allDigits(v, 5, 7) && allDigits(v, 8, 13)
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function allDigits(v: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(v.charCodeAt(i))) return false;
  return true;
}
