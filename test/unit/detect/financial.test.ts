import { describe, expect, it } from 'vitest';
import { ibanCheckDigits } from '../../../shared/detect/checksums';
import { detectBankAccount, detectCard, detectIban } from '../../../shared/detect/detectors/financial';
import type { Detector } from '../../../shared/detect/types';
import { run } from '../../support/sink';

// Card vectors are the networks' published test numbers; IBANs are SWIFT/registry examples; every
// other vector was computed by a separate Python implementation and cross-checked on fuzzed input.

function evidence(detector: Detector, value: string): string[] {
  return run(detector, value).matches.map((m) => m.evidence);
}

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('detectCard', () => {
  const valid = [
    '4111 1111 1111 1111',
    '4111-1111-1111-1111',
    '4012888888881881',
    '4222222222222',
    '4111111111111111110',
    '5555 5555 5555 4444',
    '5105105105105100',
    '2223 0000 4840 0011',
    '3782 822463 10005',
    '378282246310005',
    '6011111111111117',
    '3530111333300000',
    '213180742685905',
    '180042946491150',
    '30569309025904',
    '36227206271667',
    '6200000000000005',
    '6759649826438453',
    '500000000009',
  ];
  it.each(valid)('%s is a Luhn-valid card', (v) => {
    expect(run(detectCard, v)).toEqual({ matches: [{ category: 'credit_card', subtype: null, evidence: 'validator:luhn' }], misses: [] });
  });

  const luhnFailures = ['4111 1111 1111 1112', '5555555555554445', '378282246310006', '6011111111111118', '3530111333300001', '2223000048400012'];
  it.each(luhnFailures)('%s fits an issuer but fails Luhn: near-miss', (v) => {
    expect(run(detectCard, v)).toEqual({ matches: [], misses: ['luhn'] });
  });

  const notCards = [
    '41111111111111',
    '3782822463100050',
    '5555555555554444555',
    '1234567812345670',
    '9111111111111111',
    '4111 1111-1111 1111',
    '4111  1111 1111 1111',
    '4111 1111 1111 1111 ',
    '41 11 11 11 11 11 11 11',
    '4111111111111111111111',
    '20240131123000',
    '1234.50',
  ];
  it.each(notCards)('%s has no card shape or issuer: nothing reported', (v) => {
    expect(run(detectCard, v)).toEqual({ matches: [], misses: [] });
  });

  it('matches only about one random 16-digit number in ten among those that fit an issuer', () => {
    const rand = prng(16);
    let matched = 0;
    let missed = 0;
    for (let i = 0; i < 1000; i++) {
      let v = String(1 + Math.floor(rand() * 9));
      while (v.length < 16) v += Math.floor(rand() * 10);
      const { matches, misses } = run(detectCard, v);
      expect(matches.length + misses.length).toBeLessThanOrEqual(1);
      if (matches.length === 1) matched++;
      if (misses.length === 1) {
        expect(misses).toEqual(['luhn']);
        missed++;
      }
    }
    const rate = matched / (matched + missed);
    expect(rate).toBeGreaterThan(0.05);
    expect(rate).toBeLessThan(0.15);
    // Numbers starting 1, 7, 8 or 9 fit no issuer, so well under half the draws can match at all.
    expect(matched + missed).toBeLessThan(700);
  });
});

