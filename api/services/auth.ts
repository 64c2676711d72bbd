import { z } from 'zod';
import { appendAudit } from '../../shared/audit/append';
import { newId, randomToken, sha256Hex } from '../../shared/crypto/hashing';
import { AppError } from '../../shared/errors';
import type { Mailer } from '../../shared/mail';
import * as accounts from '../../shared/repo/accounts';
import type { AuthFailureReason } from '../http/metrics';
import { isUniqueViolation, type RequestMeta, type ServiceDeps } from './context';
import type { Passwords } from './passwords';
import type { Sessions, TokenPair } from './sessions';
import type { Totp } from './totp';

export const VERIFY_EMAIL_TTL_MS = 24 * 3600_000;
/** ASVS 6.5.5 allows out-of-band secrets 10 minutes; an mfaToken only bridges two requests. */
export const MFA_TOKEN_TTL_MS = 5 * 60_000;
/** Wrong codes one mfaToken survives; the next attempt gets 429 and the login starts over. */
export const MFA_MAX_ATTEMPTS = 5;

export type RegisterInput = { email: string; password: string } & ({ orgName: string } | { inviteToken: string });
export type LoginResult = ({ mfaRequired: false } & TokenPair) | { mfaRequired: true; mfaToken: string };

export type AuthService = {
  register(input: RegisterInput, meta: RequestMeta): Promise<{ userId: string; orgId: string }>;
  verifyEmail(token: string, meta: RequestMeta): Promise<void>;
  login(input: { email: string; password: string }, meta: RequestMeta): Promise<LoginResult>;
  completeSecondFactor(input: { mfaToken: string; code: string }, meta: RequestMeta): Promise<TokenPair>;
};

const Email = z.email().max(254);

/**
 * Registration, e-mail verification, login and its second step. Timing: an unknown e-mail costs
 * the same bcrypt work as a wrong password (ASVS 6.3.8), and "not verified" is only said after
 * the right password, so neither answer tells a stranger that an account exists.
 */
