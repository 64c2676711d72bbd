import { luhnValid } from '../checksums';
import type { Detector, Match } from '../types';

const IPV4: Match = { category: 'ip_address', subtype: 'ipv4', evidence: 'pattern:ipv4' };
const IPV6: Match = { category: 'ip_address', subtype: 'ipv6', evidence: 'pattern:ipv6' };
const MAC: Match = { category: 'mac_address', subtype: null, evidence: 'pattern:mac' };
const IMEI: Match = { category: 'device_id', subtype: 'imei', evidence: 'validator:imei' };
const UUID: Match = { category: 'device_id', subtype: null, evidence: 'pattern:uuid' };
const GEO: Match = { category: 'geo_location', subtype: null, evidence: 'pattern:latlng' };
const PLATE: Match = { category: 'license_plate', subtype: null, evidence: 'pattern:plate' };
const HANDLE: Match = { category: 'username', subtype: null, evidence: 'pattern:handle' };

/**
 * IP addresses, by hand rather than by regex. IPv4: a strict dotted quad (each part 0–255, one to
 * three digits) with an optional `:port`. IPv6: full, `::`-compressed, with an embedded IPv4 tail
 * (`::ffff:192.0.2.1`), a zone id (`fe80::1%eth0`) and the bracketed `[…]:port` form. Private,
 * loopback and link-local ranges match too: in a customer file they are still somebody's address.
 * A four-part version string (`1.2.3.4`) is indistinguishable from an address and stays one.
 */
export const detectIp: Detector = (v, sink) => {
  const len = v.length;
  if (len < 2 || len > 64) return;
  const c0 = v.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) {
    const end = ipv4End(v, 0);
    if (end === len || (end > 0 && isPort(v, end))) {
      sink.match(IPV4);
      return;
    }
  }
  if (v.indexOf(':') < 0) return;
  let from = 0;
  let to = len;
  if (c0 === 91 /* [ */) {
    const close = v.indexOf(']');
    if (close < 0 || (close !== len - 1 && !isPort(v, close + 1))) return;
    from = 1;
    to = close;
  }
  const zone = v.indexOf('%', from);
  if (zone >= 0 && zone < to) {
    if (!isZoneId(v, zone + 1, to)) return;
    to = zone;
  }
  if (isIpv6(v, from, to)) sink.match(IPV6);
};

/** End index of a dotted quad starting at `from`, or -1. */
function ipv4End(v: string, from: number): number {
  let i = from;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (v.charCodeAt(i) !== 46) return -1;
      i++;
    }
    let n = 0;
    let digits = 0;
    while (digits < 4 && i < v.length) {
      const c = v.charCodeAt(i);
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
      digits++;
      i++;
    }
    if (digits === 0 || digits > 3 || n > 255) return -1;
  }
  return i;
}

/** `:` then 1–5 digits up to 65535, to the end. */
function isPort(v: string, at: number): boolean {
  if (v.charCodeAt(at) !== 58) return false;
  const digits = v.length - at - 1;
  if (digits < 1 || digits > 5) return false;
  let n = 0;
  for (let i = at + 1; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    n = n * 10 + (c - 48);
  }
  return n <= 65535;
}

function isZoneId(v: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 32) return false;
  for (let i = from; i < to; i++) {
    const c = v.charCodeAt(i);
    if (!(isAlnum(c) || c === 95 || c === 45 || c === 46)) return false;
  }
  return true;
}

