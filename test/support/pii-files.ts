/**
 * Small seeded files full of personal data for the scan-job, Gemini and worker tests: every
 * cell is a distinctive value (no short codes that could occur in any JSON by chance), so "no
 * raw value left the process" can be asserted by plain substring search.
 */
import ExcelJS from 'exceljs';
import { creditCard, iban, nationalId } from '../fixtures/ids';
import { makePerson } from '../fixtures/people';
import { createRng } from '../fixtures/prng';

export const PII_HEADER = ['Namn', 'E-post', 'Telefon', 'Personnummer', 'IBAN', 'Kortnummer'];
/** The category each column of `PII_HEADER` must be found as. */
export const PII_CATEGORIES = ['person_name', 'email', 'phone', 'national_id', 'iban', 'credit_card'];

/** `n` Swedish people, one row each, in the order of `PII_HEADER`. */
export function piiRows(n: number, seed = 'veil-scan'): string[][] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => {
    const p = makePerson(rng, 'SE');
    return [
      `${p.first} ${p.last}`,
      p.email,
      p.locale.phone(rng, true),
      nationalId(rng, 'personnummer_se', p),
      iban(rng, 'SE'),
      creditCard(rng, 'spaced'),
    ];
  });
}

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(header: string[], rows: string[][]): Uint8Array {
  return new TextEncoder().encode([header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n');
}

/** An xlsx with the given sheets, written by exceljs (the reference writer). */
export async function toXlsx(sheets: Array<{ name: string; header: string[]; rows: string[][] }>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.addRow(s.header);
    for (const r of s.rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * `rows` lines of order notes with an e-mail column, and a raw password inside the free-text
 * note at 1-based data row `passwordAt` (past any prescan window when large).
 */
export function csvWithPasswordInNote(rows: number, passwordAt: number, password: string): Uint8Array {
  const lines = ['order_id,email,note'];
  for (let i = 1; i <= rows; i++) {
    const note = i === passwordAt ? `Customer asked for a reset, password=${password} read out on the phone` : `Order ${i} shipped without issues today`;
    lines.push(`${i},customer${i}@example.com,"${note}"`);
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}
