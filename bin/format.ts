import type { Report } from '../shared/detect/report';

/** The report of contract §2 as JSON: one object per file, an array for several. */
export function formatJson(reports: Report[]): string {
  return `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`;
}

/** One row per column, for a terminal. Masked samples only: raw values never reach the output. */
export function formatTable(reports: Report[]): string {
  const out: string[] = [];
  for (const r of reports) {
    const verdict = r.rejected ? 'REJECTED: raw passwords or secrets' : 'ok';
    out.push(`${r.file} (${r.format}, ${r.stats.rows} rows, ${r.stats.ms} ms): ${verdict}`);
    const rows: string[][] = [['sheet', 'col', 'header', 'category', 'conf', 'risk', 'GDPR', 'hits', 'samples']];
    for (const sheet of r.sheets) {
      for (const c of sheet.columns) {
        const category = c.subtype ? `${c.category}/${c.subtype}` : c.category;
        const contained = c.containedCategories ? ` [${c.containedCategories.join(', ')}]` : '';
        rows.push([
          sheet.name,
          String(c.index),
          clip(c.header, 24),
          category + contained,
          c.confidence.toFixed(2),
          c.category === 'none' ? '' : c.riskLevel,
          c.gdprArticle ?? '',
          `${c.matches}/${c.nonEmpty}`,
          clip(c.maskedSamples.slice(0, 2).join(', '), 36),
        ]);
      }
    }
    out.push(alignColumns(rows), '');
  }
  return out.join('\n');
}

/** A self-contained page (no scripts, no external resources) with every value escaped. */
export function formatHtml(reports: Report[]): string {
  const sections = reports.map((r) => {
    const rows = r.sheets
      .flatMap((sheet) =>
        sheet.columns.map(
          (c) => `<tr class="${c.category === 'none' ? 'none' : c.riskLevel}">
<td>${esc(sheet.name)}</td><td>${c.index}</td><td>${esc(c.header)}</td>
<td>${esc(c.category)}${c.subtype ? ` <small>${esc(c.subtype)}</small>` : ''}${
            c.containedCategories ? `<br><small>${esc(c.containedCategories.join(', '))}</small>` : ''
          }</td>
<td>${c.confidence.toFixed(2)}</td><td>${esc(c.gdprArticle ?? '')}${c.specialCategory ? ' <strong>special</strong>' : ''}</td>
<td>${c.category === 'none' ? '' : esc(c.riskLevel)}</td><td>${c.matches}/${c.nonEmpty}</td>
<td>${esc(c.maskedSamples.join(' · '))}</td><td><small>${esc(c.evidence.join(' '))}</small></td></tr>`,
        ),
      )
      .join('\n');
    const reasons = r.rejectReasons
      .map((x) => `<li>${esc(x.sheet || 'sheet')} column ${x.column} “${esc(x.header)}”: ${esc(x.category)}</li>`)
      .join('');
    return `<section><h2>${esc(r.file)}</h2>
<p>${esc(r.format)}, ${r.bytes} bytes, ${r.stats.rows} rows, ${r.stats.cells} cells, ${r.stats.ms} ms</p>
${r.rejected ? `<p class="reject">Rejected: raw passwords or secrets found.</p><ul>${reasons}</ul>` : ''}
<table><thead><tr><th>sheet</th><th>#</th><th>header</th><th>category</th><th>confidence</th><th>GDPR</th><th>risk</th><th>hits</th><th>masked samples</th><th>evidence</th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Veil report</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1rem;color:#111}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
tr.critical td:nth-child(4){color:#a00;font-weight:600}tr.high td:nth-child(4){color:#c50}tr.none{color:#777}
.reject{color:#a00;font-weight:600}
</style></head><body><h1>Veil report</h1>
${sections.join('\n')}
</body></html>
`;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function clip(s: string, max: number): string {
  const flat = s.replace(/[\r\n\t]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function alignColumns(rows: string[][]): string {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  return rows.map((r) => r.map((cell, j) => cell.padEnd(widths[j])).join('  ').trimEnd()).join('\n');
}
