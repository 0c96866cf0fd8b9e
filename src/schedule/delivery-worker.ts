import { randomBytes } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { scrubSecrets, silentLogger, type Logger } from '../log.ts';
import type { ClaimedDelivery, Destination, OutboxStore, Platform, SubscriptionStore } from '../store/subscription-store.ts';
import { toIso, type Clock } from './clock.ts';
import type { BriefingComposer, DeliveryPart, DeliveryPort, SendOutcome } from './ports.ts';
import type { RateLimiter } from './rate-limiter.ts';

/**
 * The delivery worker claims outbox rows and sends them through the platform ports. Every state
 * change is one store transaction, made right after the platform answers, so a kill at any moment
 * loses nothing: a restart finds the row pending or with an expired lease and resumes after the
 * last part recorded as accepted. The only duplicate possible is a part the platform accepted in
 * the instant before the kill, before its acceptance was recorded ("in flight").
 */
export type SettledOutcome = 'delivered' | 'skipped' | 'rate_limited' | 'retry' | 'failed' | 'paused' | 'released' | 'lease_lost';

/** What metrics want to hear about; the worker calls it for every send and every settled attempt. */
export type DeliveryObserver = {
  sent(platform: Platform, outcome: SendOutcome['kind']): void;
  settled(platform: Platform, outcome: SettledOutcome, deliveredAt?: number): void;
};

/** What a worker needs: the store, the platform ports, the composer, a clock and a rate limiter, and its tuning. */
export type DeliveryWorkerOptions = {
  readonly store: OutboxStore & Pick<SubscriptionStore, 'moveDestination'>;
  readonly ports: readonly DeliveryPort[];
  readonly composer: BriefingComposer;
  readonly clock: Clock;
  readonly limiter: RateLimiter;
  readonly logger?: Logger;
  readonly observer?: DeliveryObserver;
  /** Rows held at once; each waits for its rate-limit slot, so this bounds the queue, not the rate. */
  readonly concurrency?: number;
  /** How long a claim is exclusive; renewed at every accepted part. */
  readonly leaseMs?: number;
  /** Transient failures before a row is marked failed. */
  readonly maxAttempts?: number;
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number };
  readonly random?: () => number;
  /** A send with no answer by then is a transient failure ("timeout"). */
  readonly sendTimeoutMs?: number;
  /** Idle wait between looks at the outbox (a scheduler's enqueue wakes the worker sooner). */
  readonly pollMs?: number;
};

/** A running (or startable) delivery worker. */
export type DeliveryWorker = {
  /** Run in the background until `stop`. */
  start(): void;
  /** Stop claiming; let in-flight rows finish for up to `graceMs`, then release what is left. */
  stop(options?: { graceMs?: number }): Promise<void>;
  /** Look at the outbox now (called after an enqueue). */
  wake(): void;
  /** Deliver everything ready now; resolves when nothing ready remains or is in flight. */
  processReady(): Promise<number>;
  /** Deliver until the outbox holds nothing pending for these ports, waiting out retries (tests, bench, CLI). */
  drain(): Promise<void>;
  inFlight(): number;
};

