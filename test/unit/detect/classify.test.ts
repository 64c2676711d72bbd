import { describe, expect, it } from 'vitest';
import { classifyColumn, wilsonLower } from '../../../shared/detect/classify';
import { ColumnStats } from '../../../shared/detect/column';
import { isPlausible } from '../../../shared/detect/plausible';
import type { CategoryId, HeaderHint, Match } from '../../../shared/detect/types';

// Synthetic detector output: these tests pin the column verdict, independent of any detector.
const CARD: Match = { category: 'credit_card', subtype: null, evidence: 'validator:luhn' };
const EMAIL: Match = { category: 'email', subtype: null, evidence: 'pattern:email' };
const SSN_BARE: Match = { category: 'national_id', subtype: 'ssn_us', evidence: 'validator:ssn_us_bare' };
const PNR: Match = { category: 'national_id', subtype: 'personnummer_se', evidence: 'validator:personnummer_se' };
const DATE: Match = { category: 'date_of_birth', subtype: null, evidence: 'pattern:date' };
const NOW = 2026;

const hint = (category: CategoryId, strength: 'strong' | 'weak' = 'strong', subtype: string | null = null): HeaderHint => ({
  category,
  subtype,
  strength,
  term: category,
});

type Cell = { value?: string; matches?: Match[]; misses?: string[]; text?: Match[]; birthYear?: number };

function column(cells: Cell[], h: HeaderHint | null = null): ColumnStats {
  const s = new ColumnStats(0, h ? h.term : '', h);
  cells.forEach((c, i) => {
    const value = c.value ?? `v${i}`;
    s.begin(value);
    s.profileValue(value);
    for (const m of c.matches ?? []) s.match(m);
    for (const v of c.misses ?? []) s.miss(v);
    if (c.birthYear) s.noteBirthYear(c.birthYear);
    if (c.text) {
      s.enterText();
      for (const m of c.text) s.match(m);
    }
    // As the scanner counts them (index.ts).
    if (h && (s.cellHas(h.category) || isPlausible(h, value))) s.countPlausible();
  });
  return s;
}

const repeat = (n: number, cell: Cell): Cell[] => Array.from({ length: n }, () => ({ ...cell }));

const SURNAME: Match = { category: 'last_name', subtype: null, evidence: 'vocab:surname' };

