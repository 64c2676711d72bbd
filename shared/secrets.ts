import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, type Config } from './config';

/**
 * Resolves MASTER_KEY and JWT_SECRET. When unset outside production, each is generated once into
 * DATA_DIR (mode 0600) and reused on every later start, so `npm start` works from a clean clone
 * and restarts keep sessions and encrypted data readable; `warn` says so each time. In
 * production an unset secret is a ConfigError: a generated key on an ephemeral disk would make
 * every encrypted file unreadable after a redeploy.
 */
export async function resolveSecrets(config: Config, warn: (msg: string) => void): Promise<{ masterKey: Buffer; jwtSecret: string }> {
  if (config.production) {
    if (!config.masterKey) throw new ConfigError('MASTER_KEY: required in production');
    if (!config.jwtSecret) throw new ConfigError('JWT_SECRET: required in production');
  }
  const masterKey =
    config.masterKey ?? Buffer.from(await generatedSecret(config.dataDir, 'master.key', () => randomBytes(32).toString('hex'), warn, 'MASTER_KEY'), 'hex');
  const jwtSecret = config.jwtSecret ?? (await generatedSecret(config.dataDir, 'jwt.secret', () => randomBytes(48).toString('base64url'), warn, 'JWT_SECRET'));
  if (masterKey.length !== 32) throw new ConfigError('MASTER_KEY: the generated key file in DATA_DIR is damaged; restore it or set MASTER_KEY');
  if (jwtSecret.length < 64) throw new ConfigError('JWT_SECRET: the generated secret file in DATA_DIR is damaged; restore it or set JWT_SECRET');
  return { masterKey, jwtSecret };
}

/** Reads `<dataDir>/<file>`, creating it exclusively (flag 'wx') on first use so two processes starting together agree. */
async function generatedSecret(dataDir: string, file: string, make: () => string, warn: (msg: string) => void, name: string): Promise<string> {
  const path = join(dataDir, file);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  try {
    await writeFile(path, make() + '\n', { flag: 'wx', mode: 0o600 });
    warn(`${name} is not set: generated one and stored it in ${path}; back it up, or set ${name}`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    warn(`${name} is not set: using the one generated earlier in ${path}`);
  }
  await chmod(path, 0o600);
  return (await readFile(path, 'utf8')).trim();
}