/** RFC 4291 text forms: eight groups of 1–4 hex digits, one `::` for a run of zero groups, an IPv4 tail as two groups. */
function isIpv6(v: string, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 45) return false;
  let groups = 0;
  let compressed = false;
  let hexDigits = 0;
  let i = from;
  if (v.charCodeAt(i) === 58) {
    if (v.charCodeAt(i + 1) !== 58) return false;
    compressed = true;
    i += 2;
    if (i === to) return false; // a bare `::` says nothing
  }
  while (i < to) {
    let n = 0;
    const start = i;
    while (i < to && n < 5 && isHex(v.charCodeAt(i))) {
      i++;
      n++;
    }
    if (i < to && v.charCodeAt(i) === 46) {
      // IPv4 tail: must be last and take the place of two groups.
      if (ipv4End(v, start) !== to || groups > 6) return false;
      groups += 2;
      hexDigits += 1;
      break;
    }
    if (n === 0 || n > 4) return false;
    hexDigits += n;
    groups++;
    if (i === to) break;
    if (v.charCodeAt(i) !== 58) return false;
    i++;
    if (v.charCodeAt(i) === 58) {
      if (compressed) return false;
      compressed = true;
      i++;
      if (i === to) break;
    } else if (i === to) return false;
  }
  if (hexDigits === 0) return false;
  return compressed ? groups <= 7 : groups === 8;
}

/**
 * MAC addresses: six hex pairs split by `:` or `-` (the same one throughout), or Cisco's three
 * dotted quads of hex (`aabb.ccdd.eeff`, with at least one letter). Twelve bare hex digits are
 * not taken: a hex id of that length is far more often something else.
 */
export const detectMac: Detector = (v, sink) => {
  const len = v.length;
  if (len === 17) {
    const sep = v.charCodeAt(2);
    if (sep !== 58 && sep !== 45) return;
    for (let i = 0; i < 17; i++) {
      const c = v.charCodeAt(i);
      if (i % 3 === 2 ? c !== sep : !isHex(c)) return;
    }
    sink.match(MAC);
  } else if (len === 14) {
    // Dotted digits (`2024.0101.1200`) are versions or timestamps far more often than a MAC.
    let letter = false;
    for (let i = 0; i < 14; i++) {
      const c = v.charCodeAt(i);
      if (i === 4 || i === 9 ? c !== 46 : !isHex(c)) return;
      if (c > 57) letter = true;
    }
    if (letter) sink.match(MAC);
  }
};

/**
 * IMEI: 15 digits, bare or in the printed 2-6-6-1 layout (`35-209900-176148-1`, spaces or
 * dashes), with the Luhn check digit. Luhn passes one random number in ten, so the classifier
 * treats this as chance-prone evidence; a failure is the near-miss `luhn`.
 */
export const detectImei: Detector = (v, sink) => {
  const len = v.length;
  if (len === 15) {
    for (let i = 0; i < 15; i++) {
      const c = v.charCodeAt(i);
      if (c < 48 || c > 57) return;
    }
    if (luhnValid(v)) sink.match(IMEI);
    else sink.miss('luhn');
    return;
  }
  if (len !== 18) return;
  const sep = v.charCodeAt(2);
  if ((sep !== 45 && sep !== 32) || v.charCodeAt(9) !== sep || v.charCodeAt(16) !== sep) return;
  let digits = '';
  for (let i = 0; i < 18; i++) {
    if (i === 2 || i === 9 || i === 16) continue;
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return;
    digits += v[i];
  }
  if (luhnValid(digits)) sink.match(IMEI);
  else sink.miss('luhn');
};

/**
 * Advertising ids (Apple IDFA, Google GAID) are UUIDs, and so are order ids, session ids and
 * database keys: a UUID proves a shape only, so it is reported as `pattern:uuid` and the column
 * classifier needs a header (`idfa`, `device_id`, `advertising_id`) to call the column a device id.
 * Optional braces (`{…}`, as Windows writes GUIDs). The all-zero UUID is not reported: it is what
 * iOS returns when tracking is limited and identifies nobody.
 */
export const detectDeviceId: Detector = (v, sink) => {
  let from = 0;
  if (v.length === 38 && v.charCodeAt(0) === 123 && v.charCodeAt(37) === 125) from = 1;
  else if (v.length !== 36) return;
  let nonZero = false;
  for (let i = 0; i < 36; i++) {
    const c = v.charCodeAt(from + i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return;
    } else if (!isHex(c)) return;
    else if (c !== 48) nonZero = true;
  }
  if (nonZero) sink.match(UUID);
};

