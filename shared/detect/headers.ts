/**
 * What a column header says. Headers are normalised to lower-case ASCII tokens, then matched on
 * whole tokens and token sequences against the multilingual dictionary in data/header-terms.ts;
 * the longest match wins. A header only hints: the classifier still needs the values to agree,
 * so a telling header over garbage never yields high confidence, and a cryptic header ("col7")
 * is left to the values entirely.
 */
import { HEADER_FILLERS, HEADER_MODIFIERS, HEADER_TERMS, KEY_QUALIFIERS, PERSON_CONTEXT } from './data/header-terms';
import { SCRIPT_HEADER_TERMS } from './data/script-header-terms';
import { parseDate } from './detectors/person';
import { foldDiacritics } from './text';
import type { CategoryId, HeaderHint } from './types';

const LOWER_UPPER = /(\p{Ll})(\p{Lu})/gu;
const ACRONYM_WORD = /(\p{Lu})(\p{Lu}\p{Ll})/gu;
const LETTER_DIGIT = /(\p{L})(\d)/gu;
const DIGIT_LETTER = /(\d)(\p{L})/gu;
/** "driver's license" is one word with its possessive; "nom d'usage" is two words. */
const POSSESSIVE = /['’`´](?=s(?:[^a-z]|$))/g;
const HASH_SIGN = /#/g;
/** "Nº", "N°" (numero sign, ordinal indicator, degree sign) read as "nr". */
const NUMERO_SIGN = /(^|[^\p{L}])[Nn]\s?[º°](?!\p{L})|№/gu;
const NON_TOKEN = /[^a-z0-9]+/g;

/**
 * Lower-case, diacritic-free tokens joined by one space: camelCase and letter–digit boundaries
 * split, separators (`_ - . / ( ) :` and the rest) become spaces, "#" reads as "nr".
 * 'FirstName' → 'first name', 'tel_nr' → 'tel nr', 'E-post' → 'e post', 'Geb.Datum' → 'geb datum'.
 */
export function normalizeHeader(h: string): string {
  const split = h
    .replace(NUMERO_SIGN, '$1 nr ')
    .replace(LOWER_UPPER, '$1 $2')
    .replace(ACRONYM_WORD, '$1 $2')
    .replace(LETTER_DIGIT, '$1 $2')
    .replace(DIGIT_LETTER, '$1 $2');
  return foldDiacritics(split)
    .replace(POSSESSIVE, '')
    .replace(HASH_SIGN, ' nr ')
    .replace(NON_TOKEN, ' ')
    .trim();
}

type Entry = {
  /** null for the "none" rows: a business phrase that blocks the strong word inside it. */
  readonly hint: HeaderHint | null;
  /** Counts only when the rest of the header is fillers, digits or person words. */
  readonly alone: boolean;
};

const TERMS: ReadonlyMap<string, Entry> = (() => {
  const map = new Map<string, Entry>();
  for (const [category, subtype, list] of HEADER_TERMS) {
    for (const raw of list.split(',')) {
      let term = raw.trim();
      let weak = false;
      let alone = false;
      while (term[0] === '~' || term[0] === '^') {
        if (term[0] === '~') weak = true;
        else alone = true;
        term = term.slice(1);
      }
      const key = normalizeHeader(term);
      const hint: HeaderHint | null =
        category === 'none' ? null : { category: category as CategoryId, subtype, strength: weak ? 'weak' : 'strong', term: key };
      map.set(key, { hint, alone });
    }
  }
  return map;
})();

const MAX_TERM_TOKENS = Math.max(...[...TERMS.keys()].map((k) => k.split(' ').length));

const fold = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(normalizeHeader));
const MODIFIERS = fold(HEADER_MODIFIERS);
const CONTEXT = fold(PERSON_CONTEXT);
const FILLERS = fold(HEADER_FILLERS);
const KEY_WORDS = fold(KEY_QUALIFIERS);

/**
 * Words that say "a name" or "an identifier" without saying whose: alone they are weak
 * ("Name", "ID", "Nr"), beside a person word they are strong ("customer name", "kund nr"),
 * beside anything else they are a business column ("product name", "order number").
 */
const weakHint = (category: CategoryId, term: string, strength: 'weak' | 'strong'): HeaderHint => ({ category, subtype: null, strength, term });
const GENERIC: ReadonlyMap<string, CategoryId> = new Map([
  ...['name', 'names', 'nm'].map((t) => [t, 'person_name'] as const),
  ...'id ident identifier number num no nr nro nummer numero numer code kod koodi codigo codice cod'.split(' ').map((t) => [t, 'customer_id'] as const),
]);

