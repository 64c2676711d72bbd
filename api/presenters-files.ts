/**
 * Response shapes of contract §3 "Files and jobs" and the WebSocket's first message per
 * subscription (§4), field by field: a new column or a new report field never leaves the API
 * by accident. (The account and audit shapes live in presenters.ts.)
 */
import { RejectReason, type JobEvent } from '../shared/jobs';
import type { FileRow, JobRow } from '../shared/repo/files';
import type { StoredColumn, StoredReport } from '../shared/scan/stored-report';

/** bigint columns arrive as strings from pg and as numbers from PGlite. */
const num = (v: unknown): number => Number(v);
const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

export function presentFile(f: FileRow) {
  return {
    id: f.id,
    name: f.name,
    size: num(f.size),
    sha256: f.sha256,
    format: f.format,
    status: f.status,
    createdAt: iso(f.createdAt),
    deletedAt: iso(f.deletedAt),
  };
}

/** The 202 of `POST /files`. */
export function presentUpload(out: { file: FileRow; job: JobRow }) {
  return {
    file: { id: out.file.id, name: out.file.name, size: num(out.file.size), sha256: out.file.sha256 },
    job: { id: out.job.id, status: out.job.status },
  };
}

function presentColumn(c: StoredColumn) {
  return {
    index: c.index,
    header: c.header,
    category: c.category,
    subtype: c.subtype,
    confidence: c.confidence,
    specialCategory: c.specialCategory,
    gdprArticle: c.gdprArticle,
    riskLevel: c.riskLevel,
    matches: c.matches,
    nonEmpty: c.nonEmpty,
    evidence: c.evidence,
    maskedSamples: c.maskedSamples,
    ...(c.containedCategories ? { containedCategories: c.containedCategories } : {}),
    ...(c.ai ? { ai: { label: c.ai.label, rationale: c.ai.rationale, model: c.ai.model } } : {}),
  };
}

/** The contract §2 report plus `analysis` (what was done to produce it). */
export function presentReport(r: StoredReport) {
  return {
    file: r.file,
    format: r.format,
    bytes: r.bytes,
    rejected: r.rejected,
    rejectReasons: r.rejectReasons.map((x) => ({ sheet: x.sheet, column: x.column, header: x.header, category: x.category })),
    sheets: r.sheets.map((s) => ({ name: s.name, rowCount: s.rowCount, columns: s.columns.map(presentColumn) })),
    stats: { rows: r.stats.rows, cells: r.stats.cells, ms: r.stats.ms },
    ...(r.analysis ? { analysis: { piiClassification: r.analysis.piiClassification, ai: r.analysis.ai } } : {}),
  };
}

/** One job; `report` once it has one (completed, or the verdict of a rejected job). */
export function presentJob(j: JobRow, opts: { withReport: boolean } = { withReport: true }) {
  const showReport = opts.withReport && j.report !== null && (j.status === 'completed' || j.status === 'rejected');
  return {
    id: j.id,
    fileId: j.fileId,
    status: j.status,
    progress: num(j.progress),
    rowsScanned: num(j.rowsScanned),
    ...(j.error ? { error: j.error } : {}),
    ...(showReport ? { report: presentReport(j.report!) } : {}),
    createdAt: iso(j.createdAt),
    startedAt: iso(j.startedAt),
    finishedAt: iso(j.finishedAt),
  };
}

/**
 * The job's state as the event a subscriber would have seen last, sent right after `subscribe`
 * so a late subscriber misses nothing. `orgId` is for the WebSocket layer's own check; it strips
 * it before sending.
 */
export function jobStateEvent(j: JobRow): JobEvent {
  const ids = { orgId: j.orgId, jobId: j.id };
  switch (j.status) {
    case 'completed':
      return { type: 'job.completed', ...ids };
    case 'failed':
      return { type: 'job.failed', ...ids, error: /^[a-z_]{1,64}$/.test(j.error ?? '') ? j.error! : 'internal_error' };
    case 'rejected': {
      const reasons = (j.report?.rejectReasons ?? []).map((r) => RejectReason.safeParse(r)).flatMap((p) => (p.success ? [p.data] : []));
      return { type: 'job.rejected', ...ids, reasons };
    }
    default:
      return { type: 'job.progress', ...ids, progress: num(j.progress), rowsScanned: num(j.rowsScanned), stage: j.status };
  }
}

/** A job event as it goes over the wire: the contract's fields, without the routing `orgId`. */
export function presentJobEvent(e: JobEvent) {
  switch (e.type) {
    case 'job.progress':
      return { type: e.type, jobId: e.jobId, progress: e.progress, rowsScanned: e.rowsScanned, stage: e.stage };
    case 'job.completed':
      return { type: e.type, jobId: e.jobId };
    case 'job.failed':
      return { type: e.type, jobId: e.jobId, error: e.error };
    case 'job.rejected':
      return { type: e.type, jobId: e.jobId, reasons: e.reasons.map((r) => ({ sheet: r.sheet, column: r.column, header: r.header, category: r.category })) };
  }
}
