import type { ColumnStats } from './column';
import { detectEmail, detectPhone } from './detectors/contact';
import { detectIp } from './detectors/device';
import { detectCard, detectIban } from './detectors/financial';
import { detectNationalId } from './detectors/national-id';
import { detectPersonName } from './detectors/person';
import { detectConvictionWord, detectHealth, detectSpecialCategory } from './detectors/sensitive';
import { detach, foldDiacritics } from './text';
import type { HitSink, Match } from './types';
import { isGivenName } from './vocab';

/** A run of digits and the separators people type inside numbers, with at least six digits. */
const NUMBER_SPAN = /\+?\(?\d[\d ()./-]{4,}\d/g;
/** An IBAN as printed in running text: country, check digits, then groups. */
const IBAN_SPAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
const EDGE_PUNCTUATION = /^[\s,.;:!?()[\]{}"'<>«»„“”‘’]+|[\s,.;:!?()[\]{}"'<>«»„“”‘’]+$/g;

/**
 * Looks inside a free-text cell (a support ticket, a note, a comment) for the personal data a
 * sentence can carry: e-mails, phone numbers, ids and card numbers typed with spaces, IBANs,
 * IP addresses, names next to each other, health and Art. 9 vocabulary, words of a conviction. What it finds
 * is reported to the column in text mode, so the classifier can call the column `free_text_pii`
 * and list what it contains without letting one sentence decide the column's category.
 */
export function scanFreeText(text: string, s: ColumnStats): void {
  for (const span of text.match(NUMBER_SPAN) ?? []) {
    const digits = countDigits(span);
    if (digits < 6) continue;
    const trimmed = span.trim();
    detectNationalId(trimmed, s);
    detectPhone(trimmed, s);
    if (digits >= 12) detectCard(trimmed, s);
  }
  for (const span of text.match(IBAN_SPAN) ?? []) detectIban(span, s);

  const tokens = text.split(/\s+/).map((raw) => raw.replace(EDGE_PUNCTUATION, ''));
  let previous = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.length === 0) continue;
    if (token.includes('@')) detectEmail(token, s);
    else if (token.length >= 7 && token.indexOf('.') !== token.lastIndexOf('.')) detectIp(token, s);
    else if (token.length >= 8 && token.length <= 20 && /\d/.test(token) && /[A-Za-z]/.test(token)) {
      detectNationalId(token, s);
      detectIban(token, s);
    } else if (token.length >= 2 && token.length <= 40) {
      for (const m of vocabularyOf(token)) {
        if (m.category !== 'special_category' || !isNameBesideName(token, previous, tokens[i + 1] ?? '')) s.match(m);
      }
      if (isCapitalised(token) && isCapitalised(previous)) detectPersonName(`${previous} ${token}`, s);
    }
    previous = token;
  }
}

/**
 * The words of running text repeat (a few thousand make up most of any language's prose), so
 * what the health, Art. 9 and criminal vocabularies say of a word is remembered. Bounded: the
 * memo starts over when full, which costs only recomputation.
 */
const WORD_MEMO_MAX = 50_000;
const wordMemo = new Map<string, readonly Match[]>();
const NOTHING: readonly Match[] = [];

function vocabularyOf(word: string): readonly Match[] {
  let found = wordMemo.get(word);
  if (found) return found;
  const hits: Match[] = [];
  const recorder: HitSink = { match: (m) => void hits.push(m), miss: () => {} };
  detectHealth(word, recorder);
  detectSpecialCategory(word, recorder);
  detectConvictionWord(word, recorder);
  found = hits.length > 0 ? hits : NOTHING;
  if (wordMemo.size >= WORD_MEMO_MAX) wordMemo.clear();
  wordMemo.set(detach(word), found);
  return found;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Sami Bouajila, Christian Svensson: a given name beside another name is a name, not a faith or a people. */
function isNameBesideName(word: string, before: string, after: string): boolean {
  return isCapitalised(word) && (isCapitalised(before) || isCapitalised(after)) && isGivenName(foldDiacritics(word));
}

function isCapitalised(word: string): boolean {
  if (word.length < 2) return false;
  const first = word[0];
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
}
