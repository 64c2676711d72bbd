/**
 * Data-subject identifiers (contract §3 GDPR): what a DSAR searches for and how a cell is compared
 * with it. Both sides go through the same normalisation — case-folded e-mail, E.164 phone (the
 * detector's own normaliser, so a cell matches exactly when the scanner would call it a phone),
 * national id without separators — so "Anna.Svensson@Example.se" finds "anna.svensson@example.se"
 * and "070-123 45 67" finds "+46701234567".
 *
 * Shared by the API (subject access, erasure) and anything else that needs to find a person's rows.
 */
import { normalizePhoneE164 } from '../detect/detectors/contact';
import { personnummerCheckDigit } from '../detect/checksums';
import { AppError } from '../errors';

export type IdentifierKind = 'email' | 'phone' | 'national_id' | 'any';

/** One normalised form to look for; `any` yields every form the identifier can be read as. */
export type Needle = {
  kind: 'email' | 'phone' | 'national_id';
  value: string;
  /** A 10-digit personnummer derived from the 12-digit form asked for: matches 10-digit cells only. */
  centuryDropped?: boolean;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ID_SEPARATORS = /[\s\-+./]/g;
const ID_SHAPE = /^(?=.*\d)[0-9A-Z]{6,20}$/;

/**
 * The needles of an identifier. Throws `invalid_request` when it cannot be read as the kind asked
 * for: a search that could never match must say so rather than answer "no rows".
 */
export function needlesOf(identifier: string, kind: IdentifierKind = 'any'): Needle[] {
  const raw = identifier.trim();
  const out: Needle[] = [];
  if (kind === 'email' || kind === 'any') {
    const email = raw.toLowerCase();
    if (EMAIL.test(email)) out.push({ kind: 'email', value: email });
  }
  if ((kind === 'phone' || kind === 'any') && !raw.includes('@')) {
    const phone = normalizePhoneE164(raw);
    if (phone) out.push({ kind: 'phone', value: phone });
  }
  if ((kind === 'national_id' || kind === 'any') && !raw.includes('@')) {
    for (const form of nationalIdForms(raw)) out.push({ kind: 'national_id', ...form });
  }
  if (out.length === 0) throw new AppError('invalid_request', `the identifier cannot be read as ${kind === 'any' ? 'an e-mail, phone or national id' : kind}`);
  return out;
}

/** The canonical needle text (for the keyed hash recorded instead of the identifier). */
export function canonicalNeedles(needles: Needle[]): string {
  return needles.map((n) => `${n.kind}:${n.value}`).sort().join('\n');
}

/**
 * The forms a national id is compared in: separators removed and upper-cased; a Swedish
 * personnummer is also compared without/with its century (YYYYMMDDNNNN ↔ YYMMDDNNNN) when the
 * check digit holds, because registers write both.
 */
function nationalIdForms(raw: string): Array<{ value: string; centuryDropped?: true }> {
  const id = raw.replace(ID_SEPARATORS, '').toUpperCase();
  if (!ID_SHAPE.test(id)) return [];
  if (/^(19|20)\d{10}$/.test(id) && personnummerValid(id.slice(2))) return [{ value: id }, { value: id.slice(2), centuryDropped: true }];
  return [{ value: id }];
}

function personnummerValid(ten: string): boolean {
  return /^\d{10}$/.test(ten) && personnummerCheckDigit(ten.slice(0, 9)) === Number(ten[9]);
}

/**
 * A predicate over cells, built once per search. Cheap gates (a substring, the trailing digits)
 * run before any normalisation, so scanning millions of non-matching cells costs little.
 * E-mail also matches inside free text (bounded by non-address characters); phones and ids match
 * whole cells only, because digit runs inside text are too easily someone else's number.
 */
export function cellMatcher(needles: Needle[]): (cell: string) => boolean {
  const emails = needles.filter((n) => n.kind === 'email').map((n) => n.value);
  const phones = needles.filter((n) => n.kind === 'phone').map((n) => ({ e164: n.value, tail: n.value.slice(-6) }));
  const ids = new Set(needles.filter((n) => n.kind === 'national_id').map((n) => n.value));
  // A 12-digit cell is compared by its 10-digit tail only with a 10-digit id the caller gave:
  // its century is then unknown, while a 12-digit query already names one.
  const givenTen = new Set(needles.filter((n) => n.kind === 'national_id' && !n.centuryDropped && /^\d{10}$/.test(n.value)).map((n) => n.value));
  return (cell) => {
    if (cell.length === 0) return false;
    for (const e of emails) if (containsEmail(cell, e)) return true;
    if (phones.length > 0 && cell.length <= 40) {
      const digits = cell.replace(/\D/g, '');
      for (const p of phones) if (digits.endsWith(p.tail) && normalizePhoneE164(cell) === p.e164) return true;
    }
    if (ids.size > 0 && cell.length <= 40) {
      const id = cell.replace(ID_SEPARATORS, '').toUpperCase();
      if (ids.has(id)) return true;
      if (/^(19|20)\d{10}$/.test(id) && givenTen.has(id.slice(2))) return true;
    }
    return false;
  };
}

const ADDRESS_CHAR = /[A-Za-z0-9._%+\-@]/;
const isAddressChar = (c: string | undefined) => c !== undefined && ADDRESS_CHAR.test(c);

/** The address as a whole token: not part of a longer address on either side (a full stop ending a sentence is fine). */
function containsEmail(cell: string, email: string): boolean {
  if (cell.length < email.length || !cell.includes('@')) return false;
  const lower = cell.toLowerCase();
  for (let at = lower.indexOf(email); at >= 0; at = lower.indexOf(email, at + 1)) {
    const end = at + email.length;
    const afterOk = !isAddressChar(lower[end]) || (lower[end] === '.' && !isAddressChar(lower[end + 1]));
    if (!isAddressChar(lower[at - 1]) && afterOk) return true;
  }
  return false;
}
