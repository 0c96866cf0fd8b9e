import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { draftOf, openTempDeliveryStore } from '../support/delivery-store.ts';
import { createVirtualClock } from '../support/virtual-clock.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const root = new URL('../../', import.meta.url).pathname;
const script = new URL('../support/kill-child.ts', import.meta.url).pathname;
const briefings = 500;

function runChild(env: Record<string, string>, onStart: (kill: () => void) => void = () => {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  onStart(() => child.kill('SIGKILL'));
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out, err })));
}

describe('crash safety', () => {
  it('delivers all 500 briefings after a SIGKILL mid-run, duplicating at most the messages in flight', async () => {
    const { store, path, cleanup } = openTempDeliveryStore();
    cleanups.push(cleanup);
    for (let i = 0; i < briefings; i++) {
      await store.addSubscription(draftOf({ localTime: '07:30', timeZone: 'Asia/Dubai', destination: { chatId: `chat-${i}` } }), '2026-02-01T00:00:00.000Z', `sub-${i}`);
    }
    await createScheduler({ store, clock: createVirtualClock(Date.parse('2026-02-06T03:30:00Z')), graceMs: 6 * 3_600_000 }).sweep();
    expect(await store.listDeliveries()).toHaveLength(briefings);

    // The fake platform: counts every message it receives, and kills the worker mid-run.
    const received = new Map<string, number>();
    let kill: (() => void) | undefined;
    let total = 0;
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const { key, part } = JSON.parse(body) as { key: string; part: number };
        received.set(`${key}#${part}`, (received.get(`${key}#${part}`) ?? 0) + 1);
        if (++total === 400) kill?.();
        setTimeout(() => response.end('{"ok":true}'), 1);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }));
    const env = { MUJAZ_KILL_DB: path, MUJAZ_KILL_PLATFORM_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`, MUJAZ_KILL_LEASE_MS: '3000' };

    const killed = await runChild(env, (killChild) => (kill = killChild));
    expect(killed.signal).toBe('SIGKILL');
    const db = new Database(path, { readonly: true });
    const inFlight = (db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE state = 'sending'`).get() as { n: number }).n;
    const deliveredBefore = (db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE state = 'delivered'`).get() as { n: number }).n;
    db.close();
    expect(deliveredBefore).toBeLessThan(briefings);

    const restarted = await runChild(env);
    expect(restarted.code, restarted.err).toBe(0);
    const rows = await store.listDeliveries();
    expect(rows.filter((row) => row.state === 'delivered')).toHaveLength(briefings);
    const expected = rows.flatMap((row) => (row.parts ?? []).map((_, part) => `${row.subscriptionId}/${row.briefingDay}#${part}`));
    expect(expected.length).toBeGreaterThan(briefings);
    expect(expected.filter((key) => !received.has(key))).toEqual([]);
    const duplicates = [...received.values()].reduce((sum, count) => sum + count - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(inFlight);
    console.info(`kill test: ${expected.length} messages in ${briefings} briefings; killed after ${deliveredBefore} delivered with ${inFlight} in flight; ${duplicates} duplicates after restart`);
  });
});
