/**
 * Turns the engine's report into the stored one: PII findings dropped when the org turned its
 * GDPR check off, Gemini's opinion attached per column when AI is configured and answers. The
 * local category always stands (AI is advisory and can never undo a credential verdict), so
 * every AI failure mode ends in the same place: the local report, with `analysis.ai` saying why.
 */
import type { Report } from '../detect';
import type { ScanDeps } from './deps';
import { columnKey, columnsForAi, type EgressLedger } from './gemini';
import { classifiedReport, credentialsOnlyReport, type StoredReport } from './stored-report';

/** The report to store and the AI egress ledger (null when nothing was attempted). Never throws for AI trouble. */
export async function classifyReport(
  deps: Pick<ScanDeps, 'ai'>,
  report: Report,
  opts: { gdprCheckEnabled: boolean; signal?: AbortSignal },
): Promise<{ stored: StoredReport; aiEgress: EgressLedger | null }> {
  if (!opts.gdprCheckEnabled) return { stored: credentialsOnlyReport(report), aiEgress: null };
  if (!deps.ai) return { stored: classifiedReport(report, 'not_configured'), aiEgress: null };
  const columns = columnsForAi(report);
  if (columns.length === 0) return { stored: classifiedReport(report, 'skipped'), aiEgress: null };

  const { verdicts, ledger } = await deps.ai.classify(columns, opts.signal);
  if (!verdicts) return { stored: classifiedReport(report, ledger.outcome === 'refused' ? 'refused' : 'fell_back'), aiEgress: ledger };
  const stored = classifiedReport(report, 'applied');
  stored.sheets = stored.sheets.map((sheet, s) => ({
    ...sheet,
    columns: sheet.columns.map((c) => {
      const v = verdicts.get(columnKey(s, c.index));
      return v ? { ...c, ai: { label: v.label, rationale: v.rationale, model: ledger.model } } : c;
    }),
  }));
  return { stored, aiEgress: ledger };
}
