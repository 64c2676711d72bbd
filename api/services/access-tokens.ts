import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

/** Access tokens live 15 minutes; the session row decides whether they still count (logout is immediate). */
export const ACCESS_TOKEN_TTL_S = 15 * 60;
const ISSUER = 'veil';
const AUDIENCE = 'veil-api';
/** RFC 9068 header type; the payload's `typ` claim says the purpose as well. */
const HEADER_TYP = 'at+jwt';
const PURPOSE = 'access';

export type AccessClaims = { userId: string; orgId: string; sessionId: string };

export type AccessTokens = {
  issue(claims: AccessClaims): Promise<{ accessToken: string; expiresIn: number }>;
  /** The claims of a valid access token, or null for anything else (never throws on bad input). */
  verify(token: string): Promise<AccessClaims | null>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * HS256 access JWTs under JWT_SECRET (≥ 64 characters, enforced by loadConfig). Verification is
 * pinned: the key is the one secret passed here — jose never consults `kid`, `jku`, `x5u` or
 * `jwk` headers when handed a key — the algorithm list is HS256 only (no `none`, no RS/EdDSA, so
 * the Ed25519 keys published in the JWKS cannot be confused for it, ASVS 9.1.2), issuer, audience,
 * `exp`/`nbf` and the purpose are checked (9.2.1–9.2.3), and there is no clock tolerance.
 */
export function createAccessTokens(jwtSecret: string): AccessTokens {
  const key = new TextEncoder().encode(jwtSecret);
  return {
    async issue({ userId, orgId, sessionId }) {
      const accessToken = await new SignJWT({ typ: PURPOSE, org: orgId, sid: sessionId })
        .setProtectedHeader({ alg: 'HS256', typ: HEADER_TYP })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        // RFC 9068 asks for a unique id; without one, two tokens issued for a session in the same second are the same string.
        .setJti(randomUUID())
        .setExpirationTime(`${ACCESS_TOKEN_TTL_S}s`)
        .sign(key);
      return { accessToken, expiresIn: ACCESS_TOKEN_TTL_S };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
          typ: HEADER_TYP,
          requiredClaims: ['sub', 'exp', 'iat', 'jti', 'sid', 'org', 'typ'],
        });
        const { sub, org, sid, typ } = payload as Record<string, unknown>;
        if (typ !== PURPOSE || typeof sub !== 'string' || typeof org !== 'string' || typeof sid !== 'string') return null;
        if (!UUID.test(sub) || !UUID.test(org) || !UUID.test(sid)) return null;
        return { userId: sub, orgId: org, sessionId: sid };
      } catch {
        return null;
      }
    },
  };
}
