import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelay, createDeliveryWorker, type DeliveryWorkerOptions } from '../../src/schedule/delivery-worker.ts';
import { createDeliveryMetrics } from '../../src/schedule/metrics.ts';
import type { BriefingComposer } from '../../src/schedule/ports.ts';
import { createRateLimiter, defaultRateLimits, type RateLimits } from '../../src/schedule/rate-limiter.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import type { DeliveryStore, SubscriptionDraft } from '../../src/store/subscription-store.ts';
import { draftOf, openTempDeliveryStore } from '../support/delivery-store.ts';
import { createFakePlatform, createTestComposer, type FakePlatformOptions } from '../support/fake-platform.ts';
import { createVirtualClock, type VirtualClock } from '../support/virtual-clock.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const due = '2026-02-06T03:30:00.000Z'; // 07:30 in Dubai

/** A store with `count` subscriptions due at 07:30 Dubai, enqueued by a real scheduler sweep at that minute. */
async function dueBriefings(count: number, draft: (i: number) => Partial<SubscriptionDraft> = () => ({})) {
  const temp = openTempDeliveryStore();
  cleanups.push(temp.cleanup);
  const clock = createVirtualClock(Date.parse(due) - 60_000);
  for (let i = 0; i < count; i++) {
    await temp.store.addSubscription(draftOf({ localTime: '07:30', timeZone: 'Asia/Dubai', destination: { chatId: `chat-${i}` }, ...draft(i) }), '2026-02-01T00:00:00.000Z', `sub-${String(i).padStart(4, '0')}`);
  }
  await createScheduler({ store: temp.store, clock, graceMs: 6 * 3_600_000 }).sweep();
  clock.set(Date.parse(due));
  await createScheduler({ store: temp.store, clock, graceMs: 6 * 3_600_000 }).sweep();
  return { ...temp, clock };
}

function workerFor(store: DeliveryStore, clock: VirtualClock, platform: Omit<FakePlatformOptions, 'clock'> = {}, options: Partial<DeliveryWorkerOptions> & { limits?: RateLimits } = {}) {
  const fake = createFakePlatform({ clock, ...platform });
  const metrics = createDeliveryMetrics();
  const worker = createDeliveryWorker({
    store,
    ports: [fake.port],
    composer: createTestComposer({ words: 12 }),
    clock,
    limiter: createRateLimiter(options.limits ?? defaultRateLimits, clock),
    random: seeded(7),
    observer: metrics,
    ...options,
  });
  return { fake, worker, metrics };
}

