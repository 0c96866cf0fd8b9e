import cron, { type Logger as CronLogger, type ScheduledTask } from 'node-cron';
import { silentLogger, type Logger } from '../log.ts';
import type { OutboxStore, SubscriptionStore } from '../store/subscription-store.ts';
import { toIso, type Clock } from './clock.ts';
import { planDueBriefings, scheduleKeyOf } from './plan.ts';

/**
 * The scheduler turns time into outbox rows. Each sweep plans what fell due since the stored
 * watermark and enqueues it idempotently, so a sweep can run any number of times, from any number
 * of processes. node-cron only decides *when* to sweep: one job per distinct (time, zone) fires
 * at the subscribers' minute, and a minute ticker sweeps too, because cron skips wall times that
 * do not exist on a spring-forward day and a briefing must never be silently skipped.
 */
export type SchedulerOptions = {
  readonly store: Pick<SubscriptionStore, 'listSubscriptions' | 'readSweptUntil'> & Pick<OutboxStore, 'enqueueDeliveries'>;
  readonly clock: Clock;
  /** Missed briefings up to this old are sent late on start-up; older ones are recorded as missed. */
  readonly graceMs: number;
  /** Overdue by more than this when enqueued counts as late (default a minute; 5 s in the start-up catch-up). */
  readonly lateAfterMs?: number;
  readonly maxLookbackMs?: number;
  /** A sweep counts what falls due this soon as due now (a tick can fire a hair early). */
  readonly horizonMs?: number;
  /** Re-examined before the watermark, for clock skew between two schedulers. */
  readonly overlapMs?: number;
  /** The safety-net ticker; tests use a per-second pattern. */
  readonly tickerPattern?: string;
  readonly logger?: Logger;
  /** Called after a sweep created rows, so the worker starts at once instead of at its next poll. */
  readonly onEnqueued?: (created: number) => void;
};

/** What one sweep planned, and what it created (rows that already existed are not created again, nor counted as late or missed). */
export type SweepResult = { readonly at: string; readonly planned: number; readonly created: number; readonly late: number; readonly missed: number };

/** The scheduler's surface: sweep on demand, or start the cron jobs. */
export type Scheduler = {
  /** Enqueue everything due now (idempotent); concurrent calls share one run. */
  sweep(): Promise<SweepResult>;
  /** Catch up on what fell due while stopped, then start the cron jobs. */
  start(): Promise<SweepResult>;
  /** Destroy the cron jobs; a sweep in progress finishes. */
  stop(): Promise<void>;
  /** The (time, zone) keys that currently have a cron job. */
  jobKeys(): string[];
  /** When the last sweep finished (for /healthz). */
  lastSweepAt(): number | undefined;
};

const minute = 60_000;

/** Create a scheduler over the store; nothing runs until `start` or `sweep`. */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const logger = options.logger ?? silentLogger;
  const lateAfterMs = options.lateAfterMs ?? minute;
  // The first sweep after start-up: anything already overdue then fell due while we were down.
  const catchUpLateAfterMs = Math.min(5_000, lateAfterMs);
  let catchingUp = false;
  const maxLookbackMs = options.maxLookbackMs ?? 7 * 24 * 60 * minute;
  const horizonMs = options.horizonMs ?? 2_000;
  const overlapMs = options.overlapMs ?? 2 * minute;
  const cronLogger: CronLogger = {
    info: (message) => logger.debug('cron', { message }),
    warn: (message) => logger.warn('cron', { message }),
    error: (message) => logger.error('cron', { message: String(message) }),
    debug: (message) => logger.debug('cron', { message: String(message) }),
  };
  const jobs = new Map<string, ScheduledTask>();
  let ticker: ScheduledTask | undefined;
  let started = false;
  let lastSweep: number | undefined;
  let current: Promise<SweepResult> | undefined;
  let queued: Promise<SweepResult> | undefined;

  async function runSweep(): Promise<SweepResult> {
    const now = options.clock.now();
    const subscriptions = await options.store.listSubscriptions({ state: 'active' });
    if (started) reconcileJobs(new Set(subscriptions.map(scheduleKeyOf)));
    const mark = await options.store.readSweptUntil();
    // With no watermark this store has never been swept: nothing was promised while nothing ran,
    // so only what is still within the grace window is caught up (and nothing is marked missed).
    const from = (mark === undefined ? now - options.graceMs : Date.parse(mark)) - overlapMs;
    const to = now + horizonMs;
    const lateAfter = catchingUp ? catchUpLateAfterMs : lateAfterMs;
    catchingUp = false;
    const planned = planDueBriefings(subscriptions, { from, to, now, graceMs: options.graceMs, lateAfterMs: lateAfter, maxLookbackMs });
    const { created, late, missed } = await options.store.enqueueDeliveries(planned, toIso(now), toIso(to));
    lastSweep = options.clock.now();
    if (created > 0) {
      logger.info('briefings enqueued', { created, late, missed, subscriptions: subscriptions.length });
      options.onEnqueued?.(created);
    }
    return { at: toIso(now), planned: planned.length, created, late, missed };
  }

  function sweep(): Promise<SweepResult> {
    if (queued) return queued;
    if (!current) {
      current = runSweep().finally(() => {
        current = undefined;
      });
      return current;
    }
    // A trigger during a sweep runs once more after it: the running sweep may have read the
    // subscriptions before the change that caused the trigger.
    queued = current
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return sweep();
      });
    return queued;
  }

  function trigger(source: string): void {
    sweep().catch((error: unknown) => logger.error('sweep failed', { source, error: (error as Error).message }));
  }

  function reconcileJobs(keys: ReadonlySet<string>): void {
    for (const [key, job] of jobs) {
      if (keys.has(key)) continue;
      void job.destroy();
      jobs.delete(key);
    }
    for (const key of keys) {
      if (jobs.has(key)) continue;
      const [time = '', zone = ''] = key.split(' ');
      const [hour, minuteOfHour] = time.split(':').map(Number);
      const job = cron.createTask(`${minuteOfHour} ${hour} * * *`, () => trigger(`job ${key}`), { timezone: zone, name: `mujaz ${key}`, noOverlap: true, logger: cronLogger });
      void job.start();
      jobs.set(key, job);
    }
  }

  return {
    sweep,
    async start() {
      started = true;
      catchingUp = true;
      ticker ??= cron.createTask(options.tickerPattern ?? '* * * * *', () => trigger('ticker'), { name: 'mujaz ticker', noOverlap: true, logger: cronLogger });
      void ticker.start();
      return sweep();
    },
    async stop() {
      started = false;
      for (const job of jobs.values()) await job.destroy();
      jobs.clear();
      await ticker?.destroy();
      ticker = undefined;
      await current?.catch(() => undefined);
    },
    jobKeys: () => [...jobs.keys()].sort(),
    lastSweepAt: () => lastSweep,
  };
}
