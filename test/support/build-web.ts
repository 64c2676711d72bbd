/**
 * Vitest global setup: builds the browser page once per test run, so the e2e tests (and the web
 * route's tests) always serve the page of this checkout, never a stale dist. esbuild takes well
 * under a second.
 */
import { buildPage } from '../../web-prescan/build';

export default async function setup(): Promise<void> {
  await buildPage();
}
