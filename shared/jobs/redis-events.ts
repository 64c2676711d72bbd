/**
 * Job events over Redis pub/sub, so a WebSocket client on any API instance sees the progress of
 * a job run by any worker. One channel per organisation (`<prefix>:events:<orgId>`): an instance
 * subscribes only to the organisations its clients watch, and an event whose `orgId` does not
 * match its channel is dropped. Pub/sub does not queue for absent listeners; that is acceptable
 * because the WebSocket layer sends the current state from the database on subscribe.
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { AppError } from '../errors';
import type { Logger } from '../log';
import { JobEvent, type EventBus, type Unsubscribe } from './index';

/** Connection and naming of the event bus. */
export type RedisEventBusOptions = {
  url: string;
  /** Namespaces the channels; the same value as the BullMQ prefix keeps a deployment's keys together. */
  prefix?: string;
  logger?: Logger;
};

type Handler = (event: JobEvent) => void;

const CONNECT_WAIT_MS = 1_000;

/** Opens the publisher now and the subscriber connection on first subscribe. */
export function createRedisEventBus(opts: RedisEventBusOptions): EventBus {
  const prefix = opts.prefix ?? 'veil';
  const channelOf = (orgId: string) => `${prefix}:events:${orgId}`;
  const allPattern = `${prefix}:events:*`;
  const logger = opts.logger;
  // Fail fast while Redis is down: a progress event is a hint, and the publisher must not stall a job.
  const publisher = new Redis(opts.url, { enableOfflineQueue: false });
  publisher.on('error', (err) => logger?.warn({ err }, 'event publisher connection error'));
  /** Waits briefly for the first connection, so events published right after start-up are not lost. */
  async function connected(): Promise<void> {
    if (publisher.status !== 'connecting' && publisher.status !== 'connect') return;
    const stop = new AbortController();
    try {
      await Promise.race([once(publisher, 'ready', { signal: stop.signal }), sleep(CONNECT_WAIT_MS, undefined, { signal: stop.signal })]);
    } finally {
      stop.abort();
    }
  }
  let subscriber: Redis | null = null;
  const byChannel = new Map<string, { handlers: Set<Handler>; ready: Promise<void> }>();
  let closed = false;

  function deliver(handlers: Set<Handler> | undefined, channel: string, message: string) {
    if (!handlers || handlers.size === 0) return;
    let event: JobEvent;
    try {
      const parsed = JobEvent.safeParse(JSON.parse(message));
      if (!parsed.success || channel !== channelOf(parsed.data.orgId)) throw new Error('invalid event');
      event = parsed.data;
    } catch {
      logger?.warn({ channel }, 'dropped an invalid job event');
      return;
    }
    for (const h of handlers) {
      try {
        h(structuredClone(event));
      } catch (err) {
        logger?.error({ err }, 'job event handler failed');
      }
    }
  }

  function subscriberConnection(): Redis {
    if (subscriber) return subscriber;
    // ioredis re-subscribes after a reconnect by itself (autoResubscribe).
    subscriber = new Redis(opts.url, { maxRetriesPerRequest: null });
    subscriber.on('error', (err) => logger?.warn({ err }, 'event subscriber connection error'));
    subscriber.on('message', (channel: string, message: string) => deliver(byChannel.get(channel)?.handlers, channel, message));
    subscriber.on('pmessage', (_pattern: string, channel: string, message: string) => deliver(byChannel.get(allPattern)?.handlers, channel, message));
    return subscriber;
  }

  return {
    async publish(event) {
      if (closed) throw new AppError('service_unavailable', 'event bus is closed');
      const parsed = JobEvent.parse(event);
      try {
        await connected();
        await publisher.publish(channelOf(parsed.orgId), JSON.stringify(parsed));
      } catch (err) {
        throw new AppError('service_unavailable', 'job event could not be published', undefined, { cause: err });
      }
    },

    subscribe(orgId, handler) {
      if (closed) throw new AppError('service_unavailable', 'event bus is closed');
      if (orgId !== null) z.uuid().parse(orgId);
      const key = orgId === null ? allPattern : channelOf(orgId);
      const sub = subscriberConnection();
      let entry = byChannel.get(key);
      if (!entry) {
        const pending: Promise<unknown> = orgId === null ? sub.psubscribe(key) : sub.subscribe(key);
        const ready = pending.then(
          () => undefined,
          (err) => {
            throw new AppError('service_unavailable', 'job events could not be subscribed', undefined, { cause: err });
          },
        );
        // Callers that do not wait for `ready` must not turn a failed SUBSCRIBE into an unhandled rejection.
        ready.catch(() => undefined);
        entry = { handlers: new Set(), ready };
        byChannel.set(key, entry);
      }
      entry.handlers.add(handler);
      const off = (() => {
        const current = byChannel.get(key);
        if (!current?.handlers.delete(handler) || current.handlers.size > 0) return;
        byChannel.delete(key);
        const done = orgId === null ? sub.punsubscribe(key) : sub.unsubscribe(key);
        done.catch(() => undefined);
      }) as Unsubscribe;
      off.ready = entry.ready;
      return off;
    },

    async close() {
      if (closed) return;
      closed = true;
      byChannel.clear();
      await Promise.allSettled([publisher.quit(), subscriber?.quit()]);
      publisher.disconnect();
      subscriber?.disconnect();
    },
  };
}
