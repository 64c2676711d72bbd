import type { ColumnStats } from './column';
import { detectInlinePassword, detectPasswordHash, detectSecret } from './detectors/credentials';
import { detectEmail, detectPhone, detectPhoneUnformatted } from './detectors/contact';
import {
  detectDeviceId,
  detectGeo,
  detectImei,
  detectIp,
  detectLicensePlate,
  detectMac,
  detectUsername,
} from './detectors/device';
import { detectBankAccount, detectCard, detectIban } from './detectors/financial';
import { detectIdUnderHeader, detectNationalId } from './detectors/national-id';
import {
  dateYear,
  detectAge,
  detectCity,
  detectDate,
  detectGender,
  detectNumberedName,
  detectPersonName,
  detectPostalCode,
  detectStreetAddress,
} from './detectors/person';
import { detectCriminal, detectHealth, detectSpecialCategory } from './detectors/sensitive';
import { scanFreeText } from './free-text';
import { isAllDigits } from './text';
import type { Detector } from './types';

/**
 * Once a column has shown which detector validates nearly all of its cells (e-mails, phone
 * numbers, personnummer), each further cell goes to that detector first; only a cell it does
 * not validate takes the full dispatch. Every cell is still validated — a phone column's every
 * cell by the phone validator — but the twenty detectors that cannot match are not asked again.
 */
export function detectCellFast(v: string, s: ColumnStats, primary: Detector): void {
  primary(v, s);
  if (!s.cellMatched) return detectCell(v, s);
  if (s.cellHas('date_of_birth')) noteBirthYear(v, s);
  // Nothing a validator accepts carries a credential, but assignments are cheap to rule out.
  if (v.includes('=') || v.includes(': ')) detectInlinePassword(v, s);
}

/**
 * Only the detectors that can refuse a file, on every cell that could hold what they look for:
 * more cells than detectCell gives them (it skips cells another detector already explained), so a
 * file this passes, the full scan passes too. Both detectors are cheap on the rest: a few
 * `indexOf`s on fixed needles.
 */
export function detectCredentials(v: string, s: ColumnStats): void {
  if (isAllDigits(v)) return;
  detectInlinePassword(v, s);
  detectSecret(v, s);
}

/**
 * Every detector `run` calls, which are those a column can settle on as its primary: a primary
 * crosses to another thread as its index here (SheetLead). Order is arbitrary but fixed.
 */
export const PRIMARY_DETECTORS: readonly Detector[] = [
  detectAge, detectBankAccount, detectCard, detectCity, detectCriminal, detectDate, detectDeviceId, detectEmail,
  detectGender, detectGeo, detectHealth, detectIban, detectIdUnderHeader, detectImei, detectInlinePassword, detectIp,
  detectLicensePlate, detectMac, detectNationalId, detectNumberedName, detectPasswordHash, detectPersonName,
  detectPhone, detectPhoneUnformatted, detectPostalCode, detectSecret, detectSpecialCategory, detectStreetAddress,
  detectUsername,
];

const ENCODED_AT = /%40/g;

/** Calls a whole-cell detector and tells the column which detector matched. */
function run(detector: Detector, v: string, s: ColumnStats): void {
  const before = s.matchCount;
  detector(v, s);
  if (s.matchCount > before) s.matchedBy(detector);
}

/**
 * The per-cell dispatcher. One pass over the characters gives the cell's shape; the shape picks
 * the handful of detectors that could possibly validate it, so a typical cell runs two or three
 * cheap checks instead of thirty. Every detector is still safe on any input: the gates here are
 * only about speed, never about what gets reported.
 */
