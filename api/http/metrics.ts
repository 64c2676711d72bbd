import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Reasons an authentication attempt failed; a closed set keeps label cardinality bounded. */
export type AuthFailureReason =
  | 'invalid_credentials'
  | 'email_not_verified'
  | 'invalid_code'
  | 'invalid_token'
  | 'refresh_reuse'
  | 'bad_access_token'
  | 'rate_limited';

export type Metrics = {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  authFailures: Counter<'reason'>;
};

/**
 * One registry per app instance (not prom-client's global one), so tests can build several apps
 * in one process. Labels are route patterns and codes only: never ids, e-mails or URLs.
 * The job metrics of later issues register on the same registry.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'veil_http_request_duration_seconds',
      help: 'HTTP request latency by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    authFailures: new Counter({
      name: 'veil_auth_failures_total',
      help: 'Failed authentication attempts by reason',
      labelNames: ['reason'],
      registers: [registry],
    }),
  };
}
