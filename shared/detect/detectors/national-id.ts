import {
  bsnValid,
  codiceFiscaleCheckChar,
  belgianNrnCentury,
  cnpCheckDigit,
  cpfCheckDigits,
  cprMod11Valid,
  ean13CheckDigit,
  fodselsnummerCheckDigits,
  hetuCheckChar,
  isValidDate,
  kvnrCheckDigit,
  luhnValid,
  nhsCheckDigit,
  nirKey,
  nssEsControl,
  peselCheckDigit,
  residentIdCnCheckChar,
  rodneCisloValid,
  rvnrCheckDigit,
  snilsControl,
  spanishIdLetter,
  steuerIdCheckDigit,
  steuerIdDigitsPlausible,
  verhoeffValid,
} from '../checksums';
import type { Detector, HitSink, Match } from '../types';

/**
 * National identity numbers (contract §1 `national_id` subtypes). Each format is recognised by
 * its written shape, then confirmed by its check digit and embedded birth date. Shapes overlap
 * (ten digits can be a Swedish personnummer and a Danish CPR at once), so every format that fits
 * is tried and every one that validates is reported.
 *
 * A right-shaped value that fails is reported as a near-miss (`checksum:<subtype>`,
 * `date:<subtype>`), except when another format validated it: a valid CPR is no evidence against
 * a column, even though it fails the Swedish Luhn. The bare 9-digit SSN proves only a shape, so it
 * never hides the near-misses of the formats it overlaps. For SSN and NINO, which carry no check
 * digit, `checksum:` names their issuing rules.
 */
export const detectNationalId: Detector = (v, sink) => {
  const len = v.length;
  if (len < 9 || len > 21) return;
  const c0 = v.charCodeAt(0);
  if (isDigit(c0)) numericFirst(v, len, sink);
  else letterFirst(v, len, sink);
};

type Verdict = Match | string | null;

function id(subtype: string, evidence = subtype): Match {
  return { category: 'national_id', subtype, evidence: `validator:${evidence}` };
}

const SSN = id('ssn_us');
const SSN_BARE = id('ssn_us', 'ssn_us_bare');
const PERSONNUMMER = id('personnummer_se');
const SAMORDNINGSNUMMER = id('samordningsnummer_se');
const FODSELSNUMMER = id('fodselsnummer_no');
const CPR_MOD11 = id('cpr_dk', 'cpr_dk_mod11');
const CPR_DATE = id('cpr_dk', 'cpr_dk_date');
const HETU = id('hetu_fi');
const PESEL = id('pesel_pl');
const BSN = id('bsn_nl');
const NIR = id('nir_fr');
const DNI = id('dni_es');
const NIE = id('nie_es');
const CODICE_FISCALE = id('codice_fiscale_it');
const STEUER_ID = id('steuer_id_de');
const NINO = id('nino_uk');
/** The contract has no subtype of its own for the German pension insurance number. */
const RVNR = id('other', 'rvnr_de');
const KVNR = id('other', 'kvnr_de');
const NSS_ES = id('other', 'nss_es');
const RESIDENT_ID_CN = id('other', 'resident_id_cn');
const SNILS_RU = id('other', 'snils_ru');
const CPF_BR = id('other', 'cpf_br');
const AADHAAR_IN = id('other', 'aadhaar_in');
const AHV_CH = id('other', 'ahv_ch');
const NRN_BE = id('other', 'nrn_be');
const RODNE_CISLO_CZ = id('other', 'rodne_cislo_cz');
const CNP_RO = id('other', 'cnp_ro');
const NHS_UK = id('other', 'nhs_uk');
const SIN_CA = id('other', 'sin_ca');
/** A shape with a letter for the holder's kind, not a check digit anyone can compute. */
const PAN_IN: Match = { category: 'national_id', subtype: 'other', evidence: 'pattern:pan_in' };