type Found = { start: number; end: number; entry: Entry };

/**
 * The category a header names, or null. `strong` when it names the category outright
 * ("email", "personnummer", "customer name"), `weak` when merely suggestive ("name", "id",
 * "genre"). Headers about the data rather than the data ("email_verified", "phone_count",
 * "password_changed_at") and headers that are themselves data (the first row of a headerless
 * file: "anna@example.com", "811218-9876") give null.
 */
export function classifyHeader(h: string): HeaderHint | null {
  if (h.length === 0 || h.length > 120 || h.includes('@')) return null;
  if (!mostlyLetters(h, 0)) return null;
  const question = isQuestion(h);
  const tokens = normalizeHeader(h.replace(FORM_ANNOTATION, ' '))
    .split(' ')
    .filter((t) => t.length > 0 && !(question && QUESTION_WORDS.has(t)))
    .flatMap(splitCompound);
  if (tokens.length === 0) return scriptHint(h);

  const best = longestTerm(tokens);
  if (best?.entry.hint === null) return null;
  const generic = genericHint(tokens);

  let chosen: { hint: HeaderHint; start: number; end: number } | null = null;
  // "user id", "contact name": a person word on its own is weaker than the identifier it qualifies.
  if (best && best.entry.hint && best.entry.hint.strength === 'strong' && !(generic?.hint.strength === 'strong' && CONTEXT.has(best.entry.hint.term))) {
    chosen = { hint: best.entry.hint, start: best.start, end: best.end };
  } else if (generic?.hint.strength === 'strong') chosen = generic;
  else if (best?.entry.hint) chosen = { hint: best.entry.hint, start: best.start, end: best.end };
  else chosen = generic;

  if (chosen === null) return scriptHint(h);
  if (hasModifier(tokens, chosen.start, chosen.end)) return null;
  if (best && chosen.hint === best.entry.hint && isWhichAddress(best) && tokens.slice(chosen.end).some((t) => IMPERSONAL_ADDRESS_PARTS.has(t))) return null;
  return bothNameParts(tokens, chosen) ?? chosen.hint;
}

/**
 * Form and survey exports (Google Forms, Typeform, Microsoft Forms) head each column with the
 * question asked: "What is your age?", "Please enter your e-mail address", "Phone number
 * (optional)". The question's scaffolding is not part of what it asks for, and "is" there is not
 * the "is_verified" of a flag column.
 */
const QUESTION_WORDS = fold(['what', 'whats', 'which', 'is', 'are', 'please', 'enter', 'provide', 'give', 'you', 'do', 'does', 'when', 'where', 'tell', 'us']);
const QUESTION_START = /^\s*(?:what|which|please|enter|when|where)\b/i;
/** A form's note on a field, or its mark for a required one. */
const FORM_ANNOTATION =
  /\((?:optional|required|if any|if applicable|valfritt|frivilligt|optionnel|facultatif|opcional|facoltativo|freiwillig|optioneel|valgfritt|valgfri|vapaaehtoinen|opcjonalnie)\)|\*+\s*$/gi;

function isQuestion(h: string): boolean {
  return h.trimEnd().endsWith('?') || QUESTION_START.test(h);
}

/**
 * Words of a header that dates an event ("START", "Created at", "Order date", "Fecha",
 * "Startdatum"): its dates are not birth dates however widely their years spread (a patient's
 * conditions, recorded since birth, span decades too). "Födelsedatum" and "Geburtsdatum" are
 * compounds of a date word too, and name a birth date.
 */
const EVENT_DATE_WORDS = fold([
  'date', 'dato', 'datum', 'fecha', 'data', 'start', 'started', 'stop', 'end', 'ended', 'begin', 'from', 'to', 'since', 'until',
  'created', 'updated', 'modified', 'timestamp', 'time', 'admission', 'admitted', 'discharge', 'discharged', 'visit',
  'encounter', 'onset', 'diagnosed', 'order', 'ordered', 'transaction', 'invoice', 'payment', 'paid', 'shipped',
  'delivered', 'issued', 'expiry', 'expires', 'expiration', 'due', 'signup', 'registered', 'joined', 'hired', 'death',
  'deceased', 'skapad', 'erstellt', 'beginn', 'ende', 'debut', 'fin', 'inicio', 'alta', 'baja',
]);
/** Compounds that date something other than a birth: "Startdatum", "Orderdatum", "Eintrittsdatum". */
const EVENT_DATE_SUFFIXES = ['datum', 'dato', 'date'];

