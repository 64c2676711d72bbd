/**
 * H2: the dependency floor. Installed versions (from node_modules, what actually runs) meet the
 * minimums reliability.md names for known advisories, no SheetJS `xlsx` package is present, and
 * `npm audit --omit=dev` reports no high or critical advisory when the advisory service answers.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const FLOORS: Record<string, string> = { bullmq: '6.3.3', ws: '8.17.1', multer: '2.0.2', papaparse: '5.2.0', jose: '5.0.0', express: '5.0.0', helmet: '8.0.0' };

const installed = (name: string): string | null => {
  const file = join(ROOT, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : null;
};
const atLeast = (version: string, floor: string) => {
  const [a, b] = [version, floor].map((v) => v.split(/[.-]/).slice(0, 3).map(Number));
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
};

describe('H2 dependency floor', () => {
  it.each(Object.entries(FLOORS))('%s is installed at ≥ %s', (name, floor) => {
    const version = installed(name);
    expect(version, `${name} is not installed`).not.toBeNull();
    expect(atLeast(version!, floor), `${name}@${version} < ${floor}`).toBe(true);
  });

  it('has no xlsx (SheetJS) package anywhere in the lock file', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages).filter((p) => /(^|\/)node_modules\/xlsx$/.test(p))).toEqual([]);
  });

  it('has no high or critical advisory in production dependencies (npm audit)', async (ctx) => {
    const run = await promisify(execFile)('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, timeout: 60_000 }).catch(
      (err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }),
    );
    let report: { metadata?: { vulnerabilities?: Record<string, number> } } = {};
    try {
      report = JSON.parse(run.stdout);
    } catch {
      /* not JSON: the advisory service did not answer */
    }
    const counts = report.metadata?.vulnerabilities;
    if (!counts) return ctx.skip('the npm advisory service is not reachable from here');
    expect({ high: counts.high, critical: counts.critical }).toEqual({ high: 0, critical: 0 });
  }, 90_000);
});
