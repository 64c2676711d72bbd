/**
 * `veil verify CERT.json --jwks JWKS.json`: checks a scan certificate offline. The JWKS is the
 * server's `/.well-known/jwks.json` saved beforehand; it is required because a public key shipped
 * inside the certificate would let anyone forge one. Rotated keys stay in the JWKS, so a
 * certificate signed before a rotation still verifies.
 *
 * Exit statuses: 0 valid, 4 not valid (tampered, unknown key, malformed), 2 usage or unreadable
 * input, 1 internal error (veil.ts).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { verifyCertificate } from '../shared/gdpr/certificate';

export const VERIFY_USAGE = 'usage: veil verify <certificate.json> --jwks <jwks.json>';
export const VERIFY_EXIT = { ok: 0, usage: 2, invalid: 4 } as const;

/** Runs the command; prints one line to stdout (verdict) or stderr (usage) and returns the exit status. */
export async function verifyCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { jwks: { type: 'string' } } });
  if (positionals.length !== 1 || !values.jwks) {
    process.stderr.write(`veil: verify needs one certificate and --jwks\n${VERIFY_USAGE}\n`);
    return VERIFY_EXIT.usage;
  }
  const [cert, jwks] = await Promise.all([readJson(positionals[0]), readJson(values.jwks)]);
  if (cert === undefined || jwks === undefined || !jwks || typeof jwks !== 'object') {
    process.stderr.write(`veil: cannot read the certificate or the JWKS as JSON\n`);
    return VERIFY_EXIT.usage;
  }
  const outcome = verifyCertificate(cert, jwks as { keys?: unknown });
  if (outcome.ok) {
    process.stdout.write(`valid: signed by ${outcome.keyId}\n`);
    return VERIFY_EXIT.ok;
  }
  process.stdout.write(`NOT valid: ${outcome.reason.replace('_', ' ')}\n`);
  return VERIFY_EXIT.invalid;
}

/** The parsed file, or undefined when it cannot be read or is not JSON (the path is not echoed: it may be personal). */
async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}
