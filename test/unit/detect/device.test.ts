import { describe, expect, it } from 'vitest';
import {
  detectDeviceId,
  detectGeo,
  detectImei,
  detectIp,
  detectLicensePlate,
  detectMac,
  detectUsername,
  parseCoordinate,
} from '../../../shared/detect/detectors/device';
import type { Detector } from '../../../shared/detect/types';
import { run } from '../../support/sink';

type Table = { name: string; detector: Detector; evidence: string; valid: string[]; invalid: Array<[string, string | null]> };

/** `invalid`: the value and the near-miss it must report (null: wrong shape, nothing reported). */
const tables: Table[] = [
  {
    name: 'detectIp (IPv4)',
    detector: detectIp,
    evidence: 'pattern:ipv4',
    valid: ['192.168.1.1', '10.0.0.1', '127.0.0.1', '169.254.10.20', '8.8.8.8', '255.255.255.255', '0.0.0.0', '10.0.0.1:8080', '1.2.3.4', '192.168.001.010', '203.0.113.7:65535'],
    invalid: [
      ['256.1.1.1', null],
      ['1.2.3', null],
      ['1.2.3.4.5', null],
      ['01.02.2003', null],
      ['1.2.3.1000', null],
      ['10.0.0.1:70000', null],
      ['10.0.0.1:', null],
      ['10.0.0.1/24x', null],
      ['1..2.3', null],
      ['a.b.c.d', null],
      ['2024.01.15', null],
    ],
  },
  {
    name: 'detectIp (IPv6)',
    detector: detectIp,
    evidence: 'pattern:ipv6',
    valid: [
      '2001:db8::1',
      '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
      '2001:db8:0:0:1:0:0:1',
      '::1',
      'fe80::1%eth0',
      'fe80::a00:27ff:fe4e:66a1%en0',
      '::ffff:192.0.2.1',
      '64:ff9b::192.0.2.33',
      '[2001:db8::1]:443',
      '[::1]',
      'FE80::0202:B3FF:FE1E:8329',
    ],
    invalid: [
      ['::', null],
      ['1:2:3:4:5:6:7:8:9', null],
      ['1:2:3:4:5:6:7', null],
      ['2001:db8:::1', null],
      ['2001:db8::1::2', null],
      ['2001:db8::g', null],
      ['12345::1', null],
      ['12:30:45', null],
      ['aa:bb:cc:dd:ee:ff', null],
      ['std::string', null],
      ['[2001:db8::1', null],
      ['fe80::1%', null],
    ],
  },
  {
    name: 'detectMac',
    detector: detectMac,
    evidence: 'pattern:mac',
    valid: ['00:1A:2B:3C:4D:5E', '00-1a-2b-3c-4d-5e', 'aa:bb:cc:dd:ee:ff', 'AC-DE-48-00-11-22', '001a.2b3c.4d5e', 'AABB.CCDD.EEFF', 'f0:18:98:00:00:01', '3c:22:fb:12:34:56', '00:00:5e:00:53:af', '0050.56c0.0001'],
    invalid: [
      ['00:1A-2B:3C:4D:5E', null],
      ['00:1A:2B:3C:4D:5G', null],
      ['001A2B3C4D5E', null],
      ['00:1A:2B:3C:4D', null],
      ['00:1A:2B:3C:4D:5E:6F', null],
      ['2024.0101.1200', null],
      ['001a-2b3c-4d5e', null],
      ['0:1A:2B:3C:4D:5E', null],
      ['00.1A.2B.3C.4D.5E', null],
      ['zz:zz:zz:zz:zz:zz', null],
    ],
  },
  {
    name: 'detectImei',
    detector: detectImei,
    evidence: 'validator:imei',
    // 490154203237518 is the GSMA/Wikipedia example; the others are common published examples or carry check digits from luhnCheckDigit (checksums.ts, tested on its own).
    valid: ['490154203237518', '356938035643809', '352099001761481', '35-209900-176148-1', '35 209900 176148 1', '990000862471853', '013965002716420', '860000000000009', '351756051523993', '356728110008766'],
    invalid: [
      ['490154203237517', 'luhn'],
      ['356938035643800', 'luhn'],
      ['35-209900-176148-2', 'luhn'],
      ['352099001761482', 'luhn'],
      ['49015420323751', null],
      ['4901542032375180', null],
      ['35-209900-1761481', null],
      ['35-209900 176148-1', null],
      ['4901542032375A8', null],
      ['490154 203237518', null],
    ],
  },
  {
    name: 'detectDeviceId',
    detector: detectDeviceId,
    evidence: 'pattern:uuid',
    valid: [
      '6D92078A-8246-4BA4-AE5B-76104861E7DC', // IDFA, Apple's documented example
      '38400000-8cf0-11bd-b23e-10b96e40000d', // GAID, Google's documented example
      '{6D92078A-8246-4BA4-AE5B-76104861E7DC}',
      'cdda802e-fb9c-47ad-9866-0794d394c912',
      '00000000-0000-0000-0000-000000000001',
      '123e4567-e89b-12d3-a456-426614174000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      'A987FBC9-4BED-3078-CF07-9141BA07C9F3',
      '550e8400-e29b-41d4-a716-446655440000',
      '9b2f9a3e-0f5c-4d5e-8a6b-1c2d3e4f5a6b',
    ],
    invalid: [
      ['00000000-0000-0000-0000-000000000000', null], // limited ad tracking: identifies nobody
      ['6D92078A82464BA4AE5B76104861E7DC', null],
      ['6D92078A-8246-4BA4-AE5B-76104861E7DZ', null],
      ['6D92078A-8246-4BA4-AE5B76104861E7DC', null],
      ['6D92078A_8246_4BA4_AE5B_76104861E7DC', null],
      ['{6D92078A-8246-4BA4-AE5B-76104861E7DC', null],
      ['6D92078A-8246-4BA4-AE5B-76104861E7D', null],
      ['6D92078A-8246-4BA4-AE5B-76104861E7DCC', null],
      ['not-a-uuid-at-all-but-36-characters', null],
      ['2024-01-15', null],
    ],
  },
  {
    name: 'detectGeo',
    detector: detectGeo,
    evidence: 'pattern:latlng',
    valid: [
      '59.3293, 18.0686',
      '59.3293,18.0686',
      '59.3293 18.0686',
      '(59.3293, 18.0686)',
      '-33.8688, 151.2093',
      '40.7128 N, 74.0060 W',
      '18.0686 E, 59.3293 N',
      '59°19′45″N 18°04′07″E',
      `59°19'45"N 18°04'07"E`,
      '48°51′24.1″N, 2°21′08.3″E',
      'geo:59.3293,18.0686',
      'geo:59.3293,18.0686;u=35',
      'geo:59.3293,18.0686,12',
    ],
    invalid: [
      ['59.3293', null], // a lone number is never enough
      ['59.33, 18.07', null], // city level: too easily two ratios
      ['0.000, 0.000', null], // null island
      ['95.1234, 18.0686', null],
      ['59.3293, 190.1234', null],
      ['1234.567, 12.345', null],
      ['2024-01-01 12:00', null],
      ['59.3293, 18.0686, 12', null],
      ['59.3293 N, 18.0686 N', null],
      ['59°19′N 18°04′E', null], // minutes only: ~2 km
      ['59°75′45″N 18°04′07″E', null],
      ['-59.3293 S, 18.0686 E', null],
      ['(59.3293, 18.0686', null],
    ],
  },
  {
    name: 'detectLicensePlate',
    detector: detectLicensePlate,
    evidence: 'pattern:plate',
    valid: [
      'ABC 123', // SE
      'ABC 12A',
      'AB 12345', // NO, PL
      'AB 12 345', // DK
      'ABC-123', // FI
      'B-AB 1234', // DE
      'M AB 123',
      'AB-123-CD', // FR
      '1234 BCD', // ES
      'AB 123 CD', // IT
      '12-ABC-3', // NL sidecodes
      'AB-12-CD',
      '1-ABC-23',
      'WA 12345', // PL
      'AB12 CDE', // GB
    ],
    invalid: [
      ['abc 123', null],
      ['ABC', null],
      ['12345', null],
      ['1234 ABC', null], // Spanish plates use no vowels
      ['ISO 9001', null],
      ['12-34-56', null],
      ['AB-CD-EF', null],
      ['HELLO WORLD', null],
      ['ABCDEFGHIJK 1', null],
      ['QVI 123', null], // letters Swedish plates do not use
    ],
  },
  {
    name: 'detectUsername',
    detector: detectUsername,
    evidence: 'pattern:handle',
    valid: ['@anna_s', '@a', '@Anna.Svensson', '@jan_de_vries', '@user123', '@_private', '@ola.nordmann', '@x_1', '@MarieCurie', `@${'a'.repeat(30)}`],
    invalid: [
      ['@123', null],
      ['@', null],
      ['@anna@x.se', null],
      ['@anna!', null],
      ['@.anna', null],
      ['@anna.', null],
      ['anna_s', null],
      ['@anna s', null],
      [`@${'a'.repeat(31)}`, null],
      ['@åsa', null],
    ],
  },
];

