import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { actorOf, requestMeta } from '../http/auth';
import { statusFor } from '../http/errors';
import type { RateLimits } from '../http/rate-limit';
import { EmptyBody, parseBody, str } from '../http/validate';
import { presentLogin, presentTokens } from '../presenters';
import type { AuthService } from '../services/auth';
import type { Sessions } from '../services/sessions';
import type { Totp } from '../services/totp';

// Passwords longer than the policy maximum reach the policy check and get weak_password, not a schema error.
const Password = z.string().max(4096);
const OpaqueToken = str(256).min(1);

const RegisterBody = z
  .object({ email: str(320), password: Password, orgName: z.string().trim().min(1).max(200).optional(), inviteToken: OpaqueToken.optional() })
  .strict()
  .refine((b) => (b.orgName === undefined) !== (b.inviteToken === undefined), { message: 'give exactly one of orgName or inviteToken', path: ['orgName'] });
const VerifyEmailBody = z.object({ token: OpaqueToken }).strict();
const LoginBody = z.object({ email: str(320), password: Password }).strict();
const CompleteBody = z.object({ mfaToken: OpaqueToken, code: str(32).min(1) }).strict();
const RefreshBody = z.object({ refreshToken: OpaqueToken }).strict();
const CodeBody = z.object({ code: str(32).min(1) }).strict();

/** Contract §3 Auth. The credential-guessing routes are throttled before anything is parsed or hashed. */
export function authRouter(deps: { auth: AuthService; sessions: Sessions; totp: Totp; limits: RateLimits; requireAuth: RequestHandler }): Router {
  const { auth, sessions, totp, limits, requireAuth } = deps;
  const router = Router();

  router.post('/register', limits.register, statusFor('invalid_token', 400), async (req, res) => {
    const body = parseBody(RegisterBody, req);
    const input = body.inviteToken !== undefined
      ? { email: body.email, password: body.password, inviteToken: body.inviteToken }
      : { email: body.email, password: body.password, orgName: body.orgName! };
    const created = await auth.register(input, requestMeta(req));
    res.status(201).json({ userId: created.userId, orgId: created.orgId });
  });

  router.post('/verify-email', limits.verifyEmail, statusFor('invalid_token', 400), async (req, res) => {
    const { token } = parseBody(VerifyEmailBody, req);
    await auth.verifyEmail(token, requestMeta(req));
    res.json({ verified: true });
  });

  router.post('/login', limits.login, limits.loginAccount, async (req, res) => {
    const body = parseBody(LoginBody, req);
    res.json(presentLogin(await auth.login(body, requestMeta(req))));
  });

  router.post('/2fa/complete', limits.twoFactorComplete, async (req, res) => {
    const body = parseBody(CompleteBody, req);
    res.json(presentTokens(await auth.completeSecondFactor(body, requestMeta(req))));
  });

  router.post('/refresh', async (req, res) => {
    const { refreshToken } = parseBody(RefreshBody, req);
    res.json(presentTokens(await sessions.rotate(refreshToken, requestMeta(req))));
  });

  router.post('/logout', requireAuth, async (req, res) => {
    parseBody(EmptyBody, req);
    await sessions.logout(actorOf(req), requestMeta(req));
    res.status(204).end();
  });

  router.post('/2fa/setup', requireAuth, limits.twoFactorManage, async (req, res) => {
    parseBody(EmptyBody, req);
    const { secret, otpauthUrl } = await totp.setup(actorOf(req));
    res.json({ secret, otpauthUrl });
  });

  router.post('/2fa/enable', requireAuth, limits.twoFactorManage, async (req, res) => {
    const { code } = parseBody(CodeBody, req);
    res.json({ backupCodes: await totp.enable(actorOf(req), code, requestMeta(req)) });
  });

  router.post('/2fa/disable', requireAuth, limits.twoFactorManage, async (req, res) => {
    const { code } = parseBody(CodeBody, req);
    await totp.disable(actorOf(req), code, requestMeta(req));
    res.status(204).end();
  });

  return router;
}
