import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../shared/detect';
import { findHeaderRow } from '../../../shared/detect/header-row';

const meta = { file: 't.csv', format: 'csv', bytes: 0, ms: 0 };

function scan(rows: string[][]) {
  const scanner = createScanner({ nowYear: 2026 });
  scanner.push('', rows);
  return scanner.finish(meta);
}

const people = [
  ['Anna Svensson', 'anna.svensson@example.se', '811218-9876'],
  ['Erik Johansson', 'erik.j@firma.se', '19640823-3234'],
  ['Maria Karlsson', 'maria.karlsson@gmail.com', '900101-0009'],
  ['Lars Nilsson', 'lars@nilsson.nu', '19121212-1212'],
  ['Karin Andersson', 'karin.a@telia.com', '850709-9805'],
];

describe('header row detection', () => {
  it('finds a header in the first row', () => {
    expect(findHeaderRow([['Namn', 'E-post', 'Personnummer'], ...people])).toBe(0);
  });
  it('skips a title row above the header', () => {
    expect(findHeaderRow([['Kundlista 2024', '', ''], ['Namn', 'E-post', 'Personnummer'], ...people])).toBe(1);
  });
  it('says there is no header when the first row is data', () => {
    expect(findHeaderRow(people)).toBe(-1);
  });
  it('takes cryptic labels above data as a header', () => {
    expect(findHeaderRow([['col1', 'f_12', 'x'], ...people])).toBe(0);
  });
});

describe('scanner', () => {
  it('classifies columns by header and values, and masks samples', () => {
    const report = scan([['Namn', 'E-post', 'Personnummer', 'Belopp'], ...people.map((p, i) => [...p, `${100 + i}.50`])]);
    const cols = report.sheets[0].columns;
    expect(cols.map((c) => c.category)).toEqual(['person_name', 'email', 'national_id', 'none']);
    expect(cols[2].subtype).toBe('personnummer_se');
    expect(report.sheets[0].rowCount).toBe(5);
    for (const c of cols) for (const s of c.maskedSamples) expect(people.flat()).not.toContain(s);
  });

  it('reports an empty header for files without a header row', () => {
    const report = scan(people);
    expect(report.sheets[0].columns.map((c) => c.header)).toEqual(['', '', '']);
    expect(report.sheets[0].columns[1].category).toBe('email');
    expect(report.sheets[0].rowCount).toBe(5);
  });

  it('rejects a raw password column and names it', () => {
    const report = scan([
      ['email', 'lösenord'],
      ['a@b.se', 'Sommar2024!'],
      ['c@d.se', 'hunter22'],
    ]);
    expect(report.rejected).toBe(true);
    expect(report.rejectReasons).toEqual([{ sheet: '', column: 1, header: 'lösenord', category: 'password_raw' }]);
  });

  it('accepts a hashed password column', () => {
    const report = scan([
      ['email', 'password_hash'],
      ['a@b.se', '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5U8XGRRLxWWDo3IIvzE9AcX8rw9uMk2'],
      ['c@d.se', '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5U8XGRRLxWWDo3IIvzE9AcX8rw9uMk3'],
    ]);
    expect(report.rejected).toBe(false);
    expect(report.sheets[0].columns[1].category).toBe('password_hash');
  });

  it('rejects a password written inside free text deep in the file', () => {
    const rows = [['ticket', 'notes']];
    for (let i = 0; i < 3000; i++) rows.push([`T-${i}`, 'Customer called about the invoice, all fine now.']);
    rows.push(['T-x', 'User asked us to log in for them, password: Vinter2023!x']);
    const report = scan(rows);
    expect(report.rejected).toBe(true);
    expect(report.rejectReasons[0]).toMatchObject({ column: 1, category: 'password_raw' });
  });

  describe("the upload's credentials-only check refuses what the full scan refuses", () => {
    const notes = (cell: string) => [['ticket', 'notes', 'email'], ['T-1', 'Called about the invoice.', 'a@b.se'], ['T-2', cell, 'c@d.se']];
    const cases: Array<[string, string[][], boolean]> = [
      ['a raw password column', [['email', 'lösenord'], ['a@b.se', 'Sommar2024!'], ['c@d.se', 'hunter22']], true],
      ['a hashed password column', [['email', 'password'], ['a@b.se', '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5U8XGRRLxWWDo3IIvzE9AcX8rw9uMk2']], false],
      ['a masked password column', [['email', 'passwort'], ['a@b.se', '********'], ['c@d.se', '********']], false],
      ['a password in a note', notes('User asked us to log in for them, password: Vinter2023!x'), true],
      ['a password in prose', notes('my password is Hunter2! please reset'), true],
      ['an assignment in a short cell', notes('db_pass=Kx9!mQ2z'), true],
      ['an AWS key id in a note', notes('key AKIAZ4QWERTYUIOPASDF from the build box'), true],
      ['a JWT alone in a cell', notes('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'), true],
      ['credentials in a URL', notes('postgres://app:S3cr3t!pw@db.internal:5432/crm'), true],
      ['a reset notice, no password', notes('password reset requested, link sent'), false],
      ['a plain people file', [['Namn', 'E-post', 'Personnummer'], ...people], false],
    ];
    it.each(cases)('%s', (_, rows, rejected) => {
      const run = (credentialsOnly: boolean) => {
        const scanner = createScanner({ nowYear: 2026, credentialsOnly });
        scanner.push('', rows);
        const r = scanner.finish(meta);
        return { rejected: r.rejected, reasons: r.rejectReasons, rows: r.stats.rows, seen: scanner.credentialSeen };
      };
      const full = run(false);
      expect(full.rejected).toBe(rejected);
      expect(run(true)).toEqual(full);
    });
  });

  it('keeps several sheets apart', () => {
    const scanner = createScanner({ nowYear: 2026 });
    scanner.push('Kunder', [['E-post'], ['a@b.se'], ['c@d.se']]);
    scanner.push('Ordrar', [['Belopp'], ['12.50'], ['99.00']]);
    const report = scanner.finish({ ...meta, format: 'xlsx' });
    expect(report.sheets.map((s) => [s.name, s.columns[0].category])).toEqual([
      ['Kunder', 'email'],
      ['Ordrar', 'none'],
    ]);
  });
});
