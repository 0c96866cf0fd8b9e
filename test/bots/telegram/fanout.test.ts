import { afterEach, describe, expect, it } from 'vitest';
import { createDigestBriefingComposer } from '../../../src/engine/briefing-composer.ts';
import { createDeliveryWorker } from '../../../src/schedule/delivery-worker.ts';
import type { Briefing, BriefingComposer } from '../../../src/schedule/ports.ts';
import { createRateLimiter } from '../../../src/schedule/rate-limiter.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import type { SubscriptionDraft } from '../../../src/store/subscription-store.ts';
import type { TelegramFault } from '../../fakes/telegram-api.ts';
import { startHarness, type Harness } from './harness.ts';

let world: Harness;
afterEach(async () => {
  await world.close();
});

const CHATS = 1000;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
const firstChat = 100_001;

/** The fault injected on a chat's first sends, by its index: a tenth each of 429, 500, 502 twice, and dropped connections. */
function faultOf(index: number): { fault: TelegramFault; times: number } | undefined {
  switch (index % 10) {
    case 1: return { fault: { kind: 'retry_after', seconds: 1 }, times: 1 };
    case 2: return { fault: { kind: 'server_error', status: 500 }, times: 1 };
    case 3: return { fault: { kind: 'server_error', status: 502 }, times: 2 };
    case 4: return { fault: { kind: 'drop' }, times: 1 };
    default: return undefined;
  }
}

describe('the morning run to 1,000 Telegram chats', () => {
  it('delivers every briefing once through 429 and 5xx injections, loses none, and pauses the chats that blocked the bot', async () => {
    world = await startHarness({ fake: { floodLimits: { perChatPerSecond: 1 } } });
    const { fake, store, clock } = world;
    const blocked = new Set<number>();
    for (let index = 0; index < CHATS; index++) {
      const chatId = firstChat + index;
      fake.addChat({ id: chatId, type: 'private', firstName: `Reader ${index}` });
      if (index % 100 === 99) {
        fake.setMember(chatId, fake.botInfo.id, 'kicked');
        blocked.add(chatId);
      }
      const injected = faultOf(index);
      if (injected) fake.failNext('sendMessage', injected.fault, { chatId, times: injected.times });
      // Half in Arabic at 08:00 Dubai, half in English at 04:00 UTC: the same instant.
      const draft: SubscriptionDraft = index % 2 === 0
        ? { platform: 'telegram', destination: { chatId: String(chatId) }, localTime: '08:00', timeZone: 'Asia/Dubai', language: 'ar', sections: 'all', whenEmpty: 'notice', createdBy: 'test' }
        : { platform: 'telegram', destination: { chatId: String(chatId) }, localTime: '04:00', timeZone: 'UTC', language: 'en', sections: 'talks', whenEmpty: 'notice', createdBy: 'test' };
      await store.addSubscription(draft, '2026-02-01T00:00:00.000Z');
    }
    const swept = await createScheduler({ store, clock, graceMs: 3_600_000 }).sweep();
    expect(swept.created).toBe(CHATS);

    // The real digest composer; briefings that would be identical are composed once, to keep the test fast.
    // The full digest (MUJAZ_BRIEFING=full), so a chat's briefing takes several parts to keep in order.
    const real = createDigestBriefingComposer(world.engine, { detail: 'full' });
    const composed = new Map<string, Promise<Briefing>>();
    const composer: BriefingComposer = (request) => {
      const { language, sections } = request.subscription;
      const key = `${language} ${sections} ${request.briefingDay} ${request.coveredUntil ?? ''} ${request.late}`;
      if (!composed.has(key)) composed.set(key, real(request));
      return composed.get(key) as Promise<Briefing>;
    };
    const worker = createDeliveryWorker({
      store,
      ports: [world.adapter.deliveryPort],
      composer,
      clock,
      limiter: createRateLimiter({ telegram: { perDestination: { count: 1, perMs: 1_000 } } }, clock),
      concurrency: 200,
      maxAttempts: 6,
      backoff: { baseMs: 50, maxMs: 400 },
    });
    await worker.drain();

    const deliveries = await store.listDeliveries();
    const subscriptionsById = new Map((await store.listSubscriptions()).map((s) => [s.id, s]));
    expect(deliveries).toHaveLength(CHATS);
    const sentByChat = groupBy(fake.sent, (message) => message.chat_id);
    let parts = 0;
    for (const delivery of deliveries) {
      const subscription = subscriptionsById.get(delivery.subscriptionId)!;
      const chatId = Number(subscription.destination.chatId);
      const received = (sentByChat.get(chatId) ?? []).map((message) => message.text);
      if (blocked.has(chatId)) {
        expect(delivery.state).toBe('failed');
        expect(subscription).toMatchObject({ state: 'paused', pausedReason: '403 Forbidden: bot was blocked by the user' });
        expect(received).toEqual([]);
        continue;
      }
      // Exactly the stored parts, each once, in order: nothing lost, nothing repeated.
      expect(delivery.state).toBe('delivered');
      expect(subscription.state).toBe('active');
      expect(received).toEqual(delivery.parts?.map((part) => part.body));
      parts += received.length;
    }
    expect(fake.sent).toHaveLength(parts);
    expect(JSON.stringify(deliveries)).not.toContain(fake.token);
    expect(parts).toBeGreaterThan(CHATS);
    const statuses = groupBy(fake.requests.filter((r) => r.method === 'sendMessage'), (r) => r.status);
    expect(statuses.get(500)?.length).toBe(100);
    expect(statuses.get(502)?.length).toBe(200);
    expect(statuses.get(0)?.length).toBe(100);
    expect(statuses.get(429)?.length).toBeGreaterThanOrEqual(100);
  });
});
