/**
 * A5 (reliability §8): user enumeration by timing.
 *
 *   npm run bench -- --login-timing
 *   node --import tsx bench/login-timing.ts [--logins 200] [--accounts 50]
 *
 * Against the real API on its embedded defaults (bench/api-server.ts): `--logins` POST
 * /auth/login for unknown e-mail addresses and as many for known, verified accounts with a wrong
 * password, alternating one of each so that the shared machine's load falls on both alike, one
 * request at a time. Compared: status and body of each pair (target: identical for all), and
 * the median latency of either kind (target: differ by < 10% of the known-account median).
 *
 * The limits stay at their production values; the bench keeps under them as the tests do: every
 * request comes from its own loopback address (10 a minute per IP), and each address, known or
 * unknown, is tried `logins / accounts` times (4 by default; 5 failures per account in 15 minutes
 * are allowed, so a 429 would show up as a status mismatch).
 */
import { parseArgs } from 'node:util';
import { nextIp, signUp, startApi, uniqueEmail, type ApiProcess, type Res } from './api-server';
import { log } from './child';

const PASSWORD = 'Bench passphrase, nine quiet harbours';
const WRONG = 'Not the passphrase, eleven loud ports';
const TARGET = 0.1;

const { values } = parseArgs({
  options: {
    logins: { type: 'string', default: '200' },
    accounts: { type: 'string', default: '50' },
  },
});

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number): string => `${x.toFixed(1)} ms`;

async function timedLogin(api: ApiProcess, email: string): Promise<{ res: Res; ms: number }> {
  const ip = nextIp();
  const t0 = performance.now();
  const res = await api.request('POST', '/auth/login', { body: { email, password: WRONG }, ip });
  return { res, ms: performance.now() - t0 };
}

async function main(): Promise<void> {
  const logins = Number(values.logins);
  const accounts = Number(values.accounts);
  if (!(logins > 0 && accounts > 0 && logins % accounts === 0)) throw new Error('--logins must be a multiple of --accounts');
  if (logins / accounts > 4) throw new Error('more than 4 logins per address would run into the 5-failures-per-account limit');

  log('starting the API (embedded defaults) …');
  const api = await startApi();
  try {
    log(`signing up ${accounts} verified accounts …`);
    const known: string[] = [];
    for (let i = 0; i < accounts; i++) {
      const email = uniqueEmail('a5-known');
      await signUp(api, email, PASSWORD);
      known.push(email);
    }
    const unknown = Array.from({ length: accounts }, () => uniqueEmail('a5-nobody'));
    // Not counted: the first requests of a process pay for lazy initialisation on either path.
    const warmAccount = uniqueEmail('a5-warm');
    await signUp(api, warmAccount, PASSWORD);
    for (let i = 0; i < 3; i++) {
      await timedLogin(api, warmAccount);
      await timedLogin(api, uniqueEmail('a5-warm-nobody'));
    }

    log(`${logins} logins each, alternating unknown / known …`);
    const times = { unknown: [] as number[], known: [] as number[] };
    const answers = new Map<string, number>();
    let identical = 0;
    for (let i = 0; i < logins; i++) {
      // Which kind goes first alternates too, so neither always follows the other.
      const order = i % 2 === 0 ? (['unknown', 'known'] as const) : (['known', 'unknown'] as const);
      const got: Record<string, Res> = {};
      for (const kind of order) {
        const email = kind === 'known' ? known[i % accounts] : unknown[i % accounts];
        const { res, ms: t } = await timedLogin(api, email);
        times[kind].push(t);
        got[kind] = res;
        const key = `${res.status} ${res.text}`;
        answers.set(key, (answers.get(key) ?? 0) + 1);
      }
      if (got.known.status === got.unknown.status && got.known.text === got.unknown.text) identical++;
    }

    const mUnknown = median(times.unknown);
    const mKnown = median(times.known);
    const diff = Math.abs(mUnknown - mKnown) / mKnown;
    const verdict = (ok: boolean): string => (ok ? 'meets target' : 'MISSES TARGET');
    const row = (label: string, xs: number[]) =>
      `${label.padEnd(44)} ${ms(median(xs)).padStart(10)} ${ms(pct(xs, 10)).padStart(10)} ${ms(pct(xs, 90)).padStart(10)}`;
    const lines = [
      `Veil bench A5: ${logins} logins each, unknown e-mail vs known e-mail with a wrong password; API on embedded defaults`,
      '',
      `${'login'.padEnd(44)} ${'median'.padStart(10)} ${'p10'.padStart(10)} ${'p90'.padStart(10)}`,
      row('unknown e-mail', times.unknown),
      row('known e-mail, wrong password (baseline)', times.known),
      '',
      'answers seen (count  status body):',
      ...[...answers].map(([answer, n]) => `  ${String(n).padStart(4)}  ${answer}`),
      '',
      `identical status and body:  ${identical}/${logins} (target ${logins}/${logins})  ${verdict(identical === logins)}`,
      `median difference:          ${(diff * 100).toFixed(1)} % of the known-account median (${ms(mUnknown - mKnown)}; target < ${TARGET * 100} %)  ${verdict(diff < TARGET)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await api.stop();
  }
}

main().catch((e: unknown) => {
  log(`bench/login-timing: ${(e as Error).message}`);
  process.exitCode = 1;
});
