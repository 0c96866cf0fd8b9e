import cron from 'node-cron';
import { afterEach, describe, expect, it } from 'vitest';
import { createOffsetClock } from '../../src/schedule/clock.ts';
import { createScheduler, type Scheduler } from '../../src/schedule/scheduler.ts';
import { dueInstant } from '../../src/schedule/zoned-time.ts';
import { createSqliteDeliveryStore } from '../../src/store/sqlite/sqlite-delivery-store.ts';
import { openSqliteDatabase } from '../../src/store/sqlite/sqlite-store.ts';
import type { DeliveryStore } from '../../src/store/subscription-store.ts';
import { draftOf, openTempDeliveryStore } from '../support/delivery-store.ts';
import { createVirtualClock, type VirtualClock } from '../support/virtual-clock.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const hours = 3_600_000;

function setup(start: string) {
  const temp = openTempDeliveryStore();
  cleanups.push(temp.cleanup);
  const clock = createVirtualClock(Date.parse(start));
  const scheduler = createScheduler({ store: temp.store, clock, graceMs: 6 * hours });
  return { ...temp, clock, scheduler };
}

async function subscribe(store: DeliveryStore, at: string, localTime: string, timeZone: string, chatId = `${localTime} ${timeZone}`) {
  return store.addSubscription(draftOf({ localTime, timeZone, destination: { chatId } }), at);
}

/** Step the clock minute by minute from its time to `until`, sweeping at each tick as the ticker would. */
async function tickUntil(clock: VirtualClock, scheduler: Scheduler, until: string): Promise<void> {
  for (let at = clock.now(); at <= Date.parse(until); at += 60_000) {
    clock.set(at);
    await scheduler.sweep();
  }
}

/** Outbox rows as `subscription chat → day @ due`, sorted. */
async function rows(store: DeliveryStore): Promise<string[]> {
  const subscriptions = new Map((await store.listSubscriptions()).map((s) => [s.id, s.destination.chatId]));
  return (await store.listDeliveries()).map((row) => `${subscriptions.get(row.subscriptionId)} → ${row.briefingDay} @ ${row.dueAt}${row.late ? ' late' : ''}${row.state === 'pending' ? '' : ` ${row.state}`}`).sort();
}

