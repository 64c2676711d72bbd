/**
 * The account flow in real Chromium: sign up, paste the verification token, log in, change the
 * organisation's settings as its admin, log out — under the strict CSP with no violation, and
 * with no token left in web storage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserEnv, signUpInPage, type BrowserEnv } from '../support/browser';
import { PASSWORD, uniqueEmail } from '../support/factories';

describe('the page: account', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv('auth');
  });
  afterAll(async () => env?.close());

  it('sign-up → verify → login → logout, tokens in memory only', async () => {
    const run = await env.open();
    await run.shot('start');
    await run.shotState('login');
    const email = uniqueEmail('page');
    await signUpInPage(run, env.h, email, PASSWORD, 'Page Org');
    await run.shot('logged-in');
    expect(await run.page.locator('#who-org').textContent()).toBe('Page Org (admin)');
    const stored = await run.page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).toBe('{}{}');

    // An admin's organisation settings: the form shows the stored values and saves changes.
    expect(await run.page.getByLabel('Classify personal data in uploaded files (GDPR check)').isChecked()).toBe(true);
    await run.page.getByLabel('Classify personal data in uploaded files (GDPR check)').uncheck();
    await run.page.getByLabel('What happens to a file after its analysis').selectOption('delete_after_analysis');
    const saved = run.page.waitForResponse((r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname === '/org');
    await run.page.getByRole('button', { name: 'Save settings' }).click();
    expect(await (await saved).json()).toMatchObject({ gdprCheckEnabled: false, retentionPolicy: 'delete_after_analysis' });
    await run.page.getByText('Organisation settings saved.').waitFor();
    await run.shot('settings-saved');
    await run.shotState('settings');

    await run.page.getByRole('button', { name: 'Log out' }).click();
    await run.page.locator('#login-form').waitFor();
    expect(await run.page.locator('#app').isHidden()).toBe(true);
    const logout = run.requests.find((r) => r.url().endsWith('/auth/logout'));
    expect(logout?.method()).toBe('POST');
    expect(run.errors).toEqual([]);
  });

  it('shows the API error for a wrong password', async () => {
    const run = await env.open();
    await run.page.locator('#login-email').fill(uniqueEmail('nobody'));
    await run.page.locator('#login-password').fill('not the password at all');
    await run.page.getByRole('button', { name: 'Log in' }).click();
    await run.page.locator('#error').getByText(/.+/).waitFor();
    expect(await run.page.locator('#app').isHidden()).toBe(true);
    await run.shot('login-refused');
  });
});
