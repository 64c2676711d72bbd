import { Router } from 'express';
import type { Signer } from '../../shared/crypto/signing';
import { sendError } from '../http/errors';
import type { Metrics } from '../http/metrics';

/** One dependency `/ready` asks; the queue and the object store add theirs in later issues. */
export type ReadyCheck = { name: string; check: () => Promise<void> };

const CHECK_TIMEOUT_MS = 2000;

/** Resolves 'ok' or 'down'; a check that hangs counts as down rather than hanging the probe. */
async function probe(check: ReadyCheck): Promise<'ok' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'down'>((resolve) => (timer = setTimeout(() => resolve('down'), CHECK_TIMEOUT_MS)));
  try {
    return await Promise.race([check.check().then(() => 'ok' as const, () => 'down' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Contract §3 Operations plus the public signing keys. `/health` says only that the process
 * answers; `/ready` names every dependency that does not, so an orchestrator and a human both
 * see what is wrong; `/metrics` is Prometheus text (route patterns and codes only, no ids).
 */
export function opsRouter(deps: { checks: ReadyCheck[]; metrics: Metrics; signer: Signer }): Router {
  const router = Router();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/ready', async (_req, res) => {
    const results = await Promise.all(deps.checks.map(async (c) => [c.name, await probe(c)] as const));
    const checks = Object.fromEntries(results);
    const down = results.filter(([, state]) => state === 'down').map(([name]) => name);
    if (down.length === 0) return void res.json({ ready: true, checks });
    sendError(res, 'service_unavailable', `not ready: ${down.join(', ')} not answering`, { failed: down });
  });

  router.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  router.get('/.well-known/jwks.json', (_req, res) => {
    // Public keys: caching them is safe and what verifiers expect.
    res.set('Cache-Control', 'public, max-age=300').json(deps.signer.jwks());
  });

  return router;
}
