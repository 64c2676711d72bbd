import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type RequestHandler } from 'express';

/**
 * Where `web-prescan/build.ts` writes the page. Named by path, not imported: the API serves the
 * built files and never depends on the page's code (design.md, dependencies point inward).
 */
const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web-prescan', 'dist');

/**
 * The browser page at `/`, under the app's strict CSP (scripts, styles and connections from this
 * origin only, nothing inline). Only files that exist are answered; every other path falls
 * through to the API's own 404. Without a build (`npm start` runs one first) nothing is served.
 */
export function webRouter(root = DIST): RequestHandler {
  if (!existsSync(root)) return (_req, _res, next) => next();
  return express.static(root, { index: 'index.html', dotfiles: 'ignore', redirect: false, fallthrough: true });
}
