import { ReadError } from './errors';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Resolves the five predefined entities and numeric character references. Any other entity
 * is an error, not an expansion: with DTDs refused there is nothing else it could legally be,
 * and refusing is what keeps entity tricks (XXE, billion laughs) impossible by construction.
 */
export function decodeXml(raw: string): string {
  let amp = raw.indexOf('&');
  if (amp === -1) return raw;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > 10) throw badReference();
    out += raw.slice(from, amp) + resolve(raw.slice(amp + 1, semi));
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

function resolve(ref: string): string {
  const named = NAMED[ref];
  if (named !== undefined) return named;
  let code = Number.NaN;
  if (/^#[0-9]{1,7}$/.test(ref)) code = Number.parseInt(ref.slice(1), 10);
  else if (/^#x[0-9a-fA-F]{1,6}$/.test(ref)) code = Number.parseInt(ref.slice(2), 16);
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw badReference();
  return String.fromCodePoint(code);
}

function badReference(): ReadError {
  return new ReadError('malformed_file', 'a workbook part has an invalid or undeclared entity reference');
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Undoes Excel's `_xHHHH_` escapes (ST_Xstring), which is how it stores characters XML cannot
 * carry, such as a carriage return (`_x000D_`), so cells read as the user sees them.
 */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') === -1) return text;
  return text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
