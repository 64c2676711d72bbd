/**
 * CSV output that a spreadsheet cannot turn into a formula (ASVS 5.0 1.2.10, OWASP "CSV
 * injection"). Lives in shared/ because every CSV Veil writes — the audit export, remediated
 * files, report exports — must go through it. papaparse's `escapeFormulae` misses NUL and the
 * full-width forms, hence our own.
 */

/**
 * A cell that would start with one of these is prefixed with `'`: = + - @ (formula starts),
 * TAB, CR and NUL (spreadsheets skip them before looking for a formula), and the full-width
 * ＝ ＋ － ＠ that some spreadsheet locales normalise to their ASCII forms.
 */
const TRIGGER = /^'*[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Returns the cell text with a leading `'` when it is trigger-led. Leading apostrophes before a
 * trigger count too ("'=1" becomes "''=1"), so stripping one `'` from a re-parsed cell that is
 * followed by `'*` and a trigger always gives the original text back.
 */
export function neutraliseCell(value: string): string {
  return TRIGGER.test(value) ? `'${value}` : value;
}

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF, with quotes doubled. */
export function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV record (CRLF-terminated, RFC 4180 §2.1) of neutralised, quoted cells; null is empty. */
export function csvRow(cells: ReadonlyArray<string | number | boolean | null>): string {
  return cells.map((c) => (c === null ? '' : quoteField(neutraliseCell(String(c))))).join(',') + '\r\n';
}
