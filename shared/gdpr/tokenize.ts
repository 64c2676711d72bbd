/**
 * Per-cell remediation transforms (contract §3 `POST /jobs/:id/remediate`). `hash` and `tokenize`
 * are keyed per org (HMAC-SHA-256 under the org's `tokens` key): the same value gives the same
 * output within an org — joins across files still work — and nothing outside it can recompute
 * or reverse one. Tokens keep the value's format so downstream validation passes, but only in
 * ranges no real person can hold: card tokens are Luhn-valid and keep the last four digits,
 * e-mail tokens keep the domain, SSN tokens sit in the never-issued 9xx area, personnummer tokens
 * carry an impossible month (13–19) with a valid check digit. An id token is drawn again while it
 * would pass as another country's id (twelve digits are a valid Spanish NSS one time in 97).
 */
import { createHmac } from 'node:crypto';
import { luhnCheckDigit, personnummerCheckDigit } from '../detect/checksums';
import { validatesAlone } from '../detect/column';
import { detectNationalId } from '../detect/detectors/national-id';
import { maskValue } from '../detect/mask';
import type { CategoryId } from '../detect/types';

export type RemediationAction = 'mask' | 'drop' | 'hash' | 'tokenize';

/** What is known of a column from the job's report; null for a column the scan found nothing in. */
export type ColumnKind = { category: CategoryId; subtype: string | null } | null;

/** A stream of deterministic digits/letters for one value. */
function keyed(key: Uint8Array, label: string, value: string): () => number {
  let block = 0;
  let bytes = Buffer.alloc(0);
  let at = 0;
  return () => {
    if (at >= bytes.length) {
      bytes = createHmac('sha256', key).update(`${label}\u0000${block++}\u0000${value}`).digest();
      at = 0;
    }
    return bytes[at++];
  };
}

const digit = (next: () => number) => String(next() % 10);
const letter = (next: () => number, upper: boolean) => String.fromCharCode((upper ? 65 : 97) + (next() % 26));

/** The hex HMAC of the value: irreversible, equal for equal values within the org. */
export function hashCell(key: Uint8Array, value: string): string {
  return value === '' ? '' : createHmac('sha256', key).update(`hash\u0000${value}`).digest('hex');
}

/** Replaces every letter and digit with a keyed one of the same class, keeping punctuation and length. */
function shapeToken(key: Uint8Array, value: string, label: string): string {
  const next = keyed(key, label, value);
  return value.replace(/[0-9]|[A-Za-z]/g, (c) => (/[0-9]/.test(c) ? digit(next) : letter(next, c >= 'A' && c <= 'Z')));
}

function cardToken(key: Uint8Array, value: string): string | null {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 12 || digits.length > 19) return null;
  const next = keyed(key, 'card', digits);
  const body = Array.from({ length: digits.length - 5 }, () => digit(next)).join('');
  // The last four stay; the digit before them is chosen so the whole number passes Luhn.
  const last4 = digits.slice(-4);
  let fixed = '';
  for (let d = 0; d < 10; d++) {
    const candidate = `${body}${d}${last4}`;
    if (luhnCheckDigit(candidate.slice(0, -1)) === Number(candidate.slice(-1))) {
      fixed = candidate;
      break;
    }
  }
  if (!fixed) return null;
  let i = 0;
  return value.replace(/\d/g, () => fixed[i++]);
}

function emailToken(key: Uint8Array, value: string): string | null {
  const at = value.lastIndexOf('@');
  if (at <= 0) return null;
  const domain = value.slice(at + 1);
  const local = createHmac('sha256', key).update(`email\u0000${value.slice(0, at).toLowerCase()}\u0000${domain.toLowerCase()}`).digest('hex').slice(0, 12);
  return `t${local}@${domain}`;
}

/** Draws from the same keyed stream, so a value still gets one token. 20 draws fail together about never. */
const MAX_DRAWS = 20;

/** The first drawn token that validates as no national id of any country. */
function firstNoId(draw: () => string): string {
  let token = draw();
  for (let i = 1; i < MAX_DRAWS && validatesAlone(token, detectNationalId); i++) token = draw();
  return token;
}

/** `value` with its digits replaced, in order, by `fresh`'s. */
function withDigits(value: string, fresh: string): string {
  let i = 0;
  return value.replace(/\d/g, () => fresh[i++]);
}

function ssnToken(key: Uint8Array, value: string): string | null {
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 9) return null;
  const next = keyed(key, 'ssn', digits);
  // Area 900–999 is never issued: such a token can never be a real person's number.
  return firstNoId(() => withDigits(value, `9${Array.from({ length: 8 }, () => digit(next)).join('')}`));
}

function personnummerToken(key: Uint8Array, value: string): string | null {
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 10 && digits.length !== 12) return null;
  const ten = digits.slice(-10);
  const next = keyed(key, 'personnummer', ten);
  return firstNoId(() => {
    // Months 13–19 exist on no calendar: valid format and check digit, never a person.
    const month = String(13 + (next() % 7));
    const nine = `${ten.slice(0, 2)}${month}${digit(next)}${digit(next)}${digit(next)}${digit(next)}${digit(next)}`;
    return withDigits(value, `${digits.length === 12 ? digits.slice(0, 2) : ''}${nine}${personnummerCheckDigit(nine)}`);
  });
}

/** The format-preserving token of a value, by what the column holds; shape-preserving otherwise. */
export function tokenizeCell(key: Uint8Array, value: string, column: ColumnKind): string {
  if (value.trim() === '') return value;
  const v = value.trim();
  let token: string | null = null;
  if (column?.category === 'credit_card') token = cardToken(key, v);
  else if (column?.category === 'email') token = emailToken(key, v);
  else if (column?.category === 'national_id' && column.subtype === 'ssn_us') token = ssnToken(key, v);
  else if (column?.category === 'national_id' && column.subtype === 'personnummer_se') token = personnummerToken(key, v);
  return token ?? shapeToken(key, v, column ? `${column.category}:${column.subtype ?? ''}` : 'column');
}

/** One cell through `mask`, `hash` or `tokenize` (`drop` removes the column and never reaches here). */
export function remediateCell(key: Uint8Array, action: Exclude<RemediationAction, 'drop'>, value: string, column: ColumnKind): string {
  if (value === '') return value;
  if (action === 'mask') return column ? String(maskValue(value, column.category)) : value.replace(/[\p{L}\p{N}]/gu, '*');
  if (action === 'hash') return hashCell(key, value);
  return tokenizeCell(key, value, column);
}
