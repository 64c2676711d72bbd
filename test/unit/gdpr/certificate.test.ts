import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSigner } from '../../../shared/crypto/signing';
import { verifyCertificate, type Certificate } from '../../../shared/gdpr/certificate';

const cert: Certificate = {
  version: 1, orgId: 'o', fileId: 'f', fileName: 'people.csv', sha256: 'ab'.repeat(32), jobId: 'j',
  scannedAt: '2026-11-23T10:00:00.000Z', issuedAt: '2026-11-23T10:01:00.000Z',
  columns: [{ sheet: '', index: 1, header: 'E-post', category: 'email', subtype: null, confidence: 0.99, riskLevel: 'medium' }],
};

describe('verifyCertificate', () => {
  const master = randomBytes(32);

  it('accepts a signed certificate and refuses it after any one-character change', () => {
    const signer = createSigner(master);
    const signed = { certificate: cert, ...signer.sign(cert) };
    expect(verifyCertificate(signed, signer.jwks())).toEqual({ ok: true, keyId: 'veil-ed25519-v1' });
    const tampered = JSON.parse(JSON.stringify(signed).replace('"confidence":0.99', '"confidence":0.98'));
    expect(verifyCertificate(tampered, signer.jwks())).toEqual({ ok: false, reason: 'bad_signature' });
    const sig = signed.signature;
    const flipped = { ...signed, signature: (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1) };
    expect(verifyCertificate(flipped, signer.jwks()).ok).toBe(false);
  });

  it('keeps a certificate verifiable after key rotation, and refuses a key the JWKS does not publish', () => {
    const before = createSigner(master, { versions: [1] });
    const signed = { certificate: cert, ...before.sign(cert) };
    const after = createSigner(master, { versions: [1, 2] });
    expect(after.keyId).toBe('veil-ed25519-v2');
    expect(verifyCertificate(signed, after.jwks()).ok).toBe(true);
    expect(verifyCertificate(signed, createSigner(randomBytes(32)).jwks())).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyCertificate({ ...signed, keyId: 'veil-ed25519-v9' }, after.jwks())).toEqual({ ok: false, reason: 'unknown_key' });
    expect(verifyCertificate({ certificate: cert }, after.jwks())).toEqual({ ok: false, reason: 'malformed' });
  });
});
