import type { CategoryId, MaskedSample } from './types';

/**
 * The only producer of `MaskedSample`, the only form in which a cell value may leave the engine
 * (reports, the web page, logs of findings, AI prompts). Masking keeps the shape — where the
 * separators are, how long the groups are, the e-mail's top-level domain, a card's last four —
 * so a person can recognise the kind of data, and removes the content. Every masked value holds
 * `*`, which no validator accepts, so a masked sample never validates as personal data again.
 */
export function maskValue(value: string, category: CategoryId): MaskedSample {
  return finish(maskByCategory(value.trim(), category));
}

function maskByCategory(v: string, category: CategoryId): string {
  switch (category) {
    case 'email':
      return maskEmail(v);
    case 'credit_card':
    case 'iban':
    case 'bank_account':
      return keepEdges(v, category === 'iban' ? 2 : 0, 4);
    case 'phone':
      return keepEdges(v, v.startsWith('+') ? countryCodeLength(v) : 0, 2);
    case 'date_of_birth':
      return keepEdges(v, 0, 0);
    case 'national_id':
    case 'passport':
    case 'drivers_license':
      return keepEdges(v, 2, 0);
    case 'ip_address':
      return maskIp(v);
    case 'password_raw':
    case 'password_hash':
    case 'secret':
    case 'card_security_code':
      // Nothing of a credential is kept, not even its length.
      return '********';
    case 'free_text_pii':
      return maskWords(v.length > 60 ? `${v.slice(0, 60)}…` : v);
    default:
      return maskWords(v);
  }
}

/** `anna.svensson@example.se` → `a***@e***.se`: the TLD tells the country, nothing else is kept. */
function maskEmail(v: string): string {
  const at = v.lastIndexOf('@');
  if (at <= 0) return maskWords(v);
  const domain = v.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot >= 0 ? domain.slice(dot) : '';
  return `${v[0]}***@${domain[0] ?? '*'}***${tld}`;
}

/** Replaces every letter and digit except the first `head` and last `tail` ones; separators stay. */
function keepEdges(v: string, head: number, tail: number): string {
  const alnumPositions: number[] = [];
  for (let i = 0; i < v.length; i++) if (isAlnum(v.charCodeAt(i))) alnumPositions.push(i);
  const total = alnumPositions.length;
  // Short values keep at most a third of their characters, long ones at most half.
  const budget = total >= 10 ? Math.min(head + tail, Math.floor(total / 2)) : Math.floor(total / 3);
  const keepHead = Math.min(head, budget);
  const keepTail = Math.min(tail, Math.max(0, budget - keepHead));
  const chars = v.split('');
  alnumPositions.forEach((pos, k) => {
    if (k < keepHead || k >= total - keepTail) return;
    chars[pos] = '*';
  });
  return chars.join('');
}

function countryCodeLength(v: string): number {
  let n = 0;
  for (let i = 1; i < v.length && n < 3; i++) {
    if (isAlnum(v.charCodeAt(i))) n++;
    else break;
  }
  return n;
}

/** `192.168.10.77` → `192.*.*.*`; IPv6 keeps its first group. */
function maskIp(v: string): string {
  const sep = v.includes(':') ? ':' : '.';
  const parts = v.split(sep);
  return [parts[0], ...parts.slice(1).map((p) => (p === '' ? '' : '*'))].join(sep);
}

/** `Anna Svensson` → `A*** S*******`: the first letter of each word, the shape of the rest. */
function maskWords(v: string): string {
  let out = '';
  let atWordStart = true;
  for (let i = 0; i < v.length; i++) {
    const ch = v[i];
    const code = v.charCodeAt(i);
    if (isAlnum(code) || code > 127) {
      out += atWordStart && !isDigit(code) ? ch : '*';
      atWordStart = false;
    } else {
      out += ch;
      atWordStart = true;
    }
  }
  return out;
}

/** A value short enough to be kept whole by the rules above still gets at least one star. */
function finish(masked: string): MaskedSample {
  const out = masked.includes('*') ? masked : masked.length <= 1 ? '*' : `${masked[0]}${'*'.repeat(masked.length - 1)}`;
  return out as MaskedSample;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnum(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
