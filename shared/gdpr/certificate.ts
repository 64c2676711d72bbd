/**
 * Scan certificates: what a signed "this file was scanned and this is what was found" statement
 * contains, and how anyone verifies one offline. Lives in shared/ because both the API (issuing)
 * and the CLI (`veil verify`) need the same payload shape and the same canonical bytes.
 *
 * The certificate carries a per-column summary only (category, subtype, confidence, risk level,
 * plus where the column is); never a masked sample or any other cell value, so a certificate can
 * be handed to a third party without disclosing personal data.
 */
import { createPublicKey, verify as edVerify } from 'node:crypto';
import { canonicalJson } from '../crypto/signing';
import type { StoredReport } from '../scan/stored-report';

export type CertificateColumn = {
  sheet: string;
  index: number;
  header: string;
  category: string;
  subtype: string | null;
  confidence: number;
  riskLevel: string;
};

export type Certificate = {
  version: 1;
  orgId: string;
  fileId: string;
  fileName: string;
  sha256: string;
  jobId: string;
  scannedAt: string;
  issuedAt: string;
  columns: CertificateColumn[];
};

/** What `POST /jobs/:id/certificate` answers and what `veil verify` reads. */
export type SignedCertificate = { certificate: Certificate; signature: string; keyId: string };

/** The per-column summary of a completed job's report, in report order. */
export function certificateColumns(report: StoredReport): CertificateColumn[] {
  return report.sheets.flatMap((s) =>
    s.columns.map((c) => ({
      sheet: s.name, index: c.index, header: c.header, category: c.category,
      subtype: c.subtype, confidence: c.confidence, riskLevel: c.riskLevel,
    })),
  );
}

export type Jwk = Record<string, unknown> & { kid?: unknown; kty?: unknown; crv?: unknown; x?: unknown };

export type VerifyOutcome = { ok: true; keyId: string } | { ok: false; reason: 'malformed' | 'unknown_key' | 'bad_signature' };

/**
 * Verifies a signed certificate against a JWKS (the server's `/.well-known/jwks.json`). Rotation
 * keeps old certificates verifiable because the JWKS keeps publishing every key version; the
 * certificate names the version it was signed with. A key embedded in the certificate would prove
 * nothing (anyone can sign with their own key), so the trust anchor is always the JWKS.
 */
export function verifyCertificate(signed: unknown, jwks: { keys?: unknown }): VerifyOutcome {
  if (!isSigned(signed)) return { ok: false, reason: 'malformed' };
  const jwk = (Array.isArray(jwks.keys) ? (jwks.keys as Jwk[]) : []).find(
    (k) => k && k.kid === signed.keyId && k.kty === 'OKP' && k.crv === 'Ed25519' && typeof k.x === 'string',
  );
  if (!jwk) return { ok: false, reason: 'unknown_key' };
  if (!/^[A-Za-z0-9_-]{86}$/.test(signed.signature)) return { ok: false, reason: 'bad_signature' };
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x as string }, format: 'jwk' });
    const good = edVerify(null, Buffer.from(canonicalJson(signed.certificate)), key, Buffer.from(signed.signature, 'base64url'));
    return good ? { ok: true, keyId: signed.keyId } : { ok: false, reason: 'bad_signature' };
  } catch {
    return { ok: false, reason: 'bad_signature' };
  }
}

function isSigned(v: unknown): v is SignedCertificate {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return typeof s.signature === 'string' && typeof s.keyId === 'string' && !!s.certificate && typeof s.certificate === 'object';
}
