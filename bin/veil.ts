import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Report } from '../shared/detect/report';
import { openFileSource } from '../shared/fs-source';
import { ReadError } from '../shared/read';
import { scanSource } from '../shared/scan/scan-source';
import { formatHtml } from '../shared/report-html';
import { formatJson, formatTable } from './format';
import { progressBar } from './progress';
import { adminCommand } from './admin';
import { verifyCommand } from './verify';

/** Exit statuses of contract §2. */
const EXIT = { ok: 0, internal: 1, usage: 2, credentials: 3 } as const;

const USAGE = `usage: veil scan <file>... [--format table|json|html] [--out PATH] [--no-ai] [--sheet NAME]`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'scan') return scan(rest);
  if (command === 'verify') return verifyCommand(rest);
  if (command === 'admin') return adminCommand(rest);
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
}

async function scan(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      'no-ai': { type: 'boolean' },
      sheet: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('no file given');
  const format = values.format ?? (process.stdout.isTTY ? 'table' : 'json');
  if (format !== 'table' && format !== 'json' && format !== 'html') {
    throw new UsageError(`--format must be table, json or html, not '${format}'`);
  }

  const reports: Report[] = [];
  let failed = false;
  for (const path of positionals) {
    const report = await scanOne(path, values.sheet).catch((e: unknown) => {
      if (!(e instanceof ReadError) && !isMissingFile(e)) throw e;
      process.stderr.write(`veil: ${path}: ${e instanceof ReadError ? e.message : 'no such file'}\n`);
      failed = true;
      return null;
    });
    if (report) reports.push(report);
  }
  if (reports.length > 0) {
    const text = format === 'json' ? formatJson(reports) : format === 'html' ? formatHtml(reports) : formatTable(reports);
    if (values.out) await writeFile(values.out, text);
    else process.stdout.write(text);
  }
  if (failed) return EXIT.usage;
  return reports.some((r) => r.rejected) ? EXIT.credentials : EXIT.ok;
}

async function scanOne(path: string, sheet: string | undefined): Promise<Report> {
  const source = await openFileSource(path);
  const bar = process.stderr.isTTY ? progressBar(path) : null;
  try {
    return await scanSource(source, { fileName: path, sheet, onProgress: bar?.update });
  } finally {
    bar?.done();
    await source.close();
  }
}

function isMissingFile(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES';
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // One line, no stack trace: usage errors say how to call; anything else is our fault.
    if (e instanceof UsageError || (e as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`veil: ${(e as Error).message}\n${USAGE}\n`);
      process.exitCode = EXIT.usage;
    } else {
      // The message of an unexpected error may quote input, so only its kind is printed by default.
      process.stderr.write(`veil: internal error (${(e as Error)?.name ?? 'Error'}); set VEIL_DEBUG=1 for details\n`);
      if (process.env.VEIL_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
      process.exitCode = EXIT.internal;
    }
  },
);