describe('the scheduler across DST changes (minute ticks on a fake clock)', () => {
  it('sends spring-forward briefings at the first valid minute and fall-back ones once (Europe/Kyiv)', async () => {
    const { store, clock, scheduler } = setup('2026-03-28T00:00:00Z');
    for (const time of ['02:59', '03:00', '03:30', '04:00']) await subscribe(store, '2026-03-01T00:00:00Z', time, 'Europe/Kyiv');
    await tickUntil(clock, scheduler, '2026-03-30T04:00:00Z');
    expect(await rows(store)).toEqual([
      '02:59 Europe/Kyiv → 2026-03-28 @ 2026-03-28T00:59:00.000Z',
      '02:59 Europe/Kyiv → 2026-03-29 @ 2026-03-29T00:59:00.000Z',
      '02:59 Europe/Kyiv → 2026-03-30 @ 2026-03-29T23:59:00.000Z',
      '03:00 Europe/Kyiv → 2026-03-28 @ 2026-03-28T01:00:00.000Z',
      '03:00 Europe/Kyiv → 2026-03-29 @ 2026-03-29T01:00:00.000Z',
      '03:00 Europe/Kyiv → 2026-03-30 @ 2026-03-30T00:00:00.000Z',
      '03:30 Europe/Kyiv → 2026-03-28 @ 2026-03-28T01:30:00.000Z',
      '03:30 Europe/Kyiv → 2026-03-29 @ 2026-03-29T01:00:00.000Z',
      '03:30 Europe/Kyiv → 2026-03-30 @ 2026-03-30T00:30:00.000Z',
      '04:00 Europe/Kyiv → 2026-03-28 @ 2026-03-28T02:00:00.000Z',
      '04:00 Europe/Kyiv → 2026-03-29 @ 2026-03-29T01:00:00.000Z',
      '04:00 Europe/Kyiv → 2026-03-30 @ 2026-03-30T01:00:00.000Z',
    ]);

    const autumn = setup('2026-10-24T20:00:00Z');
    for (const time of ['02:59', '03:00', '03:30', '04:00']) await subscribe(autumn.store, '2026-03-01T00:00:00Z', time, 'Europe/Kyiv');
    await tickUntil(autumn.clock, autumn.scheduler, '2026-10-25T04:00:00Z');
    // 03:00–03:59 happens twice that night (EEST, then EET from 01:00Z): each briefing goes out once, at the first.
    expect(await rows(autumn.store)).toEqual([
      '02:59 Europe/Kyiv → 2026-10-25 @ 2026-10-24T23:59:00.000Z',
      '03:00 Europe/Kyiv → 2026-10-25 @ 2026-10-25T00:00:00.000Z',
      '03:30 Europe/Kyiv → 2026-10-25 @ 2026-10-25T00:30:00.000Z',
      '04:00 Europe/Kyiv → 2026-10-25 @ 2026-10-25T02:00:00.000Z',
    ]);
  });

  it('handles the gaps and repeated hours at midnight in Africa/Cairo and Asia/Beirut', async () => {
    const { store, clock, scheduler } = setup('2026-04-23T18:00:00Z');
    await subscribe(store, '2026-03-01T00:00:00Z', '00:30', 'Africa/Cairo');
    await subscribe(store, '2026-03-01T00:00:00Z', '23:30', 'Africa/Cairo');
    await tickUntil(clock, scheduler, '2026-04-24T23:00:00Z');
    expect(await rows(store)).toEqual([
      // 00:00–00:59 does not exist on 24 April: 00:30 goes out at 01:00 EEST; the next day at 00:30 EEST.
      '00:30 Africa/Cairo → 2026-04-24 @ 2026-04-23T22:00:00.000Z',
      '00:30 Africa/Cairo → 2026-04-25 @ 2026-04-24T21:30:00.000Z',
      '23:30 Africa/Cairo → 2026-04-23 @ 2026-04-23T21:30:00.000Z',
      '23:30 Africa/Cairo → 2026-04-24 @ 2026-04-24T20:30:00.000Z',
    ]);

    const cairoAutumn = setup('2026-10-29T18:00:00Z');
    await subscribe(cairoAutumn.store, '2026-03-01T00:00:00Z', '23:30', 'Africa/Cairo');
    await tickUntil(cairoAutumn.clock, cairoAutumn.scheduler, '2026-10-29T23:00:00Z');
    // Thursday 23:00–23:59 repeats at midnight (20:00Z–21:00Z EEST, 21:00Z–22:00Z EET): once, at the first.
    expect(await rows(cairoAutumn.store)).toEqual(['23:30 Africa/Cairo → 2026-10-29 @ 2026-10-29T20:30:00.000Z']);

    const beirutSpring = setup('2026-03-28T18:00:00Z');
    await subscribe(beirutSpring.store, '2026-03-01T00:00:00Z', '00:15', 'Asia/Beirut');
    await tickUntil(beirutSpring.clock, beirutSpring.scheduler, '2026-03-29T02:00:00Z');
    expect(await rows(beirutSpring.store)).toEqual(['00:15 Asia/Beirut → 2026-03-29 @ 2026-03-28T22:00:00.000Z']);

    const beirut = setup('2026-10-24T18:00:00Z');
    await subscribe(beirut.store, '2026-03-01T00:00:00Z', '23:30', 'Asia/Beirut');
    await subscribe(beirut.store, '2026-03-01T00:00:00Z', '00:15', 'Asia/Beirut');
    await tickUntil(beirut.clock, beirut.scheduler, '2026-10-25T00:00:00Z');
    // 23:30 happens at 20:30Z and again at 21:30Z on the night clocks go back: one briefing.
    expect(await rows(beirut.store)).toEqual([
      '00:15 Asia/Beirut → 2026-10-25 @ 2026-10-24T22:15:00.000Z',
      '23:30 Asia/Beirut → 2026-10-24 @ 2026-10-24T20:30:00.000Z',
    ]);
  });

  it('keys briefings by each subscriber’s own day across midnight in far-apart zones', async () => {
    const { store, clock, scheduler } = setup('2026-02-05T00:00:00Z');
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Pacific/Auckland', 'America/Los_Angeles']) {
      await subscribe(store, '2026-02-01T00:00:00Z', '00:00', zone);
      await subscribe(store, '2026-02-01T00:00:00Z', '23:59', zone);
    }
    await tickUntil(clock, scheduler, '2026-02-06T00:00:00Z');
    const all = await rows(store);
    expect(all).toContain('00:00 Pacific/Kiritimati → 2026-02-06 @ 2026-02-05T10:00:00.000Z');
    expect(all).toContain('23:59 Pacific/Kiritimati → 2026-02-05 @ 2026-02-05T09:59:00.000Z');
    expect(all).toContain('00:00 Pacific/Pago_Pago → 2026-02-05 @ 2026-02-05T11:00:00.000Z');
    expect(all).toContain('23:59 Pacific/Pago_Pago → 2026-02-04 @ 2026-02-05T10:59:00.000Z');
    expect(all).toContain('00:00 Pacific/Auckland → 2026-02-06 @ 2026-02-05T11:00:00.000Z');
    expect(all).toContain('00:00 America/Los_Angeles → 2026-02-05 @ 2026-02-05T08:00:00.000Z');
    // One UTC day holds exactly one due instant of each daily time, none twice.
    expect(all).toHaveLength(8);
  });
});

