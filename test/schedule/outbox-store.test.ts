import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../src/store/subscription-store.ts';
import { createSqliteDeliveryStore } from '../../src/store/sqlite/sqlite-delivery-store.ts';
import { openSqliteDatabase } from '../../src/store/sqlite/sqlite-store.ts';
import { migrations } from '../../src/store/sqlite/migrations.ts';
import { draftOf, openTempDeliveryStore } from '../support/delivery-store.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function open() {
  const temp = openTempDeliveryStore();
  cleanups.push(temp.cleanup);
  return temp;
}

const entry = (subscriptionId: string, briefingDay: string, dueAt = `${briefingDay}T03:30:00.000Z`): OutboxEntry => ({ subscriptionId, briefingDay, dueAt, state: 'pending', late: false });
const claim = (token: string, now: string, limit = 10) => ({ token, now, leaseUntil: new Date(Date.parse(now) + 60_000).toISOString(), limit, platforms: ['telegram' as const] });

describe('the SQLite subscription and outbox store', () => {
  it('records migration 3 and keeps a subscription with its destination and state', async () => {
    const { store, path } = open();
    const added = await store.addSubscription(draftOf({ localTime: '07:30', timeZone: 'Asia/Dubai', destination: { chatId: '-100', threadId: '7' } }), '2026-02-01T00:00:00.000Z', 's1');
    expect(added).toMatchObject({ id: 's1', state: 'active', destination: { chatId: '-100', threadId: '7' }, activeSince: '2026-02-01T00:00:00.000Z' });
    const db = new Database(path, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    db.close();
    expect(versions.map((row) => row.version)).toContain(3);
    expect(await store.countSubscriptions()).toEqual({ active: 1, paused: 0 });
  });

  it("keeps a subscription's choice of the full digest and of the Arabic quotes, and leaves them absent when not chosen", async () => {
    const { store } = open();
    await store.addSubscription(draftOf({ localTime: '07:30', timeZone: 'Asia/Dubai', detail: 'full', arabicQuotes: true }), '2026-02-01T00:00:00.000Z', 's1');
    await store.addSubscription(draftOf({ localTime: '07:30', timeZone: 'Asia/Dubai', destination: { chatId: 'other' } }), '2026-02-01T00:00:00.000Z', 's2');
    expect(await store.getSubscription('s1')).toMatchObject({ detail: 'full', arabicQuotes: true });
    const plain = await store.getSubscription('s2');
    expect(plain).not.toHaveProperty('detail');
    expect(plain).not.toHaveProperty('arabicQuotes');
  });

  it('migrates a store made before subscriptions had a detail: its subscriptions keep the default', async () => {
    const { store, path } = open();
    await store.addSubscription(draftOf({ localTime: '07:30', timeZone: 'Asia/Dubai' }), '2026-02-01T00:00:00.000Z', 's1');
    // Back to the layout of migration 7, as an older mujaz left it.
    const db = new Database(path);
    db.exec('ALTER TABLE subscriptions DROP COLUMN detail; ALTER TABLE subscriptions DROP COLUMN arabic_quotes; DELETE FROM schema_migrations WHERE version = 8;');
    db.close();
    const reopened = createSqliteDeliveryStore(openSqliteDatabase(path));
    cleanups.push(() => reopened.close());
    const [kept] = await reopened.listSubscriptions();
    expect(kept).toMatchObject({ id: 's1', localTime: '07:30' });
    expect(kept).not.toHaveProperty('detail');
    await reopened.addSubscription(draftOf({ localTime: '08:00', timeZone: 'UTC', destination: { chatId: 'b' }, detail: 'brief' }), '2026-02-02T00:00:00.000Z', 's2');
    expect(await reopened.getSubscription('s2')).toMatchObject({ detail: 'brief' });
  });

  it("moves a store whose subscriptions named one of three platforms to one that takes any adapter's name, losing no delivery", async () => {
    // A store as mujaz left it before migration 9 (a new file beside the temporary one): a subscription and its delivery.
    const path = `${open().path}.before-9`;
    const old = new Database(path);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const migration of migrations.filter((m) => m.version <= 8)) {
      for (const statement of migration.statements) old.exec(statement);
      old.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, 'then');
    }
    old.pragma('foreign_keys = ON');
    const oldStore = createSqliteDeliveryStore(old);
    await oldStore.addSubscription(draftOf({ localTime: '07:30', timeZone: 'Asia/Dubai', detail: 'full' }), '2026-02-01T00:00:00.000Z', 's1');
    await oldStore.enqueueDeliveries([entry('s1', '2026-02-06')], '2026-02-06T03:30:00.000Z', '2026-02-06T03:30:02.000Z');
    expect(() => old.prepare("UPDATE subscriptions SET platform = 'discord'").run()).toThrow(/CHECK/);
    old.close();

    const reopened = createSqliteDeliveryStore(openSqliteDatabase(path));
    cleanups.push(() => reopened.close());
    expect(await reopened.getSubscription('s1')).toMatchObject({ id: 's1', platform: 'telegram', detail: 'full' });
    expect(await reopened.listDeliveries()).toMatchObject([{ id: 's1/2026-02-06', state: 'pending' }]);
    await reopened.addSubscription(draftOf({ platform: 'discord', localTime: '08:00', timeZone: 'UTC', destination: { chatId: 'd1' } }), '2026-02-02T00:00:00.000Z', 's2');
    expect(await reopened.getSubscription('s2')).toMatchObject({ platform: 'discord' });
    await expect(reopened.addSubscription(draftOf({ platform: 'Discord Bot', localTime: '08:00', timeZone: 'UTC', destination: { chatId: 'd2' } }), '2026-02-02T00:00:00.000Z', 's3')).rejects.toThrow();
    // The reference from a delivery to its subscription still holds: removing one removes the other.
    await reopened.removeSubscription('s1');
    expect(await reopened.listDeliveries()).toEqual([]);
  });

  it('enqueues a (subscription, day) once and advances the watermark only forward', async () => {
    const { store } = open();
    await store.addSubscription(draftOf({ localTime: '07:30', timeZone: 'Asia/Dubai' }), '2026-02-01T00:00:00.000Z', 's1');
    expect(await store.enqueueDeliveries([entry('s1', '2026-02-06')], '2026-02-06T03:30:00.000Z', '2026-02-06T03:30:02.000Z')).toEqual({ created: 1, late: 0, missed: 0 });
    expect(await store.enqueueDeliveries([entry('s1', '2026-02-06', '2026-02-06T04:00:00.000Z')], '2026-02-06T03:31:00.000Z', '2026-02-06T03:00:00.000Z')).toEqual({ created: 0, late: 0, missed: 0 });
    expect(await store.listDeliveries()).toMatchObject([{ id: 's1/2026-02-06', dueAt: '2026-02-06T03:30:00.000Z' }]);
    expect(await store.readSweptUntil()).toBe('2026-02-06T03:30:02.000Z');
  });

  it('hands out one day at a time per subscription, and a lapsed lease to the next worker only', async () => {
    const { store } = open();
    await store.addSubscription(draftOf({ localTime: '07:30', timeZone: 'Asia/Dubai' }), '2026-02-01T00:00:00.000Z', 's1');
    await store.enqueueDeliveries([entry('s1', '2026-02-05'), entry('s1', '2026-02-06')], '2026-02-06T04:00:00.000Z', '2026-02-06T04:00:00.000Z');
    const [first, ...rest] = await store.claimDeliveries(claim('a', '2026-02-06T04:00:00.000Z'));
    expect(first?.briefingDay).toBe('2026-02-05');
    expect(rest).toEqual([]);
    expect(await store.claimDeliveries(claim('b', '2026-02-06T04:00:30.000Z'))).toEqual([]);
    const [taken] = await store.claimDeliveries(claim('b', '2026-02-06T04:01:00.000Z'));
    expect(taken).toMatchObject({ id: 's1/2026-02-05', attempts: 2 });
    // The first worker wakes up late: its changes no longer apply.
    await store.finishDelivery('s1/2026-02-05', 'a', { state: 'failed', reason: 'stale', at: '2026-02-06T04:01:01.000Z' });
    expect((await store.listDeliveries())[0]?.state).toBe('sending');
    await store.recordPartAccepted('s1/2026-02-05', 'b', { index: 0, reference: { ts: '1.2' }, at: '2026-02-06T04:01:02.000Z', leaseUntil: '2026-02-06T04:02:02.000Z', complete: true });
    expect((await store.listDeliveries())[0]).toMatchObject({ state: 'delivered', partsSent: 1, firstReference: { ts: '1.2' } });
    expect((await store.claimDeliveries(claim('b', '2026-02-06T04:01:03.000Z')))[0]?.briefingDay).toBe('2026-02-06');
  });

  it('cancels pending briefings when a subscription is paused, and claims none while it is', async () => {
    const { store } = open();
    await store.addSubscription(draftOf({ localTime: '07:30', timeZone: 'Asia/Dubai' }), '2026-02-01T00:00:00.000Z', 's1');
    await store.enqueueDeliveries([entry('s1', '2026-02-06')], '2026-02-06T03:30:00.000Z', '2026-02-06T03:30:00.000Z');
    await store.pauseSubscription('s1', 'chat archived', '2026-02-06T03:00:00.000Z');
    expect(await store.claimDeliveries(claim('a', '2026-02-06T04:00:00.000Z'))).toEqual([]);
    expect((await store.listDeliveries())[0]).toMatchObject({ state: 'cancelled', lastError: 'subscription paused: chat archived' });
    const resumed = await store.resumeSubscription('s1', '2026-02-06T05:00:00.000Z');
    expect(resumed).toMatchObject({ state: 'active', activeSince: '2026-02-06T05:00:00.000Z' });
    expect(resumed?.pausedReason).toBeUndefined();
    expect(await store.removeSubscription('s1')).toBe(true);
    expect(await store.listDeliveries()).toEqual([]);
  });
});