for (const t of tables) {
  describe(t.name, () => {
    it.each(t.valid)('matches %s', (v) => {
      const matches = run(t.detector, v).matches;
      expect(matches).toHaveLength(1);
      expect(matches[0].evidence).toBe(t.evidence);
    });
    it.each(t.invalid)('rejects %s', (v, miss) => {
      const r = run(t.detector, v);
      expect(r.matches).toEqual([]);
      expect(r.misses).toEqual(miss ? [miss] : []);
    });
  });
}

describe('device subtypes', () => {
  it('names the IP version and the IMEI, and leaves UUIDs unnamed', () => {
    expect(run(detectIp, '10.0.0.1').matches[0]).toMatchObject({ category: 'ip_address', subtype: 'ipv4' });
    expect(run(detectIp, '::1').matches[0]).toMatchObject({ category: 'ip_address', subtype: 'ipv6' });
    expect(run(detectImei, '490154203237518').matches[0]).toMatchObject({ category: 'device_id', subtype: 'imei' });
    expect(run(detectDeviceId, '123e4567-e89b-12d3-a456-426614174000').matches[0]).toMatchObject({ category: 'device_id', subtype: null });
  });
});

describe('parseCoordinate', () => {
  const cases: Array<[string, number | null]> = [
    ['59.3293', 59.3293],
    ['-18.0686', -18.0686],
    ['+18.0686', 18.0686],
    ['59.3293°', 59.3293],
    ['N 59.3293', 59.3293],
    ['18.0686 W', -18.0686],
    ['33.8688S', -33.8688],
    ['59°19′45″N', 59 + 19 / 60 + 45 / 3600],
    ['59°19.75\'N', 59 + 19.75 / 60],
    ['179.9999', 179.9999],
    ['59', null], // integers are counts, not coordinates
    ['200.5', null],
    ['1.5e10', null],
    ['abc', null],
    ['59.3293 18.0686', null],
    ['-59.3293 S', null],
    ['59,3293', null],
    ['', null],
  ];
  it.each(cases)('%s → %s', (v, expected) => {
    const got = parseCoordinate(v);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 9);
  });
});
