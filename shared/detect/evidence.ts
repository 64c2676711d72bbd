/**
 * How much a piece of cell-level evidence proves on its own. The classifier and the column
 * statistics both need this, so it lives in one place.
 */

/** Evidence that proves only a shape: meaningful when the header agrees, never alone. */
export const SHAPE_ONLY: ReadonlySet<string> = new Set([
  'validator:ssn_us_bare',
  'pattern:hex_digest',
  'pattern:uuid',
  'pattern:plate',
  'pattern:age',
  'pattern:date',
  'validator:aba',
  'pattern:handle',
  // Abe604: a name with a number, as test data writes them, or a user's handle.
  'pattern:numbered_name',
  // 612345678, 46701234567: a phone number in some plan, like many order ids.
  'pattern:phone_unformatted',
  'pattern:phone_other_plan',
  // Letter + two digits is as often a batch, seat or grid code as a diagnosis.
  'vocab:icd10',
]);

/** Checksums that random digits pass often (mod 10 or mod 11: about one in ten), and their like among word evidence. */
export const CHANCE_PRONE: ReadonlySet<string> = new Set([
  'validator:luhn',
  'validator:imei',
  'validator:kontonummer_no',
  'validator:bsn_nl',
  'validator:steuer_id_de',
  'validator:kvnr_de',
  'validator:aadhaar_in',
  'validator:cpr_dk_date',
  // A given name beside any capitalised word: "Anna Okänd", but also "Stella Mug", "Vienna Desk".
  'vocab:given_name_capitalised',
]);
