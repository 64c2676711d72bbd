/**
 * Everything the page draws from data. File names, headers and samples come from users' files,
 * so text goes in through textContent only — never innerHTML — and no cell can become markup.
 */
import type { ColumnFinding, Report } from '../shared/detect';

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; strings become text nodes. */
function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** Replaces a table's content with a header row and body rows. */
function fillTable(table: HTMLElement, caption: string, head: string[], rows: Child[][]): void {
  table.replaceChildren(
    el('caption', { class: 'small' }, caption),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))),
  );
}

/** A finding as the server's report carries it: the engine's plus the AI label when it ran. */
export type Finding = ColumnFinding & { ai?: { label: string; rationale: string; model: string } };
/** What the server did to produce the report (GET /jobs/:id adds it to the contract's report). */
export type Analysis = { piiClassification: 'done' | 'skipped'; ai: 'applied' | 'not_configured' | 'skipped' | 'fell_back' | 'refused' };
export type ReportLike = Omit<Report, 'sheets'> & { sheets: Array<{ name: string; rowCount: number; columns: Finding[] }>; analysis?: Analysis };

const pct = (x: number) => `${Math.round(x * 100)} %`;
const sheetLabel = (s: string) => s || '(file)';
const columnLabel = (c: ColumnFinding) => c.header || `#${c.index + 1}`;

function badges(c: Finding): HTMLElement {
  return el(
    'span',
    {},
    el('span', { class: `badge risk-${c.riskLevel}` }, `risk: ${c.riskLevel}`),
    // A space between badges, so they read (and copy) as separate words.
    c.specialCategory && ' ',
    c.specialCategory && el('span', { class: 'badge art9' }, `special category (${c.gdprArticle ?? 'Art. 9'})`),
  );
}

/** The subtype, or for free text what it was found to contain. */
function subtype(c: Finding): string {
  if (c.containedCategories?.length) return `contains ${c.containedCategories.join(', ')}`;
  return c.subtype ?? '';
}

function aiCell(c: Finding): Child {
  if (!c.ai) return '';
  return el('span', {}, el('strong', {}, c.ai.label), ': ', c.ai.rationale, ` (${c.ai.model})`);
}

/** What the summary adds about the AI step, which the table alone does not tell (nothing when AI is not configured). */
const AI_NOTE: Partial<Record<Analysis['ai'], string>> = {
  applied: ' An AI model also labelled the columns; its label and reasons are in the last column (the local category stands).',
  fell_back: ' The AI model did not answer in time; these are the local results.',
  refused: ' Nothing was sent to the AI model: what would have been sent still looked like personal data.',
};

/** The prescan's column preview: what the browser found, before anything leaves the machine. */
export function renderPreview(table: HTMLElement, report: Report): void {
  const rows = report.sheets.flatMap((s) =>
    s.columns.map((c) => [sheetLabel(s.name), columnLabel(c), c.category, subtype(c), pct(c.confidence)]),
  );
  fillTable(table, `${report.stats.rows} rows checked in ${Math.round(report.stats.ms)} ms`, ['Sheet', 'Column', 'Category', 'Subtype', 'Confidence'], rows);
}

/** The server's results: one row per column, with badges, masked samples and the AI rationale. */
export function renderResults(table: HTMLElement, summary: HTMLElement, report: ReportLike): void {
  const rows = report.sheets.flatMap((s) =>
    s.columns.map((c): Child[] => [
      sheetLabel(s.name),
      columnLabel(c),
      c.category,
      subtype(c),
      pct(c.confidence),
      c.gdprArticle ?? '—',
      badges(c),
      el('ul', { class: 'samples' }, ...c.maskedSamples.map((m) => el('li', {}, String(m)))),
      aiCell(c),
    ]),
  );
  fillTable(table, `Results for ${report.file}`, ['Sheet', 'Column', 'Category', 'Subtype', 'Confidence', 'GDPR', 'Flags', 'Masked samples', 'AI rationale'], rows);
  if (report.analysis?.piiClassification === 'skipped') {
    summary.textContent =
      'The GDPR check is off for your organisation: this file was only checked for passwords and secrets, not classified for personal data.';
    return;
  }
  const many = report.sheets.length > 1;
  const columns = report.sheets.flatMap((s) => s.columns.map((c) => ({ c, name: many ? `${sheetLabel(s.name)} › ${columnLabel(c)}` : columnLabel(c) })));
  const personal = columns.filter(({ c }) => c.category !== 'none');
  const special = columns.filter(({ c }) => c.specialCategory).map(({ c, name }) => `${name} (${c.gdprArticle ?? 'Art. 9'})`);
  summary.textContent =
    `${personal.length} of ${columns.length} columns hold personal data` +
    (special.length
      ? `; ${special.length} ${special.length === 1 ? 'is a special category' : 'are special categories'} (Art. 9/10): ${special.join(', ')}.`
      : '; none is a special category (Art. 9/10).') +
    (AI_NOTE[report.analysis?.ai ?? 'not_configured'] ?? '');
}

export type FileItem = { id: string; name: string; size: number; createdAt: string; status: string };
export type JobItem = { id: string; fileId: string; status: string };

/** The org's files, newest first, with their latest job's status and the actions on them. */
export function renderHistory(
  table: HTMLElement,
  files: FileItem[],
  jobs: JobItem[],
  actions: { show(jobId: string): void; remove(file: FileItem): void },
): void {
  const jobOf = new Map<string, JobItem>();
  for (const j of jobs) if (!jobOf.has(j.fileId)) jobOf.set(j.fileId, j);
  const rows = files.map((f): Child[] => {
    const job = jobOf.get(f.id);
    const show = job?.status === 'completed' && el('button', { type: 'button' }, 'Show results');
    if (show) show.addEventListener('click', () => actions.show(job.id));
    const del = el('button', { type: 'button', 'aria-label': `Delete ${f.name}` }, 'Delete');
    del.addEventListener('click', () => actions.remove(f));
    return [f.name, `${(f.size / 1e6).toFixed(2)} MB`, new Date(f.createdAt).toLocaleString(), job?.status ?? f.status, el('span', {}, show, ' ', del)];
  });
  fillTable(table, files.length ? `${files.length} file${files.length === 1 ? '' : 's'}` : 'No files yet', ['File', 'Size', 'Uploaded', 'Status', 'Actions'], rows);
}
