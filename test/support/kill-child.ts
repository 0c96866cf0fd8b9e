/**
 * The process the kill test starts (and SIGKILLs): a delivery worker over the SQLite file in
 * MUJAZ_KILL_DB, sending every part as an HTTP POST to the test's fake platform at
 * MUJAZ_KILL_PLATFORM_URL. It drains the outbox and exits 0, printing what it did as JSON.
 */
import { systemClock } from '../../src/schedule/clock.ts';
import { splitMessage } from '../../src/schedule/briefing-text.ts';
import { createDeliveryWorker } from '../../src/schedule/delivery-worker.ts';
import type { DeliveryPort } from '../../src/schedule/ports.ts';
import { createRateLimiter } from '../../src/schedule/rate-limiter.ts';
import { openSqliteDeliveryStore } from '../../src/store/sqlite/sqlite-delivery-store.ts';
import { createTestComposer, type TestContent } from './fake-platform.ts';

const database = process.env.MUJAZ_KILL_DB;
const url = process.env.MUJAZ_KILL_PLATFORM_URL;
if (!database || !url) throw new Error('set MUJAZ_KILL_DB and MUJAZ_KILL_PLATFORM_URL');

const port: DeliveryPort = {
  platform: 'telegram',
  renderParts(briefing) {
    const content = briefing.content as TestContent;
    return splitMessage(content.text, 40).map((body) => ({ body, payload: { key: content.key } }));
  },
  async sendPart(destination, part, context) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat: destination.chatId, key: (part.payload as { key: string }).key, part: context.partIndex }),
    });
    await response.arrayBuffer();
    return response.ok ? { kind: 'accepted' } : { kind: 'transient', reason: `HTTP ${response.status}` };
  },
};

const store = openSqliteDeliveryStore(database);
let sent = 0;
const worker = createDeliveryWorker({
  store,
  ports: [port],
  composer: createTestComposer({ words: 8 }),
  clock: systemClock,
  limiter: createRateLimiter({}, systemClock),
  concurrency: 16,
  leaseMs: Number(process.env.MUJAZ_KILL_LEASE_MS ?? 3_000),
  sendTimeoutMs: 1_500,
  observer: { sent: (_platform, outcome) => void (outcome === 'accepted' && sent++), settled: () => {} },
});
await worker.drain();
const counts = await store.countDeliveries();
await store.close();
process.stdout.write(`${JSON.stringify({ sent, counts })}\n`);
