import { describe, expect, it } from 'vitest';
import { detectCriminal, detectHealth, detectSpecialCategory } from '../../../shared/detect/detectors/sensitive';
import { labels, run } from '../../support/sink';
import type { Detector } from '../../../shared/detect/types';

const evidence = (d: Detector, v: string) => run(d, v).matches.map((m) => m.evidence);
const NEVER = ['Apple', 'Total', 'N/A', 'yes', 'no', 'anna@example.com', '12345', '42.50', 'Stockholm', 'Anna Svensson', 'the', 'x'];

describe('detectHealth', () => {
  it.each(['E11', 'E11.9', 'J45.90', 'F32.A', 'U07.1', 'E119', 'C50'])('%s is an ICD-10 code', (v) => expect(evidence(detectHealth, v)).toEqual(['vocab:icd10']));

  it.each(['A+', 'O-', '0+', 'AB-', 'AB Rh+', 'A pos', 'B neg', 'O negative', 'AB positiv', 'A(+)', 'A Rh−', '0 Rh-'])('%s is a blood type', (v) =>
    expect(evidence(detectHealth, v)).toEqual(['vocab:blood_type']),
  );

  it.each([
    'diabetes', 'Asthma', 'Depression', 'type 2 diabetes', 'high blood pressure', 'astma', 'högt blodtryck', 'sjukskriven',
    'Zuckerkrankheit', 'Schwangerschaft', 'diabète', 'sclérose en plaques', 'asma', 'depresión', 'diabete', 'emicrania',
    'suikerziekte', 'sukkersyge', 'kreft', 'sokeritauti', 'masennus', 'cukrzyca', 'padaczka', 'Epilepsie',
  ])('%s is a condition', (v) => expect(evidence(detectHealth, v)).toEqual(['vocab:condition']));

  it.each(['metformin', 'Metformina', 'metformine', 'Atorvastatin', 'amlodipino', 'Ibuprofeno', 'paracetamolo', 'sertraline', 'Metformin 500 mg', 'Ibuprofen 400mg x3'])(
    '%s is a medication',
    (v) => expect(evidence(detectHealth, v)).toEqual(['vocab:medication']),
  );

  it.each([...NEVER, 'e11', 'E1', 'A', 'AB', 'C+', 'cold', 'aids', 'stroke', 'lithium', 'pressure', 'A1234B'])('%s is not health data', (v) =>
    expect(labels(detectHealth, v)).toEqual([]),
  );

  it.each([
    'Acute viral pharyngitis (disorder)', 'Body mass index 30+ - obesity (finding)', 'Appendectomy (procedure)', 'Essential hypertension',
    'Chronic sinusitis', 'Acute bronchitis', 'Osteoarthritis of knee', 'Migraine with aura', 'Sprain of ankle', 'Prediabetes',
  ])('%s is a condition as clinical systems write them', (v) => expect(evidence(detectHealth, v)).toEqual(['vocab:condition']));

  it.each(['Bank of America', 'Acute', 'Chronic', 'Seasonal sale', 'Moderate risk', 'Red (color)', 'Gerd', 'Shingles'])('%s is not health data either', (v) =>
    expect(labels(detectHealth, v)).toEqual([]),
  );

  it('returns the same Match object for every cell', () => {
    expect(run(detectHealth, 'asthma').matches[0]).toBe(run(detectHealth, 'diabetes').matches[0]);
  });
});

describe('detectSpecialCategory', () => {
  it.each([
    ['Catholic', 'religion'], ['katholisch', 'religion'], ['Muslim', 'religion'], ['musulmán', 'religion'], ['Jødisk', 'religion'],
    ['Hindu', 'religion'], ['evangelisch', 'religion'], ['ortodoksi', 'religion'], ['Świadek Jehowy', 'religion'],
    ['Hispanic', 'racial_ethnic_origin'], ['Black Caribbean', 'racial_ethnic_origin'], ['Sámi', 'racial_ethnic_origin'], ['gitano', 'racial_ethnic_origin'],
    ['gay', 'sex_life_orientation'], ['Bisexual', 'sex_life_orientation'], ['homosexuell', 'sex_life_orientation'], ['lesbienne', 'sex_life_orientation'],
    ['SPD', 'political_opinion'], ['Sverigedemokraterna', 'political_opinion'], ['Partido Popular', 'political_opinion'], ['GroenLinks', 'political_opinion'],
    ['Kokoomus', 'political_opinion'], ['Prawo i Sprawiedliwość', 'political_opinion'], ['socialist', 'political_opinion'],
    ['IG Metall', 'trade_union'], ['Unionen', 'trade_union'], ['CGT', 'trade_union'], ['FNV', 'trade_union'], ['trade union member', 'trade_union'],
    ['BRCA1', 'genetic'], ['voiceprint', 'biometric'],
  ])('%s → %s', (v, subtype) => {
    expect(labels(detectSpecialCategory, v)).toEqual([subtype]);
    expect(evidence(detectSpecialCategory, v)).toEqual([`vocab:${subtype}`]);
  });

  it.each([...NEVER, 'White', 'Black', 'Green', 'Liberal', 'Conservative', 'Labour', 'straight', 'other', 'Roma', 'same', 'union'])('%s reveals nothing', (v) =>
    expect(labels(detectSpecialCategory, v)).toEqual([]),
  );
});

describe('detectCriminal', () => {
  it.each([
    'convicted', 'theft', 'fraud', 'assault', 'drunk driving', 'criminal record', 'dom', 'brott', 'stöld', 'bedrägeri', 'Diebstahl',
    'vorbestraft', 'vol', 'casier judiciaire', 'robo', 'antecedentes penales', 'furto', 'diefstal', 'tyveri', 'dømt', 'varkaus', 'kradzież',
  ])('%s is criminal', (v) => expect(evidence(detectCriminal, v)).toEqual(['vocab:criminal']));

  it.each([...NEVER, 'ran', 'rån', 'volume', 'domain', 'rob'])('%s is not', (v) => expect(labels(detectCriminal, v)).toEqual([]));
});
