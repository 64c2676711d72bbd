import { createPrivateKey, createPublicKey, hkdfSync, sign as edSign, verify as edVerify, type KeyObject } from 'node:crypto';

/**
 * Canonical JSON in the spirit of RFC 8785: object keys sorted by UTF-16 code units, no
 * whitespace, ECMAScript number and string serialisation. Two parties that hold the same value
 * produce the same bytes, which is what signatures and the audit hash chain are computed over.
 * Undefined members are dropped (as JSON.stringify does); non-finite numbers are refused.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    if (value instanceof Date) return JSON.stringify(value.toISOString());
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
}

/** Signs canonical JSON with Ed25519 and publishes the public keys as a JWKS. */
export type Signer = {
  /** The key id new signatures carry (the last version). */
  readonly keyId: string;
  sign(payload: unknown): { signature: string; keyId: string };
  /** True only for a valid signature by the named, still-published key over exactly this payload. */
  verify(payload: unknown, signature: string, keyId: string): boolean;
  /** OKP Ed25519 public JWKs (kty, crv, x, kid, use 'sig', alg 'EdDSA') of every version. */
  jwks(): { keys: Array<Record<string, string>> };
};

// PKCS#8 DER prefix for a raw 32-byte Ed25519 seed (RFC 8410).
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

type KeyPair = { kid: string; privateKey: KeyObject; publicKey: KeyObject; x: string };

/**
 * Ed25519 keys derived from the master key (HKDF info 'veil/signing/v<N>'), so there is no extra
 * secret to keep. Rotation bumps N; older versions stay in `versions` so their public keys remain
 * in the JWKS and certificates signed with them keep verifying.
 */
export function createSigner(masterKey: Buffer, opts: { versions?: number[] } = {}): Signer {
  const versions = opts.versions ?? [1];
  if (versions.length === 0 || versions.some((v) => !Number.isInteger(v) || v < 1)) throw new Error('signing versions must be positive integers');
  const pairs = new Map<string, KeyPair>();
  for (const v of versions) {
    const seed = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), `veil/signing/v${v}`, 32));
    const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey(privateKey);
    const x = publicKey.export({ format: 'jwk' }).x as string;
    const kid = `veil-ed25519-v${v}`;
    pairs.set(kid, { kid, privateKey, publicKey, x });
  }
  const current = pairs.get(`veil-ed25519-v${versions[versions.length - 1]}`)!;

  return {
    keyId: current.kid,
    sign(payload) {
      const signature = edSign(null, Buffer.from(canonicalJson(payload)), current.privateKey).toString('base64url');
      return { signature, keyId: current.kid };
    },
    verify(payload, signature, keyId) {
      const pair = pairs.get(keyId);
      if (!pair || !/^[A-Za-z0-9_-]+$/.test(signature)) return false;
      const sig = Buffer.from(signature, 'base64url');
      if (sig.length !== 64) return false;
      try {
        return edVerify(null, Buffer.from(canonicalJson(payload)), pair.publicKey, sig);
      } catch {
        return false;
      }
    },
    jwks() {
      return { keys: [...pairs.values()].map((p) => ({ kty: 'OKP', crv: 'Ed25519', x: p.x, kid: p.kid, use: 'sig', alg: 'EdDSA' })) };
    },
  };
}
