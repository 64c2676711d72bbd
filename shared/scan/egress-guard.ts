/**
 * The last check before anything leaves the process for an AI service: the detection engine is
 * run again over the exact text about to be sent, and the send is refused when any piece of it
 * validates as personal data or a credential. Masked samples can never validate (every one
 * holds `*`, which no validator accepts), so this only fires when something unmasked slipped
 * into the payload — a header that is itself an e-mail address, a sheet named after a person's
 * id number, or a future bug in how the prompt is built.
 */
import { ColumnStats } from '../detect/column';
import { scanFreeText } from '../detect/free-text';
import { detectCell } from '../detect/prefilter';
import type { CategoryId } from '../detect/types';

/**
 * Categories a validator (checksum, Luhn, mod-97, e-mail TLD, libphonenumber, address syntax)
 * or a credential rule confirms. Vocabulary matches (a word that is also a name, a city or a
 * diagnosis) are not proof of personal data in a prompt that names categories by design.
 */
const VALIDATED: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'email', 'phone', 'national_id', 'iban', 'bank_account', 'credit_card', 'ip_address', 'mac_address', 'device_id',
  'password_raw', 'password_hash', 'secret',
]);

/** Pieces longer than this are scanned as free text only (the engine's own cell routing does the same). */
const MAX_PIECE = 4096;

/**
 * The validated categories found anywhere in `text`, sorted; empty means the text may be sent.
 * Every quoted or line-separated piece is scanned as a cell (so a bare value in a JSON string is
 * judged as the engine would judge a cell), and the whole text is scanned as free text (so a
 * value inside a sentence or spanning punctuation is found too).
 */
export function findPersonalData(text: string): CategoryId[] {
  const found = new Set<CategoryId>();
  const collect = (col: ColumnStats) => {
    for (const c of col.byCategory.keys()) if (VALIDATED.has(c)) found.add(c);
    for (const c of col.inText.keys()) if (VALIDATED.has(c)) found.add(c);
    for (const c of col.credentialCells.keys()) found.add(c);
  };

  const cells = new ColumnStats(0, '', null);
  for (const raw of text.split(/["\n]/)) {
    const piece = raw.trim();
    if (piece === '' || piece.length > MAX_PIECE) continue;
    cells.begin(piece);
    detectCell(piece, cells);
  }
  collect(cells);

  const prose = new ColumnStats(0, '', null);
  prose.begin(text);
  prose.enterText();
  scanFreeText(text, prose);
  collect(prose);
  return [...found].sort();
}
