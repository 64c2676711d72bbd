import { describe, expect, it } from 'vitest';
import { maskValue } from '../../../shared/detect/mask';
import type { CategoryId } from '../../../shared/detect/types';

describe('maskValue keeps the shape and drops the content', () => {
  const cases: Array<[CategoryId, string, string]> = [
    ['email', 'anna.svensson@example.se', 'a***@e***.se'],
    ['credit_card', '4242 4242 4242 4242', '**** **** **** 4242'],
    ['credit_card', '4111111111111111', '************1111'],
    ['phone', '+46 70 123 45 67', '+46 ** *** ** 67'],
    ['phone', '070-123 45 67', '***-*** ** 67'],
    ['national_id', '19811218-9876', '19******-****'],
    ['national_id', '123-45-6789', '12*-**-****'],
    ['iban', 'SE45 5000 0000 0583 9825 7466', 'SE** **** **** **** **** 7466'],
    ['ip_address', '192.168.10.77', '192.*.*.*'],
    ['person_name', 'Anna Svensson', 'A*** S*******'],
    ['password_raw', 'hunter2hunter2', '********'],
    ['secret', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', '********'],
    ['gender', 'F', '*'],
  ];
  it.each(cases)('%s %s → %s', (category, value, expected) => {
    expect(maskValue(value, category)).toBe(expected);
  });

  it('never returns a value that equals its input or lacks a star', () => {
    const values = ['a', 'ab', 'Anna', '42', 'x@y.z', '1999-01-01', 'Göteborg', 'E11.9'];
    for (const v of values) {
      for (const c of ['city', 'age', 'health', 'email', 'date_of_birth', 'none'] as CategoryId[]) {
        const masked = maskValue(v, c);
        expect(masked).not.toBe(v);
        expect(masked).toContain('*');
      }
    }
  });

  it('keeps no more than a third of an id, however short', () => {
    const masked = maskValue('123456', 'national_id');
    const kept = [...masked].filter((ch) => ch !== '*').length;
    expect(kept).toBeLessThanOrEqual(2);
  });
});