export function detectCell(v: string, s: ColumnStats): void {
  const len = v.length;
  let digits = 0;
  let letters = 0;
  let spaces = 0;
  let at = false;
  let encodedAt = false;
  let colon = false;
  let eq = false;
  let plusMinus = false;
  let dotComma = false;
  for (let i = 0; i < len; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    // Gaps between words, not space characters: exports pad with runs of spaces (Mailchimp's
    // "123 Main St  Springfield  IL  62704  US") that would route a short value to free text.
    else if (c === 32) {
      if (i > 0 && v.charCodeAt(i - 1) !== 32) spaces++;
    }
    else if (c === 64) at = true;
    else if (c === 37 && v.charCodeAt(i + 1) === 52 && v.charCodeAt(i + 2) === 48) encodedAt = true;
    else if (c === 58) colon = true;
    else if (c === 61) eq = true;
    else if (c === 43 || c === 45) plusMinus = true;
    else if (c === 46 || c === 44) dotComma = true;
    else if (c > 127) letters++; // accented letters count as letters for routing
  }

  if (letters === 0) {
    if (digits === 0) return;
    numeric(v, s, digits, spaces, dotComma);
  } else if (at || encodedAt) {
    // An address in a URL is often percent-encoded: `/account?email=anna%40example.com`.
    run(detectEmail, at ? v : v.replace(ENCODED_AT, '@'), s);
    if (v.charCodeAt(0) === 64) run(detectUsername, v, s);
  } else if (v.charCodeAt(0) === 36 /* $ */) {
    run(detectPasswordHash, v, s);
  } else if (spaces <= 8 && len <= 100) {
    if (digits > 0) alphanumeric(v, s, digits, spaces, colon, plusMinus);
    else words(v, s);
    if (eq || colon) run(detectInlinePassword, v, s);
  }

  // Whole-cell detectors found nothing: look inside, as free text, for what a sentence can carry.
  if (!s.cellMatched && letters >= 3 && (spaces >= 3 || len > 64 || (spaces >= 1 && (at || digits >= 6)))) {
    s.enterText();
    detectInlinePassword(v, s);
    detectSecret(v, s);
    scanFreeText(v, s);
  } else if (len >= 16 && spaces === 0 && letters > 0 && !s.cellMatched) {
    run(detectSecret, v, s);
  }
}

function numeric(v: string, s: ColumnStats, digits: number, spaces: number, dotComma: boolean): void {
  const len = v.length;
  if (digits >= 9 && digits <= 15) {
    run(detectNationalId, v, s);
    if (digits === 9 || digits === 11) run(detectBankAccount, v, s);
    if (digits === 15) run(detectImei, v, s);
  }
  if (digits >= 12 && digits <= 19) run(detectCard, v, s);
  if (digits >= 7 && digits <= 15) run(detectPhone, v, s);
  // Gated on the header for speed only: its evidence counts nowhere else (evidence.ts).
  if (digits >= 7 && digits <= 15 && s.hint?.category === 'phone' && !s.cellHas('phone')) run(detectPhoneUnformatted, v, s);
  if ((digits === 12 || digits === 10 || (digits === 9 && len === 11)) && len <= 12 && s.hint?.category === 'national_id' && s.hint.subtype === null && !s.cellHas('national_id')) {
    run(detectIdUnderHeader, v, s);
  }
  if (digits >= 4 && digits <= 14) {
    run(detectDate, v, s);
    noteBirthYear(v, s);
  }
  if (dotComma && digits >= 4 && digits <= 32) {
    run(detectIp, v, s);
    run(detectGeo, v, s);
  }
  if (digits >= 5 && digits <= 6 && spaces + 1 <= 2) run(detectPostalCode, v, s);
  if (digits <= 3) run(detectAge, v, s);
  if (digits >= 32) run(detectPasswordHash, v, s);
}

function alphanumeric(v: string, s: ColumnStats, digits: number, spaces: number, colon: boolean, plusMinus: boolean): void {
  const len = v.length;
  if (len >= 15) run(detectIban, v, s);
  if (len >= 8 && len <= 24) run(detectNationalId, v, s);
  if (colon || len === 14) {
    run(detectMac, v, s);
    run(detectIp, v, s);
  } else if (len === 17) run(detectMac, v, s);
  if (len === 36) run(detectDeviceId, v, s);
  if (len >= 32 && spaces === 0) run(detectPasswordHash, v, s);
  if (len <= 12) {
    run(detectLicensePlate, v, s);
    run(detectPostalCode, v, s);
  }
  if (spaces >= 1) run(detectStreetAddress, v, s);
  if (len <= 8 || plusMinus) run(detectHealth, v, s);
  if (spaces >= 1 || digits >= 4) {
    run(detectDate, v, s);
    noteBirthYear(v, s);
  }
  if (digits >= 4) run(detectGeo, v, s);
  if (digits >= 7) run(detectPhone, v, s);
  if (digits <= 4 && spaces <= 2) run(detectNumberedName, v, s);
}

function words(v: string, s: ColumnStats): void {
  run(detectPersonName, v, s);
  run(detectCity, v, s);
  run(detectGender, v, s);
  run(detectHealth, v, s);
  run(detectSpecialCategory, v, s);
  run(detectCriminal, v, s);
  if (!v.includes(' ') && (v.length === 32 || v.length === 40 || v.length === 64 || v.length === 128)) {
    run(detectPasswordHash, v, s);
  }
}

/** Birth dates are told from other dates by the spread of their years (see classify.ts). */
function noteBirthYear(v: string, s: ColumnStats): void {
  if (!s.cellHas('date_of_birth')) return;
  const y = dateYear(v);
  if (y !== null) s.noteBirthYear(y);
}