export function createAuthService(
  deps: ServiceDeps & { passwords: Passwords; sessions: Sessions; totp: Totp; mailer: Mailer; countFailure: (reason: AuthFailureReason) => void },
): AuthService {
  const { db, keys, passwords, sessions, totp, mailer } = deps;

  async function sendVerification(q: Parameters<typeof accounts.createEmailToken>[0], user: { id: string; email: string }): Promise<void> {
    const token = randomToken(32);
    await accounts.createEmailToken(q, { userId: user.id, purpose: 'verify_email', tokenHash: sha256Hex(token), expiresAt: new Date(Date.now() + VERIFY_EMAIL_TTL_MS) });
    // Sent inside the transaction on purpose: if the mail cannot go out, the account is not
    // created and the user can simply register again.
    await mailer.send({
      to: user.email,
      subject: 'Verify your e-mail address for Veil',
      text: `Confirm your address by sending this token to POST /auth/verify-email within 24 hours:\n\n${token}\n`,
      token,
    });
  }

  function fail(reason: AuthFailureReason, code: 'invalid_credentials' | 'invalid_code' | 'invalid_token', message: string): never {
    deps.countFailure(reason);
    throw new AppError(code, message);
  }

  return {
    async register(input, meta) {
      const email = input.email.trim().toLowerCase();
      if (!Email.safeParse(email).success) throw new AppError('invalid_email', 'email: not a valid e-mail address');
      passwords.checkPolicy(input.password);
      const invitation = 'inviteToken' in input ? await db.tx(null, (q) => accounts.findInvitationByTokenHash(q, sha256Hex(input.inviteToken))) : null;
      if ('inviteToken' in input && (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date() || invitation.email !== email)) {
        throw new AppError('invalid_token', 'the invitation is invalid, expired, already used or for another e-mail address');
      }
      const passwordHash = await passwords.hash(input.password);
      const orgId = invitation?.orgId ?? newId();
      try {
        return await db.tx(orgId, async (q) => {
          const user = await accounts.createUser(q, { email, passwordHash });
          if (invitation) {
            if (!(await accounts.acceptInvitation(q, orgId, invitation.id))) throw new AppError('invalid_token', 'the invitation was already used');
            await accounts.addMembership(q, orgId, user.id, invitation.role);
            await appendAudit(q, keys, { orgId, event: 'register', userId: user.id, ...meta, metadata: { via: 'invitation' } });
            await appendAudit(q, keys, { orgId, event: 'member_joined', userId: user.id, ...meta, metadata: { role: invitation.role, invitationId: invitation.id } });
          } else if ('orgName' in input) {
            await accounts.createOrgWithAdmin(q, orgId, { name: input.orgName, userId: user.id });
            await appendAudit(q, keys, { orgId, event: 'register', userId: user.id, ...meta, metadata: { via: 'new_org' } });
          }
          await sendVerification(q, user);
          return { userId: user.id, orgId };
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw new AppError('email_taken', 'an account with this e-mail address already exists');
        throw err;
      }
    },

    async verifyEmail(token, meta) {
      const tokenHash = sha256Hex(token);
      const found = await db.tx(null, async (q) => {
        const row = await accounts.findActiveEmailToken(q, 'verify_email', tokenHash);
        return row ? { row, orgId: (await accounts.membershipsOfUser(q, row.userId))[0]?.orgId ?? null } : null;
      });
      if (!found) fail('invalid_token', 'invalid_token', 'the verification token is invalid, expired or already used');
      await db.tx(found.orgId, async (q) => {
        if (!(await accounts.consumeEmailToken(q, found.row.id))) throw new AppError('invalid_token', 'the verification token was already used');
        await accounts.markEmailVerified(q, found.row.userId);
        if (found.orgId) await appendAudit(q, keys, { orgId: found.orgId, event: 'email_verified', userId: found.row.userId, ...meta });
      });
    },

    async login(input, meta) {
      const account = await db.tx(null, async (q) => {
        const user = await accounts.findUserByEmail(q, input.email.trim());
        return user ? { user, org: (await accounts.membershipsOfUser(q, user.id))[0] ?? null } : null;
      });
      if (!account) {
        await passwords.verifyDummy(input.password);
        fail('invalid_credentials', 'invalid_credentials', 'wrong e-mail address or password');
      }
      const { user, org } = account;
      const passwordOk = await passwords.verify(input.password, user.passwordHash);
      const refusal = !passwordOk ? 'wrong_password' : !user.emailVerifiedAt ? 'email_not_verified' : null;
      if (refusal && org) {
        await db.tx(org.orgId, (q) => appendAudit(q, keys, { orgId: org.orgId, event: 'login_failed', userId: user.id, ...meta, metadata: { reason: refusal } }));
      }
      if (!passwordOk || !org) fail('invalid_credentials', 'invalid_credentials', 'wrong e-mail address or password');
      if (!user.emailVerifiedAt) {
        deps.countFailure('email_not_verified');
        throw new AppError('email_not_verified', 'verify your e-mail address first: use the token from the verification mail');
      }
      if (user.totpEnabled) {
        const mfaToken = randomToken(32);
        await db.tx(null, (q) =>
          accounts.createEmailToken(q, { userId: user.id, purpose: 'mfa', tokenHash: sha256Hex(mfaToken), expiresAt: new Date(Date.now() + MFA_TOKEN_TTL_MS) }),
        );
        return { mfaRequired: true, mfaToken };
      }
      const pair = await db.tx(org.orgId, async (q) => {
        const opened = await sessions.open(q, { userId: user.id, orgId: org.orgId });
        await appendAudit(q, keys, { orgId: org.orgId, event: 'login', userId: user.id, ...meta, metadata: { mfa: false } });
        return opened;
      });
      return { mfaRequired: false, ...pair };
    },

    async completeSecondFactor(input, meta) {
      const tokenHash = sha256Hex(input.mfaToken);
      const found = await db.tx(null, async (q) => {
        const token = await accounts.findActiveEmailToken(q, 'mfa', tokenHash);
        const user = token && (await accounts.findUserById(q, token.userId));
        const org = user && (await accounts.membershipsOfUser(q, user.id))[0];
        return token && user && org ? { token, user, orgId: org.orgId } : null;
      });
      if (!found) fail('invalid_token', 'invalid_token', 'the mfaToken is invalid, expired or already used; log in again');
      const { token, user, orgId } = found;
      const outcome = await db.tx(orgId, async (q) => {
        // Counted before the check and row-locked by the UPDATE, so parallel guesses cannot exceed the budget.
        if ((await accounts.recordEmailTokenAttempt(q, token.id)) > MFA_MAX_ATTEMPTS) return 'locked' as const;
        if (!(await totp.checkSecondFactor(q, user, input.code))) {
          await appendAudit(q, keys, { orgId, event: 'login_failed', userId: user.id, ...meta, metadata: { reason: 'wrong_second_factor' } });
          return 'wrong' as const;
        }
        if (!(await accounts.consumeEmailToken(q, token.id))) return 'used' as const;
        const pair = await sessions.open(q, { userId: user.id, orgId });
        await appendAudit(q, keys, { orgId, event: 'login', userId: user.id, ...meta, metadata: { mfa: true } });
        return pair;
      });
      if (outcome === 'locked') {
        deps.countFailure('rate_limited');
        throw new AppError('rate_limited', 'too many wrong codes for this login; log in again');
      }
      if (outcome === 'wrong') fail('invalid_code', 'invalid_code', 'the code is wrong or was already used');
      if (outcome === 'used') fail('invalid_token', 'invalid_token', 'the mfaToken was already used; log in again');
      return outcome;
    },
  };
}
