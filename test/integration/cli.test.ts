import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = join(__dirname, '../../bin/veil.js');
let dir: string;

function veil(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const CUSTOMERS = [
  'Namn;E-post;Telefon;Personnummer',
  'Anna Svensson;anna.svensson@example.se;070-123 45 67;811218-9876',
  'Erik Johansson;erik.j@firma.se;+46 70 234 56 78;19640823-3234',
  'Maria Karlsson;maria.karlsson@gmail.com;08-123 456 78;850709-9805',
].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'veil-cli-'));
});

describe('veil scan', () => {
  it('prints the contract report as JSON and exits 0', () => {
    const r = veil('scan', file('customers.csv', CUSTOMERS), '--format', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ file: 'customers.csv', format: 'csv', rejected: false, rejectReasons: [] });
    expect(report.sheets[0].name).toBe('');
    expect(report.sheets[0].columns.map((c: { category: string }) => c.category)).toEqual([
      'person_name',
      'email',
      'phone',
      'national_id',
    ]);
    for (const raw of ['anna.svensson@example.se', '811218-9876', 'Anna Svensson']) expect(r.stdout).not.toContain(raw);
  });

  it('exits 3 and names the column when raw passwords are present', () => {
    const r = veil('scan', file('users.csv', 'email,pwd\na@b.se,Sommar2024!\nc@d.se,hunter2hunter2\n'), '--format', 'json');
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).rejectReasons).toEqual([{ sheet: '', column: 1, header: 'pwd', category: 'password_raw' }]);
    expect(r.stdout).not.toContain('Sommar2024!');
  });

  it('exits 2 with one line on stderr for a PNG named .csv', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    const r = veil('scan', file('image.csv', png));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a truncated xlsx and for a missing file', () => {
    const truncated = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]);
    expect(veil('scan', file('broken.xlsx', truncated)).code).toBe(2);
    expect(veil('scan', join(dir, 'nope.csv')).code).toBe(2);
  });

  it('exits 2 on usage errors', () => {
    expect(veil('scan').code).toBe(2);
    expect(veil('scan', file('a.csv', 'x\n1\n'), '--format', 'yaml').code).toBe(2);
    expect(veil('frobnicate').code).toBe(2);
  });

  it('writes an escaped, self-contained HTML report to --out', () => {
    const out = join(dir, 'report.html');
    const r = veil('scan', file('x.csv', 'name<script>,email\nAnna,a@b.se\n'), '--format', 'html', '--out', out);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('name&#60;script&#62;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('prints an array for several files', () => {
    const r = veil('scan', file('a.csv', CUSTOMERS), file('b.csv', CUSTOMERS), '--format', 'json');
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });
});
