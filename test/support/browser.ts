/**
 * Real Chromium (the distro's /usr/bin/chromium, never a downloaded one) driven by
 * playwright-core against the real app booted in-process by the harness, with the files
 * platform and the WebSocket. Each page records its requests (to prove what was NOT sent), its
 * console errors and CSP violations, and writes screenshots into test-output/e2e/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { filesPlatform } from './files';
import { startHarness, type Harness } from './harness';

export const CHROMIUM = '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('../../test-output/e2e', import.meta.url));

export type PageRun = {
  page: Page;
  context: BrowserContext;
  /** Every request the page made, in order. */
  requests: Request[];
  /** Console errors and page errors: CSP violations land here. */
  errors: string[];
  shot(name: string): Promise<void>;
};

export type BrowserEnv = { h: Harness; browser: Browser; open(opts?: { width?: number }): Promise<PageRun>; close(): Promise<void> };

/**
 * The harness picks its port when it listens, after the config is loaded, so the page's origin
 * joins ALLOWED_ORIGINS only then. The WebSocket and CORS read that list per request, which makes
 * this the same as starting with it set.
 */
export async function startBrowserEnv(prefix: string): Promise<BrowserEnv> {
  const h = await startHarness({ platform: filesPlatform().platform });
  h.config.allowedOrigins.push(h.baseUrl);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  mkdirSync(SHOTS, { recursive: true });
  const contexts: BrowserContext[] = [];
  return {
    h,
    browser,
    async open(opts = {}) {
      const context = await browser.newContext({ baseURL: h.baseUrl, viewport: { width: opts.width ?? 1100, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      const requests: Request[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto('/');
      return { page, context, requests, errors, shot: (name) => page.screenshot({ path: join(SHOTS, `${prefix}-${name}.png`), fullPage: true }).then(() => undefined) };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await h.close();
    },
  };
}

/** Signs up, verifies with the token from the outbox and logs in, all through the page's forms. */
export async function signUpInPage(run: PageRun, h: Harness, email: string, password: string, orgName: string): Promise<void> {
  const { page } = run;
  await page.getByLabel('Organisation name').fill(orgName);
  await page.locator('#signup-email').fill(email);
  await page.locator('#signup-password').fill(password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByText('Account created').waitFor();
  await run.shot('signed-up');
  await page.getByLabel('Token from the verification mail').fill(await h.lastToken(email));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByText('E-mail verified').waitFor();
  await page.locator('#login-password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.locator('#who-email').getByText(email).waitFor();
}

/** Logs in through the page's form (no 2FA). */
export async function logInInPage(run: PageRun, email: string, password: string): Promise<void> {
  await run.page.locator('#login-email').fill(email);
  await run.page.locator('#login-password').fill(password);
  await run.page.getByRole('button', { name: 'Log in' }).click();
  await run.page.locator('#who-email').getByText(email).waitFor();
}
