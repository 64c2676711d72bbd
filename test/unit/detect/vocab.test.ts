import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cities from '../../../shared/detect/data/cities';
import * as givenContinental from '../../../shared/detect/data/given-names-continental';
import * as givenEnglish from '../../../shared/detect/data/given-names-english';
import * as givenNordic from '../../../shared/detect/data/given-names-nordic';
import * as surnamesContinental from '../../../shared/detect/data/surnames-continental';
import * as surnamesEnglish from '../../../shared/detect/data/surnames-english';
import * as surnamesNordic from '../../../shared/detect/data/surnames-nordic';
import { foldDiacritics } from '../../../shared/detect/text';
import {
  genderValue,
  healthTermOf,
  isBloodType,
  isCity,
  isCommonWord,
  isCriminalTerm,
  isGivenName,
  isIcd10Code,
  isSurname,
  monthNumber,
  specialSubtypeOf,
} from '../../../shared/detect/vocab';

const key = (s: string) => foldDiacritics(s);
const NOT_ANYTHING = ['apple', 'total', 'n/a', 'yes', 'no', 'stockholm', 'invoice', '12345', ''];

describe('name lists', () => {
  const lists = { ...givenNordic, ...givenContinental, ...givenEnglish, ...surnamesNordic, ...surnamesContinental, ...surnamesEnglish };

  it.each(Object.entries(lists))('%s has at least 100 names and no duplicate entry', (_, list) => {
    expect(list.length).toBeGreaterThanOrEqual(100);
    const folded = list.map(key);
    expect(folded.filter((n, i) => folded.indexOf(n) !== i)).toEqual([]);
  });

  it.each(Object.entries(cities))('%s has at least 70 cities and no duplicate entry', (_, list) => {
    expect(list.length).toBeGreaterThanOrEqual(70);
    const folded = list.map(key);
    expect(folded.filter((n, i) => folded.indexOf(n) !== i)).toEqual([]);
  });

  it('keeps the data modules under 500 KB together', () => {
    const dir = join(import.meta.dirname, '../../../shared/detect/data');
    const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    expect(bytes).toBeLessThan(500 * 1024);
  });

  it('names its sources in every data module', () => {
    const dir = join(import.meta.dirname, '../../../shared/detect/data');
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f), 'utf8').startsWith('/**'), f).toBe(true);
  });
});

describe('isGivenName', () => {
  it.each(['Anna', 'Björn', 'Lars', 'Ingrid', 'Øyvind', 'Søren', 'Mette', 'Väinö', 'Juhani', 'Jürgen', 'Ursula', 'François', 'Mathilde', 'José', 'Lucía', 'Giuseppe', 'Giulia', 'Daan', 'Sanne', 'Łukasz', 'Małgorzata', 'James', 'Olivia'])(
    '%s is a given name',
    (n) => expect(isGivenName(key(n))).toBe(true),
  );
  it.each([...NOT_ANYTHING, 'andersson', 'korhonen', 'berlin'])('%s is not', (n) => expect(isGivenName(key(n))).toBe(false));
});

describe('isSurname', () => {
  it.each(['Andersson', 'Jönsson', 'Hansen', 'Nielsen', 'Korhonen', 'Müller', 'Dubois', 'García', 'Rossi', 'De Luca', 'de Jong', 'Jong', 'van den Berg', 'Nowak', 'Kowalska', 'Smith', "O'Brien"])(
    '%s is a surname',
    (n) => expect(isSurname(key(n))).toBe(true),
  );
  it.each([...NOT_ANYTHING, 'anna', 'paris', 'gothenburg'])('%s is not', (n) => expect(isSurname(key(n))).toBe(false));
});

describe('isCommonWord', () => {
  it.each(['green', 'rose', 'berg', 'mann'])('%s is a name that is also a word', (w) => expect(isCommonWord(w)).toBe(true));
  it.each(['anna', 'svensson', 'korhonen'])('%s is only a name', (w) => expect(isCommonWord(w)).toBe(false));
});

describe('isCity', () => {
  it.each(['Stockholm', 'Göteborg', 'Gothenburg', 'Oslo', 'Tromsø', 'København', 'Copenhagen', 'Århus', 'Jyväskylä', 'Helsingfors', 'München', 'Munich', 'Köln', 'Frankfurt am Main', 'Saint-Étienne', 'Saint Etienne', 'Málaga', 'A Coruña', 'Firenze', 'Florence', 'Den Haag', "'s-Hertogenbosch", 'Łódź', 'Lodz', 'Warsaw', 'London', 'New York', 'St. Louis', 'St Louis'])(
    '%s is a city',
    (c) => expect(isCity(key(c))).toBe(true),
  );
  it.each([...NOT_ANYTHING.filter((w) => w !== 'stockholm'), 'anna', 'svensson', 'storgatan'])('%s is not', (c) => expect(isCity(key(c))).toBe(false));
});

describe('genderValue', () => {
  it.each([
    ['M', 'male'], ['male', 'male'], ['man', 'male'], ['Herr', 'male'], ['männlich', 'male'], ['Mann', 'male'], ['homme', 'male'], ['H', 'male'],
    ['hombre', 'male'], ['uomo', 'male'], ['mies', 'male'], ['mężczyzna', 'male'],
    ['F', 'female'], ['female', 'female'], ['woman', 'female'], ['kvinna', 'female'], ['K', 'female'], ['Frau', 'female'], ['W', 'female'],
    ['weiblich', 'female'], ['femme', 'female'], ['mujer', 'female'], ['donna', 'female'], ['vrouw', 'female'], ['V', 'female'],
    ['kvinde', 'female'], ['kvinne', 'female'], ['nainen', 'female'], ['kobieta', 'female'],
    ['non-binary', 'other'], ['D', 'other'], ['divers', 'other'], ['X', 'other'], ['other', 'other'], ['annat', 'other'],
  ])('%s → %s', (v, g) => expect(genderValue(key(v))).toBe(g));
  it.each([...NOT_ANYTHING, 'maybe', 's', 'l', 'xl', 'anna'])('%s is no gender', (v) => expect(genderValue(key(v))).toBeNull());
});

