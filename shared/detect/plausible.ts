import { parseCoordinate } from './detectors/device';
import { parseDate } from './detectors/person';
import type { CategoryId } from './types';

/**
 * Whether a cell could be a value of a category that no validator can confirm, judged only when
 * a header claims that category. A `login` header over timestamps, or a `name` header over
 * prices, is a header to distrust. Deliberately loose: it rules out the wrong kind of value,
 * it does not prove the right one.
 */
export function isPlausible(category: CategoryId, v: string): boolean {
  switch (category) {
    case 'username':
      return HANDLE.test(v) && LETTER.test(v);
    case 'customer_id':
      return v.length <= 40 && !v.includes('  ') && DIGIT.test(v) && !DECIMAL.test(v);
    case 'geo_location':
      return parseCoordinate(v) !== null || COORDINATE.test(v);
    case 'age':
      return INTEGER.test(v) && Number(v) <= 130;
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
      return parseDate(v) !== null;
    case 'first_name':
    case 'last_name':
    case 'person_name':
    case 'city':
    case 'gender':
      return LETTER.test(v) && !DIGIT.test(v);
    case 'street_address':
    case 'health':
    case 'special_category':
    case 'criminal':
      return LETTER.test(v) && !TIMESTAMP.test(v);
    default:
      return true;
  }
}

const HANDLE = /^@?[\p{L}\p{N}._-]{2,40}$/u;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;
const DECIMAL = /^-?\d+[.,]\d+$/;
const INTEGER = /^\d{1,3}$/;
const CVV = /^\d{3,4}$/;
const ACCOUNT = /^[\dA-Z][\dA-Z ,./-]{4,40}$/;
const COORDINATE = /^[-+]?\d{1,3}[.,]\d{3,}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}/;