/** `@` and a 1–30 character handle of letters, digits, `_` and `.` (Instagram's alphabet, a superset of X/Twitter's). */
export const detectUsername: Detector = (v, sink) => {
  const len = v.length;
  if (len < 2 || len > 31 || v.charCodeAt(0) !== 64) return;
  let letters = 0;
  for (let i = 1; i < len; i++) {
    const c = v.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else if (!((c >= 48 && c <= 57) || c === 95 || c === 46)) return;
  }
  if (letters === 0 || v.charCodeAt(1) === 46 || v.charCodeAt(len - 1) === 46) return;
  sink.match(HANDLE);
};

/**
 * Licence plates of the countries Veil serves, in the formats each prints. A plate proves a shape
 * only (`ABC 123` is also a product code), so the classifier needs a header. Letters must be
 * capitals: plates are printed and typed that way, and lower-case words are far more often text.
 */
const PLATES = new RegExp(
  '^(?:' +
    [
      '[A-HJ-PR-UW-Z]{3} ?\\d{2}[A-HJ-PR-UW-Z0-9]', // SE: ABC 123, ABC 12A
      '[A-Z]{2} ?\\d{5}', // NO: AB 12345; PL: WA 12345
      '[A-Z]{2} ?\\d{2} ?\\d{3}', // DK: AB 12 345
      '[A-ZÅÄÖ]{2,3}-\\d{1,3}', // FI: ABC-123
      '[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?\\d{1,4}[EH]?', // DE: B-AB 1234, M AB 123 (E electric, H historic)
      '[A-HJ-NP-TV-Z]{2}-\\d{3}-[A-HJ-NP-TV-Z]{2}', // FR (SIV): AB-123-CD
      '\\d{4} ?[BCDFGHJKLMNPRSTVWXYZ]{3}', // ES: 1234 BCD
      '[A-HJ-NPR-TV-Z]{2} ?\\d{3} ?[A-HJ-NPR-TV-Z]{2}', // IT: AB 123 CD
      '[A-Z]{2} ?\\d{4}[A-Z]|[A-Z]{3} ?\\d{1,2}[A-Z]{1,2}\\d{0,2}', // PL: WX 1234A, KRA 12AB
      '[A-Z]{2}\\d{2} ?[A-Z]{3}', // GB: AB12 CDE
    ].join('|') +
    ')$',
);

/**
 * Licence plates (SE, NO, DK, FI, DE, FR, ES, IT, NL, PL, GB). Dutch plates follow "sidecodes":
 * three dash-separated groups of letters or digits, six characters in all (`12-ABC-3`,
 * `AB-12-CD`, `1-ABC-23`), checked by hand below rather than as fourteen alternatives.
 */
export const detectLicensePlate: Detector = (v, sink) => {
  const len = v.length;
  if (len < 5 || len > 10) return;
  if (PLATES.test(v) || isDutchSidecode(v)) sink.match(PLATE);
};

function isDutchSidecode(v: string): boolean {
  if (v.length !== 8) return false;
  let groups = 0;
  let size = 0;
  let kind = 0; // 1 letters, 2 digits
  let letters = false;
  let digits = false;
  for (let i = 0; i <= 8; i++) {
    const c = i === 8 ? 45 : v.charCodeAt(i);
    if (c === 45) {
      if (size === 0 || size > 3) return false;
      groups++;
      size = 0;
      kind = 0;
      continue;
    }
    const k = c >= 65 && c <= 90 ? 1 : c >= 48 && c <= 57 ? 2 : 0;
    if (k === 0 || (kind !== 0 && k !== kind)) return false;
    kind = k;
    size++;
    if (k === 1) letters = true;
    else digits = true;
  }
  return groups === 3 && letters && digits;
}

