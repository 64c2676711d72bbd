import { ETHNIC_ANSWER_WORDS } from './data/special-terms';
import { parseCoordinate } from './detectors/device';
import { parseDate } from './detectors/person';
import { foldDiacritics } from './text';
import { monthNumber } from './vocab';
import type { HeaderHint } from './types';

/**
 * Whether a cell could be a value of the category its header claims, judged only when a header
 * claims one. A `login` header over timestamps, a `name` header over prices or a `PhoneService`
 * header over Yes/No is a header to distrust. Deliberately loose for strong headers: it rules out
 * the wrong kind of value, it does not prove the right one. A weak header (`race`, which is also
 * a sports word) needs values that say the same thing on their own.
 */
export function isPlausible(hint: HeaderHint, v: string): boolean {
  switch (hint.category) {
    case 'email':
      return v.includes('@');
    case 'credit_card':
      return CARD_SHAPE.test(v);
    case 'phone':
    case 'iban':
    case 'national_id':
    case 'ip_address':
    case 'mac_address':
      return DIGIT.test(v);
    case 'username':
      return HANDLE.test(v) && LETTER.test(v);
    case 'customer_id':
      return v.length <= 40 && !v.includes('  ') && DIGIT.test(v) && !DECIMAL.test(v);
    case 'geo_location':
      return parseCoordinate(v) !== null || COORDINATE.test(v);
    case 'age': {
      // `34`, `28.5` (Titanic's passengers), or with its unit as some exports write it (`34 years`, `34 år`).
      const years = AGE_IN_YEARS.exec(v);
      return years !== null && Number(years[1]) <= 130;
    }
    case 'card_security_code':
      return CVV.test(v);
    case 'postal_code':
      return v.length >= 3 && v.length <= 10 && DIGIT.test(v);
    case 'bank_account':
      return ACCOUNT.test(v) && DIGIT.test(v);
    case 'passport':
    case 'drivers_license':
    case 'license_plate':
    case 'device_id':
      return v.length >= 4 && v.length <= 64 && DIGIT.test(v);
    case 'date_of_birth':
      // A birth year alone (`Year_Birth` 1957) is part of the date of birth, and so is an Excel
      // date serial (20000 is 1954-10-03) that lost its date format on the way to a CSV file.
      return parseDate(v) !== null || BIRTH_YEAR.test(v) || EXCEL_DATE_SERIAL.test(v) || isDayAndMonth(v);
    case 'gender':
      // Coded as in most survey exports: `SEX` 1/2, `GenderID` 0/1.
      return (LETTER.test(v) && !DIGIT.test(v)) || ONE_DIGIT.test(v);
    case 'first_name':
    case 'last_name':
    case 'person_name':
    case 'city':
      return LETTER.test(v) && !DIGIT.test(v);
    case 'special_category':
      if (hint.strength === 'weak') return hint.subtype === 'racial_ethnic_origin' && isEthnicAnswer(v);
      return LETTER.test(v) && !TIMESTAMP.test(v);
    case 'health':
      // Measurements (`BMI` 33.6, `Glucose` 148) and condition flags (`Diabetes` 0/1) are numbers.
      return !TIMESTAMP.test(v);
    case 'street_address':
      // A house number kept apart from its street (Straat + Huisnummer): 12, 5A, 221 bis, 12/4.
      if (HOUSE_NUMBER_TERMS.has(hint.term)) return HOUSE_NUMBER.test(v);
      // Not a one-letter code (`address` U/R, urban or rural, in the UCI student dataset).
      return v.length >= 4 && LETTER.test(v) && !TIMESTAMP.test(v);
    case 'criminal':
      return LETTER.test(v) && !TIMESTAMP.test(v);
    default:
      return true;
  }
}

/** An e-mail address's local part alone, as some exports keep it (`SKING`, `anna.berg`). */
export function isEmailHandle(v: string): boolean {
  return EMAIL_HANDLE.test(v) && LETTER.test(v);
}