describe('the scheduler after a restart', () => {
  it('sends a briefing missed within the grace window, marked late, and records older ones as missed', async () => {
    const { store, path, clock, scheduler } = setup('2026-02-03T02:00:00Z');
    await subscribe(store, '2026-02-01T00:00:00Z', '07:30', 'Asia/Dubai', 'dubai');
    await scheduler.sweep(); // the last sweep before the process went down
    // Down from 02:00Z on the 3rd until 06:00Z on the 5th; Dubai's 07:30 is 03:30Z.
    clock.set(Date.parse('2026-02-05T06:00:00Z'));
    const restarted = createScheduler({ store: createSqliteDeliveryStore(openSqliteDatabase(path)), clock, graceMs: 6 * hours });
    const result = await restarted.sweep();
    expect(result).toMatchObject({ created: 3, late: 1, missed: 2 });
    expect(await rows(store)).toEqual([
      'dubai → 2026-02-03 @ 2026-02-03T03:30:00.000Z missed',
      'dubai → 2026-02-04 @ 2026-02-04T03:30:00.000Z missed',
      'dubai → 2026-02-05 @ 2026-02-05T03:30:00.000Z late',
    ]);
  });

  it('marks late what the start-up catch-up finds overdue, even by seconds, but not a slow regular tick', async () => {
    const { store, clock, scheduler } = setup('2026-02-06T03:29:00Z');
    await subscribe(store, '2026-02-01T00:00:00Z', '07:30', 'Asia/Dubai', 'dubai');
    await subscribe(store, '2026-02-01T00:00:00Z', '07:31', 'Asia/Dubai', 'dubai-2');
    await scheduler.sweep();
    clock.set(Date.parse('2026-02-06T03:30:30Z')); // restarted 30 s after 07:30
    const restarted = createScheduler({ store, clock, graceMs: 6 * hours });
    cleanups.push(() => restarted.stop());
    await restarted.start();
    clock.set(Date.parse('2026-02-06T03:31:20Z')); // a regular tick, 20 s slow
    await restarted.sweep();
    expect(await rows(store)).toEqual(['dubai → 2026-02-06 @ 2026-02-06T03:30:00.000Z late', 'dubai-2 → 2026-02-06 @ 2026-02-06T03:31:00.000Z']);
  });

  it('owes nothing that fell due before a subscription existed or while it was paused', async () => {
    const { store, clock, scheduler } = setup('2026-02-05T03:00:00Z');
    const early = await subscribe(store, '2026-02-05T03:00:00Z', '07:30', 'Asia/Dubai', 'early');
    await subscribe(store, '2026-02-05T03:40:00Z', '07:30', 'Asia/Dubai', 'too-late');
    await store.pauseSubscription(early.id, 'on holiday', '2026-02-05T03:10:00Z');
    clock.set(Date.parse('2026-02-05T04:00:00Z'));
    await store.resumeSubscription(early.id, '2026-02-05T04:00:00Z');
    await scheduler.sweep();
    expect(await rows(store)).toEqual([]);
  });

  it('creates one row when two schedulers enqueue the same briefing at once', async () => {
    const { store, path, clock } = setup('2026-02-05T03:30:00Z');
    for (let i = 0; i < 20; i++) await subscribe(store, '2026-02-01T00:00:00Z', '07:30', 'Asia/Dubai', `chat-${i}`);
    // Two schedulers on two connections, as two processes would have.
    const other = createSqliteDeliveryStore(openSqliteDatabase(path));
    cleanups.push(() => other.close());
    const first = createScheduler({ store, clock, graceMs: 6 * hours });
    const second = createScheduler({ store: other, clock, graceMs: 6 * hours });
    const [a, b] = await Promise.all([first.sweep(), second.sweep()]);
    expect(a.planned).toBe(20);
    expect(b.planned).toBe(20);
    expect(a.created + b.created).toBe(20);
    expect(await store.listDeliveries()).toHaveLength(20);
    expect((await Promise.all([first.sweep(), second.sweep()])).map((r) => r.created)).toEqual([0, 0]);
  });
});

