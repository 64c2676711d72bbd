/**
 * The report as a self-contained HTML page: no scripts, no external resources, every value
 * escaped. Pure string building, so `veil scan --format html` and the browser page's "Download
 * the HTML report" produce the same document.
 */
import type { Report } from './detect/report';

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