/** A small deterministic generator (mulberry32), so fault patterns are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('the delivery worker against a fault-injecting platform', () => {
  it('delivers every due briefing exactly once through 429s, 5xx, timeouts and resets', async () => {
    const { store, clock } = await dueBriefings(60);
    const random = seeded(42);
    const faults = ['retry_after', 'server_error', 'timeout', 'reset'] as const;
    const { fake, worker, metrics } = workerFor(store, clock, {
      // A third of sends fail on their first two tries, each in one of four ways.
      fault: ({ attempt }) => {
        if (attempt > 2 || random() > 0.33) return undefined;
        const kind = faults[Math.floor(random() * faults.length)] as (typeof faults)[number];
        return kind === 'retry_after' ? { kind, seconds: 1 + Math.floor(random() * 30) } : { kind };
      },
      limits: { global: { count: 30, perMs: 1_000 }, perChat: { count: 1, perMs: 1_000 } },
    }, { sendTimeoutMs: 10_000, leaseMs: 60_000 });
    await worker.drain();

    const rows = await store.listDeliveries();
    expect(rows.map((row) => row.state)).toEqual(Array(60).fill('delivered'));
    const expected = rows.flatMap((row) => (row.parts ?? []).map((_, index) => `${row.subscriptionId}/${row.briefingDay}#${index}`)).sort();
    expect(expected.length).toBeGreaterThan(60); // multi-part briefings
    expect(fake.accepted.map((m) => `${m.key}#${m.partIndex}`).sort()).toEqual(expected);
    expect(fake.duplicates()).toBe(0);
    expect(fake.refusals()).toBe(0);
    expect(fake.attempts()).toBeGreaterThan(expected.length + 20); // the faults really happened
    const text = metrics.render({ outbox: await store.countDeliveries(), subscriptions: await store.countSubscriptions() });
    expect(text).toContain('mujaz_deliveries_total{platform="telegram",outcome="delivered"} 60');
    expect(text).toMatch(/mujaz_delivery_retries_total\{platform="telegram"\} [1-9]\d*/);
  });

  it('waits exactly as long as a retry_after says, without counting it as a failure', async () => {
    const { store, clock } = await dueBriefings(1);
    const tries: number[] = [];
    const { worker } = workerFor(store, clock, {
      fault: ({ attempt }) => {
        tries.push(clock.now());
        return attempt === 1 ? { kind: 'retry_after', seconds: 37 } : undefined;
      },
      maxMessageLength: 4000,
    });
    await worker.drain();
    expect(tries.map((at) => at - Date.parse(due))).toEqual([0, 37_000]);
    const [row] = await store.listDeliveries();
    expect(row).toMatchObject({ state: 'delivered', failures: 0, attempts: 2 });
  });

  it('backs off exponentially with jitter, then marks the row failed with the reason', async () => {
    const { store, clock } = await dueBriefings(1);
    const tries: number[] = [];
    const { worker } = workerFor(store, clock, { fault: () => {
      tries.push(clock.now());
      return { kind: 'server_error', status: 503 };
    } }, { maxAttempts: 5, backoff: { baseMs: 1_000, maxMs: 60_000 }, limits: {} });
    await worker.drain();
    const gaps = tries.slice(1).map((at, i) => at - (tries[i] as number));
    expect(gaps).toHaveLength(4);
    gaps.forEach((gap, i) => {
      expect(gap).toBeGreaterThanOrEqual(1_000 * 2 ** i / 2);
      expect(gap).toBeLessThanOrEqual(1_000 * 2 ** i);
    });
    const [row] = await store.listDeliveries();
    expect(row).toMatchObject({ state: 'failed', failures: 4, lastError: 'gave up after 5 attempts: HTTP 503' });
    expect(backoffDelay(20, { baseMs: 1_000, maxMs: 60_000 }, () => 1)).toBe(60_000);
  });

  it('pauses a subscription the platform has blocked, instead of retrying, and delivers the rest', async () => {
    const { store, clock } = await dueBriefings(5);
    const { fake, worker } = workerFor(store, clock, {
      fault: ({ chatId }) => (chatId === 'chat-2' ? { kind: 'permanent', reason: 'Forbidden: bot was blocked by the user' } : undefined),
    });
    await worker.drain();
    const blocked = await store.getSubscription('sub-0002');
    expect(blocked).toMatchObject({ state: 'paused', pausedReason: 'Forbidden: bot was blocked by the user' });
    const rows = await store.listDeliveries();
    expect(rows.find((row) => row.subscriptionId === 'sub-0002')).toMatchObject({ state: 'failed', attempts: 1 });
    expect(rows.filter((row) => row.state === 'delivered')).toHaveLength(4);
    expect(new Set(fake.accepted.map((m) => m.chatId))).toEqual(new Set(['chat-0', 'chat-1', 'chat-3', 'chat-4']));
  });

  it('does not pause subscribers when the platform refuses the bot itself (revoked token)', async () => {
    const { store, clock } = await dueBriefings(2);
    let revoked = true;
    const { worker } = workerFor(store, clock, { fault: () => (revoked ? { kind: 'permanent', reason: 'Unauthorized: token revoked', scope: 'platform' } : undefined) });
    await worker.processReady();
    expect((await store.listSubscriptions()).map((s) => s.state)).toEqual(['active', 'active']);
    expect((await store.listDeliveries()).map((row) => row.state)).toEqual(['pending', 'pending']);
    revoked = false; // the operator fixed the token
    await worker.drain();
    expect((await store.listDeliveries()).map((row) => row.state)).toEqual(['delivered', 'delivered']);
  });

  it('follows a group that became a supergroup and resends the briefing there', async () => {
    const { store, clock } = await dueBriefings(1, () => ({ destination: { chatId: '-4001' } }));
    const { fake, worker } = workerFor(store, clock, { fault: ({ chatId }) => (chatId === '-4001' ? { kind: 'migrate', to: '-1004001' } : undefined) });
    await worker.drain();
    expect((await store.getSubscription('sub-0000'))?.destination.chatId).toBe('-1004001');
    const [row] = await store.listDeliveries();
    expect(row?.state).toBe('delivered');
    expect(fake.accepted.length).toBe(row?.parts?.length);
    expect(fake.accepted.every((m) => m.chatId === '-1004001')).toBe(true);
  });

  it('resumes a long briefing after the last accepted part when its worker dies mid-briefing', async () => {
    const { store, clock } = await dueBriefings(1);
    // The first worker's platform hangs on part 2 for ever: it is as good as killed there.
    const first = workerFor(store, clock, { maxMessageLength: 30, fault: ({ partIndex }) => (partIndex === 1 ? { kind: 'timeout' } : undefined) }, { sendTimeoutMs: 1e12, leaseMs: 30_000 });
    // Never settled while the test runs; whatever it does after the store closes is not our business.
    void first.worker.processReady().catch(() => undefined);
    while ((await store.listDeliveries())[0]?.partsSent !== 1) await new Promise((resolve) => setImmediate(resolve));
    // A second worker (a restarted process) takes the row once the lease has lapsed.
    const second = workerFor(store, clock);
    await second.worker.drain();
    const [row] = await store.listDeliveries();
    expect(row?.state).toBe('delivered');
    expect(row?.parts?.length).toBeGreaterThan(2);
    expect(first.fake.accepted.map((m) => m.partIndex)).toEqual([0]);
    expect(second.fake.accepted.map((m) => m.partIndex)).toEqual(Array.from({ length: (row?.parts?.length ?? 0) - 1 }, (_, i) => i + 1));
    expect(clock.now() - Date.parse(due)).toBeGreaterThanOrEqual(30_000);
  });

  it('stops a worker whose lease was taken over, so the briefing is not sent twice from there on', async () => {
    const { store, clock } = await dueBriefings(1);
    // Worker A's answer for part 2 takes two minutes; its 30-second lease lapses meanwhile.
    const slow = workerFor(store, clock, { maxMessageLength: 30, latencyMs: (part) => (part === 1 ? 120_000 : 0) }, { leaseMs: 30_000, sendTimeoutMs: 300_000 });
    const slowRun = slow.worker.processReady();
    while ((await store.listDeliveries())[0]?.partsSent !== 1) await new Promise((resolve) => setImmediate(resolve));
    const fast = workerFor(store, clock, { maxMessageLength: 30 });
    await fast.worker.drain();
    await slowRun;
    const [row] = await store.listDeliveries();
    expect(row?.state).toBe('delivered');
    // A's part 2 reached the platform before its lease lapsed (the one duplicate a stall can cause); A sent nothing after.
    expect(slow.fake.accepted.map((m) => m.partIndex)).toEqual([0, 1]);
    expect(fast.fake.accepted.map((m) => m.partIndex)).toEqual(Array.from({ length: (row?.parts?.length ?? 0) - 1 }, (_, i) => i + 1));
    expect(slow.metrics.render({ outbox: await store.countDeliveries(), subscriptions: await store.countSubscriptions() })).toContain('outcome="lease_lost"} 1');
  });

  it('sends the nothing-new line on an empty day, or nothing when the subscription asks for quiet', async () => {
    const { store, clock } = await dueBriefings(2, (i) => ({ whenEmpty: i === 0 ? 'notice' : 'skip', language: 'en' }));
    const composer: BriefingComposer = createTestComposer({ nothingNew: () => true });
    const { fake, worker } = workerFor(store, clock, { maxMessageLength: 4000 }, { composer });
    await worker.drain();
    const rows = await store.listDeliveries();
    expect(rows.map((row) => row.state)).toEqual(['delivered', 'skipped']);
    expect(rows[0]?.parts?.map((part) => part.body)).toEqual(['No new developments since the last briefing.']);
    expect(fake.accepted).toHaveLength(1);
  });

  it('asks the composer for news since the last delivered briefing', async () => {
    const { store, clock } = await dueBriefings(1);
    const seen: (string | undefined)[] = [];
    const base = createTestComposer();
    const { worker } = workerFor(store, clock, {}, { composer: async (request) => {
      seen.push(request.coveredUntil);
      return base(request);
    } });
    await worker.drain();
    clock.set(Date.parse('2026-02-07T03:30:00.000Z'));
    await createScheduler({ store, clock, graceMs: 3_600_000 }).sweep();
    await worker.drain();
    expect(seen).toEqual([undefined, '2026-02-06']);
  });

  it('releases rows still waiting for a rate-limit slot when stopped', async () => {
    const { store, clock } = await dueBriefings(6);
    const { worker, fake } = workerFor(store, clock, { maxMessageLength: 4000 }, { limits: { telegram: { global: { count: 1, perMs: 60_000 } } }, pollMs: 1_000 });
    worker.start();
    while (fake.accepted.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await worker.stop({ graceMs: 0 });
    const rows = await store.listDeliveries();
    expect(rows.filter((row) => row.state === 'delivered')).toHaveLength(1);
    expect(rows.filter((row) => row.state === 'pending')).toHaveLength(5);
    expect(rows.every((row) => row.state !== 'sending')).toBe(true);
    expect(rows.filter((row) => row.state === 'pending').every((row) => row.attempts === 0)).toBe(true);
  });
});
