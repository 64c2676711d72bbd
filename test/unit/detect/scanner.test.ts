import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../shared/detect';
import { PRIMARY_DETECTORS } from '../../../shared/detect/prefilter';
import { kvnrCheckDigit, nssEsControl, verhoeffValid } from '../../../shared/detect/checksums';
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
  it('finds headers in scripts without letter case (Japanese, Chinese, Arabic), over data and under a title', () => {
    const ja = [
      ['山田 太郎', '1985/04/12', '090-1234-5678', 'taro.yamada@example.co.jp'],
      ['佐藤 花子', '1990/11/03', '080-2345-6789', 'hanako.sato@example.ne.jp'],
    ];
    expect(findHeaderRow([['氏名', '生年月日', '電話番号', 'メールアドレス'], ...ja])).toBe(0);
    expect(findHeaderRow([['顧客一覧', '', '', ''], ['氏名', '生年月日', '電話番号', 'メールアドレス'], ...ja])).toBe(1);
    expect(findHeaderRow([['الاسم', 'تاريخ الميلاد', 'رقم الهاتف', 'البريد الإلكتروني'], ...ja])).toBe(0);
    expect(findHeaderRow(ja)).toBe(-1);
  });
});

describe('scanner', () => {
  it('can hand any primary detector to another thread: PRIMARY_DETECTORS holds every detector the dispatcher runs', async () => {
    const source = await readFile(new URL('../../../shared/detect/prefilter.ts', import.meta.url), 'utf8');
    const run = new Set([...source.matchAll(/\brun\((detect[A-Z]\w*)/g)].map((m) => m[1]));
    expect(run.size).toBeGreaterThan(20);
    expect([...run].sort()).toEqual(PRIMARY_DETECTORS.map((d) => d.name).sort());
  });

  it('classifies columns by header and values, and masks samples', () => {
    const report = scan([['Namn', 'E-post', 'Personnummer', 'Belopp'], ...people.map((p, i) => [...p, `${100 + i}.50`])]);
    const cols = report.sheets[0].columns;
    expect(cols.map((c) => c.category)).toEqual(['person_name', 'email', 'national_id', 'none']);
    expect(cols[2].subtype).toBe('personnummer_se');
    expect(report.sheets[0].rowCount).toBe(5);
    for (const c of cols) for (const s of c.maskedSamples) expect(people.flat()).not.toContain(s);
  });

  it('reads past the apostrophe exports put before digits, and takes an age column with half years', () => {
    const rows = [['Zip', 'Phone', 'Age', 'Note']];
    const zips = ['02134', '10001', '94105', '60614', '30301', '73301', '98101', '33101'];
    const phones = ['+46 70 123 45 67', '+46 73 555 12 34', '+46 70 987 65 43', '+46 76 111 22 33', '+46 72 444 55 66', '+46 70 222 33 44', '+46 73 666 77 88', '+46 76 999 00 11'];
    zips.forEach((z, i) => rows.push([`'${z}`, `'${phones[i]}`, i % 2 ? `${20 + i}.5` : `${30 + i}`, `'quoted`]));
    const [zip, phone, age, note] = scan(rows).sheets[0].columns;
    expect(zip.evidence).toContain('values:plausible');
    expect(zip.category).toBe('postal_code');
    expect(phone).toMatchObject({ category: 'phone' });
    expect(phone.confidence).toBeGreaterThan(0.8);
    expect(age.category).toBe('age');
    expect(note.category).toBe('none');
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

  it('distrusts a value-checked header over values that cannot be that category (PhoneService: Yes/No)', () => {
    const rows = [['customerID', 'PhoneService', 'Telefon'], ...Array.from({ length: 40 }, (_, i) => [`${7590 + i}-VHVEG`, i % 3 ? 'Yes' : 'No', i % 4 ? 'okänt' : '070-123 45 6x'])];
    const [, service, phone] = scan(rows).sheets[0].columns;
    expect(service.category).toBe('none');
    expect(service.evidence).toContain('values:implausible:40');
    // Digits under the header that no validator accepts keep their low-confidence claim.
    expect(phone.category).toBe('none');
    const masked = scan([['Telefon'], ...Array.from({ length: 40 }, () => ['070-XXX XX 12'])]).sheets[0].columns[0];
    expect(masked.category).toBe('phone');
    expect(masked.confidence).toBeLessThanOrEqual(0.35);
  });

  it('keeps an e-mail header over unique handles (Oracle HR: SKING) and refuses it over Yes/No', () => {
    const handles = ['SKING', 'NKOCHHAR', 'LDEHAAN', 'AHUNOLD', 'BERNST', 'DAUSTIN', 'VPATABAL', 'DLORENTZ', 'NGREENBE', 'DFAVIET', 'JCHEN', 'ISCIARRA', 'JMURMAN', 'LPOPP', 'DRAPHEAL', 'JRUSSEL'];
    const [email, optIn] = scan([['EMAIL', 'Email'], ...handles.map((h, i) => [h, i % 3 ? 'Yes' : 'No'])]).sheets[0].columns;
    expect(email.category).toBe('email');
    expect(email.evidence).toContain('values:handles');
    expect(email.confidence).toBeLessThanOrEqual(0.35);
    expect(optIn.category).toBe('none');
    expect(optIn.evidence).toContain('values:implausible:16');
  });

  it('takes census answers under a weak `race` header as ethnic origin (Art. 9), and race results as nothing', () => {
    const answers = ['White', 'Black', 'Asian-Pac-Islander', 'Amer-Indian-Eskimo', 'Other', 'White', 'Black or African American'];
    const census = scan([['age', 'race', 'sex'], ...Array.from({ length: 35 }, (_, i) => [`${20 + i}`, answers[i % answers.length], i % 2 ? 'Male' : 'Female'])]);
    const race = census.sheets[0].columns[1];
    expect([race.category, race.subtype, race.specialCategory]).toEqual(['special_category', 'racial_ethnic_origin', true]);
    const sports = scan([['runner', 'race', 'time'], ...Array.from({ length: 35 }, (_, i) => [`R${i}`, i % 2 ? 'Vasaloppet' : 'Stockholm Marathon', `3:${10 + i}:05`])]);
    expect(sports.sheets[0].columns[1].category).toBe('none');
    const colours = scan([['race'], ...Array.from({ length: 35 }, (_, i) => [i % 2 ? 'White' : 'Red'])]);
    expect(colours.sheets[0].columns[0].category).toBe('none');
  });

  it('finds convictions in free text, not crime as a topic or given names that are also peoples and faiths', () => {
    const notes = (lines: string[]) => scan([['notes'], ...Array.from({ length: 30 }, (_, i) => [lines[i % lines.length]])]).sheets[0].columns[0];
    const case_ = notes(['Client was convicted of theft in 2016 and is on probation.', 'Called about the invoice, will pay next week.']);
    expect([case_.category, case_.containedCategories]).toEqual(['free_text_pii', ['criminal']]);
    const synopses = notes([
      'To protect his family from a powerful drug lord, a skilled thief and his crew are pulled into a turf war.',
      'Fraud alert raised on the card after a purchase abroad; the customer confirmed it.',
      'Crime TV Shows, International TV Shows, TV Action & Adventure',
    ]);
    expect(synopses.containedCategories ?? []).not.toContain('criminal');
    const cast = notes(['Sami Bouajila, Tracy Gotoas, Samuel Jouy, Nabiha Akkari', 'Christian Svensson, Anna Berg and Maria Lind were there']);
    expect(cast.containedCategories ?? []).not.toContain('special_category');
    const faith = notes(['Patient is Christian and asked for the chaplain.', 'Reports that the family are Sami reindeer herders.']);
    expect(faith.containedCategories).toContain('special_category');
  });

  it('takes a house number kept apart from its street as part of the address, and other values under that header as nothing', () => {
    const numbers = ['12', '5A', '221 bis', '12/4', '7-9', '1'];
    const dutch = scan([['Straat', 'Huisnummer'], ...Array.from({ length: 30 }, (_, i) => ['Kerkstraat', numbers[i % numbers.length]])]);
    expect(dutch.sheets[0].columns[1].category).toBe('street_address');
    const codes = scan([['Hausnummer'], ...Array.from({ length: 30 }, (_, i) => [`2024-01-${String(i + 1).padStart(2, '0')} 10:00`])]);
    expect(codes.sheets[0].columns[0].category).toBe('none');
  });

  it('knows names common outside the header languages\' countries, with no header to help', () => {
    const names = ['Mohammed Al-Farsi', 'Priya Sharma', 'Wei Zhang', 'Olusegun Adeyemi', 'Hiroshi Tanaka', 'Ana Paula Souza', 'Kwame Mensah', 'Arjun Patel', 'Aisha Bello', 'Thabo Nkosi', 'Mehmet Yilmaz', 'Olga Ivanova'];
    const report = scan(Array.from({ length: 36 }, (_, i) => [names[i % names.length], `${i * 7 + 3}`]));
    expect(report.sheets[0].columns[0].category).toBe('person_name');
    expect(report.sheets[0].columns[1].category).toBe('none');
  });

  it('reads ages written with their unit (34 years, 34 år) under an age header', () => {
    const report = scan([['Age', 'Ålder'], ...Array.from({ length: 30 }, (_, i) => [`${20 + i} years`, `${20 + i} år`])]);
    expect(report.sheets[0].columns.map((c) => c.category)).toEqual(['age', 'age']);
  });

  it('takes numbers under health headers as health: measurements and 0/1 condition flags', () => {
    const rows = [['Glucose', 'BMI', 'Diabetes', 'Outcome'], ...Array.from({ length: 30 }, (_, i) => [`${80 + i * 3}`, `${(22 + i / 3).toFixed(1)}`, `${i % 2}`, `${i % 3 ? 0 : 1}`])];
    const cols = scan(rows).sheets[0].columns;
    expect(cols.map((c) => c.category)).toEqual(['health', 'health', 'health', 'none']);
    expect(cols.slice(0, 3).every((c) => c.specialCategory && c.gdprArticle?.includes('9'))).toBe(true);
  });

  it('reads survey codings: a birth year is part of the date of birth, SEX 1/2 is gender, an address of U/R is not an address', () => {
    const rows = [['Year_Birth', 'SEX', 'address', 'Birth Year'], ...Array.from({ length: 30 }, (_, i) => [`${1950 + i}`, `${1 + (i % 2)}`, i % 3 ? 'U' : 'R', `${2001 + (i % 20)}`])];
    const cols = scan(rows).sheets[0].columns;
    expect(cols.map((c) => c.category)).toEqual(['date_of_birth', 'gender', 'none', 'date_of_birth']);
    expect(cols[2].evidence).toContain('values:implausible:30');
    // A `Birth Year` header over amounts is still refused.
    const amounts = scan([['Birth Year'], ...Array.from({ length: 30 }, (_, i) => [`${12_000 + i * 7}.50`])]).sheets[0].columns[0];
    expect(amounts.category).toBe('none');
  });

  it('finds an e-mail address percent-encoded in a URL (access logs write ?email=anna%40example.com)', () => {
    const rows = [['path'], ['/account?email=anna%40example.com'], ['/home'], ['/orders/10023'], ['/cart?coupon=50%OFF']];
    const [path] = scan(rows).sheets[0].columns;
    expect([path.category, path.containedCategories]).toEqual(['free_text_pii', ['email']]);
    expect(path.maskedSamples.join(' ')).not.toContain('anna');
  });

  it('reads t/f and Y/N as flags, not as a gender column, where M/F and an all-F column stay gender', () => {
    const rows = [['is_staff', 'active', 'kön', 'sex']];
    for (let i = 0; i < 30; i++) rows.push([i % 7 ? 'f' : 't', i % 9 ? 'N' : 'Y', i % 2 ? 'M' : 'F', 'F']);
    expect(scan(rows).sheets[0].columns.map((c) => c.category)).toEqual(['none', 'none', 'gender', 'gender']);
  });

  it('takes a birthday without its year (Mailchimp keeps 03/14) as a date of birth under a birthday header, and not versions or ratios', () => {
    const forms = ['03/14', '14.03.', '30/7', 'Mar 14th', '14 March', '14. März', '--03-21'];
    const rows = [['Birthday', 'Födelsedag', 'Birthday'], ...Array.from({ length: 21 }, (_, i) => [forms[i % 7], forms[(i + 3) % 7], i % 2 ? '13/13' : '2.5'])];
    const cols = scan(rows).sheets[0].columns;
    expect(cols.map((c) => c.category)).toEqual(['date_of_birth', 'date_of_birth', 'none']);
  });

  it('takes bare digits as phone numbers under a phone header (Spanish 612345678, + or 0 dropped by Excel), and nowhere else', () => {
    const numbers = Array.from({ length: 30 }, (_, i) => [`4670${1234567 + i * 7919}`, `44791${1100000 + i * 31}`, `${4006381333931 + i * 10}`, `6${12345678 + i * 1013}`, `7${30000000 + i * 4567}`]);
    const [se, gb, ean, es, lostZero] = scan([['Mobil', 'Phone', 'EAN', 'telefono', 'Mobilnummer'], ...numbers]).sheets[0].columns;
    expect([se.category, gb.category, ean.category, es.category, lostZero.category]).toEqual(['phone', 'phone', 'none', 'phone', 'phone']);
    expect(Math.min(es.confidence, lostZero.confidence)).toBeGreaterThan(0.7);
    expect(se.evidence).toContain('pattern:phone_unformatted');
    // Validated, not merely claimed by the header (which alone gives at most 0.35).
    expect(Math.min(se.confidence, gb.confidence)).toBeGreaterThan(0.7);
    for (const k of [0, 3]) expect(scan([['Order ID'], ...numbers.map((r) => [r[k]])]).sheets[0].columns[0].category).toBe('none');
  });

  it('takes the bare mobile numbers of China, India, Brazil, Japan and Russia under a phone header, and not under an id header', () => {
    const numbers = Array.from({ length: 30 }, (_, i) => [
      `1${38 + (i % 2)}${String(12_345_678 + i * 7_919).padStart(8, '0')}`,
      `9${String(876_543_210 + i * 1_013).slice(0, 9)}`,
      `11 9${String(8_765_432 + i * 131).padStart(8, '0')}`.replace(' ', ''),
      `090${String(12_345_678 + i * 4_567).padStart(8, '0')}`,
      `89${String(123_456_789 + i * 977).padStart(9, '0')}`,
    ]);
    const cols = scan([['手机号', 'Mobile No', 'Celular', '携帯電話', 'Телефон'], ...numbers]).sheets[0].columns;
    expect(cols.map((c) => c.category)).toEqual(['phone', 'phone', 'phone', 'phone', 'phone']);
    for (const c of cols) expect(c.evidence.join(' ')).toMatch(/pattern:phone_unformatted|validator:phone/);
    // The Japanese `090…` is also a British premium-rate number with its trunk 0, valid anywhere.
    for (const k of [0, 1, 2, 4]) expect(scan([['Order ID'], ...numbers.map((r) => [r[k]])]).sheets[0].columns[0].category).toBe('none');
  });

  it('takes numbers written in the national format of the more plans under a phone header only (Brazil, Australia, India)', () => {
    const numbers = Array.from({ length: 30 }, (_, i) => [
      `(11) 9${String(8_765 + i * 13).padStart(4, '0')}-${String(4_321 + i * 7).padStart(4, '0')}`,
      `04${12 + (i % 80)} ${String(345 + i).padStart(3, '0')} ${String(678 + i).padStart(3, '0')}`,
      `98765 ${String(43_210 + i * 17).padStart(5, '0')}`,
    ]);
    const cols = scan([['Celular', 'Mobile', 'Phone'], ...numbers]).sheets[0].columns;
    expect(cols.map((c) => c.category)).toEqual(['phone', 'phone', 'phone']);
    for (const c of cols) expect(c.confidence).toBeGreaterThan(0.7);
    expect(cols[0].evidence).toContain('pattern:phone_other_plan');
    // Elsewhere the more plans are not tried (the Australian number is also valid in one of the twelve).
    for (let k = 0; k < 3; k++) expect(scan([['Reference'], ...numbers.map((r) => [r[k]])]).sheets[0].columns[0].evidence).not.toContain('pattern:phone_other_plan');
    for (const k of [0, 2]) expect(scan([['Reference'], ...numbers.map((r) => [r[k]])]).sheets[0].columns[0].category).toBe('none');
  });

  it('takes bare 12-digit Aadhaar numbers only under a header naming a national id in general, never in a tokenised personnummer column', () => {
    const aadhaar = ['234123412346', '499187356200'];
    for (let base = 300_000_000_00; aadhaar.length < 30; base += 7_919) {
      const first11 = String(base);
      for (let d = 0; d < 10; d++) {
        if (verhoeffValid(first11 + d)) {
          aadhaar.push(first11 + d);
          break;
        }
      }
    }
    const rows = aadhaar.map((a) => [a, a, a]);
    const [under, pnr, plain] = scan([['Aadhaar Number', 'Personnummer', 'Referens'], ...rows]).sheets[0].columns;
    expect([under.category, under.subtype]).toEqual(['national_id', 'other']);
    expect(under.evidence).toContain('validator:aadhaar_in');
    for (const c of [pnr, plain]) expect(c.evidence).not.toContain('validator:aadhaar_in');
    expect(plain.category).toBe('none');
  });

  it('finds Spanish social security and German health insurance numbers by their checksums, under any header; 12-digit order numbers stay none', () => {
    const rows = Array.from({ length: 40 }, (_, i) => {
      const nss = `${String(1 + (i % 52)).padStart(2, '0')}${String(31_415_926 + i * 7_919).padStart(8, '0')}`;
      const kv = `${String.fromCharCode(65 + (i % 26))}${String(10_000_000 + i * 104_729).slice(0, 8)}`;
      const order = String(100_000_000_000 + i * 7_654_321);
      return [`${nss}${String(nssEsControl(nss)).padStart(2, '0')}`, `${kv}${kvnrCheckDigit(kv)}`, order];
    });
    const [nss, kvnr, order] = scan([['col_1', 'f_2', 'ref'], ...rows]).sheets[0].columns;
    expect([nss.category, nss.subtype, kvnr.category, kvnr.subtype, order.category]).toEqual(['national_id', 'other', 'national_id', 'other', 'none']);
    expect(nss.evidence).toContain('validator:nss_es');
    expect(kvnr.evidence).toContain('validator:kvnr_de');
    expect(Math.min(nss.confidence, kvnr.confidence)).toBeGreaterThan(0.8);
  });

  it('takes a weak `Name` header over unlisted names in any script as names only beside contact columns', () => {
    const names = ['王伟', '李娜', 'Иван Петров', 'Ольга Смирнова', 'محمد أحمد', '佐藤 健', 'Nguyễn Văn An', 'Kwame Mensah', 'Oluwaseun Adeyemi', 'Tūhoe Ngata'];
    const rows = names.map((n, i) => [n, `person${i}@example.org`, `${(i + 1) * 3}.50`]);
    const [name] = scan([['Name', 'Email', 'Price'], ...rows]).sheets[0].columns;
    expect(name.category).toBe('person_name');
    expect(name.evidence).toEqual(['header:name', 'values:name_shaped', 'sheet:direct_identifiers']);
    expect(name.maskedSamples.join(' ')).not.toContain('Петров');
    // Without a column that names a person, the same header and values decide nothing.
    expect(scan([['Name', 'Price'], ...rows.map((r) => [r[0], r[2]])]).sheets[0].columns[0].category).toBe('none');
    // Product names beside an e-mail column are not name-shaped throughout.
    const products = ['USB-C cable 2 m', 'Coffee mug (white)', 'A4 paper, 500 sheets', 'Desk lamp LED', 'Stapler #10'];
    expect(scan([['Name', 'Email'], ...products.map((p, i) => [p, `buyer${i}@example.org`])]).sheets[0].columns[0].category).toBe('none');
  });

  it('does not call letters and digits under a card header card numbers', () => {
    const cards = scan([['Kortnummer', 'Card Number'], ...Array.from({ length: 30 }, (_, i) => [`BBBB${123456789012 + i}`, `**** **** **** ${1000 + i}`])]).sheets[0].columns;
    expect(cards[0].category).toBe('none');
    expect(cards[0].evidence).toContain('values:implausible:30');
    expect(cards[1].category).toBe('credit_card');
  });

  it('counts every repeat of a cached value: whole-cell matches, matches inside text and header counts', () => {
    const mails = ['anna.svensson@telia.com', 'erik.j@firma.se', 'lars@nilsson.nu'];
    const phones = ['070-123 45 67', '+46 73 555 12 34', 'okänt'];
    const notes = ['Kunden vill bli kontaktad på anna.svensson@telia.com efter lunch', 'Ärendet är löst, stänger.', 'Ring tillbaka på 070-123 45 67 i morgon'];
    const rows = [['E-post', 'Telefon', 'Anteckning']];
    for (let i = 0; i < 6000; i++) rows.push([mails[i % 3], phones[i % 3], notes[i % 3]]);
    const [email, phone, note] = scan(rows).sheets[0].columns;
    expect([email.category, email.matches, email.nonEmpty]).toEqual(['email', 6000, 6000]);
    expect([phone.category, phone.matches, phone.nonEmpty]).toEqual(['phone', 4000, 6000]);
    expect([note.category, note.matches, note.nonEmpty]).toEqual(['free_text_pii', 4000, 6000]);
    expect(note.evidence).toContain('text_cells:6000');
    expect(note.containedCategories).toEqual(['email', 'phone']);
  });

  it("reads Synthea's shapes: numbered names under FIRST/LAST, SNOMED descriptions as health, condition dates that span decades as no birth dates", () => {
    const given = ['Erik', 'Maria', 'Anna', 'Lars', 'Karin'];
    const surnames = ['Lindqvist', 'Karlsson', 'Nilsson', 'Svensson', 'Berg'];
    const conditions = ['Acute viral pharyngitis (disorder)', 'Prediabetes', 'Essential hypertension', 'Anemia (disorder)', 'Acute bronchitis (disorder)'];
    const rows = [['START', 'STOP', 'FIRST', 'LAST', 'DESCRIPTION', 'ADDRESS']];
    for (let i = 0; i < 200; i++) {
      const year = 1950 + ((i * 7) % 73);
      rows.push([`${year}-0${1 + (i % 9)}-1${i % 10}`, `${year}-0${1 + (i % 9)}-2${i % 10}`, `${given[i % 5]}${100 + i}`, `${surnames[(i * 3) % 5]}${300 + i}`, conditions[i % 5], `${i + 1} Main St  Springfield  IL  62704  US`]);
    }
    const cols = scan(rows).sheets[0].columns;
    expect(cols.map((c) => c.category)).toEqual(['none', 'none', 'first_name', 'last_name', 'health', 'street_address']);
    // The same dates under no header are the birth dates their spread suggests.
    expect(scan([['col1'], ...rows.slice(1).map((r) => [r[0]])]).sheets[0].columns[0].category).toBe('date_of_birth');
  });

  it('takes Excel date serials that lost their format on the way to a CSV file as birth dates under a birth-date header only', () => {
    const rows = [['Birthdate', 'Amount']];
    for (let i = 0; i < 100; i++) rows.push([String(20000 + i * 211), String(20000 + i * 211)]);
    const [birth, amount] = scan(rows).sheets[0].columns;
    expect([birth.category, birth.evidence]).toEqual(['date_of_birth', ['header:birthdate', 'values:plausible']]);
    expect(amount.category).toBe('none');
  });

  it('needs most of a column for names made of a given name and an unknown word, and half for names with a known surname', () => {
    const products = ['Stella Mug', 'Vienna Desk', 'Bianca Vase', 'Sienna Cushion', 'Oslo Table', 'Nova Chair', 'Atlas Shelf', 'Luna Rug'];
    const people = ['Stella Zorbas', 'Vienna Quist', 'Bianca Oduya', 'Sienna Varga', 'Anna Svensson', 'Lars Nilsson', 'Maria Rossi', 'Erik Berg'];
    const rows = [['f1', 'f2']];
    for (let i = 0; i < 40; i++) rows.push([products[i % 8], people[i % 8]]);
    const [product, person] = scan(rows).sheets[0].columns;
    expect(product.category).toBe('none');
    expect(person.category).toBe('person_name');
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
