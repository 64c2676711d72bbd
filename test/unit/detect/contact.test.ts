import { getCountryCallingCode, getExampleNumber, isValidPhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import mobileExamples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { detectEmail, detectPhone, normalizePhoneE164 } from '../../../shared/detect/detectors/contact';
import { isKnownTld } from '../../../shared/detect/data/tlds';
import { createRng } from '../../fixtures/prng';
import { run } from '../../support/sink';

/** What a detector reported for one value: 'match', the near-miss name, or null for nothing. */
function outcome(detector: Parameters<typeof run>[0], value: string): string | null {
  const r = run(detector, value);
  if (r.matches.length > 0) return 'match';
  return r.misses[0] ?? null;
}

describe('detectEmail', () => {
  const valid = [
    'anna@example.com', // test domains still match: no silent suppression
    'Anna.Svensson+news@firma.se',
    'ANNA@FIRMA.SE',
    'o\'brien@pub.ie',
    'x_y-z@sub.domain.co.uk',
    'mailto:a.b@c.co.uk?subject=hi',
    'MAILTO:kund@butik.nu',
    'Anna Svensson <anna@firma.se>',
    '"Svensson, Anna" <anna@firma.se>',
    '<jan@bedrijf.nl>',
    'user@bücher.de', // IDN in Unicode
    'jörg@müller.de',
    'a@xn--p1ai.xn--p1ai', // IDN ccTLD in punycode
    'ivan@пример.рф', // and in Unicode
    'team@startup.stockholm', // new gTLD
    'info@shop.app',
  ];
  it.each(valid)('matches %s', (v) => {
    expect(run(detectEmail, v).matches).toEqual([{ category: 'email', subtype: null, evidence: 'pattern:email' }]);
  });

  const invalid: Array<[string, string | null]> = [
    ['anna@firma.local', 'tld'], // right shape, no such TLD: a near-miss, not silence
    ['anna@firma.con', 'tld'],
    ['a@b.invalidtld', 'tld'],
    ['a@10.0.0.1', null],
    ['anna@localhost', null],
    ['@anna_s', null],
    ['anna.firma.se', null],
    ['a..b@c.se', null],
    ['.a@c.se', null],
    ['a.@c.se', null],
    ['a@-firma.se', null],
    ['a@firma-.se', null],
    ['a b@c.se', null],
    ['a@b@c.se', null],
    ['anna@firma..se', null],
    ['Anna <anna@firma.se', null],
    [`${'a'.repeat(65)}@firma.se`, null], // local part over 64
  ];
  it.each(invalid)('rejects %s (%s)', (v, miss) => {
    expect(outcome(detectEmail, v)).toBe(miss);
  });

  it('knows the IANA root zone, in both IDN spellings', () => {
    for (const tld of ['se', 'com', 'uk', 'xn--p1ai', 'рф', 'xn--fiqs8s', '中国', 'stockholm']) expect(isKnownTld(tld)).toBe(true);
    for (const tld of ['local', 'con', 'example', 'localhost', 'SE']) expect(isKnownTld(tld)).toBe(false);
  });
});

/**
 * Phone vectors: each valid one is also checked against libphonenumber itself below (no number
 * the library rejects is asserted to pass). E.164 is what normalizePhoneE164 returns under the
 * documented region order SE, NO, DK, FI, DE, FR, ES, IT, NL, PL, GB, US.
 */
const phones: Array<[string, string]> = [
  ['+46 70 123 45 67', '+46701234567'],
  ['+46701234567', '+46701234567'],
  ['0046 70 123 45 67', '+46701234567'],
  ['00 49 30 1234567', '+49301234567'],
  ['+46 (0)70-123 45 67', '+46701234567'],
  ['+44 (0)20 7946 0958', '+442079460958'],
  ['tel:+1-212-555-0123', '+12125550123'],
  ['+1 212 555 0123', '+12125550123'],
  ['070-123 45 67', '+46701234567'], // SE
  ['0701234567', '+46701234567'],
  ['08-123 456 78', '+46812345678'],
  ['+47 22 12 34 56', '+4722123456'], // NO
  ['22 12 34 56', '+4722123456'],
  ['+45 32 12 34 56', '+4532123456'], // DK
  ['32 12 34 56', '+4732123456'], // also a valid NO number, and NO comes first
  ['+358 40 123 4567', '+358401234567'], // FI
  ['040 123 4567', '+46401234567'], // valid in SE too, which comes first
  ['+49 151 23456789', '+4915123456789'], // DE
  ['030/1234567', '+46301234567'],
  ['+33 6 12 34 56 78', '+33612345678'], // FR
  ['01.23.45.67.89', '+46123456789'],
  ['+34 612 34 56 78', '+34612345678'], // ES
  ['612 34 56 78', '+34612345678'],
  ['+39 06 1234 5678', '+390612345678'], // IT keeps its 0
  ['312 345 6789', '+393123456789'],
  ['333 9876543', '+393339876543'], // an Italian mobile as Italians write it
  ['+31 6 12345678', '+31612345678'], // NL
  ['+48 601 234 567', '+48601234567'], // PL
  ['12 345 67 89', '+48123456789'],
  ['601 234 567', '+34601234567'], // PL mobile shape, but valid in ES, which comes first
  ['+44 7400 123456', '+447400123456'], // GB
  ['07400 123456', '+497400123456'], // a GB mobile written nationally also fits DE
  ['(212) 555-0123', '+12125550123'], // US
  ['212.555.0123', '+12125550123'],
  ['1 800 555 0123', '+18005550123'],
  ['+46 8 123 456 78 ext. 12', '+46812345678'], // extensions are dropped from E.164
  ['+46812345678x12', '+46812345678'],
  ['0701234567;ext=5', '+46701234567'],
];

describe('detectPhone', () => {
  it('accepts only numbers libphonenumber itself calls valid (its patterns, compiled once, stand in for its calls)', () => {
    // Near-valid numbers: each region's example mobile with a random tail, in the ways people write it.
    const rng = createRng('phone-oracle');
    const regions: CountryCode[] = ['SE', 'NO', 'DK', 'FI', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'GB', 'US'];
    let accepted = 0;
    let tried = 0;
    for (const region of regions) {
      const example = getExampleNumber(region, mobileExamples)!.nationalNumber;
      for (let i = 0; i < 1500; i++) {
        const keep = rng.int(0, example.length - 1);
        const nsn = example.slice(0, keep) + rng.digits(example.length + rng.int(-1, 1) - keep);
        const cc = getCountryCallingCode(region);
        const written = [`0${nsn}`, `0${nsn.slice(0, 2)}-${nsn.slice(2)}`, `${nsn.slice(0, 2)} ${nsn.slice(2, 4)} ${nsn.slice(4, 6)} ${nsn.slice(6)}`, `+${cc}${nsn}`, `00${cc} ${nsn}`];
        for (const v of written) {
          tried++;
          if (run(detectPhone, v).matches.length === 0) continue;
          accepted++;
          const e164 = normalizePhoneE164(v);
          expect(e164 && isValidPhoneNumber(e164), `${v} → ${e164}`).toBe(true);
        }
      }
    }
    // Not vacuous: a good share of near-valid numbers are valid.
    expect(accepted).toBeGreaterThan(tried / 5);
  });

  it.each(phones)('matches %s', (v) => {
    expect(run(detectPhone, v).matches).toEqual([{ category: 'phone', subtype: null, evidence: 'validator:phone' }]);
  });

  it.each(phones)('normalises %s to %s, which libphonenumber itself calls valid', (v, e164) => {
    expect(normalizePhoneE164(v)).toBe(e164);
    expect(isValidPhoneNumber(e164)).toBe(true);
  });

  /** Shapes that are something else, or no national format at all: nothing reported. */
  const notPhones = [
    '2001-12-31', // dates
    '31.12.2001',
    '12/31/2001',
    '192.168.100.200', // IPv4
    '1234.50', // amounts and decimals
    '12345678.90',
    '0.1234567',
    '1 234 567', // thousands separators
    '1.234.567',
    '2024', // year
    '2019-2021',
    '114 55', // postal codes
    '12345-6789',
    '701234567', // bare digits without 0, + or grouping: an order number until the header says otherwise
    '2125550123',
    '20240115001',
    '2024-000123',
    '123-45-6789', // US SSN layout
    '850101-1234', // personnummer layout
    '050101-1234',
    '59.3293 18.0686', // coordinates
    '0000123456', // zero-padded id: no country code starts with 0
    '+0 123 4567',
    '00 00 00 00 00', // zero-padded
    '(000) 000-0000',
    '000 1234 5678',
    '070 123 45 67 mobil', // letters: free text, the span is tried there
    '12:30:45',
    '+46 70 123 45 67 ext. 1234567',
  ];
  it.each(notPhones)('ignores %s', (v) => {
    expect(run(detectPhone, v)).toEqual({ matches: [], misses: [] });
    expect(normalizePhoneE164(v)).toBeNull();
  });

  /** Phone-shaped, but no numbering plan validates them: the near-miss `phone`. */
  const misses = ['+46 70 123', '+999 1234 5678', '+1 012 555 0123', '+47 01234567', '+49 0000 000000', '+44 20 1234', '2019 2020 2021', '01234567', '0123456'];
  // (the last two: bare zero-led digits that only Italy's open fixed-line plan would take)
  it.each(misses)('reports the near-miss for %s', (v) => {
    expect(run(detectPhone, v)).toEqual({ matches: [], misses: ['phone'] });
    expect(normalizePhoneE164(v)).toBeNull();
  });

  it('reports nothing for too few digits', () => {
    expect(run(detectPhone, '0701')).toEqual({ matches: [], misses: [] });
  });
});
