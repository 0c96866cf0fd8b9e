/**
 * Fan-out benchmark: 2,000 subscriptions due at the same minute, delivered through a fake platform
 * that enforces a global 200 messages/s and 1/s per chat (refusing with retry_after beyond that).
 * The ideal is 2,000 / 200 = 10 s; the report is the ratio of the measured time to it (target
 * ≤ 1.10) with refusals, duplicates and losses, which must all be zero.
 *
 * Run alone: node --import tsx bench/fanout.ts
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createOffsetClock, systemClock } from '../src/schedule/clock.ts';
import { createDeliveryWorker } from '../src/schedule/delivery-worker.ts';
import { createRateLimiter } from '../src/schedule/rate-limiter.ts';
import { createScheduler } from '../src/schedule/scheduler.ts';
import { createSqliteDeliveryStore } from '../src/store/sqlite/sqlite-delivery-store.ts';
import { openSqliteDatabase } from '../src/store/sqlite/sqlite-store.ts';
import { createFakePlatform, createTestComposer } from '../test/support/fake-platform.ts';
import { makeTempDir } from '../test/support/temp.ts';

/** The numbers the fan-out benchmark reports. */
export type FanoutResult = {
  readonly subscriptions: number;
  readonly messages: number;
  readonly globalPerSecond: number;
  readonly seconds: number;
  readonly idealSeconds: number;
  readonly ratio: number;
  readonly refusals: number;
  readonly duplicates: number;
  readonly losses: number;
  /** Time from the due minute to the first message (enqueue, claim, compose, render). */
  readonly firstMessageMs: number;
};

/** Zones and local times that all read 2026-02-06T04:30:00Z, so every subscription is due at one instant. */
const sameInstant: readonly [string, string][] = [
  ['08:30', 'Asia/Dubai'],
  ['06:30', 'Europe/Kyiv'],
  ['06:30', 'Africa/Cairo'],
  ['06:30', 'Asia/Beirut'],
  ['07:30', 'Europe/Moscow'],
  ['07:30', 'Asia/Riyadh'],
  ['04:30', 'UTC'],
];
const dueAt = Date.parse('2026-02-06T04:30:00Z');

/** Run the fan-out benchmark, print its numbers, and return them. */
export async function runFanoutBench(options: { subscriptions?: number; globalPerSecond?: number; concurrency?: number } = {}): Promise<FanoutResult> {
  const count = options.subscriptions ?? 2_000;
  const globalPerSecond = options.globalPerSecond ?? 200;
  const { dir, cleanup } = makeTempDir('mujaz-bench-');
  const store = createSqliteDeliveryStore(openSqliteDatabase(join(dir, 'fanout.db')));
  try {
    for (let i = 0; i < count; i++) {
      const [localTime, timeZone] = sameInstant[i % sameInstant.length] as [string, string];
      await store.addSubscription(
        { platform: 'telegram', destination: { chatId: String(100_000 + i) }, localTime, timeZone, language: i % 2 ? 'en' : 'ar', sections: 'all', whenEmpty: 'notice', createdBy: 'bench' },
        '2026-02-01T00:00:00.000Z',
      );
    }
    // The process lives "at" the due minute: real time passes, shifted to 04:30:00Z on 6 February.
    const clock = createOffsetClock(dueAt - systemClock.now());
    const fake = createFakePlatform({
      clock,
      limits: { global: { count: globalPerSecond, perMs: 1_000 }, perChat: { count: 1, perMs: 1_000 } },
      latencyMs: () => 20 + Math.random() * 40,
      maxMessageLength: 4_000,
    });
    const worker = createDeliveryWorker({
      store,
      ports: [fake.port],
      composer: createTestComposer({ words: 40 }),
      clock,
      limiter: createRateLimiter({ telegram: { global: { count: globalPerSecond, perMs: 1_000 }, perDestination: { count: 1, perMs: 1_000 } } }, clock),
      concurrency: options.concurrency ?? 64,
    });
    const started = clock.now();
    await createScheduler({ store, clock, graceMs: 6 * 3_600_000 }).sweep();
    await worker.drain();

    const rows = await store.listDeliveries();
    const expected = new Set(rows.flatMap((row) => (row.parts ?? []).map((_, part) => `${row.subscriptionId}/${row.briefingDay}#${part}`)));
    const received = new Set(fake.accepted.map((message) => `${message.key}#${message.partIndex}`));
    const times = fake.accepted.map((message) => message.at);
    const seconds = (Math.max(...times) - started) / 1000;
    const idealSeconds = fake.accepted.length / globalPerSecond;
    const result: FanoutResult = {
      subscriptions: count,
      messages: fake.accepted.length,
      globalPerSecond,
      seconds: Number(seconds.toFixed(3)),
      idealSeconds,
      ratio: Number((seconds / idealSeconds).toFixed(3)),
      refusals: fake.refusals(),
      duplicates: fake.duplicates(),
      losses: [...expected].filter((key) => !received.has(key)).length + rows.filter((row) => row.state !== 'delivered').length,
      firstMessageMs: Math.min(...times) - started,
    };
    console.log(
      `fan-out: ${result.subscriptions} subscriptions due at one minute → ${result.messages} messages in ${result.seconds} s ` +
        `(ideal ${result.idealSeconds} s at ${globalPerSecond}/s; ratio ${result.ratio}, target ≤ 1.10); ` +
        `first message after ${result.firstMessageMs} ms; refusals ${result.refusals}, duplicates ${result.duplicates}, losses ${result.losses}`,
    );
    return result;
  } finally {
    await store.close();
    cleanup();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runFanoutBench();
}
