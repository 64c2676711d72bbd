/**
 * Types shared by every part of the detection engine. The engine is pure: it runs unchanged in
 * the browser (web-prescan), the API, the worker and the CLI, so nothing here may touch Node or
 * DOM APIs (tsconfig.detect.json enforces that).
 */

/** Contract §1 vocabulary. Ids are stable: clients and stored reports depend on them. */
export type CategoryId =
  | 'email'
  | 'phone'
  | 'person_name'
  | 'first_name'
  | 'last_name'
  | 'street_address'
  | 'postal_code'
  | 'city'
  | 'date_of_birth'
  | 'age'
  | 'gender'
  | 'national_id'
  | 'passport'
  | 'drivers_license'
  | 'iban'
  | 'bank_account'
  | 'credit_card'
  | 'card_security_code'
  | 'ip_address'
  | 'mac_address'
  | 'device_id'
  | 'geo_location'
  | 'license_plate'
  | 'username'
  | 'customer_id'
  | 'health'
  | 'special_category'
  | 'criminal'
  | 'password_raw'
  | 'password_hash'
  | 'secret'
  | 'free_text_pii'
  | 'none';

/** Contract §1 `national_id` subtypes. */
export type NationalIdSubtype =
  | 'ssn_us'
  | 'personnummer_se'
  | 'samordningsnummer_se'
  | 'fodselsnummer_no'
  | 'cpr_dk'
  | 'hetu_fi'
  | 'pesel_pl'
  | 'bsn_nl'
  | 'nir_fr'
  | 'dni_es'
  | 'nie_es'
  | 'codice_fiscale_it'
  | 'steuer_id_de'
  | 'nino_uk'
  | 'other';

/** Art. 9 subtypes of `special_category`. */
export type SpecialSubtype =
  | 'racial_ethnic_origin'
  | 'political_opinion'
  | 'religion'
  | 'trade_union'
  | 'genetic'
  | 'biometric'
  | 'sex_life_orientation';

export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

/**
 * A cell-level detection. Detectors return shared constant objects (never a fresh allocation per
 * cell) because the engine runs tens of millions of cells per file.
 *
 * `evidence` is the short machine-readable reason that ends up in the report, e.g.
 * `validator:luhn`, `pattern:email`, `vocab:given_name`.
 */
export type Match = {
  readonly category: CategoryId;
  readonly subtype: string | null;
  readonly evidence: string;
};

/**
 * Where detectors report. The column accumulator implements it; tests use a recording sink.
 * - `match`: the value validated as `m` (a detector may report several, e.g. a 10-digit string
 *   that is both a valid Swedish personnummer and a valid Danish CPR).
 * - `miss`: the value had the right shape but a validator refused it (`luhn`, `mod97`, `date`,
 *   `checksum:pesel`…). Near-misses are evidence too: a 16-digit column where 90% fail Luhn is a
 *   column of references, not cards.
 */
export type HitSink = {
  match(m: Match): void;
  miss(validator: string): void;
};

/** A detector looks at one trimmed, non-empty cell. It must be safe on any string and bail fast. */
export type Detector = (value: string, sink: HitSink) => void;

/** What a header tells, from the multilingual dictionary in headers.ts. */
export type HeaderHint = {
  readonly category: CategoryId;
  readonly subtype: string | null;
  /** `strong`: the header names the category outright (`email`, `personnummer`); `weak`: suggestive (`id`, `nummer`, `kod`). */
  readonly strength: 'strong' | 'weak';
  /** The dictionary term that matched, for evidence (`header:email`). */
  readonly term: string;
};

/** Brand that only mask.ts can produce: the only form of a cell value allowed to leave the process. */
declare const masked: unique symbol;
export type MaskedSample = string & { readonly [masked]: true };
