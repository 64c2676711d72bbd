import { describe, expect, it } from 'vitest';
import { personnummerCheckDigit } from '../../../shared/detect/checksums';
import { cellMatcher, needlesOf } from '../../../shared/gdpr/identifier';

const PNR10 = `850312123${personnummerCheckDigit('850312123')}`;

describe('identifier normalisation and cell matching', () => {
  it('e-mail: case-folded, whole address only, also inside text', () => {
    const m = cellMatcher(needlesOf('Ada.L@Exempel.SE', 'email'));
    for (const hit of ['ada.l@exempel.se', ' ADA.L@EXEMPEL.SE ', 'skriv till ada.l@exempel.se.', '<ada.l@exempel.se>']) expect(m(hit), hit).toBe(true);
    for (const miss of ['xada.l@exempel.se', 'ada.l@exempel.se.com', 'ada.l@exempel.sex', '']) expect(m(miss), miss).toBe(false);
  });

  it('phone: national and international forms are one E.164 number', () => {
    const m = cellMatcher(needlesOf('070-123 45 67', 'phone'));
    for (const hit of ['+46701234567', '+46 70 123 45 67', '0701234567']) expect(m(hit), hit).toBe(true);
    for (const miss of ['0701234568', '+4570123456', 'ring 0701234567 i morgon']) expect(m(miss), miss).toBe(false);
  });

  it('personnummer: separators ignored; a 12-digit query also finds the 10-digit form, not the other way round', () => {
    const twelve = cellMatcher(needlesOf(`19${PNR10.slice(0, 6)}-${PNR10.slice(6)}`, 'national_id'));
    for (const hit of [`19${PNR10}`, PNR10, `${PNR10.slice(0, 6)}-${PNR10.slice(6)}`, `${PNR10.slice(0, 6)}+${PNR10.slice(6)}`]) expect(twelve(hit), hit).toBe(true);
    expect(twelve(`20${PNR10}`)).toBe(false);
    const ten = cellMatcher(needlesOf(PNR10, 'national_id'));
    expect(ten(`19${PNR10}`)).toBe(true);
    expect(ten(`20${PNR10}`)).toBe(true);
  });

  it('refuses identifiers that cannot be read as the kind asked for', () => {
    expect(() => needlesOf('not an address', 'email')).toThrow(/cannot be read/);
    expect(() => needlesOf('12', 'national_id')).toThrow(/cannot be read/);
    expect(needlesOf('a@b.se').map((n) => n.kind)).toEqual(['email']);
  });
});
