/**
 * The built page as the API serves it at `/`: HTML and bundles from this origin under the strict
 * CSP (no inline script, nothing external), and API paths still answered by the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';

describe('the web page at /', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('serves index.html with a CSP that allows only this origin and no inline script', async () => {
    const res = await h.request('GET', '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<script type="module" src="main.js">');
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(res.text).not.toMatch(/https?:\/\//);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('serves the page bundle and the prescan worker as JavaScript', async () => {
    for (const path of ['/main.js', '/prescan.worker.js']) {
      const res = await h.request('GET', path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toMatch(/javascript/);
    }
  });

  it('leaves unknown paths to the API 404 and serves nothing outside dist', async () => {
    for (const path of ['/nope.js', '/../package.json', '/%2e%2e/package.json', '/build.ts']) {
      const res = await h.request('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.body?.error?.code, path).toBe('not_found');
    }
  });
});
