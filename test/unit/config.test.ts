import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../shared/config';
import { resolveSecrets } from '../../shared/secrets';

const S3 = { S3_BUCKET: 'b', S3_REGION: 'eu-north-1', S3_ACCESS_KEY_ID: 'AKIA', S3_SECRET_ACCESS_KEY: 'very-secret-value' };
const JWT = 'j'.repeat(64);

function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives the contract defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 3000, dataDir: './.data', databaseUrl: null, redisUrl: null, s3: null, masterKey: null, jwtSecret: null,
      gemini: null, allowedOrigins: ['http://localhost:3000'], smtpUrl: null, maxUploadBytes: 1024 ** 3,
      production: false, logLevel: 'info', trustProxy: 0,
    });
  });

  it('parses a full environment', () => {
    const key = randomBytes(32);
    const c = loadConfig({
      PORT: '8080', DATA_DIR: '/var/veil', DATABASE_URL: 'postgres://u@db:5432/veil', REDIS_URL: 'redis://r:6379', ...S3,
      S3_ENDPOINT: 'http://127.0.0.1:4568', MASTER_KEY: key.toString('base64'), JWT_SECRET: JWT, GEMINI_API_KEY: 'g',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example', MAX_UPLOAD_BYTES: '1000', NODE_ENV: 'production', LOG_LEVEL: 'warn', TRUST_PROXY: '1',
    });
    expect(c.masterKey?.equals(key)).toBe(true);
    expect(c.s3).toEqual({ bucket: 'b', endpoint: 'http://127.0.0.1:4568', region: 'eu-north-1', accessKeyId: 'AKIA', secretAccessKey: 'very-secret-value' });
    expect(c.allowedOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(c).toMatchObject({ port: 8080, production: true, trustProxy: 1, maxUploadBytes: 1000, gemini: { apiKey: 'g', baseUrl: null } });
    expect(loadConfig({ MASTER_KEY: key.toString('hex') }).masterKey?.equals(key)).toBe(true);
  });

  it('refuses a JWT_SECRET shorter than 64 characters, without echoing it', () => {
    const e = refusal({ JWT_SECRET: 'short-but-secret-value' });
    expect(e.message).toMatch(/^JWT_SECRET: /);
    expect(e.message).not.toContain('short-but-secret-value');
    expect(loadConfig({ JWT_SECRET: JWT }).jwtSecret).toBe(JWT);
  });

  it.each(Object.keys(S3))('refuses a partial S3 configuration (missing %s)', (missing) => {
    const env: Record<string, string> = { ...S3 };
    delete env[missing];
    const e = refusal(env);
    expect(e.message).toMatch(/S3_/);
    expect(e.message).not.toContain('very-secret-value');
  });

  it('refuses S3_ENDPOINT alone', () => {
    expect(refusal({ S3_ENDPOINT: 'http://127.0.0.1:4568' }).message).toMatch(/^S3_ENDPOINT/);
  });

  it.each([
    ['16 bytes hex', randomBytes(16).toString('hex')],
    ['33 bytes base64', randomBytes(33).toString('base64')],
    ['31 bytes base64', randomBytes(31).toString('base64')],
    ['not an encoding', 'correct horse battery staple'],
  ])('refuses a MASTER_KEY of the wrong length or form (%s), without echoing it', (_label, value) => {
    const e = refusal({ MASTER_KEY: value });
    expect(e.message).toMatch(/^MASTER_KEY: /);
    expect(e.message).not.toContain(value);
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT/],
    [{ PORT: '70000' }, /^PORT/],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL/],
    [{ TRUST_PROXY: '-1' }, /^TRUST_PROXY/],
    [{ ALLOWED_ORIGINS: 'https://a.example/path' }, /^ALLOWED_ORIGINS/],
    [{ GEMINI_MODEL: 'x' }, /^GEMINI_API_KEY/],
  ])('refuses %j naming the variable', (env, name) => {
    expect(refusal(env).message).toMatch(name);
  });

  it('does not echo a database URL with a password', () => {
    expect(refusal({ DATABASE_URL: 'postgres://u:hunter2hunter2@/' + ' x' }).message).not.toContain('hunter2');
  });
});

describe('resolveSecrets', () => {
  it('generates each secret once into DATA_DIR with mode 0600, says so, and reuses it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'veil-secrets-'));
    try {
      const warnings: string[] = [];
      const config = loadConfig({ DATA_DIR: dir });
      const first = await resolveSecrets(config, (m) => warnings.push(m));
      expect(first.masterKey.length).toBe(32);
      expect(first.jwtSecret.length).toBeGreaterThanOrEqual(64);
      expect(warnings.join('\n')).toMatch(/MASTER_KEY[\s\S]*JWT_SECRET/);
      expect(warnings.join('\n')).not.toContain(first.jwtSecret);
      expect((await stat(join(dir, 'master.key'))).mode & 0o777).toBe(0o600);
      expect((await stat(join(dir, 'jwt.secret'))).mode & 0o777).toBe(0o600);
      const second = await resolveSecrets(config, () => undefined);
      expect(second.masterKey.equals(first.masterKey)).toBe(true);
      expect(second.jwtSecret).toBe(first.jwtSecret);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('prefers configured secrets and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'veil-secrets-'));
    try {
      const key = randomBytes(32);
      const s = await resolveSecrets(loadConfig({ DATA_DIR: dir, MASTER_KEY: key.toString('hex'), JWT_SECRET: JWT }), () => {
        throw new Error('no warning expected');
      });
      expect(s.masterKey.equals(key)).toBe(true);
      await expect(readFile(join(dir, 'master.key'))).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses unset secrets in production', async () => {
    await expect(resolveSecrets(loadConfig({ NODE_ENV: 'production', JWT_SECRET: JWT }), () => undefined)).rejects.toThrow(ConfigError);
    await expect(resolveSecrets(loadConfig({ NODE_ENV: 'production', MASTER_KEY: randomBytes(32).toString('hex') }), () => undefined)).rejects.toThrow(/JWT_SECRET/);
  });

  it('refuses a damaged generated key file instead of deriving keys from it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'veil-secrets-'));
    try {
      await writeFile(join(dir, 'master.key'), 'abcd\n', { mode: 0o600 });
      await expect(resolveSecrets(loadConfig({ DATA_DIR: dir, JWT_SECRET: JWT }), () => undefined)).rejects.toThrow(/MASTER_KEY/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
