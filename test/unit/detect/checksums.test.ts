import { describe, expect, it } from 'vitest';
import {
  abaCheckDigit,
  abaValid,
  bsnCheckDigit,
  bsnValid,
  codiceFiscaleCheckChar,
  cprMod11Valid,
  fodselsnummerCheckDigits,
  hetuCheckChar,
  ibanCheckDigits,
  isLeapYear,
  isValidDate,
  kontonummerCheckDigit,
  luhnCheckDigit,
  luhnValid,
  mod97,
  nirKey,
  peselCheckDigit,
  personnummerCheckDigit,
  spanishIdLetter,
  rvnrCheckDigit,
  kvnrCheckDigit,
  nssEsControl,
  steuerIdCheckDigit,
  steuerIdDigitsPlausible,
  cpfCheckDigits,
  residentIdCnCheckChar,
  snilsControl,
  verhoeffValid,
} from '../../../shared/detect/checksums';

// Every vector is a published example (card networks' test numbers, Skatteverket, SWIFT, python-stdnum
// doctests) or was computed by a separate Python implementation written from the official rules.

/** Deterministic PRNG (mulberry32) so random round-trips are reproducible. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDigits(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(rand() * 10);
  return s;
}

describe('luhn', () => {
  const valid = ['4111111111111111', '5555555555554444', '2223000048400011', '378282246310005', '79927398713', '8112189876'];
  const invalid = ['4111111111111112', '5555555555554445', '378282246310006', '79927398710', '8112189877', '7', '', '4111a11111111111'];
  it.each(valid)('%s passes', (v) => expect(luhnValid(v)).toBe(true));
  it.each(invalid)('%j fails', (v) => expect(luhnValid(v)).toBe(false));
  it.each(valid)('the check digit of %s is recomputed from its payload', (v) => {
    expect(luhnCheckDigit(v.slice(0, -1))).toBe(Number(v.slice(-1)));
  });
  it('round-trips random payloads of every card length', () => {
    const rand = prng(1);
    for (let i = 0; i < 500; i++) {
      const payload = randomDigits(rand, 11 + (i % 8));
      const full = payload + luhnCheckDigit(payload);
      expect(luhnValid(full)).toBe(true);
      const wrong = payload + ((luhnCheckDigit(payload) + 1 + (i % 9)) % 10);
      expect(luhnValid(wrong)).toBe(false);
    }
  });
  it('gives the Skatteverket example its personnummer check digit', () => {
    expect(personnummerCheckDigit('811218987')).toBe(6);
    expect(personnummerCheckDigit('701063239')).toBe(1);
  });
});

describe('mod97 and IBAN check digits', () => {
  const valid: Array<[string, string, string]> = [
    ['GB82 WEST 1234 5698 7654 32', 'GB', 'WEST12345698765432'],
    ['DE89370400440532013000', 'DE', '370400440532013000'],
    ['SE45 5000 0000 0583 9825 7466', 'SE', '50000000058398257466'],
    ['NO9386011117947', 'NO', '86011117947'],
    ['fr1420041010050500013m02606', 'FR', '20041010050500013M02606'],
    ['MT84MALT011000012345MTLCAST001S', 'MT', 'MALT011000012345MTLCAST001S'],
    ['NO0470669074391', 'NO', '70669074391'],
  ];
  it.each(valid)('%s has remainder 1 and its check digits recompute', (iban, country, bban) => {
    expect(mod97(iban)).toBe(1);
    expect(ibanCheckDigits(country, bban)).toBe(iban.slice(2, 4));
  });
  const invalid = ['GB82 WEST 1234 5698 7654 33', 'GB28 WEST 1234 5698 7654 32', 'DE89370400440532013001', 'SE45 5000 0000 0583 9825 7467', 'NO9386011117948'];
  it.each(invalid)('%s does not have remainder 1', (v) => expect(mod97(v)).not.toBe(1));
  it.each(['GB82 WEST_1234', 'GB8', 'GB82-WEST-1234'])('%s is not IBAN text: -1', (v) => expect(mod97(v)).toBe(-1));
});

describe('isValidDate', () => {
  const cases: Array<[number, number, number, boolean]> = [
    [2000, 2, 29, true],
    [2024, 2, 29, true],
    [1981, 12, 31, true],
    [1900, 2, 29, false],
    [2023, 2, 29, false],
    [2023, 4, 31, false],
    [2023, 13, 1, false],
    [2023, 0, 10, false],
    [2023, 1, 0, false],
    [2023, 1, 32, false],
  ];
  it.each(cases)('%i-%i-%i → %s', (y, m, d, ok) => expect(isValidDate(y, m, d)).toBe(ok));
  it.each([[2000, true], [2004, true], [1900, false], [2100, false], [2023, false]] as const)('leap %i → %s', (y, leap) =>
    expect(isLeapYear(y)).toBe(leap),
  );
});

describe('national id check digits', () => {
  const fodselsnummer: Array<[string, string | null]> = [
    ['151086950', '88'],
    ['311299499', '80'],
    ['015290123', '10'],
    ['070707070', '09'],
    ['240362900', '44'],
    ['010190123', null],
  ];
  it.each(fodselsnummer)('fødselsnummer %s → %s', (first9, check) => expect(fodselsnummerCheckDigits(first9)).toBe(check));

  const kontonummer: Array<[string, number | null]> = [
    ['1234567890', 3],
    ['8601111794', 7],
    ['1503000000', 2],
    ['9710050000', 4],
    ['0540888888', 5],
    ['1000000009', null],
  ];
  it.each(kontonummer)('kontonummer %s → %s', (first10, check) => expect(kontonummerCheckDigit(first10)).toBe(check));

  it.each(['111222333', '123456782', '999999990', '234567892', '314159265'])('BSN %s passes the 11-test', (v) => {
    expect(bsnValid(v)).toBe(true);
    expect(bsnCheckDigit(v.slice(0, 8))).toBe(Number(v[8]));
  });
  it.each(['111222334', '123456789', '000000000', '314159266', '999999999'])('BSN %s fails', (v) => expect(bsnValid(v)).toBe(false));
  it('BSN prefixes whose 11-test needs a 10 cannot be completed', () => expect(bsnCheckDigit('10000006')).toBeNull());

  const steuer: Array<[string, number]> = [
    ['3657426180', 9],
    ['8609574271', 9],
    ['1234567891', 1],
    ['4710825366', 3],
    ['1121345678', 3],
  ];
  it.each(steuer)('Steuer-ID %s → %i (ISO 7064 MOD 11,10)', (first10, check) => {
    expect(steuerIdCheckDigit(first10)).toBe(check);
    expect(steuerIdDigitsPlausible(first10)).toBe(true);
  });
  it('German pension insurance number 15 070649 C 103 → 3 (the published example)', () => {
    expect(rvnrCheckDigit('15070649C10')).toBe(3);
  });
  it('German health insurance number A123456780 → 0; Spanish NSS 28 12345678 → 40, 08 0012345 → 28', () => {
    expect(kvnrCheckDigit('A12345678')).toBe(0);
    expect(nssEsControl('2812345678')).toBe(40);
    // A serial under 10,000,000 is read as seven digits: 08·10⁷ + 123456, not 08·10⁸ + 123456.
    expect(nssEsControl('0800123456')).toBe((8 * 10_000_000 + 123456) % 97);
    expect(nssEsControl('0800123456')).not.toBe((8 * 100_000_000 + 123456) % 97);
  });
  it.each(['1234567890', '1112345678', '3655426680', '1111234567', '1122334455'])('Steuer-ID digits %s break the repetition rule', (v) =>
    expect(steuerIdDigitsPlausible(v)).toBe(false),
  );

  it.each([
    ['4405140135', 9],
    ['0207080362', 8],
    ['9912310001', 0],
    ['0022290123', 9],
    ['8581010999', 2],
  ] as const)('PESEL %s → %i', (first10, check) => expect(peselCheckDigit(first10)).toBe(check));

  it.each([
    ['2110625629', true],
    ['0101701235', false],
    ['2110625628', false],
  ] as const)('CPR mod-11 %s → %s', (v, ok) => expect(cprMod11Valid(v)).toBe(ok));

  it.each([
    ['131052308', 'T'],
    ['010101123', 'N'],
    ['290200002', 'C'],
    ['311299899', '7'],
    ['150875950', '4'],
  ])('HETU %s → %s', (nine, check) => expect(hetuCheckChar(nine)).toBe(check));

  it.each([
    ['12345678', 'Z'],
    ['00000000', 'T'],
    ['87654321', 'X'],
    ['01234567', 'L'],
    ['17654321', 'G'],
  ])('DNI/NIE number %s → %s', (digits, letter) => expect(spanishIdLetter(digits)).toBe(letter));

  it.each([
    ['2951099126111', 93],
    ['1841276451089', 46],
    ['253072A073004', 43],
    ['253072B073004', 70],
    ['253072b073004', 70],
    ['7040199999999', 69],
  ] as const)('NIR key of %s → %i', (first13, key) => expect(nirKey(first13)).toBe(key));

  it.each([
    ['RCCMNL83S18D969', 'H'],
    ['CNTCHR83T41D969', 'D'],
    ['RSSMRA85T10A562', 'S'],
    ['RSSMRA85T10A56N', 'H'],
    ['rssmraurtlma562', 'C'],
  ])('codice fiscale %s → %s', (first15, check) => expect(codiceFiscaleCheckChar(first15)).toBe(check));

  it.each(['011000015', '021000021', '026009593', '111000025', '122105278', '322271627'])('ABA %s passes 3-7-1', (v) => {
    expect(abaValid(v)).toBe(true);
    expect(abaCheckDigit(v.slice(0, 8))).toBe(Number(v[8]));
  });
  it.each(['011000016', '021000022', '122105279', '026009539', '111000052'])('ABA %s fails', (v) => expect(abaValid(v)).toBe(false));

  // Verhoeff: Wikipedia's worked example 236 → 3, and UIDAI's sample Aadhaar.
  it.each([['2363', true], ['2364', false], ['234123412346', true], ['234123412364', false]] as const)('Verhoeff %s → %s', (v, ok) => expect(verhoeffValid(v)).toBe(ok));
  it.each([['529982247', '25'], ['111444777', '35'], ['000000001', '91']] as const)('CPF %s → %s', (first9, check) => expect(cpfCheckDigits(first9)).toBe(check));
  it.each([['11010519491231002', 'X'], ['44052419800101001', '3']] as const)('Chinese resident id %s → %s', (first17, check) => expect(residentIdCnCheckChar(first17)).toBe(check));
  it.each([['112233445', 95], ['123456789', 64], ['987654321', 83], ['001001999', 65]] as const)('SNILS %s → %i', (first9, check) => expect(snilsControl(first9)).toBe(check));
});