describe('detectIban', () => {
  const valid = [
    'GB82 WEST 1234 5698 7654 32',
    'GB82WEST12345698765432',
    'gb82 west 1234 5698 7654 32',
    'DE89 3704 0044 0532 0130 00',
    'SE45 5000 0000 0583 9825 7466',
    'NO93 8601 1117 947',
    'FR14 2004 1010 0505 0001 3M02 606',
    'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
    'BE68 5390 0754 7034',
    'NL91 ABNA 0417 1643 00',
  ];
  it.each(valid)('%s validates', (v) => {
    expect(run(detectIban, v)).toEqual({ matches: [{ category: 'iban', subtype: null, evidence: 'validator:mod97' }], misses: [] });
  });

  const invalid: Array<[string, string | null]> = [
    ['GB82 WEST 1234 5698 7654 33', 'mod97'],
    ['GB28 WEST 1234 5698 7654 32', 'mod97'],
    ['SE45 5000 0000 0583 9825 7467', 'mod97'],
    ['GB00 WEST 1234 5698 7654 32', 'mod97'],
    ['DE89 3704 0044 0532 0130 0', 'iban_length'],
    ['DE89 3704 0044 0532 0130 000', 'iban_length'],
    ['NO93 8601 1117 9470', 'iban_length'],
    ['XX82 WEST 1234 5698 7654 32', null],
    ['US82 WEST 1234 5698 7654 32', null],
    ['GB82  WEST 1234 5698 7654 32', null],
    ['GB82-WEST-1234-5698-7654-32', null],
    ['GBX2 WEST 1234 5698 7654 32', null],
    ['GB82 WEST', null],
  ];
  it.each(invalid)('%s is refused (near-miss %s)', (v, miss) => {
    expect(run(detectIban, v)).toEqual({ matches: [], misses: miss ? [miss] : [] });
  });

  // Lengths from the SWIFT IBAN registry (via python-stdnum's iban.dat), written out independently of the detector.
  const registry =
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 ' +
    'FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 ' +
    'LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 ' +
    'RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30';
  const countries = registry.split(' ').map((e) => [e.slice(0, 2), Number(e.slice(2))] as const);
  it('knows all 89 registry countries', () => expect(countries.length).toBe(89));
  it.each(countries)('%s: %i characters validate, one fewer or more is a length near-miss', (country, length) => {
    const bban = '1234567890ABCDEFGHIJ1234567890'.slice(0, length - 4);
    const iban = country + ibanCheckDigits(country, bban) + bban;
    expect(evidence(detectIban, iban)).toEqual(['validator:mod97']);
    const printed = iban.replace(/(.{4})(?=.)/g, '$1 ');
    expect(evidence(detectIban, printed)).toEqual(['validator:mod97']);
    // Fifteen characters (Norway) is the shortest IBAN: anything shorter is no IBAN shape at all.
    expect(run(detectIban, iban.slice(0, -1)).misses).toEqual(length > 15 ? ['iban_length'] : []);
    expect(run(detectIban, `${iban}7`).misses).toEqual(['iban_length']);
  });
});

describe('detectBankAccount', () => {
  const aba = ['011000015', '021000021', '026009593', '111000025', '122105278', '322271627'];
  it.each(aba)('ABA routing number %s validates', (v) => {
    expect(run(detectBankAccount, v)).toEqual({ matches: [{ category: 'bank_account', subtype: null, evidence: 'validator:aba' }], misses: [] });
  });
  const abaInvalid: Array<[string, string | null]> = [
    ['011000016', 'aba'],
    ['021000022', 'aba'],
    ['122105279', 'aba'],
    ['026009539', 'aba'],
    ['111000052', 'aba'],
    ['990000013', null],
    ['131000025', null],
    ['01100001', null],
    ['0110000155', null],
  ];
  it.each(abaInvalid)('%s is refused (near-miss %s)', (v, miss) => {
    expect(run(detectBankAccount, v)).toEqual({ matches: [], misses: miss ? [miss] : [] });
  });

  const konto = ['1234.56.78903', '12345678903', '1234 56 78903', '8601.11.17947', '1503.00.00002', '9710.05.00004', '0540.88.88885'];
  it.each(konto)('Norwegian kontonummer %s validates', (v) => {
    expect(evidence(detectBankAccount, v)).toEqual(['validator:kontonummer_no']);
  });
  const kontoInvalid: Array<[string, string | null]> = [
    ['1234.56.78904', 'kontonummer_no'],
    ['1234.56.78900', 'kontonummer_no'],
    ['8601.11.17948', 'kontonummer_no'],
    ['86011117946', 'kontonummer_no'],
    ['1000.00.00090', 'kontonummer_no'],
    ['1234.5.678903', null],
    ['1234.56 78903', null],
    ['8601.11.1794', null],
  ];
  it.each(kontoInvalid)('%s is refused (near-miss %s)', (v, miss) => {
    expect(run(detectBankAccount, v)).toEqual({ matches: [], misses: miss ? [miss] : [] });
  });
});