function numericFirst(v: string, len: number, sink: HitSink): void {
  const sep = firstNonDigit(v);
  if (sep === len) {
    if (len === 9) return report(sink, ssn(v, 0, true), bsn(v), null);
    if (len === 10) return report(sink, swedish(v, 0, 6, false), cpr(v, 6), null);
    if (len === 11) return report(sink, fodselsnummer(v, 6), pesel(v), steuerId(v));
    if (len === 12) return report(sink, swedish(v, 2, 8, false), nssEs(v), null);
    if (len === 15) return report(sink, nir(v), null, null);
    if (len === 18) return report(sink, residentIdCn(v), null, null);
    if (len === 13) return report(sink, cnp(v), null, null);
    return;
  }
  const s = v.charCodeAt(sep);
  if (len === 18 && sep === 17 && (s | 32) === 120) return report(sink, residentIdCn(v), null, null);
  if (len === 14 && sep === 3 && s === 45) return report(sink, snils(v), null, null);
  if (len === 14 && sep === 3 && s === 46) return report(sink, cpf(v), null, null);
  if (len === 14 && sep === 4 && s === 32 && v.charCodeAt(9) === 32 && digitsIn(v, 5, 9) && digitsIn(v, 10, 14)) {
    return report(sink, aadhaar(v.slice(0, 4) + v.slice(5, 9) + v.slice(10)), null, null);
  }
  if (len === 11 && sep === 3 && (s === 45 || s === 32)) return report(sink, ssn(v, s, false), null, null);
  if (len === 16 && sep === 3 && s === 46) return report(sink, ahv(v), null, null);
  if (len === 15 && sep === 2 && s === 46) return report(sink, belgianNrn(v), null, null);
  if ((len === 11 || len === 10) && sep === 6 && s === 47) return report(sink, rodneCislo(v), null, null);
  if (len === 11 && sep === 6) {
    const dash = s === 45;
    return report(
      sink,
      dash || s === 43 ? swedish(v, 0, 7, s === 43) : null,
      dash && digitsIn(v, 7, 11) ? cpr(v, 7) : null,
      hetu(v),
    );
  }
  if (len === 13 && sep === 8 && (s === 45 || s === 43)) return report(sink, swedish(v, 2, 9, false), null, null);
  if (len === 12 && sep === 6 && s === 32 && digitsIn(v, 7, 12)) return report(sink, fodselsnummer(v, 7), null, null);
  if (len === 14 && sep === 2 && (s === 32 || s === 45 || s === 47) && v.charCodeAt(11) === s && digitsIn(v, 3, 11) && digitsIn(v, 12, 14)) {
    return report(sink, nssEs(v.slice(0, 2) + v.slice(3, 11) + v.slice(12)), s === 32 ? steuerIdSpaced(v) : null, null);
  }
  if (len === 14 && sep === 2 && s === 32) return report(sink, steuerIdSpaced(v), null, null);
  if (len === 12 && sep === 8 && isLetter(s)) return report(sink, rvnr(v), null, null);
  if (len === 15 && sep === 2 && s === 32) return report(sink, rvnrSpaced(v), null, null);
  if (len === 11 && sep === 4 && s === 46) return report(sink, bsnDotted(v), null, null);
  if ((len === 9 && sep === 8) || (len === 10 && sep === 8 && (s === 45 || s === 32))) return report(sink, dni(v), null, null);
  if (len >= 15) return report(sink, nir(v), null, null);
}

function letterFirst(v: string, len: number, sink: HitSink): void {
  if (len === 16) return report(sink, codiceFiscale(v), null, null);
  if (len === 10 && isLetter(v.charCodeAt(0)) && digitsIn(v, 1, 10)) return report(sink, kvnr(v), null, null);
  if (len === 10 && PAN_SHAPE.test(v)) return report(sink, PAN_IN, null, null);
  if (len > 13) return;
  const c0 = v.charCodeAt(0) | 32;
  const nieShaped = (len === 9 || len === 11) && (c0 === 120 || c0 === 121 || c0 === 122);
  report(sink, nieShaped ? nie(v, len) : null, isLetter(v.charCodeAt(1)) ? nino(v) : null, null);
}

