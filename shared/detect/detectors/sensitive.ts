/**
 * Detectors for the GDPR's most protected data: health (Art. 9), the other Art. 9 special
 * categories, and criminal convictions and offences (Art. 10). They recognise values by
 * vocabulary and by the two formats health data has (ICD-10 codes, blood groups). The free-text
 * scanner calls them on single words and short phrases of running text, so every list they
 * consult leaves out words that are also everyday vocabulary (see the data modules).
 */
import { foldDiacritics } from '../text';
import type { Detector, Match, SpecialSubtype } from '../types';
import { healthTermOf, type HealthTerm, isBloodType, isConvictionWord, isCriminalTerm, isIcd10Code, specialSubtypeOf } from '../vocab';

const ICD10: Match = { category: 'health', subtype: null, evidence: 'vocab:icd10' };
const BLOOD_TYPE: Match = { category: 'health', subtype: null, evidence: 'vocab:blood_type' };
const CONDITION: Match = { category: 'health', subtype: null, evidence: 'vocab:condition' };
const MEDICATION: Match = { category: 'health', subtype: null, evidence: 'vocab:medication' };
const CRIMINAL: Match = { category: 'criminal', subtype: null, evidence: 'vocab:criminal' };

const special = (subtype: SpecialSubtype): Match => ({ category: 'special_category', subtype, evidence: `vocab:${subtype}` });
const SPECIAL: Readonly<Record<SpecialSubtype, Match>> = {
  racial_ethnic_origin: special('racial_ethnic_origin'),
  political_opinion: special('political_opinion'),
  religion: special('religion'),
  trade_union: special('trade_union'),
  genetic: special('genetic'),
  biometric: special('biometric'),
  sex_life_orientation: special('sex_life_orientation'),
};

/** "Metformin 500 mg", "Ibuprofen 400mg x3": a prescription line names the drug before its dose. */
const DOSE = /\s+\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ug|g|ml|iu|ie|ui|mmol|%)(?:\s.*)?$/;

const HAS_DIGIT = /\d/;

/**
 * SNOMED CT's semantic tags: "Acute viral pharyngitis (disorder)", "Body mass index 30+ -
 * obesity (finding)", "Appendectomy (procedure)", the descriptions clinical systems and Synthea
 * export. A term so tagged is a clinical fact about the patient, whatever the words.
 */
const SNOMED_TAG = /\S\s\((?:disorder|finding|situation|procedure|morphologic abnormality|disease)\)$/;

/** How clinical terms qualify a condition the vocabulary names: "Acute bronchitis", "Chronic sinusitis". */
const CLINICAL_QUALIFIERS = /^(?:(?:acute|chronic|viral|bacterial|severe|mild|moderate|recurrent|seasonal|allergic|essential|primary|secondary|suspected|idiopathic|uncomplicated|streptococcal|history of)\s+)+/;
/** …and what follows it: "Osteoarthritis of knee", "Migraine with aura", "Neuropathy due to diabetes". */
const CLINICAL_TAIL = /\s+(?:of|with|without|due to|in)\s.*$/;

/** A condition named with a clinician's qualifiers around a term of the vocabulary. */
function clinicalTermOf(key: string): HealthTerm | null {
  const core = key.replace(CLINICAL_QUALIFIERS, '').replace(CLINICAL_TAIL, '');
  return core !== key && core.length > 0 ? healthTermOf(core) : null;
}

/** A longer value is a sentence; the free-text scanner splits those into words first. */
const MAX_TERM_LENGTH = 60;

/** ICD-10 codes, blood groups, known conditions and medications (with or without a dose). */
export const detectHealth: Detector = (value, sink) => {
  if (value.length < 2 || value.length > MAX_TERM_LENGTH) return;
  if (isIcd10Code(value)) return sink.match(ICD10);
  const key = foldDiacritics(value);
  if (isBloodType(key)) return sink.match(BLOOD_TYPE);
  if (SNOMED_TAG.test(key)) return sink.match(CONDITION);
  const term = healthTermOf(key) ?? (HAS_DIGIT.test(key) ? healthTermOf(key.replace(DOSE, '')) : clinicalTermOf(key));
  if (term === 'condition') sink.match(CONDITION);
  else if (term === 'medication') sink.match(MEDICATION);
};

/** Religion, ethnic origin, sexual orientation, political opinion, trade union, genetic or biometric values. */
export const detectSpecialCategory: Detector = (value, sink) => {
  if (value.length < 2 || value.length > MAX_TERM_LENGTH) return;
  const subtype = specialSubtypeOf(foldDiacritics(value));
  if (subtype !== null) sink.match(SPECIAL[subtype]);
};

/** A word of running text that says someone was convicted or sentenced (free-text.ts). */
export const detectConvictionWord: Detector = (value, sink) => {
  if (isConvictionWord(foldDiacritics(value))) sink.match(CRIMINAL);
};

/** Convictions, sentences and offences ("convicted", "stöld", "Diebstahl", "casier judiciaire"). */
export const detectCriminal: Detector = (value, sink) => {
  if (value.length < 2 || value.length > MAX_TERM_LENGTH) return;
  if (isCriminalTerm(foldDiacritics(value))) sink.match(CRIMINAL);
};
