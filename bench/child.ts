import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchFilesIfPresent, type BenchFiles } from './generate-large';

/** Child processes of the bench: each measurement runs in its own, so its peak RSS is its own. */
const HERE = fileURLToPath(new URL('.', import.meta.url));
export const ROOT = resolve(HERE, '..');
const GENERATE = resolve(HERE, 'generate-large.ts');

export const log = (s: string): void => void process.stderr.write(`${s}\n`);

export type ChildResult = { out: string; err: string; code: number | null; seconds: number; maxRssMB: number | null };

/**
 * Loaded with `--import` into a measured child: at exit it writes the kernel's peak RSS of the
 * process (getrusage, kB) to the file named by VEIL_BENCH_RSS_FILE.
 */
const EXIT_RSS = `data:text/javascript,${encodeURIComponent(
  "import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.VEIL_BENCH_RSS_FILE,String(process.resourceUsage().maxRSS)))",
)}`;

/**
 * Runs `node <args>` to completion, or kills it at the deadline; resolves with its output, wall
 * seconds from spawn to exit and, with `measureRss`, its peak RSS, or 'timeout'.
 */
export function runChild(
  args: string[],
  timeoutMs: number,
  opts: { stdio?: 'pipe' | 'inherit-stderr'; env?: NodeJS.ProcessEnv; measureRss?: boolean; cwd?: string } = {},
): Promise<ChildResult | 'timeout'> {
  const rssFile = join(tmpdir(), `veil-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const env = opts.measureRss ? { ...(opts.env ?? process.env), VEIL_BENCH_RSS_FILE: rssFile } : (opts.env ?? process.env);
  const argv = opts.measureRss ? ['--import', EXIT_RSS, ...args] : args;
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, argv, { env, cwd: opts.cwd, stdio: ['ignore', 'pipe', opts.stdio === 'inherit-stderr' ? 'inherit' : 'pipe'] });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => (out += d));
    child.stderr?.on('data', (d: Buffer) => (err += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      clearTimeout(timer);
      if (timedOut) return done('timeout');
      const rss = opts.measureRss ? readFile(rssFile, 'utf8').then((kB) => Number(kB) / 1024, () => null) : Promise.resolve(null);
      void rss.then(async (maxRssMB) => {
        await rm(rssFile, { force: true });
        done({ out, err, code, seconds, maxRssMB });
      });
    });
  });
}

/** The bench files of `sizeMB` in `dir`, generated (in a child process) unless an earlier run left them. */
export async function ensureFiles(dir: string, sizeMB: number, withXlsx: boolean): Promise<BenchFiles> {
  const present = await benchFilesIfPresent(dir, sizeMB, withXlsx);
  if (present) return present;
  log(`generating ${sizeMB} MB CSV${withXlsx ? ' and the same rows as xlsx' : ''} in ${dir} …`);
  // exceljs keeps its shared-strings table in memory while writing: give the generator room.
  const args = ['--max-old-space-size=8192', '--import', 'tsx', GENERATE, '--size', String(sizeMB), '--out', dir];
  const result = await runChild(withXlsx ? args : [...args, '--csv-only'], 3 * 3600_000, { stdio: 'inherit-stderr' });
  if (result === 'timeout' || result.code !== 0) throw new Error('generating the bench files failed');
  return JSON.parse(result.out.trim().split('\n').pop()!) as BenchFiles;
}