/**
 * Bare digits that only a header can tell from other numbers: twelve as an Aadhaar (one such
 * number in ten passes Verhoeff), ten as a UK NHS number (one in eleven passes mod 11) in the
 * printed `943 476 5919` too, whose shape is a US phone number's, and a Canadian SIN printed
 * `046 454 286` (bare, nine digits are an SSN's shape). The dispatcher asks only under
 * a national-id header that names no other id (prefilter.ts): a tokenised personnummer column
 * must not come out as Aadhaar numbers. The printed Aadhaar `2341 2341 2346` is tried everywhere.
 */
export const detectIdUnderHeader: Detector = (v, sink) => {
  const len = v.length;
  if (len === 12 && digitsIn(v, 0, 12)) return report(sink, aadhaar(v), null, null);
  if (len === 10 && digitsIn(v, 0, 10)) return report(sink, nhs(v), null, null);
  const spaced = v.charCodeAt(3) === 32 && v.charCodeAt(7) === 32 && digitsIn(v, 0, 3) && digitsIn(v, 4, 7);
  if (len === 12 && spaced && digitsIn(v, 8, 12)) return report(sink, nhs(v.slice(0, 3) + v.slice(4, 7) + v.slice(8)), null, null);
  if (len === 11 && spaced && digitsIn(v, 8, 11)) report(sink, sin(v.slice(0, 3) + v.slice(4, 7) + v.slice(8)), null, null);
};

/** Canadian social insurance number, `046 454 286`: Luhn; 0 and 8 are not issued to people first. */
function sin(digits9: string): Verdict {
  const first = num(digits9, 0, 1);
  if (first === 0 || first === 8) return null;
  return luhnValid(digits9) ? SIN_CA : 'checksum:sin_ca';
}

function nhs(digits10: string): Verdict {
  return nhsCheckDigit(digits10) === num(digits10, 9, 10) ? NHS_UK : 'checksum:nhs_uk';
}

/**
 * Indian PAN of a person, `ABCPS1234D`: five letters, four digits, a letter, where the fourth
 * letter is P for an individual (C, F, H… are companies, firms, families) and the fifth the
 * initial of the surname. Upper case only, as the tax department issues and prints it.
 */
const PAN_SHAPE = /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/;

/** Swiss AHV/AVS number as printed, `756.1234.5678.97`: the country prefix and an EAN-13 check digit. */
function ahv(v: string): Verdict {
  if (num(v, 0, 3) !== 756 || v.charCodeAt(8) !== 46 || v.charCodeAt(13) !== 46) return null;
  if (!digitsIn(v, 4, 8) || !digitsIn(v, 9, 13) || !digitsIn(v, 14, 16)) return null;
  const digits = v.slice(0, 3) + v.slice(4, 8) + v.slice(9, 13) + v.slice(14);
  return ean13CheckDigit(digits) === num(digits, 12, 13) ? AHV_CH : 'checksum:ahv_ch';
}

/**
 * Belgian national register number as printed, `85.07.30-033.61`: the birth date (month or day 0
 * when unknown; month + 20 or + 40 for a bis number) and a mod-97 check.
 */
function belgianNrn(v: string): Verdict {
  if (v.charCodeAt(5) !== 46 || v.charCodeAt(8) !== 45 || v.charCodeAt(12) !== 46) return null;
  if (!digitsIn(v, 3, 5) || !digitsIn(v, 6, 8) || !digitsIn(v, 9, 12) || !digitsIn(v, 13, 15)) return null;
  const first9 = v.slice(0, 2) + v.slice(3, 5) + v.slice(6, 8) + v.slice(9, 12);
  const century = belgianNrnCentury(first9, num(v, 13, 15));
  if (century === 0) return 'checksum:nrn_be';
  const month = num(v, 3, 5) % 20;
  const day = num(v, 6, 8);
  const unknown = month === 0 || day === 0;
  return unknown || isValidDate(century + num(v, 0, 2), month, day) ? NRN_BE : 'date:nrn_be';
}