/**
 * Latitude/longitude pairs: `59.3293, 18.0686`, `59.3293 18.0686`, `(59.3293, 18.0686)`,
 * hemisphere letters (`59.3293 N, 18.0686 E`), degrees-minutes-seconds
 * (`59°19′45″N 18°04′07″E`, ASCII `'` and `"` too) and `geo:` URIs (RFC 5870). Decimal pairs need
 * at least three decimals each (≈100 m): fewer is city level and too easily two ratios or
 * amounts. `0, 0` ("null island") is a placeholder, not a place. A lone number is never enough:
 * the classifier pairs lat/lng columns through {@link parseCoordinate}.
 */
export const detectGeo: Detector = (v, sink) => {
  const len = v.length;
  if (len < 11 || len > 80) return;
  let i = 0;
  let end = len;
  if (startsWithGeo(v)) i = 4;
  else if (v.charCodeAt(0) === 40 /* ( */) {
    if (v.charCodeAt(len - 1) !== 41) return;
    i = 1;
    end = len - 1;
  }
  const geoUri = i === 4;
  if (!readCoordinate(v, i, end)) return;
  const first = coord;
  const firstHemisphere = hemisphere;
  const firstPrecise = precise;
  i = cursor;
  const afterFirst = i;
  while (i < end && v.charCodeAt(i) === 32) i++;
  if (i < end && (v.charCodeAt(i) === 44 || v.charCodeAt(i) === 59)) i++;
  while (i < end && v.charCodeAt(i) === 32) i++;
  if (i === afterFirst || !readCoordinate(v, i, end)) return;
  if (!firstPrecise || !precise) return;
  // Hemisphere letters may put longitude first (`18.0686 E, 59.3293 N`); mixed-up letters are no pair.
  const swapped = firstHemisphere === 2 && hemisphere === 1;
  if (!swapped && (firstHemisphere === 2 || hemisphere === 1)) return;
  const lat = swapped ? coord : first;
  const lng = swapped ? first : coord;
  i = cursor;
  // geo: URIs may carry altitude and parameters (`,12;u=35`); nothing else may follow a pair.
  if (i !== end && !(geoUri && (v.charCodeAt(i) === 44 || v.charCodeAt(i) === 59))) return;
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180 || (lat === 0 && lng === 0)) return;
  sink.match(GEO);
};

/**
 * One coordinate as a number of degrees, or null: signed decimal degrees with a decimal point
 * (`59.3293`, `-18.0686`, `59.3293°`), with a hemisphere letter before or after (`N 59.3293`,
 * `18.0686 E`; S and W negate), or degrees-minutes(-seconds) (`59°19′45″N`, `59°19.75'N`).
 * Plain integers return null (they are counts, not coordinates). The range is ±180; whether a
 * column is latitude or longitude is the classifier's to decide from the pair.
 */
export function parseCoordinate(v: string): number | null {
  if (v.length < 3 || v.length > 40) return null;
  if (!readCoordinate(v, 0, v.length) || cursor !== v.length || !hadFraction) return null;
  return coord >= -180 && coord <= 180 ? coord : null;
}

// Scratch written by readCoordinate (one call at a time): the value, where it stopped, its
// hemisphere (0 none, 1 N/S, 2 E/W), whether it carries ≥3 decimals or seconds, and whether it
// had a fraction or DMS marks at all.
let coord = 0;
let cursor = 0;
let hemisphere = 0;
let precise = false;
let hadFraction = false;

