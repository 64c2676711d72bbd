import { z } from 'zod';

/**
 * The process configuration of contract §5, parsed once in each `main.ts` and passed down, so
 * nothing else reads `process.env` and tests can build any configuration without touching it.
 * Secrets have no defaults here: `resolveSecrets` generates and keeps them in DATA_DIR.
 */
export type Config = {
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  redisUrl: string | null;
  s3: null | { bucket: string; endpoint: string | null; region: string; accessKeyId: string; secretAccessKey: string };
  /** MASTER_KEY: 32 bytes given as 64 hex characters or base64. */
  masterKey: Buffer | null;
  /** At least 64 characters when given. */
  jwtSecret: string | null;
  gemini: null | { apiKey: string; model: string; baseUrl: string | null };
  allowedOrigins: string[];
  smtpUrl: string | null;
  maxUploadBytes: number;
  production: boolean;
  logLevel: string;
  /** Number of reverse-proxy hops whose X-Forwarded-For is trusted; 0 keys rate limits to the socket. */
  trustProxy: number;
};

/** A configuration mistake. The message names the variable, never its value (it may be a secret). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const DEFAULT_GEMINI_MODEL = 'gemini-2.5-flash';
const GIB = 1024 ** 3;
const S3_VARS = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/** Empty strings count as unset: `FOO=` in an env file means "no value", not "the empty value". */
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? null : v.trim()));

const intIn = (min: number, max: number) =>
  optional.pipe(z.union([z.null(), z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max))]));

const url = optional.pipe(z.union([z.null(), z.url()]));

/** Decodes a 32-byte key from hex or base64; anything else is refused rather than stretched. */
function decodeMasterKey(value: string): Buffer | null {
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) {
    const buf = Buffer.from(value, value.includes('-') || value.includes('_') ? 'base64url' : 'base64');
    if (buf.length === 32) return buf;
  }
  return null;
}

const EnvSchema = z
  .object({
    PORT: intIn(1, 65535),
    DATA_DIR: optional,
    DATABASE_URL: url,
    REDIS_URL: url,
    S3_BUCKET: optional,
    S3_ENDPOINT: url,
    S3_REGION: optional,
    S3_ACCESS_KEY_ID: optional,
    S3_SECRET_ACCESS_KEY: optional,
    MASTER_KEY: optional,
    JWT_SECRET: optional,
    GEMINI_API_KEY: optional,
    GEMINI_MODEL: optional,
    GEMINI_BASE_URL: url,
    ALLOWED_ORIGINS: optional,
    SMTP_URL: url,
    MAX_UPLOAD_BYTES: intIn(1, Number.MAX_SAFE_INTEGER),
    NODE_ENV: optional,
    LOG_LEVEL: optional.pipe(z.union([z.null(), z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])])),
    TRUST_PROXY: intIn(0, 10),
  })
  .refine((e) => S3_VARS.every((k) => e[k] === null) || S3_VARS.every((k) => e[k] !== null), {
    message: 'set all of S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY or none of them',
    path: ['S3_BUCKET'],
  })
  .refine((e) => e.S3_ENDPOINT === null || e.S3_BUCKET !== null, { message: 'S3_ENDPOINT needs the other S3_* variables', path: ['S3_ENDPOINT'] })
  .refine((e) => e.MASTER_KEY === null || decodeMasterKey(e.MASTER_KEY) !== null, {
    message: 'must be 32 bytes as 64 hex characters or base64',
    path: ['MASTER_KEY'],
  })
  .refine((e) => e.JWT_SECRET === null || e.JWT_SECRET.length >= 64, { message: 'must be at least 64 characters', path: ['JWT_SECRET'] })
  .refine((e) => e.GEMINI_API_KEY !== null || (e.GEMINI_MODEL === null && e.GEMINI_BASE_URL === null), {
    message: 'GEMINI_MODEL and GEMINI_BASE_URL need GEMINI_API_KEY',
    path: ['GEMINI_API_KEY'],
  });

/**
 * Parses the environment into a `Config` or throws one `ConfigError` naming the first bad
 * variable. Pure: the caller passes `process.env` (or a test's object).
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // zod messages for enums/urls can quote the input; only our own wording and the name go out.
    const name = String(issue.path[0] ?? 'environment');
    const reason = issue.code === 'custom' || (issue.code === 'invalid_format' && issue.format !== 'url') ? issue.message : describe(issue.code);
    throw new ConfigError(`${name}: ${reason}`);
  }
  const e = parsed.data;
  const port = e.PORT ?? 3000;
  const origins = e.ALLOWED_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins ?? []) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new ConfigError('ALLOWED_ORIGINS: each entry must be an origin like https://app.example.com');
  }
  return {
    port,
    dataDir: e.DATA_DIR ?? './.data',
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    s3:
      e.S3_BUCKET === null
        ? null
        : {
            bucket: e.S3_BUCKET,
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION!,
            accessKeyId: e.S3_ACCESS_KEY_ID!,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
          },
    masterKey: e.MASTER_KEY === null ? null : decodeMasterKey(e.MASTER_KEY),
    jwtSecret: e.JWT_SECRET,
    gemini: e.GEMINI_API_KEY === null ? null : { apiKey: e.GEMINI_API_KEY, model: e.GEMINI_MODEL ?? DEFAULT_GEMINI_MODEL, baseUrl: e.GEMINI_BASE_URL },
    allowedOrigins: origins?.length ? origins : [`http://localhost:${port}`],
    smtpUrl: e.SMTP_URL,
    maxUploadBytes: e.MAX_UPLOAD_BYTES ?? GIB,
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL ?? 'info',
    trustProxy: e.TRUST_PROXY ?? 0,
  };
}

function describe(code: string): string {
  switch (code) {
    case 'invalid_format':
      return 'must be a valid URL';
    case 'too_small':
    case 'too_big':
      return 'out of range';
    case 'invalid_value':
      return 'not one of the accepted values';
    default:
      return 'invalid value';
  }
}
