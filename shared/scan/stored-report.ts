/**
 * The report as stored in `jobs.report` and served by `GET /jobs/:id`: the contract §2 report,
 * with `ai: {label, rationale, model}` on the columns AI classification looked at (contract §3)
 * and one additive field, `analysis`, that says what was done to produce it:
 *
 * - `analysis.piiClassification`: `done`, or `skipped` when the org turned its GDPR check off.
 *   A skipped report keeps the credential verdict only — `rejected`/`rejectReasons`, and the
 *   columns whose category is a credential (`password_hash`; `password_raw`/`secret` reject the
 *   file) — and no masked samples of anything else; `sheets` still list every sheet and row count.
 * - `analysis.ai`: `applied` (the model answered; see the columns' `ai`), `not_configured` (no
 *   GEMINI_API_KEY), `skipped` (nothing to ask, or PII classification skipped), `fell_back`
 *   (timeouts, 429 or 5xx past the retries: the local result stands), `refused` (the outgoing
 *   payload re-scan found personal data, so nothing was sent).
 *
 * A rejected job stores the verdict only: `rejected: true`, `rejectReasons` (sheet, column,
 * header, category — never a value) and no column findings.
 */
import type { ColumnFinding, Report, SheetReport } from '../detect';
import type { CategoryId } from '../detect/types';

/** The model's opinion of one column; `rationale` is untrusted model text, plain and bounded. */
export type AiVerdict = { label: CategoryId; rationale: string; model: string };

export type AiOutcome = 'applied' | 'not_configured' | 'skipped' | 'fell_back' | 'refused';

export type StoredColumn = ColumnFinding & { ai?: AiVerdict };
export type StoredSheet = Omit<SheetReport, 'columns'> & { columns: StoredColumn[] };
export type StoredReport = Omit<Report, 'sheets'> & {
  sheets: StoredSheet[];
  analysis: { piiClassification: 'done' | 'skipped'; ai: AiOutcome };
};

const CREDENTIAL_CATEGORIES: ReadonlySet<CategoryId> = new Set(['password_raw', 'password_hash', 'secret']);

/** The full local report, before or without AI. */
export function classifiedReport(report: Report, ai: AiOutcome): StoredReport {
  return { ...report, analysis: { piiClassification: 'done', ai } };
}

/** GDPR check off: the credential verdict survives, personal-data findings and samples do not. */
export function credentialsOnlyReport(report: Report): StoredReport {
  return {
    ...report,
    sheets: report.sheets.map((s) => ({ ...s, columns: s.columns.filter((c) => CREDENTIAL_CATEGORIES.has(c.category)) })),
    analysis: { piiClassification: 'skipped', ai: 'skipped' },
  };
}

/** What a rejected job keeps: where the credentials are, nothing about the rest of a file that no longer exists. */
export function rejectionReport(report: Report): StoredReport {
  return {
    ...report,
    sheets: report.sheets.map((s) => ({ name: s.name, rowCount: s.rowCount, columns: [] })),
    analysis: { piiClassification: 'skipped', ai: 'skipped' },
  };
}
