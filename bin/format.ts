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

function clip(s: string, max: number): string {
  const flat = s.replace(/[\r\n\t]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function alignColumns(rows: string[][]): string {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  return rows.map((r) => r.map((cell, j) => cell.padEnd(widths[j])).join('  ').trimEnd()).join('\n');
}
