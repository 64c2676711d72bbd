import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createOrgKeys } from '../../../shared/crypto/org-keys';
import type { Queryable } from '../../../shared/db';
import { isAppError } from '../../../shared/errors';

/** A stand-in for the orgs table: only `select key_salt from orgs where id = $1` is asked. */
function saltTable(salts: Record<string, Buffer | null>): Queryable {
  return {
    async query<R>(_sql: string, params?: unknown[]) {
      const s = salts[params?.[0] as string];
      return { rows: (s === undefined ? [] : [{ key_salt: s }]) as R[], rowCount: s === undefined ? 0 : 1 };
    },
  };
}

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('per-org keys', () => {
  const keys = createOrgKeys(randomBytes(32));
  const salts: Record<string, Buffer | null> = { [A]: randomBytes(32), [B]: randomBytes(32) };
  const q = saltTable(salts);

  it('derive a different key per org and per purpose', async () => {
    const a = await keys.key(q, A, 'files');
    expect(a.length).toBe(32);
    expect(a.equals(await keys.key(q, B, 'files'))).toBe(false);
    expect(a.equals(await keys.key(q, A, 'audit'))).toBe(false);
    expect(a.equals(await keys.key(q, A, 'files'))).toBe(true);
  });

  it('round-trip a field; fresh IVs make equal plaintexts differ', async () => {
    const c1 = await keys.encryptField(q, A, '203.0.113.9');
    const c2 = await keys.encryptField(q, A, '203.0.113.9');
    expect(c1).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(c1).not.toBe(c2);
    expect(await keys.decryptField(q, A, c1)).toBe('203.0.113.9');
  });

  it('org A\'s ciphertext cannot be decrypted as org B\'s', async () => {
    const c = await keys.encryptField(q, A, 'Mozilla/5.0');
    await expect(keys.decryptField(q, B, c)).rejects.toThrow();
  });

  it('the same salt under another master key cannot decrypt either', async () => {
    const c = await keys.encryptField(q, A, 'secret');
    await expect(createOrgKeys(randomBytes(32)).decryptField(q, A, c)).rejects.toThrow();
  });

  it('a tampered ciphertext is refused, not misread', async () => {
    const c = await keys.encryptField(q, A, 'hello');
    const [v, iv, ct, tag] = c.split('.');
    const flipped = Buffer.from(ct, 'base64url');
    flipped[0] ^= 1;
    await expect(keys.decryptField(q, A, [v, iv, flipped.toString('base64url'), tag].join('.'))).rejects.toThrow();
    await expect(keys.decryptField(q, A, 'v0.a.b.c')).rejects.toThrow();
  });

  it('after the salt is destroyed: fields decrypt to null and no key can be derived', async () => {
    const shredQ = saltTable({ [A]: randomBytes(32) });
    const c = await keys.encryptField(shredQ, A, '198.51.100.1');
    const gone = saltTable({ [A]: null });
    expect(await keys.decryptField(gone, A, c)).toBeNull();
    const err = await keys.key(gone, A, 'files').catch((e: unknown) => e);
    expect(isAppError(err) && err.code).toBe('not_found');
  });

  it('refuses a master key that is not 32 bytes', () => {
    expect(() => createOrgKeys(randomBytes(16))).toThrow();
  });
});
