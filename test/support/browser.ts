/**
 * Real Chromium (the distro's /usr/bin/chromium, never a downloaded one) driven by
 * playwright-core against the real app booted in-process by the harness, with the files
 * platform and the WebSocket. Each page records its requests (to prove what was NOT sent), its
 * console errors and CSP violations, and writes screenshots into test-output/e2e/ — one picture
 * of each state of the page into test-output/e2e/states/ (`shotState`).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { filesPlatform } from './files';
import { startHarness, type Harness } from './harness';

export const CHROMIUM = '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('../../test-output/e2e', import.meta.url));
const STATE_SHOTS = join(SHOTS, 'states');

/**
 * The states of the page the issue wants a picture of: what must show (and what must not show
 * yet, for the passing phases of a file), and the section the picture frames.
 */
export const PAGE_STATES = {
  login: { frame: '#auth', shows: ['#login-form'], notYet: ['#mfa-form'] },
  'prescan-progress': { frame: '#check', shows: ['#prescan'], notYet: ['#preview', '#refused'] },
  refused: { frame: '#check', shows: ['#refused'], notYet: ['#upload'] },
  'upload-progress': { frame: '#check', shows: ['#upload'], notYet: ['#job'] },
  'job-progress': { frame: '#check', shows: ['#job'], notYet: ['#results'] },
  results: { frame: '#results', shows: ['#results-table tbody tr'], notYet: [] },
  history: { frame: '#history', shows: ['#history-table tbody tr'], notYet: [] },
  settings: { frame: '#settings', shows: ['#org-settings'], notYet: [] },
  '2fa-qr': { frame: '#settings', shows: ['#twofa-qr svg'], notYet: ['#backup'] },
} as const;
export type PageState = keyof typeof PAGE_STATES;

export type PageRun = {
  page: Page;
  context: BrowserContext;
  /** Every request the page made, in order. */
  requests: Request[];
  /** Console errors and page errors: CSP violations land here. */
  errors: string[];
  shot(name: string): Promise<void>;
  /**
   * A picture of one of PAGE_STATES, framed on its section, as test-output/e2e/states/<state>.png.
   * Throws when the page is not in that state — before the picture, or after it (a passing phase
   * that moved on while the picture was taken would be mislabelled).
   */
  shotState(state: PageState): Promise<void>;
};

export type BrowserEnv = { h: Harness; browser: Browser; open(opts?: { width?: number }): Promise<PageRun>; close(): Promise<void> };

async function inState(page: Page, state: PageState): Promise<boolean> {
  const { shows, notYet } = PAGE_STATES[state];
  for (const sel of shows) if (!(await page.locator(sel).first().isVisible())) return false;
  for (const sel of notYet) if (await page.locator(sel).first().isVisible()) return false;
  return true;
}

async function shotState(page: Page, state: PageState): Promise<void> {
  if (!(await inState(page, state))) throw new Error(`the page is not in state ${state}`);
  await page.locator(PAGE_STATES[state].frame).screenshot({ path: join(STATE_SHOTS, `${state}.png`) });
  if (!(await inState(page, state))) throw new Error(`the page left state ${state} while its picture was taken`);
}

/**
 * The harness picks its port when it listens, after the config is loaded, so the page's origin
 * joins ALLOWED_ORIGINS only then. The WebSocket and CORS read that list per request, which makes
 * this the same as starting with it set.
 */
export async function startBrowserEnv(prefix: string, opts: { env?: Record<string, string> } = {}): Promise<BrowserEnv> {
  const h = await startHarness({ platform: filesPlatform().platform, env: opts.env });
  h.config.allowedOrigins.push(h.baseUrl);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  mkdirSync(STATE_SHOTS, { recursive: true });
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
      return {
        page,
        context,
        requests,
        errors,
        shot: (name) => page.screenshot({ path: join(SHOTS, `${prefix}-${name}.png`), fullPage: true }).then(() => undefined),
        shotState: (state) => shotState(page, state),
      };
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