export function namesEventDate(header: string): boolean {
  if (classifyHeader(header)?.category === 'date_of_birth') return false;
  return normalizeHeader(header)
    .split(' ')
    .some((t) => EVENT_DATE_WORDS.has(t) || EVENT_DATE_SUFFIXES.some((x) => t.length > x.length + 2 && t.endsWith(x)));
}

/** Lower case, separators as one space: how script headers and their terms are compared. */
function normalizeScript(h: string): string {
  return h.toLowerCase().replace(/[\s_\-./:()（）・·,]+/gu, ' ').trim();
}

const SCRIPT_TERMS: readonly { text: string; whole: boolean; hint: HeaderHint }[] = (() => {
  const terms = [];
  for (const [category, subtype, list] of SCRIPT_HEADER_TERMS) {
    for (const raw of list.split(',')) {
      const weak = raw.trim().startsWith('~');
      const whole = raw.trim().replace(/^~/, '').startsWith('^');
      const text = normalizeScript(raw.trim().replace(/^[~^]+/, ''));
      if (text) terms.push({ text, whole, hint: { category: category as CategoryId, subtype, strength: weak ? ('weak' as const) : ('strong' as const), term: text } });
    }
  }
  // Longest first: the first term found is the most specific one.
  return terms.sort((a, b) => b.text.length - a.text.length);
})();

/**
 * A header in a script the token dictionary cannot hold (Chinese, Japanese, Korean, Cyrillic,
 * Greek, Arabic, Hebrew), by the longest term of data/script-header-terms.ts it contains.
 */
function scriptHint(h: string): HeaderHint | null {
  if (!NON_LATIN_LETTER.test(h)) return null;
  const text = normalizeScript(h);
  for (const term of SCRIPT_TERMS) {
    if (term.whole ? text === term.text : text.includes(term.text)) return term.hint;
  }
  return null;
}

/** A letter outside the Latin script: the only headers `scriptHint` looks at. */
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/**
 * Germanic compounds glue the person word to the identifier word: "Kundenr", "Ansattnr",
 * "Lidnummer", "Werknemersnummer" read as "kunde nr", "ansatt nr", "lid nummer", "werknemer
 * nummer". Split only when the first part is a person word, so "Casino" or "Valid" stay whole.
 */
function splitCompound(token: string): string[] {
  if (TERMS.has(token) || GENERIC.has(token)) return [token];
  for (const suffix of GENERIC.keys()) {
    if (token.length < suffix.length + 3 || !token.endsWith(suffix)) continue;
    const head = token.slice(0, -suffix.length);
    // A linking -s- or -e- ("Mitglieds-", "Werknemers-") belongs to the compound, not the word.
    for (const word of [head, head.replace(/[se]$/, '')]) if (CONTEXT.has(word)) return [word, suffix];
  }
  return [token];
}

/**
 * "Name, Vorname", "Efternamn Förnamn", "Last, First name": a header naming both parts of a
 * name is a column of whole names, whichever part it names first.
 */
function bothNameParts(tokens: string[], chosen: { hint: HeaderHint; start: number; end: number }): HeaderHint | null {
  const { category } = chosen.hint;
  if (category !== 'first_name' && category !== 'last_name') return null;
  const other: CategoryId = category === 'first_name' ? 'last_name' : 'first_name';
  const rest = [...tokens.slice(0, chosen.start), ...tokens.slice(chosen.end)];
  const named = rest.some((t) => GENERIC.get(t) === 'person_name') && category === 'first_name';
  const found = named || longestTerm(rest)?.entry.hint?.category === other;
  return found ? { category: 'person_name', subtype: null, strength: 'strong', term: tokens.join(' ') } : null;
}

function longestTerm(tokens: string[]): Found | null {
  let best: Found | null = null;
  for (let i = 0; i < tokens.length; i++) {
    for (let len = Math.min(MAX_TERM_TOKENS, tokens.length - i); len >= 1; len--) {
      const entry = TERMS.get(tokens.slice(i, i + len).join(' '));
      if (!entry) continue;
      if (entry.alone && !restIsIgnorable(tokens, i, i + len)) continue;
      const found = { start: i, end: i + len, entry };
      if (best === null || beats(found, best)) best = found;
      break;
    }
  }
  return best;
}

