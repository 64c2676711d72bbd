import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { luhnValid, personnummerCheckDigit } from '../../../shared/detect/checksums';
import { validatesAlone } from '../../../shared/detect/column';
import { detectNationalId } from '../../../shared/detect/detectors/national-id';
import { hashCell, tokenizeCell } from '../../../shared/gdpr/tokenize';
import { createRng } from '../../fixtures/prng';

const key = randomBytes(32);

describe('tokenizeCell', () => {
  it('card tokens are Luhn-valid, keep the last four and the layout, and are deterministic per key', () => {
    const t = tokenizeCell(key, '4111 1111 1111 1111', { category: 'credit_card', subtype: null });
    expect(t).toMatch(/^\d{4} \d{4} \d{4} 1111$/);
    expect(luhnValid(t.replace(/\D/g, ''))).toBe(true);
    expect(t).not.toBe('4111 1111 1111 1111');
    expect(tokenizeCell(key, '4111 1111 1111 1111', { category: 'credit_card', subtype: null })).toBe(t);
    expect(tokenizeCell(randomBytes(32), '4111 1111 1111 1111', { category: 'credit_card', subtype: null })).not.toBe(t);
  });

  it('e-mail tokens keep the domain; SSN tokens are in the 9xx area; personnummer tokens have an impossible month and a valid check digit', () => {
    expect(tokenizeCell(key, 'Anna.S@exempel.se', { category: 'email', subtype: null })).toMatch(/^t[0-9a-f]{12}@exempel\.se$/);
    expect(tokenizeCell(key, '123-45-6789', { category: 'national_id', subtype: 'ssn_us' })).toMatch(/^9\d\d-\d\d-\d{4}$/);
    for (const v of ['850312-1238', '19850312-1238', '8503121238']) {
      const t = tokenizeCell(key, v, { category: 'national_id', subtype: 'personnummer_se' });
      const ten = t.replace(/\D/g, '').slice(-10);
      expect(t.length).toBe(v.length);
      expect(Number(ten.slice(2, 4))).toBeGreaterThanOrEqual(13);
      expect(Number(ten.slice(2, 4))).toBeLessThanOrEqual(19);
      expect(personnummerCheckDigit(ten.slice(0, 9))).toBe(Number(ten[9]));
    }
  });

  it('no personnummer or SSN token passes as any country\'s national id (bare twelve digits are a Spanish NSS one time in 97)', () => {
    const rng = createRng('tokens');
    for (let i = 0; i < 3_000; i++) {
      const pnr = `19${rng.int(40, 99)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}${rng.digits(4)}`;
      const ssn = `${rng.int(100, 665)}${rng.digits(6)}`;
      for (const [v, subtype] of [[pnr, 'personnummer_se'], [ssn, 'ssn_us']] as const) {
        const t = tokenizeCell(key, v, { category: 'national_id', subtype });
        expect(validatesAlone(t, detectNationalId), `${subtype} token ${t}`).toBe(false);
        expect(tokenizeCell(key, v, { category: 'national_id', subtype })).toBe(t);
      }
    }
  });

  it('other values keep their shape; hashes are keyed and stable', () => {
    expect(tokenizeCell(key, 'Anna Svensson', { category: 'person_name', subtype: null } as never)).toMatch(/^[A-Z][a-z]{3} [A-Z][a-z]{7}$/);
    expect(hashCell(key, 'x')).toBe(hashCell(key, 'x'));
    expect(hashCell(key, 'x')).not.toBe(hashCell(randomBytes(32), 'x'));
  });
});