/** Reads one coordinate of v[from, to) into the scratch; false when there is none. */
function readCoordinate(v: string, from: number, to: number): boolean {
  let i = from;
  let sign = 1;
  hemisphere = 0;
  precise = false;
  hadFraction = false;
  let h = hemisphereAt(v, i);
  if (h !== 0) {
    i++;
    while (i < to && v.charCodeAt(i) === 32) i++;
  }
  if (v.charCodeAt(i) === 45 || v.charCodeAt(i) === 43) {
    if (v.charCodeAt(i) === 45) sign = -1;
    i++;
  }
  const degrees = readNumber(v, i, to, 3);
  if (degrees < 0) return false;
  i = cursor;
  let value = degrees;
  if (v.charCodeAt(i) === 46) {
    const fraction = readFraction(v, i + 1, to);
    if (fraction < 0) return false;
    value += fraction;
    hadFraction = true;
    precise = cursor - i - 1 >= 3;
    i = cursor;
  }
  if (i < to && isDegreeMark(v.charCodeAt(i))) {
    i++;
    hadFraction = true;
    const minutes = readNumber(v, i, to, 2);
    if (minutes >= 0 && value === degrees) {
      let m = minutes;
      i = cursor;
      if (v.charCodeAt(i) === 46) {
        const fraction = readFraction(v, i + 1, to);
        if (fraction < 0) return false;
        m += fraction;
        precise = true;
        i = cursor;
      }
      if (m >= 60 || !isMinuteMark(v.charCodeAt(i))) return false;
      i++;
      value += m / 60;
      const seconds = readNumber(v, i, to, 2);
      if (seconds >= 0) {
        let s = seconds;
        i = cursor;
        if (v.charCodeAt(i) === 46) {
          const fraction = readFraction(v, i + 1, to);
          if (fraction < 0) return false;
          s += fraction;
          i = cursor;
        }
        if (s >= 60) return false;
        if (isSecondMark(v.charCodeAt(i))) i++;
        else if (isMinuteMark(v.charCodeAt(i)) && isMinuteMark(v.charCodeAt(i + 1))) i += 2;
        else return false;
        value += s / 3600;
        precise = true;
      }
    }
  }
  if (h === 0) {
    let j = i;
    while (j < to && v.charCodeAt(j) === 32) j++;
    h = hemisphereAt(v, j);
    if (h !== 0) i = j + 1;
  }
  if (h !== 0) {
    if (sign < 0) return false;
    hemisphere = h === 78 || h === 83 ? 1 : 2;
    if (h === 83 || h === 87) sign = -1;
    if (i < to && isLetter(v.charCodeAt(i))) return false;
  }
  coord = sign * value;
  cursor = i;
  return true;
}

/** An integer of 1..maxDigits digits at `from` (cursor after it), or -1. */
function readNumber(v: string, from: number, to: number, maxDigits: number): number {
  let n = 0;
  let i = from;
  while (i < to && i - from <= maxDigits) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
    i++;
  }
  if (i === from || i - from > maxDigits) return -1;
  cursor = i;
  return n;
}

/** The digits after a decimal point as a fraction (cursor after them), or -1 when there are none. */
function readFraction(v: string, from: number, to: number): number {
  let f = 0;
  let scale = 1;
  let i = from;
  while (i < to && i - from < 12) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) break;
    scale /= 10;
    f += (c - 48) * scale;
    i++;
  }
  if (i === from) return -1;
  cursor = i;
  return f;
}

/** The hemisphere letter's code (N 78, S 83, E 69, W 87) when one stands alone at `i`, else 0. */
function hemisphereAt(v: string, i: number): number {
  const c = v.charCodeAt(i) & ~32;
  if (c !== 78 && c !== 83 && c !== 69 && c !== 87) return 0;
  return isLetter(v.charCodeAt(i + 1)) ? 0 : c;
}

function startsWithGeo(v: string): boolean {
  return (v.charCodeAt(0) | 32) === 103 && (v.charCodeAt(1) | 32) === 101 && (v.charCodeAt(2) | 32) === 111 && v.charCodeAt(3) === 58;
}

/** ° (degree), º (ordinal indicator, a common stand-in). */
function isDegreeMark(c: number): boolean {
  return c === 0xb0 || c === 0xba;
}

/** ′ prime, ' apostrophe, ’ right quote. */
function isMinuteMark(c: number): boolean {
  return c === 0x2032 || c === 39 || c === 0x2019;
}

/** ″ double prime, " quote, ” right double quote. */
function isSecondMark(c: number): boolean {
  return c === 0x2033 || c === 34 || c === 0x201d;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
