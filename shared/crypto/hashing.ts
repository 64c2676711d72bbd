import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * SHA-256 as lower-case hex. Bearer secrets (refresh, e-mail, invitation tokens, backup codes)
 * are stored only as this digest, so a database dump cannot be replayed; they carry 256 bits of
 * entropy, which is why an unsalted fast hash is enough here (unlike passwords).
 */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A URL-safe random secret; 32 bytes by default, i.e. beyond guessing and enumeration. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Constant-time string comparison. Both sides are hashed first so neither the content nor the
 * length of the secret leaks through timing.
 */
export function timingSafeEqualStr(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

/** A new random UUID (v4) for primary keys generated in the application. */
export function newId(): string {
  return randomUUID();
}
