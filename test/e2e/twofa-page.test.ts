/**
 * Two-factor authentication through the page: turn it on from the settings (a QR code of the
 * otpauth URL and the secret shown, code confirmed, ten backup codes shown once), log out, and log
 * in again through the code step —
 * once with a TOTP code, once with a backup code. The server's TOTP clock is the harness clock,
 * moved across 30-s steps so no code is reused.
 */
import { generate } from 'otplib';
import qrcode from 'qrcode-generator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInInPage, startBrowserEnv, type BrowserEnv, type PageRun } from '../support/browser';
import { createAccount, PASSWORD, type Account } from '../support/factories';
import { QR_ERROR_CORRECTION, QUIET_ZONE } from '../../web-prescan/qr';

/** The dark modules of `text` as the encoder itself lays them out, as "row,col" keys. */
function expectedModules(text: string): { count: number; dark: Set<string> } {
  const qr = qrcode(0, QR_ERROR_CORRECTION);
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const dark = new Set<string>();
  for (let r = 0; r < count; r++) for (let c = 0; c < count; c++) if (qr.isDark(r, c)) dark.add(`${r},${c}`);
  return { count, dark };
}

describe('the page: two-factor authentication', () => {
  let env: BrowserEnv;
  let a: Account;
  beforeAll(async () => {
    env = await startBrowserEnv('2fa');
    a = await createAccount(env.h, { orgName: '2FA Org' });
  });
  afterAll(async () => env?.close());

  const code = async (secret: string) => generate({ secret, epoch: Math.floor(env.h.clock.now() / 1000) });

  async function logInWithCode(run: PageRun, secondFactor: string): Promise<void> {
    await run.page.locator('#login-email').fill(a.email);
    await run.page.locator('#login-password').fill(PASSWORD);
    await run.page.getByRole('button', { name: 'Log in' }).click();
    await run.page.locator('#mfa-form').waitFor();
    await run.shot('code-step');
    await run.page.getByLabel('Code from your authenticator app, or a backup code').fill(secondFactor);
    await run.page.getByRole('button', { name: 'Confirm' }).click();
    await run.page.locator('#who-email').getByText(a.email).waitFor();
  }

  it('turns 2FA on with backup codes shown once, then logging in asks for a code', async () => {
    // On a phone-sized screen: the QR code and the secret fit without sideways scrolling.
    const run = await env.open({ width: 360 });
    await logInInPage(run, a.email, PASSWORD);
    await run.page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await run.page.locator('#twofa-form').waitFor();
    const secret = (await run.page.locator('#twofa-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    const url = (await run.page.locator('#twofa-url').textContent()) ?? '';
    expect(url).toMatch(/^otpauth:\/\/totp\//);
    expect(url).toContain(`secret=${secret}`);

    // The QR code is drawn in the page (no request for it) and is the otpauth URL's, module for module.
    const qr = run.page.getByRole('img', { name: 'QR code of the secret for your authenticator app' });
    await qr.waitFor();
    const box = await qr.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(150);
    expect(box!.height).toBeCloseTo(box!.width, 0);
    const drawn = await run.page.locator('#twofa-qr svg').evaluate((svg) => ({
      viewBox: svg.getAttribute('viewBox'),
      d: svg.querySelector('path')?.getAttribute('d') ?? '',
    }));
    const want = expectedModules(url);
    const side = want.count + 2 * QUIET_ZONE;
    expect(drawn.viewBox).toBe(`0 0 ${side} ${side}`);
    const dark = new Set([...drawn.d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${Number(m[2]) - QUIET_ZONE},${Number(m[1]) - QUIET_ZONE}`));
    expect(drawn.d.replace(/M\d+ \d+h1v1h-1z/g, '')).toBe('');
    expect(dark.size).toBe(want.dark.size);
    expect([...dark].filter((k) => !want.dark.has(k))).toEqual([]);
    expect(run.requests.filter((r) => /qr|chart/i.test(r.url()))).toEqual([]);
    expect(await run.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await run.shotState('2fa-qr');

    await run.page.getByLabel('Code from the app').fill(await code(secret));
    await run.page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await run.page.locator('#backup').waitFor();
    await run.shot('backup-codes');
    // Once on, the secret does not stay in the page.
    expect(await run.page.locator('#twofa-qr svg').count()).toBe(0);
    expect(await run.page.locator('#twofa-secret').textContent()).toBe('');
    const backup = await run.page.locator('#backup-list li').allTextContents();
    expect(backup).toHaveLength(10);
    expect(await run.page.locator('#twofa-state').textContent()).toBe('Two-factor authentication is on.');

    await run.page.getByRole('button', { name: 'Log out' }).click();
    await run.page.locator('#login-form').waitFor();
    env.h.clock.advance(30_000);
    await logInWithCode(run, await code(secret));
    // Shown once: a new session does not show them again.
    expect(await run.page.locator('#backup').isHidden()).toBe(true);
    expect(await run.page.locator('#twofa-start').isHidden()).toBe(true);

    await run.page.getByRole('button', { name: 'Log out' }).click();
    await run.page.locator('#login-form').waitFor();
    await logInWithCode(run, backup[0]);
    await run.shot('logged-in-with-backup-code');
    expect(run.errors).toEqual([]);
  });

  it('a wrong code keeps the user out with the error shown', async () => {
    const run = await env.open();
    await run.page.locator('#login-email').fill(a.email);
    await run.page.locator('#login-password').fill(PASSWORD);
    await run.page.getByRole('button', { name: 'Log in' }).click();
    await run.page.locator('#mfa-form').waitFor();
    await run.page.getByLabel('Code from your authenticator app, or a backup code').fill('000000');
    await run.page.getByRole('button', { name: 'Confirm' }).click();
    await run.page.locator('#error').getByText(/.+/).waitFor();
    expect(await run.page.locator('#app').isHidden()).toBe(true);
  });
});