describe('the scheduler’s cron jobs (real node-cron)', () => {
  it('keeps one job per distinct time and zone, added and removed as subscriptions change', async () => {
    const { store } = setup('2026-02-05T00:00:00Z');
    const scheduler = createScheduler({ store, clock: createOffsetClock(0), graceMs: 6 * hours });
    cleanups.push(() => scheduler.stop());
    const dubai = await subscribe(store, new Date().toISOString(), '07:30', 'Asia/Dubai', 'a');
    await subscribe(store, new Date().toISOString(), '07:30', 'Asia/Dubai', 'b');
    await subscribe(store, new Date().toISOString(), '06:45', 'Europe/Kyiv', 'c');
    await scheduler.start();
    expect(scheduler.jobKeys()).toEqual(['06:45 Europe/Kyiv', '07:30 Asia/Dubai']);
    const job = [...cron.getTasks().values()].find((task) => task.name === 'mujaz 07:30 Asia/Dubai');
    expect(job?.getNextRun()?.getTime()).toBe(nextDue('07:30', 'Asia/Dubai'));

    await store.removeSubscription(dubai.id);
    await scheduler.sweep();
    expect(scheduler.jobKeys()).toEqual(['06:45 Europe/Kyiv', '07:30 Asia/Dubai']);
    await store.pauseSubscription((await store.listSubscriptions()).find((s) => s.destination.chatId === 'b')?.id ?? '', 'test', new Date().toISOString());
    await scheduler.sweep();
    expect(scheduler.jobKeys()).toEqual(['06:45 Europe/Kyiv']);
    await scheduler.stop();
    expect(scheduler.jobKeys()).toEqual([]);
    expect([...cron.getTasks().values()].some((task) => task.name?.startsWith('mujaz 06:45'))).toBe(false);
  });

  it('enqueues a briefing when the ticker fires, without a restart', async () => {
    const { store } = setup('2026-02-05T00:00:00Z');
    // Run the scheduler "at" a second before 07:30 in Dubai; the per-second ticker must catch it.
    const due = dueInstant('2026-02-05', '07:30', 'Asia/Dubai');
    const clock = createOffsetClock(due - 1_200 - Date.now());
    let enqueued!: () => void;
    const fired = new Promise<void>((resolve) => (enqueued = resolve));
    const scheduler = createScheduler({ store, clock, graceMs: 6 * hours, horizonMs: 0, tickerPattern: '* * * * * *', onEnqueued: () => enqueued() });
    cleanups.push(() => scheduler.stop());
    await scheduler.start();
    await store.addSubscription(draftOf({ localTime: '07:30', timeZone: 'Asia/Dubai' }), new Date(clock.now()).toISOString());
    expect(await store.listDeliveries()).toHaveLength(0);
    await fired;
    const [row] = await store.listDeliveries();
    expect(row).toMatchObject({ briefingDay: '2026-02-05', dueAt: '2026-02-05T03:30:00.000Z', state: 'pending', late: false });
    expect(scheduler.jobKeys()).toEqual(['07:30 Asia/Dubai']);
  });
});

function nextDue(time: string, zone: string): number {
  const now = Date.now();
  for (let day = -1; day <= 2; day++) {
    const candidate = dueInstant(new Date(now + day * 86_400_000).toISOString().slice(0, 10), time, zone);
    if (candidate > now) return candidate;
  }
  throw new Error('unreachable');
}
