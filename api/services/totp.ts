import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify as verifyOtp } from 'otplib';
import { appendAudit } from '../../shared/audit/append';
import type { Queryable } from '../../shared/db';
import { AppError } from '../../shared/errors';
import * as accounts from '../../shared/repo/accounts';
import type { Actor, RequestMeta, ServiceDeps } from './context';

export const BACKUP_CODE_COUNT = 10;
const ISSUER = 'Veil';
const PERIOD_S = 30;
// Lower-case base32 without 0/1/o/l/i, so a code read off paper is typed right.
const BACKUP_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const BACKUP_CODE = /^[a-z0-9]{5}-?[a-z0-9]{5}$/;

export type Totp = {
  setup(actor: Actor): Promise<{ secret: string; otpauthUrl: string }>;
  enable(actor: Actor, code: string, meta: RequestMeta): Promise<string[]>;
  disable(actor: Actor, code: string, meta: RequestMeta): Promise<void>;
  /** A TOTP code or an unused backup code for this user; consumes what it accepts. */
  checkSecondFactor(q: Queryable, user: accounts.UserRow, code: string): Promise<boolean>;
};

/**
 * RFC 6238 TOTP (SHA-1, 6 digits, 30 s, ±1 step) with single use: the last accepted step is
 * stored and a code of that step or an earlier one is refused (ASVS 6.5.1). Secrets are stored
 * AES-256-GCM encrypted under a key derived from the master key — not an org key, because a user
 * may belong to several orgs and deleting one must not lock them out of the others. Backup codes
 * (ten, single use) are stored as HMAC-SHA-256 under another derived key: a database dump alone
 * cannot be brute-forced, which bcrypt would give at ten times the login cost.
 * `now` (ms) is the server clock; tests move it instead of sleeping across steps.
 */
export function createTotp(deps: ServiceDeps & { masterKey: Buffer; now?: () => number }): Totp {
  const { db, keys } = deps;
  const now = deps.now ?? Date.now;
  const secretKey = derive(deps.masterKey, 'veil/totp-secret/v1');
  const backupKey = derive(deps.masterKey, 'veil/backup-codes/v1');
  const backupHash = (userId: string, code: string) =>
    createHmac('sha256', backupKey).update(`${userId}:${code.toLowerCase().replace(/-/g, '')}`).digest('hex');

  /** The time step the code was accepted for (now claimed), or null. */
  async function checkTotp(q: Queryable, user: accounts.UserRow, code: string): Promise<number | null> {
    if (!/^\d{6}$/.test(code) || !user.totpSecretEnc) return null;
    const secret = openSecret(secretKey, user.id, user.totpSecretEnc);
    const result = await verifyOtp({ secret, token: code, epoch: Math.floor(now() / 1000), epochTolerance: PERIOD_S });
    if (!result.valid || !('timeStep' in result)) return null;
    return (await accounts.claimTotpStep(q, user.id, result.timeStep)) ? result.timeStep : null;
  }

  async function checkSecondFactor(q: Queryable, user: accounts.UserRow, code: string): Promise<boolean> {
    const normalised = code.trim().toLowerCase();
    if (BACKUP_CODE.test(normalised)) return accounts.useBackupCode(q, user.id, backupHash(user.id, normalised));
    return (await checkTotp(q, user, normalised)) !== null;
  }

  async function liveUser(q: Queryable, userId: string): Promise<accounts.UserRow> {
    const user = await accounts.findUserById(q, userId);
    if (!user) throw new AppError('unauthorized', 'the account no longer exists');
    return user;
  }

  return {
    checkSecondFactor,

    async setup(actor) {
      const secret = generateSecret({ length: 20 });
      const email = await db.tx(actor.orgId, async (q) => {
        const user = await liveUser(q, actor.userId);
        if (user.totpEnabled) throw new AppError('conflict', 'two-factor authentication is already on; disable it first');
        await accounts.setPendingTotpSecret(q, user.id, sealSecret(secretKey, user.id, secret));
        return user.email;
      });
      return { secret, otpauthUrl: generateURI({ issuer: ISSUER, label: email, secret }) };
    },

    async enable(actor, code, meta) {
      return db.tx(actor.orgId, async (q) => {
        const user = await liveUser(q, actor.userId);
        if (user.totpEnabled) throw new AppError('conflict', 'two-factor authentication is already on');
        if (!user.totpSecretEnc) throw new AppError('conflict', 'call POST /auth/2fa/setup first');
        const step = await checkTotp(q, user, code);
        if (step === null) throw new AppError('invalid_code', 'the code is wrong or was already used');
        await accounts.enableTotp(q, user.id, step);
        const codes = Array.from({ length: BACKUP_CODE_COUNT }, newBackupCode);
        await accounts.replaceBackupCodes(q, user.id, codes.map((c) => backupHash(user.id, c)));
        await appendAudit(q, keys, { orgId: actor.orgId, event: '2fa_enabled', userId: user.id, ...meta });
        // A factor change ends every other session (ASVS 7.4.3): a thief's session must not outlive it.
        const revoked = await accounts.revokeUserSessions(q, user.id, '2fa_enabled', actor.sessionId);
        if (revoked > 0) await appendAudit(q, keys, { orgId: actor.orgId, event: 'session_revoked', userId: user.id, ...meta, metadata: { reason: '2fa_enabled', sessions: revoked } });
        return codes;
      });
    },

    async disable(actor, code, meta) {
      await db.tx(actor.orgId, async (q) => {
        const user = await liveUser(q, actor.userId);
        if (!user.totpEnabled) throw new AppError('conflict', 'two-factor authentication is not on');
        if (!(await checkSecondFactor(q, user, code))) throw new AppError('invalid_code', 'the code is wrong or was already used');
        await accounts.disableTotp(q, user.id);
        await appendAudit(q, keys, { orgId: actor.orgId, event: '2fa_disabled', userId: user.id, ...meta });
        const revoked = await accounts.revokeUserSessions(q, user.id, '2fa_disabled', actor.sessionId);
        if (revoked > 0) await appendAudit(q, keys, { orgId: actor.orgId, event: 'session_revoked', userId: user.id, ...meta, metadata: { reason: '2fa_disabled', sessions: revoked } });
      });
    },
  };
}

function derive(masterKey: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32));
}

function newBackupCode(): string {
  const chars = Array.from({ length: 10 }, () => BACKUP_ALPHABET[randomInt(BACKUP_ALPHABET.length)]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** 'v1.<iv>.<ct>.<tag>', bound to the user as associated data so a secret cannot be moved to another account. */
function sealSecret(key: Buffer, userId: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`veil/totp/${userId}`));
  const ct = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv, ct, cipher.getAuthTag()].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

function openSecret(key: Buffer, userId: string, sealed: string): string {
  const [version, iv, ct, tag] = sealed.split('.');
  if (version !== 'v1' || !iv || !ct || !tag) throw new Error('totp secret: unknown format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(`veil/totp/${userId}`));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
}
