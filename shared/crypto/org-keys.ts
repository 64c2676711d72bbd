import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../errors';
import type { Queryable } from '../db';

/** What a derived key is for; each purpose gets an independent key from the same salt. */
export type KeyPurpose = 'files' | 'audit' | 'secrets' | 'tokens';

/**
 * Per-organisation keys. Nothing is cached: every call reads the org's salt inside the caller's
 * transaction, so the moment the salt is destroyed (crypto-erasure) no key can be derived again.
 */
export type OrgKeys = {
  /** HKDF-SHA256(masterKey, salt = orgs.key_salt, info = 'veil/<purpose>/v1'); AppError('not_found') once the salt is destroyed. */
  key(q: Queryable, orgId: string, purpose: KeyPurpose): Promise<Buffer>;
  /** AES-256-GCM under the org's 'secrets' key: 'v1.<iv>.<ct>.<tag>' in base64url. */
  encryptField(q: Queryable, orgId: string, plaintext: string): Promise<string>;
  /** The plaintext, or null once the org's salt is destroyed; a forged or foreign ciphertext throws. */
  decryptField(q: Queryable, orgId: string, ciphertext: string): Promise<string | null>;
};

const FIELD_VERSION = 'v1';

/**
 * Binds each field ciphertext to its organisation as associated data, so a row copied into
 * another org's table fails authentication even if both keys were somehow the same.
 */
function aad(orgId: string): Buffer {
  return Buffer.from(`veil/field/${orgId}`);
}

/** Builds the org key service from the 32-byte master key (MASTER_KEY or the generated one). */
export function createOrgKeys(masterKey: Buffer): OrgKeys {
  if (masterKey.length !== 32) throw new Error('master key must be 32 bytes');
  const master = Buffer.from(masterKey);

  async function salt(q: Queryable, orgId: string): Promise<Buffer | null> {
    const r = await q.query<{ key_salt: Uint8Array | null }>(`select key_salt from orgs where id = $1`, [orgId]);
    const s = r.rows[0]?.key_salt;
    return s ? Buffer.from(s) : null;
  }

  function derive(s: Buffer, purpose: KeyPurpose): Buffer {
    return Buffer.from(hkdfSync('sha256', master, s, `veil/${purpose}/v1`, 32));
  }

  async function key(q: Queryable, orgId: string, purpose: KeyPurpose): Promise<Buffer> {
    const s = await salt(q, orgId);
    if (!s) throw new AppError('not_found', 'organisation key is not available');
    return derive(s, purpose);
  }

  return {
    key,
    async encryptField(q, orgId, plaintext) {
      const k = await key(q, orgId, 'secrets');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', k, iv);
      cipher.setAAD(aad(orgId));
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [FIELD_VERSION, iv.toString('base64url'), ct.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
    },
    async decryptField(q, orgId, ciphertext) {
      const parts = ciphertext.split('.');
      if (parts.length !== 4 || parts[0] !== FIELD_VERSION) throw new Error('decryptField: not a v1 field ciphertext');
      const s = await salt(q, orgId);
      if (!s) return null;
      const [, iv, ct, tag] = parts.map((p) => Buffer.from(p, 'base64url'));
      const decipher = createDecipheriv('aes-256-gcm', derive(s, 'secrets'), iv);
      decipher.setAAD(aad(orgId));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
    },
  };
}