describe('specialSubtypeOf', () => {
  it.each([
    ['catholic', 'religion'], ['katholisch', 'religion'], ['muslim', 'religion'], ['musulmán', 'religion'], ['judisk', 'religion'],
    ['hindu', 'religion'], ['ateist', 'religion'], ['prawosławny', 'religion'],
    ['hispanic', 'racial_ethnic_origin'], ['caucasian', 'racial_ethnic_origin'], ['white british', 'racial_ethnic_origin'], ['sámi', 'racial_ethnic_origin'],
    ['gay', 'sex_life_orientation'], ['bisexuell', 'sex_life_orientation'], ['lesbienne', 'sex_life_orientation'], ['homoseksualny', 'sex_life_orientation'],
    ['spd', 'political_opinion'], ['sverigedemokraterna', 'political_opinion'], ['partido popular', 'political_opinion'], ['socialist', 'political_opinion'],
    ['ig metall', 'trade_union'], ['unionen', 'trade_union'], ['cgt', 'trade_union'], ['trade union member', 'trade_union'], ['związek zawodowy', 'trade_union'],
    ['brca1', 'genetic'], ['voiceprint', 'biometric'],
  ])('%s → %s', (v, s) => expect(specialSubtypeOf(key(v))).toBe(s));
  it.each([...NOT_ANYTHING, 'white', 'black', 'mixed', 'green', 'liberal', 'conservative', 'labour', 'straight', 'roma', 'same'])('%s reveals nothing', (v) =>
    expect(specialSubtypeOf(key(v))).toBeNull(),
  );
});

describe('healthTermOf', () => {
  it.each([
    ['diabetes', 'condition'], ['asthma', 'condition'], ['astma', 'condition'], ['högt blodtryck', 'condition'], ['zuckerkrankheit', 'condition'],
    ['diabète', 'condition'], ['depresión', 'condition'], ['diabete', 'condition'], ['suikerziekte', 'condition'], ['sukkersyge', 'condition'],
    ['sokeritauti', 'condition'], ['cukrzyca', 'condition'], ['type 2 diabetes', 'condition'],
    ['metformin', 'medication'], ['metformina', 'medication'], ['metformine', 'medication'], ['metforminum', 'medication'],
    ['amlodipine', 'medication'], ['amlodipino', 'medication'], ['ibuprofeno', 'medication'], ['paracetamolo', 'medication'], ['sertraline', 'medication'],
  ])('%s → %s', (v, t) => expect(healthTermOf(key(v))).toBe(t));
  it.each([...NOT_ANYTHING, 'cold', 'aids', 'stroke', 'lithium', 'metro'])('%s is no health term', (v) => expect(healthTermOf(key(v))).toBeNull());
});

describe('isCriminalTerm', () => {
  it.each(['convicted', 'theft', 'fraud', 'dom', 'brott', 'stöld', 'bedrägeri', 'Diebstahl', 'vorbestraft', 'vol', 'casier judiciaire', 'robo', 'furto', 'diefstal', 'tyveri', 'varkaus', 'kradzież'])(
    '%s is criminal vocabulary',
    (v) => expect(isCriminalTerm(key(v))).toBe(true),
  );
  it.each([...NOT_ANYTHING, 'ran', 'volume', 'domain', 'robe'])('%s is not', (v) => expect(isCriminalTerm(key(v))).toBe(false));
});

describe('monthNumber', () => {
  it.each([
    ['january', 1], ['janvier', 1], ['stycznia', 1], ['tammikuuta', 1], ['feb', 2], ['märz', 3], ['maart', 3], ['maj', 5], ['mai', 5], ['mayo', 5],
    ['juillet', 7], ['août', 8], ['września', 9], ['okt', 10], ['dez', 12], ['diciembre', 12], ['grudnia', 12], ['joulukuuta', 12],
  ])('%s → %i', (m, n) => expect(monthNumber(key(m))).toBe(n));
  it.each(['anna', 'total', '12', 'foo'])('%s → 0', (m) => expect(monthNumber(m)).toBe(0));
});

describe('isIcd10Code', () => {
  it.each(['E11', 'E11.9', 'F32.A', 'U07.1', 'J45.90', 'E119', 'Z99'])('%s is an ICD-10 code', (c) => expect(isIcd10Code(c)).toBe(true));
  it.each(['e11', 'E1', 'EE11', 'E11.999', '123', 'E11.', 'E11-9', 'E123456'])('%s is not', (c) => expect(isIcd10Code(c)).toBe(false));
});

describe('isBloodType', () => {
  it.each(['A+', '0-', 'O+', 'AB-', 'AB Rh+', 'A pos', 'B neg', 'O negative', 'B Rh(D) positiv', 'A(+)', 'A Rh−', 'AB positivo'])('%s is a blood type', (b) =>
    expect(isBloodType(key(b))).toBe(true),
  );
  it.each(['A', 'AB', 'C+', 'A++', 'abc', 'B plus plus', '0', '+'])('%s is not', (b) => expect(isBloodType(key(b))).toBe(false));
});
