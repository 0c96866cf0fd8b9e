import { silentLogger, type Logger } from '../log.ts';
import type { DeliveryStore } from '../store/subscription-store.ts';
import { systemClock, toIso, type Clock } from './clock.ts';
import { createDeliveryWorker, type DeliveryWorker, type DeliveryWorkerOptions } from './delivery-worker.ts';
import { createDeliveryMetrics, type DeliveryMetrics } from './metrics.ts';
import { startOpsServer, type Health, type OpsServer, type RouteHandler } from './ops-server.ts';
import type { BriefingComposer, DeliveryPort } from './ports.ts';
import { createRateLimiter, type RateLimits } from './rate-limiter.ts';
import { createScheduler, type Scheduler } from './scheduler.ts';

/**
 * The running delivery service `mujaz serve` starts: scheduler, worker, metrics and the HTTP
 * port, wired together over one store. Kept apart from the CLI so the lead can start it with the
 * real composer and adapters, and tests can start it with a fake clock and port 0.
 */
export type ServiceOptions = {
  readonly store: DeliveryStore;
  readonly composer: BriefingComposer;
  readonly ports: readonly DeliveryPort[];
  readonly rateLimits: RateLimits;
  readonly graceMs: number;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** The HTTP port for /healthz, /metrics and adapter routes; false for none. */
  readonly http: { readonly port: number; readonly host?: string; readonly routes?: readonly RouteHandler[] } | false;
  readonly tickerPattern?: string;
  /** The scheduler counts as alive while its last sweep is at most this old (default 150 s: 2½ ticks). */
  readonly aliveWithinMs?: number;
  readonly delivery?: Pick<DeliveryWorkerOptions, 'concurrency' | 'leaseMs' | 'maxAttempts' | 'sendTimeoutMs' | 'pollMs' | 'backoff'>;
  /** How long shutdown lets in-flight deliveries finish before releasing them. */
  readonly shutdownGraceMs?: number;
};

/** Handles on the running service, for `mujaz serve` and tests. */
export type RunningService = {
  /** The bound HTTP port, when there is one. */
  readonly port?: number;
  readonly scheduler: Scheduler;
  readonly worker: DeliveryWorker;
  readonly metrics: DeliveryMetrics;
  health(): Promise<Health>;
  /** Stop claiming, finish or release in-flight rows, stop the jobs and the HTTP port, close the store. */
  stop(): Promise<void>;
};

/** Start everything; the catch-up sweep (late and missed briefings) runs before this resolves. The service owns the store and closes it. */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const metrics = createDeliveryMetrics();
  const worker = createDeliveryWorker({
    ...options.delivery,
    store: options.store,
    ports: options.ports,
    composer: options.composer,
    clock,
    limiter: createRateLimiter(options.rateLimits, clock),
    logger: logger.child({ component: 'delivery' }),
    observer: metrics,
  });
  const scheduler = createScheduler({
    store: options.store,
    clock,
    graceMs: options.graceMs,
    ...(options.tickerPattern === undefined ? {} : { tickerPattern: options.tickerPattern }),
    logger: logger.child({ component: 'scheduler' }),
    onEnqueued: () => worker.wake(),
  });
  const aliveWithinMs = options.aliveWithinMs ?? 150_000;

  async function health(): Promise<Health> {
    const lastSweep = scheduler.lastSweepAt();
    const alive = lastSweep !== undefined && clock.now() - lastSweep <= aliveWithinMs;
    const scheduling = { alive, ...(lastSweep === undefined ? {} : { lastSweepAt: toIso(lastSweep) }) };
    try {
      await options.store.ping();
      const lastDeliveryAt = await options.store.lastDeliveredAt();
      return { ok: alive, store: 'ok', scheduler: scheduling, ...(lastDeliveryAt === undefined ? {} : { lastDeliveryAt }), ...(alive ? {} : { problem: 'the scheduler has not swept recently' }) };
    } catch (error) {
      return { ok: false, store: 'unreachable', scheduler: scheduling, problem: (error as Error).message };
    }
  }

  let server: OpsServer | undefined;
  worker.start();
  try {
    await scheduler.start();
    if (options.http) {
      server = await startOpsServer({
        port: options.http.port,
        ...(options.http.host === undefined ? {} : { host: options.http.host }),
        ...(options.http.routes === undefined ? {} : { routes: options.http.routes }),
        health,
        metrics: async () => {
          const lastDeliveredAt = await options.store.lastDeliveredAt();
          const lastSweepAt = scheduler.lastSweepAt();
          return metrics.render({
            outbox: await options.store.countDeliveries(),
            subscriptions: await options.store.countSubscriptions(),
            ...(lastDeliveredAt === undefined ? {} : { lastDeliveredAt }),
            ...(lastSweepAt === undefined ? {} : { lastSweepAt }),
          });
        },
      });
    }
  } catch (error) {
    await scheduler.stop();
    await worker.stop({ graceMs: 0 });
    await options.store.close();
    throw error;
  }
  logger.info('serving', { port: server?.port, platforms: options.ports.map((port) => port.platform).join(','), graceHours: options.graceMs / 3_600_000 });

  let stopped: Promise<void> | undefined;
  return {
    ...(server ? { port: server.port } : {}),
    scheduler,
    worker,
    metrics,
    health,
    stop() {
      stopped ??= (async () => {
        await scheduler.stop();
        await worker.stop({ graceMs: options.shutdownGraceMs ?? 10_000 });
        await server?.close();
        await options.store.close();
        logger.info('stopped', {});
      })();
      return stopped;
    },
  };
}
