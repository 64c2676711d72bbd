import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bytesSource, readRows } from '../../../shared/read';

/** What a user sees in a cell, from exceljs's model of it; dates as ISO like the reader. */
function display(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return display((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return String(value.text);
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

async function sampleWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const people = wb.addWorksheet('Kunder');
  people.addRow(['Namn', 'E-post', 'Född', 'Senast', 'Belopp', 'Aktiv', 'Kommentar']);
  for (let i = 0; i < 300; i++) {
    people.addRow([
      `Person ${i} Åkesson`,
      `p${i}@exempel.se`,
      new Date(Date.UTC(1950 + (i % 50), i % 12, 1 + (i % 28))),
      new Date(Date.UTC(2024, 0, 1, i % 24, (i * 7) % 60, (i * 13) % 60)),
      i % 3 === 0 ? i * 1.25 : -i,
      i % 2 === 0,
      i % 10 === 0 ? { richText: [{ text: 'Rik ', font: { bold: true } }, { text: `text ${i}` }] } : i % 7 === 0 ? null : `anteckning <${i}> & "citat"`,
    ]);
  }
  people.getCell('H2').value = { formula: 'E2*2', result: 5 };
  people.getCell('I3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  people.getCell('J4').value = { text: 'länk', hyperlink: 'https://exempel.se' };
  people.mergeCells('K5:L6');
  people.getCell('K5').value = 'sammanslagen';
  people.getCell('Z400').value = 'långt bort';
  const other = wb.addWorksheet('Andra bladet');
  other.addRow(['1e-7 som tal', 1e-7, 123456789012345, 0.1 + 0.2]);
  other.addRow([]);
  other.addRow(['efter tom rad']);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('equality with exceljs on a workbook exceljs wrote', () => {
  it('reads every cell of every sheet as exceljs does (dates as ISO)', async () => {
    const bytes = await sampleWorkbook();
    const oracle = new ExcelJS.Workbook();
    await oracle.xlsx.load(bytes.buffer as ArrayBuffer);

    const ours = new Map<string, string[][]>();
    for await (const batch of readRows(bytesSource(bytes))) {
      const rows = ours.get(batch.sheet) ?? [];
      batch.rows.forEach((row, i) => (rows[batch.firstRow + i] = row));
      ours.set(batch.sheet, rows);
    }

    expect([...ours.keys()]).toEqual(oracle.worksheets.map((ws) => ws.name));
    let compared = 0;
    for (const ws of oracle.worksheets) {
      const rows = ours.get(ws.name) ?? [];
      expect(rows.length).toBe(ws.rowCount);
      for (let r = 1; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        const width = Math.max(row.cellCount, rows[r - 1]?.length ?? 0);
        for (let c = 1; c <= width; c++) {
          const cell = row.getCell(c);
          const expected = cell.isMerged && cell.master !== cell ? '' : display(cell.value);
          expect(rows[r - 1]?.[c - 1] ?? '', `${ws.name}!${cell.address}`).toBe(expected);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });
});
