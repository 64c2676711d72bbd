import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';

type Entry = 'scan-thread-worker' | 'rest-thread-worker';

/** A thread started with `threadScripts(…)` in its workerData finds them here instead of bundling again. */
const scripts = new Map<string, string>(Object.entries((workerData as { threadScripts?: Record<string, string> } | null)?.threadScripts ?? {}));

/**
 * A worker thread's TypeScript entry (a file in this folder) as one CommonJS script, bundled once
 * per process, for `new Worker(script, { eval: true })`. A thread started from TypeScript through
 * tsx gets a module-loader thread of its own: it took about 300 ms and 50 MB, where the bundle
 * (40–60 ms to build) starts in about 70 ms and 20 MB.
 *
 * A bundle has no `import.meta.url` of its own; it is set to the entry's, which is right for the
 * modules that use it here because they live in this same folder (they find their sibling
 * threads' entries by it). esbuild itself is loaded from node_modules by that path, never bundled
 * (its API starts a thread from its own file); a thread is usually handed the scripts it needs
 * (`threadScripts`), which spares a scan the 50–100 ms of bundling on its own thread.
 */
export function threadScript(entry: Entry): string {
  let script = scripts.get(entry);
  if (script === undefined) {
    const { url, options } = bundling(entry);
    const { buildSync } = createRequire(url)('esbuild') as typeof import('esbuild');
    script = buildSync(options).outputFiles[0].text;
    scripts.set(entry, script);
  }
  return script;
}

/**
 * The same script, bundled without holding up the caller's thread (esbuild works in a process of
 * its own), for a thread that the caller can do without until it is there.
 */
export async function threadScriptSoon(entry: Entry): Promise<string> {
  const known = scripts.get(entry);
  if (known !== undefined) return known;
  const { url, options } = bundling(entry);
  const { build } = createRequire(url)('esbuild') as typeof import('esbuild');
  const script = (await build(options)).outputFiles[0].text;
  scripts.set(entry, script);
  return script;
}

function bundling(entry: Entry): { url: URL; options: import('esbuild').BuildOptions & { write: false } } {
  const url = new URL(`./${entry}.ts`, import.meta.url);
  const options = {
    entryPoints: [fileURLToPath(url)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    define: { 'import.meta.url': JSON.stringify(url.href) },
  } satisfies import('esbuild').BuildOptions;
  return { url, options };
}

/** Scripts to hand a thread in its workerData, so that the threads it starts need no bundling of their own. */
export function threadScripts(...entries: Entry[]): { threadScripts: Record<string, string> } {
  return { threadScripts: Object.fromEntries(entries.map((e) => [e, threadScript(e)])) };
}
