import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSigner } from '../../../shared/crypto/signing';

const master = randomBytes(32);
const payload = { jobId: 'a9f0', report: { rows: 10, columns: ['email'] }, at: '2026-01-01T00:00:00.000Z' };

describe('Ed25519 signer', () => {
  it('signs canonical JSON: key order does not matter', () => {
    const s = createSigner(master);
    const { signature, keyId } = s.sign(payload);
    expect(s.verify({ at: payload.at, report: { columns: ['email'], rows: 10 }, jobId: 'a9f0' }, signature, keyId)).toBe(true);
  });

  it('fails after any one-byte change of the payload or the signature', () => {
    const s = createSigner(master);
    const { signature, keyId } = s.sign(payload);
    expect(s.verify({ ...payload, jobId: 'a9f1' }, signature, keyId)).toBe(false);
    const sig = Buffer.from(signature, 'base64url');
    for (const i of [0, 31, 63]) {
      const bad = Buffer.from(sig);
      bad[i] ^= 0x01;
      expect(s.verify(payload, bad.toString('base64url'), keyId)).toBe(false);
    }
    expect(s.verify(payload, signature.slice(0, -2), keyId)).toBe(false);
    expect(s.verify(payload, signature, 'veil-ed25519-v9')).toBe(false);
  });

  it('is deterministic from the master key and differs for another master key', () => {
    expect(createSigner(master).jwks()).toEqual(createSigner(master).jwks());
    expect(createSigner(randomBytes(32)).verify(payload, createSigner(master).sign(payload).signature, 'veil-ed25519-v1')).toBe(false);
  });

  it('rotates: the newest version signs, old signatures still verify by their key id, JWKS lists both', () => {
    const before = createSigner(master);
    const old = before.sign(payload);
    const after = createSigner(master, { versions: [1, 2] });
    expect(after.keyId).toBe('veil-ed25519-v2');
    expect(after.sign(payload).keyId).toBe('veil-ed25519-v2');
    expect(after.verify(payload, old.signature, old.keyId)).toBe(true);
    expect(after.verify(payload, old.signature, 'veil-ed25519-v2')).toBe(false);
    const keys = after.jwks().keys;
    expect(keys.map((k) => k.kid)).toEqual(['veil-ed25519-v1', 'veil-ed25519-v2']);
    for (const k of keys) {
      expect(k).toMatchObject({ kty: 'OKP', crv: 'Ed25519', use: 'sig', alg: 'EdDSA' });
      expect(Object.keys(k).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x']);
      expect(Buffer.from(k.x, 'base64url').length).toBe(32);
    }
  });

  it('verifies with the published JWK alone (an auditor needs nothing else)', async () => {
    const { createPublicKey, verify } = await import('node:crypto');
    const s = createSigner(master);
    const { signature } = s.sign(payload);
    const jwk = s.jwks().keys[0];
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
    const { canonicalJson } = await import('../../../shared/crypto/signing');
    expect(verify(null, Buffer.from(canonicalJson(payload)), key, Buffer.from(signature, 'base64url'))).toBe(true);
  });
});
