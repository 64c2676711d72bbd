import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * design.md's one rule: dependencies point inward. api, worker, web-prescan and bin depend on
 * shared, never on each other; shared/detect depends on nothing; shared/read only on
 * shared/detect; neither touches Node APIs, because the browser runs them too.
 */
const ROOT = resolve(__dirname, '../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  const abs = join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(ROOT, path));
    return /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts') ? [relative(ROOT, path)] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
}

/** Where a relative import lands, as a path from the repo root; bare specifiers stay as they are. */
function target(file: string, spec: string): string {
  return spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)) : spec;
}

const NODE_BUILTIN = /^(node:|fs$|fs\/|path$|os$|crypto$|child_process$|net$|http$|https$|stream$|worker_threads$|zlib$|buffer$|util$)/;

describe('the import graph points inward', () => {
  it('keeps shared/detect pure and self-contained', () => {
    const files = sourceFiles('shared/detect');
    expect(files.length).toBeGreaterThan(10);
    const offending = files.flatMap((f) =>
      imports(f)
        .filter((s) => NODE_BUILTIN.test(s) || (s.startsWith('.') && !target(f, s).startsWith('shared/detect')))
        .map((s) => `${f} → ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('lets shared/read use only itself, shared/detect and browser-safe packages', () => {
    const files = sourceFiles('shared/read');
    expect(files.length).toBeGreaterThan(5);
    const offending = files.flatMap((f) =>
      imports(f)
        .filter((s) => {
          if (NODE_BUILTIN.test(s)) return true;
          if (!s.startsWith('.')) return !['papaparse', 'fflate'].includes(s);
          const t = target(f, s);
          return !t.startsWith('shared/read') && !t.startsWith('shared/detect');
        })
        .map((s) => `${f} → ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the process folders apart: they meet only in shared/', () => {
    const hosts = ['api', 'worker', 'web-prescan', 'bin'];
    const offending = hosts.flatMap((host) =>
      sourceFiles(host).flatMap((f) =>
        imports(f)
          .map((s) => target(f, s))
          .filter((t) => hosts.some((other) => other !== host && t.startsWith(`${other}/`)))
          .map((t) => `${f} → ${t}`),
      ),
    );
    expect(offending).toEqual([]);
  });

  it('keeps shared/ free of imports from the process folders', () => {
    const offending = sourceFiles('shared').flatMap((f) =>
      imports(f)
        .map((s) => target(f, s))
        .filter((t) => /^(api|worker|web-prescan|bin)\//.test(t))
        .map((t) => `${f} → ${t}`),
    );
    expect(offending).toEqual([]);
  });
});
