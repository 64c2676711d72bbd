/**
 * Bundles the page with esbuild into web-prescan/dist: main.js and prescan.worker.js as ES
 * modules, plus index.html and styles.css copied as they are. `platform: 'browser'` makes any
 * Node builtin reaching the page (through shared/detect or shared/read) a build error, which is
 * the proof design.md asks for that the engine really runs in a browser.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Where the API's web route serves from. */
export const DIST = join(HERE, 'dist');

/** Builds the page once; fast enough (< 1 s) to run before every `npm start` and test run. */
export async function buildPage(): Promise<void> {
  await mkdir(DIST, { recursive: true });
  await build({
    entryPoints: { main: join(HERE, 'main.ts'), 'prescan.worker': join(HERE, 'prescan.worker.ts') },
    outdir: DIST,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
  });
  await Promise.all(['index.html', 'styles.css'].map((f) => copyFile(join(HERE, f), join(DIST, f))));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildPage().catch((err: unknown) => {
    process.stderr.write(`web-prescan build failed: ${String(err)}\n`);
    process.exit(1);
  });
}
