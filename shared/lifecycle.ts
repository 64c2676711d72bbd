import { ConfigError } from './config';
import type { Logger } from './log';

export type ShutdownPlan = {
  /** The ordered steps: stop intake, drain, close pools. Runs once, whichever signal comes first. */
  stop(signal: string): Promise<void>;
  /** Past this the process leaves anyway: `close()` calls that wait for work never time out by themselves. */
  forceAfterMs: number;
  /** What to do at the deadline before exiting (e.g. force-close a queue). */
  onForce?(): Promise<void> | void;
  forceMessage: string;
};

/**
 * Installs one idempotent handler for SIGTERM and SIGINT with a force-quit timer, and the
 * last-resort handlers (ASVS 16.5.4) that log without the payload and leave for a supervisor to
 * restart the process. Shared by the API and the worker so both shut down the same way.
 */
export function handleShutdown(log: Logger, plan: ShutdownPlan): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error(plan.forceMessage);
      void Promise.resolve(plan.onForce?.()).finally(() => process.exit(1));
    }, plan.forceAfterMs).unref();
    try {
      await plan.stop(signal);
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('unhandledRejection', (err) => {
    log.fatal({ err }, 'unhandled rejection');
    process.exit(1);
  });
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });
}

/** Start-up failures end in one line on stderr, no stack: configuration mistakes name the variable only. */
export function exitOnStartupError(prefix: string): (err: unknown) => never {
  return (err) => {
    const message =
      err instanceof ConfigError ? `configuration error: ${err.message}` : `start-up failed: ${err instanceof Error ? err.message : String(err)}`;
    process.stderr.write(`${prefix}: ${message}\n`);
    process.exit(1);
  };
}