/**
 * One to five words of letters (any script), starting with a capital or an uncased letter: a
 * name as people write it. Product and plan names often also fit, which is why this counts only
 * beside columns that already name a person.
 */
export function isNameShaped(v: string): boolean {
  return v.length <= 60 && NAME_SHAPED.test(v);
}
const NAME_SHAPED = /^[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’.-]*(?:,? [\p{L}\p{M}'’.-]+){0,4}$/u;

/**
 * A birthday without its year, as newsletter and contact tools keep it (Mailchimp's 03/14): the
 * day and month in either order, or with the month named (`14 March`, `Mar 14th`, `14. März`).
 */
function isDayAndMonth(v: string): boolean {
  const digits = DAY_MONTH_DIGITS.exec(v);
  if (digits) {
    const [a, b] = [Number(digits[1]), Number(digits[2] ?? digits[3])];
    return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (a <= 31 && b <= 12));
  }
  const named = DAY_MONTH_NAMED.exec(v) ?? MONTH_DAY_NAMED.exec(v);
  if (!named) return false;
  const day = Number(named.groups!.day);
  return day >= 1 && day <= 31 && monthNumber(foldDiacritics(named.groups!.month)) > 0;
}
/**
 * With dots only as German and Nordic dates end (`14.03.`): `2.5` is a decimal. With two dashes
 * first as vCard and Google Contacts write a birthday without its year (`--03-21`).
 */
const DAY_MONTH_DIGITS = /^(?:--)?(\d{1,2})(?:[/-](\d{1,2})|\.(\d{1,2})\.)$/;
const DAY_MONTH_NAMED = /^(?<day>\d{1,2})\.?[ -]?(?<month>\p{L}{3,12})\.?$/u;
const MONTH_DAY_NAMED = /^(?<month>\p{L}{3,12})\.?[ -]?(?<day>\d{1,2})(?:st|nd|rd|th)?$/u;

function isEthnicAnswer(v: string): boolean {
  const parts = foldDiacritics(v.toLowerCase()).split(/[\s\-/_,]+/);
  return parts.length <= 6 && parts.every((w) => w === '' || ETHNIC_ANSWER_WORDS.has(w));
}

const HANDLE = /^@?[\p{L}\p{N}._-]{2,40}$/u;
const EMAIL_HANDLE = /^[\p{L}\p{N}._%+'-]{2,64}$/u;
const LETTER = /\p{L}/u;
const HOUSE_NUMBER = /^\d{1,5} ?\p{L}{0,3}(?: ?[-/] ?\d{1,5} ?\p{L}?)?$/u;
/** The street-address header terms that name the house number alone (as headers.ts normalises them). */
const HOUSE_NUMBER_TERMS = new Set([
  'hausnummer', 'huisnummer', 'house number', 'house no', 'husnummer', 'husnr', 'hausnr', 'huisnr', 'nr domu',
  'numer domu', 'numero civico', 'n civico', 'talonumero',
]);
const DIGIT = /\d/;
const DECIMAL = /^-?\d+[.,]\d+$/;
const AGE_IN_YEARS = /^(\d{1,3})(?:[.,]\d{1,2})?(?: ?(?:years?|yrs?|y|år|jahre|ans|años|anos|anni|lat|jaar|vuotta|v))?$/iu;
const CVV = /^\d{3,4}$/;
const ACCOUNT = /^[\dA-Z][\dA-Z ,./-]{4,40}$/;
const COORDINATE = /^[-+]?\d{1,3}[.,]\d{3,}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}/;
/** Serials 10000–49999: 1927-05-18 to 2036-11-25, the dates a living person was born on, give or take. */
const EXCEL_DATE_SERIAL = /^[1-4]\d{4}(?:\.0+)?$/;
const BIRTH_YEAR = /^(?:19|20)\d\d$/;
const ONE_DIGIT = /^\d$/;
/** Digits in groups, or masked (`**** **** **** 1234`): no letters. */
const CARD_SHAPE = /^[\d*xX•][\d *xX•.-]{7,30}$/;