/**
 * Longer wins; at equal length a blocker or a strong term beats a weak one; else the first stays.
 * Except after a term for a whole address: in "Default Address City", "Address 1 - Zip" or
 * "Billing Address Phone" it only says which address, and the part named after it is the column.
 */
function beats(a: Found, b: Found): boolean {
  if (a.start >= b.end && a.entry.hint !== null && isWhichAddress(b)) return true;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return rank(a.entry) > rank(b.entry);
}

/** A term for an address as a whole ("address", "billing address"), as opposed to a street, a house number or a town. */
function isWhichAddress(f: Found): boolean {
  const hint = f.entry.hint;
  return hint?.category === 'street_address' && ADDRESS_WORDS.has(hint.term.slice(hint.term.lastIndexOf(' ') + 1));
}

const ADDRESS_WORDS = fold(['address', 'addresses', 'addr', 'adress', 'adresse', 'anschrift', 'dirección', 'indirizzo', 'adres', 'osoite', 'endereço']);
/** After a term for a whole address, parts of an address that point at no one: "Default Address Province", "Address Company". */
const IMPERSONAL_ADDRESS_PARTS = fold(['company', 'firm', 'firma', 'företag', 'organisation', 'organization', 'region', 'province', 'county']);

function rank(e: Entry): number {
  if (e.hint === null) return 2;
  return e.hint.strength === 'strong' ? 1 : 0;
}

function genericHint(tokens: string[]): { hint: HeaderHint; start: number; end: number } | null {
  const at = tokens.findIndex((t) => GENERIC.has(t));
  if (at < 0) return null;
  const category = GENERIC.get(tokens[at]) as CategoryId;
  let context = false;
  let unknown = false;
  tokens.forEach((t, i) => {
    if (i === at || GENERIC.has(t) || isIgnorable(t)) return;
    if (CONTEXT.has(t)) context = true;
    else if (!MODIFIERS.has(t) && !(category === 'customer_id' && KEY_WORDS.has(t))) unknown = true;
  });
  if (context) return { hint: weakHint(category, tokens[at], 'strong'), start: at, end: at + 1 };
  if (unknown) return null;
  return { hint: weakHint(category, tokens[at], 'weak'), start: at, end: at + 1 };
}

function restIsIgnorable(tokens: string[], start: number, end: number): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (i >= start && i < end) continue;
    if (!isIgnorable(tokens[i]) && !CONTEXT.has(tokens[i])) return false;
  }
  return true;
}

function isIgnorable(t: string): boolean {
  return FILLERS.has(t) || isDigits(t);
}

/** A modifier word or two-word modifier ("opt in", "number of") outside the matched term. */
function hasModifier(tokens: string[], start: number, end: number): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (i >= start && i < end) continue;
    if (MODIFIERS.has(tokens[i])) return true;
    const next = i + 1 < tokens.length && (i + 1 < start || i + 1 >= end) ? tokens[i + 1] : null;
    if (next !== null && MODIFIERS.has(`${tokens[i]} ${next}`)) return true;
  }
  return false;
}

function isDigits(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return t.length > 0;
}

/** At least one letter, and digits do not outnumber letters by more than `slack`. */
function mostlyLetters(s: string, slack: number): boolean {
  let letters = 0;
  let digits = 0;
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') digits++;
    else if (LETTER.test(ch)) letters++;
  }
  return letters > 0 && digits <= letters + slack;
}

const STARTS_LIKE_LABEL = /^[\p{L}#_]/u;
/** Any script's letters: Chinese, Japanese and Arabic letters have no case. */
const LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * True when a cell could be a column label: short, starts with a letter, mostly letters, not an
 * e-mail, URL, date or code-like value ("ABC123", "E11.9"). The readers use it to decide whether
 * a first row is a header row; a name like "Anna Svensson" passes, so they compare rows too.
 */
export function headerLooksLikeLabel(cell: string): boolean {
  const t = cell.trim();
  if (t.length < 2 || t.length > 64) return false;
  if (t.includes('@') || t.includes('://') || !STARTS_LIKE_LABEL.test(t)) return false;
  if (!mostlyLetters(t, 2) || t.split(/\s+/).length > 8) return false;
  let digits = 0;
  for (const ch of t) if (ch >= '0' && ch <= '9') digits++;
  if (digits >= 3 && !HAS_LOWER.test(t)) return false;
  return parseDate(t) === null;
}
