/**
 * The upload flow by keyboard alone, on a 360 px wide screen: log in with Tab and Enter, open the
 * file chooser from the focused file input with Space, reach the results, download the JSON (and HTML)
 * report, issue a certificate and save it with Tab and Enter. Focus must be visible at every
 * step and nothing may need sideways scrolling of the page (wide tables scroll in their box).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleCsv } from '../fixtures/uploads';
import { startBrowserEnv, type BrowserEnv } from '../support/browser';
import { createAccount, PASSWORD, type Account } from '../support/factories';

const WIDTH = 360;

describe('the page: keyboard only, 360 px', () => {
  let env: BrowserEnv;
  let a: Account;
  beforeAll(async () => {
    env = await startBrowserEnv('keyboard');
    a = await createAccount(env.h, { orgName: 'Keyboard Org' });
  });
  afterAll(async () => env?.close());

  it('logs in, uploads and downloads the report without a mouse', async () => {
    const run = await env.open({ width: WIDTH });
    const { page } = run;
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    const outline = () => page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

    await page.keyboard.press('Tab');
    expect(await focused()).toBe('login-email');
    expect(await outline()).toBe('solid');
    await page.keyboard.type(a.email);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('login-password');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('#who-email').getByText(a.email).waitFor();
    // Signed in, focus moves to the file input: the next thing to do.
    expect(await focused()).toBe('file');
    expect(await pageWidth()).toBeLessThanOrEqual(WIDTH);
    await run.shot('logged-in');

    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles({ name: 'kunder.csv', mimeType: 'text/csv', buffer: peopleCsv(300, { seed: 'kb' }) });
    await page.locator('#results').waitFor({ timeout: 30_000 });
    // The results heading takes focus, so a screen reader announces them and Tab continues there.
    expect(await focused()).toBe('results-h');
    expect(await pageWidth()).toBeLessThanOrEqual(WIDTH);
    await run.shot('results');

    await page.keyboard.press('Tab');
    expect(await focused()).toBe('download-report');
    expect(await outline()).toBe('solid');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const report = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    expect(report.file).toBe('kunder.csv');
    expect(report.sheets[0].columns.map((c: { category: string }) => c.category)).toContain('national_id');

    // The HTML report is the one `veil scan --format html` writes, built in the page from the same JSON.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('download-html');
    const htmlDownload = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const html = await readFile(await (await htmlDownload).path(), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h2>kunder.csv</h2>');
    expect(html).toContain('national_id');
    expect(html).not.toMatch(/<script/i);

    await page.keyboard.press('Tab');
    expect(await focused()).toBe('issue-certificate');
    await page.keyboard.press('Enter');
    await page.locator('#certificate-link').waitFor();
    expect(await focused()).toBe('certificate-link');
    const certDownload = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const cert = JSON.parse(await readFile(await (await certDownload).path(), 'utf8'));
    expect(Object.keys(cert).sort()).toEqual(['certificate', 'keyId', 'signature']);
    expect(run.errors).toEqual([]);
  });
});
