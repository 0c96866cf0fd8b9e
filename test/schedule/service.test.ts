import { afterEach, describe, expect, it } from 'vitest';
import { lateNotice } from '../../src/schedule/briefing-text.ts';
import { createOffsetClock } from '../../src/schedule/clock.ts';
import { createConsolePort } from '../../src/schedule/console-port.ts';
import type { BriefingComposer } from '../../src/schedule/ports.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { startService, type RunningService } from '../../src/schedule/service.ts';
import { createSqliteDeliveryStore } from '../../src/store/sqlite/sqlite-delivery-store.ts';
import { openSqliteDatabase } from '../../src/store/sqlite/sqlite-store.ts';
import type { DeliveryStore } from '../../src/store/subscription-store.ts';
import { draftOf, openTempDeliveryStore } from '../support/delivery-store.ts';
import { createVirtualClock } from '../support/virtual-clock.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const composer: BriefingComposer = async (request) => ({
  nothingNew: false,
  lang: request.subscription.language,
  sections: request.subscription.sections,
  late: request.late,
  coveredUntil: request.briefingDay,
  content: `news for ${request.briefingDay}`,
});

async function until(condition: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** A store whose previous run swept at 07:00 in Dubai on 6 February and then went down. */
async function storeDownSince0700(): Promise<{ path: string; store: DeliveryStore }> {
  const temp = openTempDeliveryStore();
  cleanups.push(temp.cleanup);
  await temp.store.addSubscription(draftOf({ platform: 'console', localTime: '07:30', timeZone: 'Asia/Dubai', destination: { chatId: 'me' } }), '2026-02-01T00:00:00.000Z', 'sub-1');
  await createScheduler({ store: temp.store, clock: createVirtualClock(Date.parse('2026-02-06T03:00:00Z')), graceMs: 6 * 3_600_000 }).sweep();
  await temp.store.close();
  return { path: temp.path, store: createSqliteDeliveryStore(openSqliteDatabase(temp.path)) };
}

async function start(store: DeliveryStore, nowIso: string, printed: string[]): Promise<RunningService> {
  const service = await startService({
    store,
    composer,
    ports: [createConsolePort({ write: (text) => printed.push(text) })],
    rateLimits: {},
    graceMs: 6 * 3_600_000,
    clock: createOffsetClock(Date.parse(nowIso) - Date.now()),
    http: { port: 0, host: '127.0.0.1', routes: [(request, response) => {
      if (request.url !== '/telegram/webhook') return false;
      response.end('hook');
      return true;
    }] },
  });
  cleanups.push(() => service.stop());
  return service;
}

describe('the delivery service (mujaz serve)', () => {
  it('sends the briefing missed while it was down, marked late, and shows it on /healthz and /metrics', async () => {
    const { store } = await storeDownSince0700();
    const printed: string[] = [];
    // Back at 09:00 in Dubai: 07:30 was missed 90 minutes ago, inside the 6-hour grace window.
    const service = await start(store, '2026-02-06T05:00:00Z', printed);
    await until(async () => (await store.listDeliveries())[0]?.state === 'delivered');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain(lateNotice('ar'));
    expect(printed[0]).toContain('news for 2026-02-06');
    expect((await store.listDeliveries())[0]).toMatchObject({ late: true, briefingDay: '2026-02-06' });

    const base = `http://127.0.0.1:${service.port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, store: 'ok', scheduler: { alive: true }, lastDeliveryAt: expect.stringMatching(/^2026-02-06T05:/) });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('# TYPE mujaz_deliveries_total counter');
    expect(metrics).toContain('mujaz_deliveries_total{platform="console",outcome="delivered"} 1');
    expect(metrics).toContain('mujaz_outbox_depth 0');
    expect(metrics).toContain('mujaz_paused_subscriptions 0');
    expect(await (await fetch(`${base}/telegram/webhook`)).text()).toBe('hook');
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
  });

  it('records a briefing missed beyond the grace window instead of sending it, and answers 503 when the store is gone', async () => {
    const { store } = await storeDownSince0700();
    const printed: string[] = [];
    const service = await start(store, '2026-02-06T10:00:00Z', printed); // 14:00 in Dubai: 6½ hours late
    expect(await store.listDeliveries()).toMatchObject([{ state: 'missed', briefingDay: '2026-02-06' }]);
    expect(printed).toEqual([]);
    await store.close();
    const health = await fetch(`http://127.0.0.1:${service.port}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, store: 'unreachable' });
  });

  it('shuts down gracefully: stops the jobs, frees the port and closes the store', async () => {
    const { store } = await storeDownSince0700();
    const service = await start(store, '2026-02-06T03:10:00Z', []);
    expect(service.scheduler.jobKeys()).toEqual(['07:30 Asia/Dubai']);
    await service.stop();
    expect(service.scheduler.jobKeys()).toEqual([]);
    await expect(store.ping()).rejects.toThrow(/not open/);
    await expect(fetch(`http://127.0.0.1:${service.port}/healthz`)).rejects.toThrow();
  });
});