/** Exponential backoff with equal jitter: half the step fixed, half random, capped. */
export function backoffDelay(failures: number, backoff: { baseMs: number; maxMs: number }, random: () => number): number {
  const step = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

/** How long a row waits after the platform refused our own credentials. */
const platformRefusalWaitMs = 10 * 60_000;

type Settle = { outcome: SettledOutcome; reason?: string; sent: number; total: number };

/** Create a worker; nothing is claimed until `start`, `processReady` or `drain`. */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const { store, clock, limiter, composer } = options;
  const logger = options.logger ?? silentLogger;
  const concurrency = options.concurrency ?? 32;
  const leaseMs = options.leaseMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 6;
  const backoff = options.backoff ?? { baseMs: 2_000, maxMs: 300_000 };
  const random = options.random ?? Math.random;
  const sendTimeoutMs = options.sendTimeoutMs ?? 20_000;
  const pollMs = options.pollMs ?? 5_000;
  const claimBatch = Math.max(1, Math.floor(concurrency / 8));
  const ports = new Map(options.ports.map((port) => [port.platform, port]));
  const platforms = [...ports.keys()];
  // One token per worker run: after a restart nothing can mistake the dead run's claims for ours.
  const token = `${process.pid}-${randomBytes(6).toString('hex')}`;
  const inFlight = new Map<string, Promise<void>>();
  // Two steps of shutdown: `stopping` ends claiming; `cancelling` (after the grace) ends waits for a slot.
  const stopping = new AbortController();
  const cancelling = new AbortController();
  // Every row waiting for a rate-limit slot listens on this signal: many listeners is by design.
  setMaxListeners(0, cancelling.signal, stopping.signal);
  let wakeUp = new AbortController();
  let loop: Promise<void> | undefined;

  function wake(): void {
    wakeUp.abort();
  }

  async function send(port: DeliveryPort, destination: Destination, part: DeliveryPart, context: Parameters<DeliveryPort['sendPart']>[2]) {
    const timer = new AbortController();
    const timedOut = clock.sleep(sendTimeoutMs, timer.signal).then((elapsed) =>
      elapsed ? ({ kind: 'transient', reason: `no answer within ${sendTimeoutMs / 1000}s (timeout)` } as const) : new Promise<never>(() => {}),
    );
    try {
      const answered = port.sendPart(destination, part, context).catch((error: unknown) => ({ kind: 'transient', reason: `send failed: ${scrubSecrets((error as Error).message ?? String(error))}` }) as const);
      return await Promise.race([answered, timedOut]);
    } finally {
      timer.abort();
    }
  }

  async function deliver(row: ClaimedDelivery): Promise<Settle> {
    const subscription = row.subscription;
    const port = ports.get(subscription.platform);
    if (!port) {
      await store.releaseDelivery(row.id, token, toIso(clock.now()));
      return { outcome: 'released', sent: row.partsSent, total: row.parts?.length ?? 0 };
    }
    // Another worker took the row over (our lease lapsed): stop at once, it resumes where we were.
    const leaseLost = (sent: number, total: number): Settle => ({ outcome: 'lease_lost', reason: 'the lease lapsed and another worker took the row', sent, total });
    let parts = row.parts;
    if (!parts) {
      const coveredUntil = await store.lastCoveredUntil(subscription.id);
      const briefing = await composer({ subscription, briefingDay: row.briefingDay, ...(coveredUntil === undefined ? {} : { coveredUntil }), asOf: new Date(clock.now()), late: row.late });
      if (briefing.nothingNew && subscription.whenEmpty === 'skip') {
        await store.finishDelivery(row.id, token, { state: 'skipped', reason: 'nothing new since the last briefing', at: toIso(clock.now()) });
        return { outcome: 'skipped', sent: 0, total: 0 };
      }
      parts = port.renderParts(briefing, subscription.destination);
      if (!(await store.saveParts(row.id, token, parts, briefing.coveredUntil ?? coveredUntil, toIso(clock.now())))) return leaseLost(0, parts.length);
    }
    if (parts.length === 0) {
      await store.finishDelivery(row.id, token, { state: 'skipped', reason: 'the briefing rendered to no messages', at: toIso(clock.now()) });
      return { outcome: 'skipped', sent: 0, total: 0 };
    }
    let destination = subscription.destination;
    let first = row.firstReference;
    let previous = row.lastReference;
    let moves = 0;
    for (let index = row.partsSent; index < parts.length; ) {
      const part = parts[index] as DeliveryPart;
      const isGroup = port.isGroup?.(destination) ?? false;
      if (cancelling.signal.aborted || !(await limiter.acquire(port.platform, destination.chatId, isGroup, cancelling.signal))) {
        await store.releaseDelivery(row.id, token, toIso(clock.now()));
        return { outcome: 'released', sent: index, total: parts.length };
      }
      const context = { partIndex: index, partCount: parts.length, ...(first === undefined ? {} : { first }), ...(previous === undefined ? {} : { previous }) };
      const answer: SendOutcome & { reference?: unknown } = await send(port, destination, part, context);
      options.observer?.sent(port.platform, answer.kind);
      const now = clock.now();
      switch (answer.kind) {
        case 'accepted': {
          const complete = index === parts.length - 1;
          const recorded = await store.recordPartAccepted(row.id, token, { index, reference: answer.reference, at: toIso(now), leaseUntil: toIso(now + leaseMs), complete });
          if (!recorded) return leaseLost(index, parts.length);
          if (index === 0) first = answer.reference;
          previous = answer.reference;
          index++;
          if (complete) return { outcome: 'delivered', sent: index, total: parts.length };
          break;
        }
        case 'retry_after': {
          // The platform said exactly how long: pause that destination for it, without counting a failure.
          const resumeAt = now + Math.max(0, answer.seconds) * 1000;
          limiter.block(port.platform, destination.chatId, resumeAt);
          await store.retryDelivery(row.id, token, { nextAttemptAt: toIso(resumeAt), reason: answer.reason, countFailure: false, at: toIso(now) });
          return { outcome: 'rate_limited', reason: answer.reason, sent: index, total: parts.length };
        }
        case 'transient': {
          const failures = row.failures + 1;
          if (failures >= maxAttempts) {
            const reason = `gave up after ${failures} attempts: ${answer.reason}`;
            await store.finishDelivery(row.id, token, { state: 'failed', reason, at: toIso(now) });
            return { outcome: 'failed', reason, sent: index, total: parts.length };
          }
          const nextAttemptAt = toIso(now + backoffDelay(failures, backoff, random));
          await store.retryDelivery(row.id, token, { nextAttemptAt, reason: answer.reason, countFailure: true, at: toIso(now) });
          return { outcome: 'retry', reason: answer.reason, sent: index, total: parts.length };
        }
        case 'permanent':
          if (answer.scope === 'platform') {
            // Pausing every subscriber for our own revoked token would be wrong: wait for an operator.
            logger.error('the platform refused our credentials; fix the token and restart', { platform: port.platform, reason: answer.reason });
            await store.retryDelivery(row.id, token, { nextAttemptAt: toIso(now + platformRefusalWaitMs), reason: answer.reason, countFailure: false, at: toIso(now) });
            return { outcome: 'retry', reason: answer.reason, sent: index, total: parts.length };
          }
          await store.failAndPause(row.id, token, answer.reason, toIso(now));
          return { outcome: 'paused', reason: answer.reason, sent: index, total: parts.length };
        case 'migrated': {
          // Telegram group → supergroup: history moves with it, so resume at this part in the new chat.
          if (++moves > 3) {
            await store.retryDelivery(row.id, token, { nextAttemptAt: toIso(now + backoffDelay(row.failures + 1, backoff, random)), reason: `moved too often: ${answer.reason}`, countFailure: true, at: toIso(now) });
            return { outcome: 'retry', reason: answer.reason, sent: index, total: parts.length };
          }
          await store.moveDestination(subscription.id, answer.newDestination, toIso(now));
          destination = { ...destination, chatId: answer.newDestination };
          logger.info('destination moved', { subscription: subscription.id, reason: answer.reason });
          break;
        }
      }
    }
    return { outcome: 'delivered', sent: parts.length, total: parts.length };
  }

  async function attempt(row: ClaimedDelivery): Promise<void> {
    const startedAt = clock.now();
    let settle: Settle;
    try {
      settle = await deliver(row);
    } catch (error) {
      // The composer, the renderer or the store failed: retry later with backoff, keep the reason.
      const reason = scrubSecrets((error as Error).message ?? String(error));
      const now = clock.now();
      try {
        await store.retryDelivery(row.id, token, { nextAttemptAt: toIso(now + backoffDelay(row.failures + 1, backoff, random)), reason, countFailure: true, at: toIso(now) });
      } catch (storeError) {
        logger.error('could not reschedule a delivery; its lease will expire and it will be retried', { delivery: row.id, error: (storeError as Error).message });
      }
      settle = { outcome: 'retry', reason, sent: row.partsSent, total: row.parts?.length ?? 0 };
    }
    const now = clock.now();
    options.observer?.settled(row.subscription.platform, settle.outcome, settle.outcome === 'delivered' ? now : undefined);
    const level = settle.outcome === 'failed' || settle.outcome === 'paused' ? 'warn' : 'info';
    logger[level]('delivery', {
      subscription: row.subscription.id,
      day: row.briefingDay,
      platform: row.subscription.platform,
      attempt: row.attempts,
      outcome: settle.outcome,
      partsSent: `${settle.sent}/${settle.total}`,
      latencyMs: now - startedAt,
      lagMs: now - Date.parse(row.dueAt),
      late: row.late,
      reason: settle.reason,
    });
  }

  /** Claim up to the free capacity and start each row; returns how many started. */
  async function fill(): Promise<number> {
    const capacity = concurrency - inFlight.size;
    // Claim in batches when busy: one claim transaction per finished row would cost more than it brings.
    if (capacity <= 0 || stopping.signal.aborted || (inFlight.size > 0 && capacity < claimBatch)) return 0;
    const now = clock.now();
    const rows = await store.claimDeliveries({ token, now: toIso(now), leaseUntil: toIso(now + leaseMs), limit: capacity, platforms });
    let started = 0;
    for (const row of rows) {
      // Our own row whose lease lapsed while it waited: the running attempt keeps it.
      if (inFlight.has(row.id)) continue;
      const work = attempt(row).finally(() => {
        inFlight.delete(row.id);
        wake();
      });
      inFlight.set(row.id, work);
      started++;
    }
    return started;
  }

  async function processReady(): Promise<number> {
    let total = 0;
    for (;;) {
      const started = await fill();
      total += started;
      if (inFlight.size === 0) return total;
      if (started === 0 || inFlight.size >= concurrency) await Promise.race(inFlight.values());
    }
  }

  async function run(): Promise<void> {
    while (!stopping.signal.aborted) {
      let started = 0;
      try {
        started = await fill();
      } catch (error) {
        logger.error('claiming deliveries failed', { error: (error as Error).message });
      }
      if (stopping.signal.aborted) break;
      let wait = pollMs;
      if (inFlight.size < concurrency) {
        const next = await store.nextReadyAt(platforms).catch(() => undefined);
        if (next !== undefined) wait = Math.min(pollMs, Math.max(started > 0 ? 0 : 25, Date.parse(next) - clock.now()));
      }
      if (wait > 0) {
        await clock.sleep(wait, AbortSignal.any([stopping.signal, wakeUp.signal]));
        if (wakeUp.signal.aborted) wakeUp = new AbortController();
      }
    }
  }

  return {
    start() {
      loop ??= run();
    },
    async stop(stopOptions = {}) {
      stopping.abort();
      const graceOver = new AbortController();
      await Promise.race([Promise.all(inFlight.values()), clock.sleep(stopOptions.graceMs ?? 10_000, graceOver.signal)]);
      graceOver.abort();
      cancelling.abort();
      await Promise.all(inFlight.values());
      await loop;
    },
    wake,
    processReady,
    async drain() {
      for (;;) {
        await processReady();
        const next = await store.nextReadyAt(platforms);
        if (next === undefined || stopping.signal.aborted) return;
        const wait = Date.parse(next) - clock.now();
        if (wait > 0 && !(await clock.sleep(wait, stopping.signal))) return;
      }
    },
    inFlight: () => inFlight.size,
  };
}