describe('classifyColumn', () => {
  it('is surer of a surname column under a header that says "name" than under none', () => {
    const cells = [...repeat(25, { value: 'Müller', matches: [SURNAME] }), ...repeat(15, { value: 'Bäcker' })];
    const bare = classifyColumn(column(cells), NOW);
    const named = classifyColumn(column(cells, hint('person_name', 'weak')), NOW);
    expect(bare.category).toBe('last_name');
    expect(named.category).toBe('last_name');
    expect(named.confidence).toBeGreaterThan(bare.confidence + 0.1);
    expect(named.evidence).toContain('header:person_name');
  });

  it('calls a 16-digit reference column none although one in ten passes Luhn', () => {
    const cells = [...repeat(10, { matches: [CARD] }), ...repeat(90, { misses: ['luhn'] })];
    const v = classifyColumn(column(cells), NOW);
    expect(v.category).toBe('none');
    expect(v.evidence).toContain('rejected:luhn:90');
  });

  it('calls a column of Luhn-valid numbers credit_card with high confidence', () => {
    const cells = [...repeat(198, { matches: [CARD] }), ...repeat(2, { misses: ['luhn'] })];
    const v = classifyColumn(column(cells), NOW);
    expect(v.category).toBe('credit_card');
    expect(v.confidence).toBeGreaterThan(0.9);
  });

  it('is less sure of the same share in a smaller column', () => {
    const small = classifyColumn(column(repeat(5, { matches: [EMAIL] })), NOW);
    const large = classifyColumn(column(repeat(500, { matches: [EMAIL] })), NOW);
    expect(small.category).toBe('email');
    expect(small.confidence).toBeLessThan(large.confidence);
  });

  it('gives a telling header over values that fail its validator no more than low confidence', () => {
    const v = classifyColumn(column(repeat(50, { value: 'anna@exempel.qqq', misses: ['tld'] }), hint('email')), NOW);
    expect(v.category).toBe('email');
    expect(v.confidence).toBeLessThanOrEqual(0.35);
    expect(v.evidence).toContain('values:unvalidated');
  });

  it('believes a phone header over numbers formatted as phones but not assigned, with middling confidence', () => {
    const PHONE: Match = { category: 'phone', subtype: null, evidence: 'validator:phone' };
    const cells = [...repeat(4, { value: '+1-773-151-6685', matches: [PHONE] }), ...repeat(8, { value: '277.609.7938', misses: ['phone'] })];
    const shaped = classifyColumn(column(cells, hint('phone')), NOW);
    expect(shaped.category).toBe('phone');
    expect(shaped.confidence).toBeGreaterThan(0.45);
    expect(shaped.confidence).toBeLessThan(0.6);
    expect(shaped.evidence).toContain('values:phone_shaped');
    // Mostly other digits under the same header: still no more than low confidence.
    const other = [...repeat(4, { value: '+1-773-151-6685', matches: [PHONE] }), ...repeat(8, { value: '7627161656' })];
    const weak = classifyColumn(column(other, hint('phone')), NOW);
    expect(weak.confidence).toBeLessThanOrEqual(0.35);
  });

  it('believes an SSN header over numbers in the SSN shape that were never issued (Synthea writes 999-xx-xxxx), with middling confidence', () => {
    const cells = repeat(40, { value: '999-76-6866', misses: ['checksum:ssn_us'] });
    const v = classifyColumn(column(cells, hint('national_id', 'strong', 'ssn_us')), NOW);
    expect([v.category, v.subtype]).toEqual(['national_id', 'ssn_us']);
    expect(v.confidence).toBeGreaterThan(0.45);
    expect(v.confidence).toBeLessThan(0.6);
    expect(v.evidence).toContain('values:national_id_shaped');
    // Other digits under the same header are no such evidence.
    const other = classifyColumn(column(repeat(40, { value: '12345' }), hint('national_id', 'strong', 'ssn_us')), NOW);
    expect(other.confidence).toBeLessThanOrEqual(0.35);
    // Nor are ids whose date cannot be (a remediated file's tokens) or organisation numbers.
    for (const miss of ['date:personnummer_se', 'orgnr_se']) {
      const v = classifyColumn(column(repeat(40, { value: '199913451234', misses: [miss] }), hint('national_id', 'strong', 'personnummer_se')), NOW);
      expect(v.confidence).toBeLessThanOrEqual(0.35);
    }
  });

  it('counts a phone cell that one plan rejects and another accepts once (people-100.csv: confidence was NaN)', () => {
    const OTHER_PLAN: Match = { category: 'phone', subtype: null, evidence: 'pattern:phone_other_plan' };
    const cells = [...repeat(4, { value: '001-084-906-7849x73518', matches: [OTHER_PLAN], misses: ['phone'] }), ...repeat(6, { value: '584.094.6111', misses: ['phone'] })];
    const v = classifyColumn(column(cells, hint('phone')), NOW);
    expect(v.category).toBe('phone');
    expect(Number.isFinite(v.confidence)).toBe(true);
    expect(v.confidence).toBeGreaterThan(0.45);
    expect(v.confidence).toBeLessThan(0.6);
  });

  it('reports one real id among 50 codes as free_text_pii instead of diluting it away', () => {
    const cells = [...repeat(49, {}), { matches: [PNR] }];
    const v = classifyColumn(column(cells), NOW);
    expect(v.category).toBe('free_text_pii');
    expect(v.containedCategories).toEqual(['national_id']);
  });

  it('lists what free text contains', () => {
    const cells = [...repeat(30, {}), ...repeat(3, { text: [EMAIL] }), { text: [PNR] }];
    const v = classifyColumn(column(cells, hint('free_text_pii')), NOW);
    expect(v.category).toBe('free_text_pii');
    expect(v.containedCategories).toEqual(['email', 'national_id']);
  });

  it('needs a header before shape-only evidence counts', () => {
    const bare = repeat(100, { matches: [SSN_BARE] });
    expect(classifyColumn(column(bare), NOW).category).toBe('none');
    const withHeader = classifyColumn(column(bare, hint('national_id', 'strong', 'ssn_us')), NOW);
    expect(withHeader.category).toBe('national_id');
    expect(withHeader.subtype).toBe('ssn_us');
  });

  it('tells birth dates from event dates by the spread of years', () => {
    const dates = (year: (i: number) => number) => Array.from({ length: 100 }, (_, i): Cell => ({ matches: [DATE], birthYear: year(i) }));
    expect(classifyColumn(column(dates((i) => 1940 + (i % 60))), NOW).category).toBe('date_of_birth');
    expect(classifyColumn(column(dates((i) => 2023 + (i % 3))), NOW).category).toBe('none');
    // Weighted by cells: one old year among many recent ones does not make a spread.
    expect(classifyColumn(column(dates((i) => (i === 0 ? 1950 : 2024))), NOW).category).toBe('none');
  });

  describe('password columns', () => {
    it('rejects plain values under a password header', () => {
      const s = column(repeat(20, {}), hint('password_raw'));
      const v = classifyColumn(s, NOW);
      expect(v.category).toBe('password_raw');
      expect(v.rejects).toBe('password_raw');
    });
    it('accepts hashes under a password header', () => {
      const s = column(repeat(20, {}), hint('password_raw'));
      s.hashCells = 20;
      const v = classifyColumn(s, NOW);
      expect(v.category).toBe('password_hash');
      expect(v.rejects).toBeNull();
    });
    it('accepts masked placeholders under a password header', () => {
      const s = column(repeat(20, {}), hint('password_raw'));
      s.placeholderCells = 20;
      expect(classifyColumn(s, NOW)).toMatchObject({ category: 'none', rejects: null });
    });
    it('rejects one raw password among hashes', () => {
      const s = column(repeat(20, {}), hint('password_raw'));
      s.hashCells = 19;
      expect(classifyColumn(s, NOW).rejects).toBe('password_raw');
    });
  });

  it('keeps a header-only column low', () => {
    const v = classifyColumn(column([], hint('email')), NOW);
    expect(v.confidence).toBeLessThanOrEqual(0.2);
  });

  it('wilsonLower is 0 for no data and grows with n at a fixed share', () => {
    expect(wilsonLower(0, 0)).toBe(0);
    expect(wilsonLower(9, 10)).toBeLessThan(wilsonLower(90, 100));
    expect(wilsonLower(900, 1000)).toBeLessThan(0.9);
  });
});