/**
 * Czech or Slovak rodné číslo, `850730/1237`: the birth date (a woman's month + 50, + 20 for
 * numbers issued since 2004) and, for the ten-digit numbers issued since 1954, divisibility by 11.
 */
function rodneCislo(v: string): Verdict {
  const len = v.length;
  if (!digitsIn(v, 7, len)) return null;
  const yy = num(v, 0, 2);
  const year = len === 10 ? 1900 + yy : yy >= 54 ? 1900 + yy : 2000 + yy;
  const month = num(v, 2, 4) % 50 > 20 ? (num(v, 2, 4) % 50) - 20 : num(v, 2, 4) % 50;
  if (!isValidDate(year, month, num(v, 4, 6))) return 'date:rodne_cislo_cz';
  if (len === 10) return year < 1954 ? RODNE_CISLO_CZ : null;
  return rodneCisloValid(v.slice(0, 6) + v.slice(7)) ? RODNE_CISLO_CZ : 'checksum:rodne_cislo_cz';
}

/** Romanian CNP, thirteen digits: sex and century, the birth date, a county code and a check digit. */
function cnp(v: string): Verdict {
  const s = num(v, 0, 1);
  if (s === 0 || s === 9) return null;
  const county = num(v, 7, 9);
  if (county === 0 || (county > 52 && county !== 70)) return null;
  const century = s <= 2 ? 1900 : s <= 4 ? 1800 : s <= 6 ? 2000 : 1900;
  if (!isValidDate(century + num(v, 1, 3), num(v, 3, 5), num(v, 5, 7))) return null;
  return cnpCheckDigit(v) === num(v, 12, 13) ? CNP_RO : 'checksum:cnp_ro';
}

/** Emits matches, and near-misses only when nothing but a shape-only match validated. */
function report(sink: HitSink, a: Verdict, b: Verdict, c: Verdict): void {
  const validated = isStrong(a) || isStrong(b) || isStrong(c);
  emit(sink, a, validated);
  emit(sink, b, validated);
  emit(sink, c, validated);
}

function isStrong(r: Verdict): boolean {
  return r !== null && typeof r !== 'string' && r !== SSN_BARE;
}

function emit(sink: HitSink, r: Verdict, validated: boolean): void {
  if (r === null) return;
  if (typeof r !== 'string') sink.match(r);
  else if (!validated) sink.miss(r);
}

/** `123-45-6789` or nine bare digits; bare ones report only a shape: most 9-digit numbers pass. */
function ssn(v: string, sep: number, bare: boolean): Verdict {
  const step = bare ? 0 : 1;
  if (!bare && (v.charCodeAt(6) !== sep || !digitsIn(v, 4, 6) || !digitsIn(v, 7, 11))) return null;
  const area = num(v, 0, 3);
  const group = num(v, 3 + step, 5 + step);
  const serial = num(v, 5 + 2 * step, 9 + 2 * step);
  // Area 000, 666 and 900–999 were never assigned, nor group 00 or serial 0000.
  if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return bare ? null : 'checksum:ssn_us';
  return bare ? SSN_BARE : SSN;
}

/**
 * Personnummer / samordningsnummer: `yy` is where the 2-digit year starts (2 in the 12-digit
 * form), `serial` where NNNC starts; `plus` marks the `+` of people aged 100 or more. Month
 * digits of 20 or more make a Luhn-valid organisationsnummer, not a person.
 */
function swedish(v: string, yy: number, serial: number, plus: boolean): Verdict {
  if (!digitsIn(v, serial, serial + 4)) return null;
  const century = yy === 2 ? num(v, 0, 2) : plus ? 19 : 20;
  if (yy === 2 && century !== 18 && century !== 19 && century !== 20) return century === 16 ? orgnr(v, 2, serial) : null;
  const month = num(v, yy + 2, yy + 4);
  const day = num(v, yy + 4, yy + 6);
  if (!luhnOverTen(v, yy, serial)) return 'checksum:personnummer_se';
  if (month >= 20) return 'orgnr_se';
  const year = century * 100 + num(v, yy, yy + 2);
  // 2-digit years: the 20xx guess keeps every leap day (29 Feb 1900 is the one false accept).
  if (day > 60 && isValidDate(year, month, day - 60)) return SAMORDNINGSNUMMER;
  return isValidDate(year, month, day) ? PERSONNUMMER : 'date:personnummer_se';
}

function orgnr(v: string, start: number, serial: number): Verdict {
  return num(v, start + 2, start + 4) >= 20 && luhnOverTen(v, start, serial) ? 'orgnr_se' : null;
}

/** Luhn over YYMMDD + NNNC without copying: the six date digits then the four serial digits. */
function luhnOverTen(v: string, date: number, serial: number): boolean {
  let sum = 0;
  for (let k = 0; k < 10; k++) {
    let d = v.charCodeAt(k < 6 ? date + k : serial + k - 6) - 48;
    if (k % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Danish CPR DDMMYY-SSSS: the date (century from the first serial digit) decides; mod-11 only boosts. */
function cpr(v: string, serial: number): Verdict {
  const yy = num(v, 4, 6);
  const s0 = v.charCodeAt(serial) - 48;
  const century = s0 <= 3 ? 1900 : s0 === 4 || s0 === 9 ? (yy <= 36 ? 2000 : 1900) : yy <= 57 ? 2000 : 1800;
  if (!isValidDate(century + yy, num(v, 2, 4), num(v, 0, 2))) return 'date:cpr_dk';
  const bare = serial === 6 ? v : v.slice(0, 6) + v.slice(7);
  return cprMod11Valid(bare) ? CPR_MOD11 : CPR_DATE;
}

/** Norwegian fødselsnummer DDMMYY IIIKK, including D-numbers (day + 40) and H-numbers (month + 40). */
function fodselsnummer(v: string, ind: number): Verdict {
  const first9 = ind === 6 ? v : v.slice(0, 6) + v.slice(7, 10);
  const check = fodselsnummerCheckDigits(first9);
  if (check === null || check.charCodeAt(0) !== v.charCodeAt(ind + 3) || check.charCodeAt(1) !== v.charCodeAt(ind + 4)) {
    return 'checksum:fodselsnummer_no';
  }
  let day = num(v, 0, 2);
  let month = num(v, 2, 4);
  const yy = num(v, 4, 6);
  const individual = num(v, ind, ind + 3);
  if (day > 40) day -= 40;
  if (month > 40) month -= 40;
  let century = 0;
  if (individual < 500) century = 1900;
  else if (individual < 750 && yy >= 54) century = 1800;
  else if (yy < 40) century = 2000;
  else if (individual >= 900) century = 1900;
  return century > 0 && isValidDate(century + yy, month, day) ? FODSELSNUMMER : 'date:fodselsnummer_no';
}

/** Polish PESEL YYMMDDZZZXQ; the century lives in the month: +80 1800s, +0 1900s, +20, +40, +60 for 2000–2200s. */
function pesel(v: string): Verdict {
  if (peselCheckDigit(v) !== v.charCodeAt(10) - 48) return 'checksum:pesel_pl';
  const m = num(v, 2, 4);
  const century = m > 80 ? 1800 : 1900 + 100 * Math.floor(m / 20);
  return isValidDate(century + num(v, 0, 2), m % 20, num(v, 4, 6)) ? PESEL : 'date:pesel_pl';
}

function steuerId(v: string): Verdict {
  if (v.charCodeAt(0) === 48) return null;
  return steuerIdDigitsPlausible(v) && steuerIdCheckDigit(v) === v.charCodeAt(10) - 48 ? STEUER_ID : 'checksum:steuer_id_de';
}

/** The printed form `12 345 678 901`. */
function steuerIdSpaced(v: string): Verdict {
  if (v.charCodeAt(6) !== 32 || v.charCodeAt(10) !== 32) return null;
  if (!digitsIn(v, 3, 6) || !digitsIn(v, 7, 10) || !digitsIn(v, 11, 14)) return null;
  return steuerId(v.slice(0, 2) + v.slice(3, 6) + v.slice(7, 10) + v.slice(11));
}

/** `65170839J003`: area, birth date DDMMYY, surname initial, serial, check digit. */
function rvnr(v: string): Verdict {
  if (!digitsIn(v, 9, 12)) return null;
  const day = num(v, 2, 4);
  const month = num(v, 4, 6);
  if (day < 1 || day > 31 || month < 1 || month > 12) return 'date:rvnr_de';
  return rvnrCheckDigit(v) === num(v, 11, 12) ? RVNR : 'checksum:rvnr_de';
}

/** The printed form `65 170839 J 003`. */
function rvnrSpaced(v: string): Verdict {
  if (v.charCodeAt(9) !== 32 || v.charCodeAt(11) !== 32 || !isLetter(v.charCodeAt(10))) return null;
  if (!digitsIn(v, 3, 9) || !digitsIn(v, 12, 15)) return null;
  return rvnr(v.slice(0, 2) + v.slice(3, 9) + v.slice(10, 11) + v.slice(12));
}

/** `28 12345678 40` compact: province, serial, control. Province 01–53 and 66 (none since). */
function nssEs(v: string): Verdict {
  const province = num(v, 0, 2);
  if (province < 1 || (province > 53 && province !== 66)) return null;
  return nssEsControl(v) === num(v, 10, 12) ? NSS_ES : 'checksum:nss_es';
}

/** `11010519491231002X`: area (first digit 1–8), birth date YYYYMMDD, sequence, check character. */
function residentIdCn(v: string): Verdict {
  const area = v.charCodeAt(0) - 48;
  if (area < 1 || area > 8) return null;
  if (residentIdCnCheckChar(v).charCodeAt(0) !== ((v.charCodeAt(17) | 32) === 120 ? 88 : v.charCodeAt(17))) return 'checksum:resident_id_cn';
  return isValidDate(num(v, 6, 10), num(v, 10, 12), num(v, 12, 14)) ? RESIDENT_ID_CN : 'date:resident_id_cn';
}

/** `112-233-445 95` or `112-233-445-95`: the Russian SNILS as it is printed. */
function snils(v: string): Verdict {
  const last = v.charCodeAt(11);
  if (v.charCodeAt(7) !== 45 || (last !== 32 && last !== 45) || !digitsIn(v, 4, 7) || !digitsIn(v, 8, 11) || !digitsIn(v, 12, 14)) return null;
  const first9 = v.slice(0, 3) + v.slice(4, 7) + v.slice(8, 11);
  if (Number(first9) <= 1001998) return null;
  return snilsControl(first9) === num(v, 12, 14) ? SNILS_RU : 'checksum:snils_ru';
}

/** `123.456.789-09`: the Brazilian CPF as it is printed (bare, its 11 digits are too many other things). */
function cpf(v: string): Verdict {
  if (v.charCodeAt(7) !== 46 || v.charCodeAt(11) !== 45 || !digitsIn(v, 4, 7) || !digitsIn(v, 8, 11) || !digitsIn(v, 12, 14)) return null;
  const first9 = v.slice(0, 3) + v.slice(4, 7) + v.slice(8, 11);
  // 111.111.111-11 and its like pass the arithmetic and are refused by the Receita Federal.
  if (/^(\d)\1{8}$/.test(first9)) return null;
  return cpfCheckDigits(first9) === v.slice(12, 14) ? CPF_BR : 'checksum:cpf_br';
}

/** `2345 6789 0124` or 12 digits: the Indian Aadhaar, first digit 2–9, Verhoeff check digit. */
function aadhaar(v: string): Verdict {
  if (v.charCodeAt(0) < 50) return null;
  return verhoeffValid(v) ? AADHAAR_IN : 'checksum:aadhaar_in';
}

/** `A123456780`: the German health insurance number. */
function kvnr(v: string): Verdict {
  return kvnrCheckDigit(v) === num(v, 9, 10) ? KVNR : 'checksum:kvnr_de';
}

function bsn(v: string): Verdict {
  return bsnValid(v) ? BSN : 'checksum:bsn_nl';
}

/** The Dutch printed form `1234.56.782`. */
function bsnDotted(v: string): Verdict {
  if (v.charCodeAt(7) !== 46 || !digitsIn(v, 5, 7) || !digitsIn(v, 8, 11)) return null;
  return bsn(v.slice(0, 4) + v.slice(5, 7) + v.slice(8));
}

/** Finnish HETU DDMMYY C ZZZ Q; the century sign C is `+` (1800s), `-` Y X W V U (1900s) or A–F (2000s). */
function hetu(v: string): Verdict {
  const sign = v.charCodeAt(6);
  const upper = sign >= 97 ? sign - 32 : sign;
  let century = 0;
  if (upper === 43) century = 1800;
  else if (upper === 45 || (upper >= 85 && upper <= 89)) century = 1900;
  else if (upper >= 65 && upper <= 70) century = 2000;
  if (century === 0 || !digitsIn(v, 7, 10) || !isAlnum(v.charCodeAt(10))) return null;
  const individual = num(v, 7, 10);
  const expected = hetuCheckChar(v.slice(0, 6) + v.slice(7, 10)).charCodeAt(0);
  const q = v.charCodeAt(10);
  if (individual < 2 || (q >= 97 ? q - 32 : q) !== expected) return 'checksum:hetu_fi';
  return isValidDate(century + num(v, 4, 6), num(v, 2, 4), num(v, 0, 2)) ? HETU : 'date:hetu_fi';
}

/** French NIR: sex 1/2 (7/8 provisional), YY, MM, department (2A/2B in Corsica), commune, order, 2-digit key; spaces allowed. */
function nir(v: string): Verdict {
  const compact = v.length === 15 ? v : removeSpaces(v);
  if (compact.length !== 15) return null;
  const sex = compact.charCodeAt(0);
  if (sex !== 49 && sex !== 50 && sex !== 55 && sex !== 56) return null;
  const corsica = compact.charCodeAt(5) === 50 && ((compact.charCodeAt(6) | 32) === 97 || (compact.charCodeAt(6) | 32) === 98);
  if (!digitsIn(compact, 0, 5) || !(corsica || digitsIn(compact, 5, 7)) || !digitsIn(compact, 7, 15)) return null;
  if (nirKey(compact) !== num(compact, 13, 15)) return 'checksum:nir_fr';
  // Months 20, 30–42 and 50–99 stand for registrations whose birth month is unknown.
  const m = num(compact, 3, 5);
  return m === 0 || (m > 12 && m < 20) || (m > 42 && m < 50) ? 'date:nir_fr' : NIR;
}

/** DNI: 8 digits and the mod-23 letter, optionally after `-` or a space. */
function dni(v: string): Verdict {
  const letter = v.charCodeAt(v.length - 1) | 32;
  if (letter < 97 || letter > 122) return null;
  return spanishIdLetter(v.slice(0, 8)).charCodeAt(0) === letter - 32 ? DNI : 'checksum:dni_es';
}

/** NIE: X/Y/Z (as 0/1/2), 7 digits, the DNI letter; `X1234567L` or `X-1234567-L`. */
function nie(v: string, len: number): Verdict {
  const d = len === 9 ? 1 : 2;
  if (len === 11 && (v.charCodeAt(1) !== 45 || v.charCodeAt(9) !== 45)) return null;
  const letter = v.charCodeAt(len - 1) | 32;
  if (!digitsIn(v, d, d + 7) || letter < 97 || letter > 122) return null;
  const prefix = (v.charCodeAt(0) | 32) - 120;
  return spanishIdLetter(prefix + v.slice(d, d + 7)).charCodeAt(0) === letter - 32 ? NIE : 'checksum:nie_es';
}

/** Place kinds of a codice fiscale: L letter, N digit or omocodia letter (LMNPQRSTUV for 0–9). */
const CF_SHAPE = 'LLLLLLNNLNNLNNNL';
const OMOCODIA = 'LMNPQRSTUV';
const CF_MONTHS = 'ABCDEHLMPRST';

function codiceFiscale(v: string): Verdict {
  for (let i = 0; i < 16; i++) {
    const c = v.charCodeAt(i);
    if (CF_SHAPE.charCodeAt(i) === 76 ? !isLetter(c) : cfDigit(c) < 0) return null;
  }
  if (codiceFiscaleCheckChar(v).charCodeAt(0) !== ((v.charCodeAt(15) | 32) - 32)) return 'checksum:codice_fiscale_it';
  const month = indexOfUpper(CF_MONTHS, v.charCodeAt(8)) + 1;
  const day = cfDigit(v.charCodeAt(9)) * 10 + cfDigit(v.charCodeAt(10));
  const yy = cfDigit(v.charCodeAt(6)) * 10 + cfDigit(v.charCodeAt(7));
  // Women's days are +40; the 20xx guess for the year keeps every leap day.
  return month > 0 && isValidDate(2000 + yy, month, day > 40 ? day - 40 : day) ? CODICE_FISCALE : 'date:codice_fiscale_it';
}

/** A codice fiscale digit place: the digit, or its omocodia letter; -1 otherwise. */
function cfDigit(c: number): number {
  return isDigit(c) ? c - 48 : indexOfUpper(OMOCODIA, c);
}

/** Where the letter `c` (either case) sits in an upper-case table, or -1. */
function indexOfUpper(table: string, c: number): number {
  const upper = c >= 97 && c <= 122 ? c - 32 : c;
  for (let i = 0; i < table.length; i++) if (table.charCodeAt(i) === upper) return i;
  return -1;
}

/** Prefixes HMRC never issues, on top of the letter rules. */
const NINO_BAD_PREFIX = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'];
/** Never prefix letters: too easily misread. */
const NINO_BAD_LETTERS = 'DFIQUV';

/** UK National Insurance number `AB123456C` (spaces allowed): two prefix letters, six digits, suffix A–D. */
function nino(v: string): Verdict {
  const compact = v.length === 9 ? v : removeSpaces(v);
  if (compact.length !== 9 || !digitsIn(compact, 2, 8)) return null;
  const a = (compact.charCodeAt(0) | 32) - 32;
  const b = (compact.charCodeAt(1) | 32) - 32;
  const suffix = (compact.charCodeAt(8) | 32) - 32;
  if (!isUpper(a) || !isUpper(b) || !isUpper(suffix)) return null;
  if (indexOfUpper(NINO_BAD_LETTERS, a) >= 0 || indexOfUpper(NINO_BAD_LETTERS, b) >= 0 || b === 79 /* O */ || suffix > 68 /* D */) {
    return 'checksum:nino_uk';
  }
  for (const bad of NINO_BAD_PREFIX) if (bad.charCodeAt(0) === a && bad.charCodeAt(1) === b) return 'checksum:nino_uk';
  return NINO;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

function firstNonDigit(v: string): number {
  let i = 0;
  while (i < v.length && isDigit(v.charCodeAt(i))) i++;
  return i;
}

function digitsIn(v: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(v.charCodeAt(i))) return false;
  return true;
}

/** The integer value of the digits v[from, to). Callers check the digits first. */
function num(v: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + v.charCodeAt(i) - 48;
  return n;
}

function removeSpaces(v: string): string {
  let out = '';
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) !== 32) out += v[i];
  return out;
}
