import { afterEach, describe, expect, it } from 'vitest';
import { createDigestBriefingComposer } from '../../../src/index.ts';
import { RLM } from '../../../bots/slack/slack-blocks.ts';
import { defaultRateLimits } from '../../../src/schedule/rate-limiter.ts';
import { startService, type RunningService } from '../../../src/schedule/service.ts';
import type { PostedMessage } from '../../fakes/slack-api.ts';
import { checkBlocks } from '../../fakes/slack-blocks.ts';
import { allText, eventually, startSlackHarness, until, type HarnessOptions, type SlackHarness } from './harness.ts';

const hours = 3_600_000;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The rig with the real delivery service (scheduler, outbox worker) and the Slack receiver mounted on its port, as in `mujaz serve`. */
async function startWithService(options: HarnessOptions = {}, detail: 'brief' | 'full' = 'brief'): Promise<{ h: SlackHarness; service: RunningService; origin: string }> {
  let service: RunningService | undefined;
  const h = await startSlackHarness({ ...options, listen: false, onSubscriptionChange: () => void service?.scheduler.sweep() });
  cleanups.push(() => h.close());
  service = await startService({
    store: h.store,
    composer: createDigestBriefingComposer(h.engine, { detail }),
    ports: [h.adapter.deliveryPort],
    rateLimits: defaultRateLimits,
    graceMs: 6 * hours,
    clock: h.clock,
    http: { port: 0, host: '127.0.0.1', routes: [h.adapter.route] },
    delivery: { pollMs: 200 },
  });
  cleanups.push(() => (service as RunningService).stop());
  return { h, service, origin: `http://127.0.0.1:${service.port}` };
}

const topLevel = (h: SlackHarness, channel: string): PostedMessage[] => h.fake.posted.filter((m) => m.channel === channel && m.thread_ts === undefined);

describe('a channel subscription through the outbox', () => {
  it('subscribes from the slash command, receives the morning briefing at the scheduled minute, and unsubscribes', async () => {
    const { h, service, origin } = await startWithService();
    // 07:10 in Dubai on Friday 6 February 2026.
    h.clock.set(Date.parse('2026-02-06T03:10:00Z'));
    const { status } = await h.command('subscribe 07:30 Asia/Dubai ar', { user: 'U1ADMIN', responseId: 'sub', origin });
    expect(status).toBe(200);
    const announced = await eventually(() => h.fake.responses.find((r) => r.id === 'sub'));
    expect(announced.response_type).toBe('in_channel');
    expect(announced.text).toContain('<@U1ADMIN> فعّل الموجز في هذه القناة: كل يوم الساعة 07:30 بتوقيت Asia/Dubai');
    expect(announced.text).toContain('الموجز التالي: 2026-02-06 07:30');
    expect(await h.store.listSubscriptions()).toMatchObject([{ platform: 'slack', destination: { chatId: 'C0NEWS' }, localTime: '07:30', timeZone: 'Asia/Dubai', language: 'ar', sections: 'all', state: 'active' }]);
    await eventually(() => (service.scheduler.jobKeys().includes('07:30 Asia/Dubai') ? true : undefined));

    // A minute early, nothing is due.
    h.clock.set(Date.parse('2026-02-06T03:29:00Z'));
    await service.scheduler.sweep();
    expect(await h.store.listDeliveries()).toEqual([]);

    // At 07:30 the cron job for that minute sweeps, and the worker posts the briefing.
    h.clock.set(Date.parse('2026-02-06T03:30:00Z'));
    await service.scheduler.sweep();
    const [briefing] = await eventually(() => {
      const posted = topLevel(h, 'C0NEWS');
      return posted.length > 0 ? posted : undefined;
    });
    await until(async () => (await h.store.listDeliveries())[0]?.state === 'delivered');
    expect(await h.store.listDeliveries()).toMatchObject([{ briefingDay: '2026-02-06', dueAt: '2026-02-06T03:30:00.000Z', late: false, state: 'delivered', partsSent: 1 }]);
    const text = allText([briefing as PostedMessage]);
    for (const fact of ['الموجز — 5 فبراير 2026', 'أبوظبي', '157 مقابل 157', '1,243,840', 'الموجز الكامل: /briefing digest 2026-02-05 كامل']) expect(text).toContain(fact);
    expect(briefing?.blocks?.[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: `${RLM}الموجز — 5 فبراير 2026`, emoji: false } });
    expect(briefing?.options).toMatchObject({ unfurl_links: false, link_names: false });

    const { status: unsubscribed } = await h.command('unsubscribe', { user: 'U2READER', responseId: 'unsub', origin });
    expect(unsubscribed).toBe(200);
    expect((await eventually(() => h.fake.responses.find((r) => r.id === 'unsub'))).text).toContain('<@U2READER> أوقف الموجز في هذه القناة.');
    expect(await h.store.listSubscriptions()).toEqual([]);
    await eventually(() => (service.scheduler.jobKeys().length === 0 ? true : undefined));

    // The next morning brings nothing.
    const postedBefore = h.fake.posted.length;
    h.clock.set(Date.parse('2026-02-07T03:31:00Z'));
    await service.scheduler.sweep();
    await service.worker.processReady();
    expect(await h.store.listDeliveries()).toEqual([]);
    expect(h.fake.posted.length).toBe(postedBefore);
  });
});

/** Distinct made-up Arabic words from a seed, so that no two generated articles look like one story. */
function pseudoWords(seed: number, count: number): string[] {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  let state = seed * 2_654_435_761 + 1;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648);
  return Array.from({ length: count }, () => Array.from({ length: 3 + (next() % 5) }, () => letters[next() % letters.length]).join(''));
}

/** `count` unrelated articles on 7 February 2026, each with a long title, as one ndjson file. */
function manyArticles(count: number): { file: string; titles: string[] } {
  const titles = Array.from({ length: count }, (_, i) => `تقرير ${i + 1}: ${pseudoWords(i + 1, 18).join(' ')}`);
  const lines = titles.map((title, i) => JSON.stringify({ title, outlet: 'وكالة الاختبار', published: '2026-02-07', body: `${pseudoWords(1000 + i, 80).join(' ')}.` }));
  return { file: `${lines.join('\n')}\n`, titles };
}

describe('briefings too large for one message', () => {
  it('arrive complete: the first part in the channel, the rest as thread replies under it, in order', async () => {
    const { file, titles } = manyArticles(120);
    // A deployment that sends the full digest (MUJAZ_BRIEFING=full): 120 stories take several messages.
    const { h, service } = await startWithService({ articles: { 'many.ndjson': file } }, 'full');
    await h.store.addSubscription({ platform: 'slack', destination: { chatId: 'C0NEWS' }, localTime: '07:30', timeZone: 'Asia/Dubai', language: 'ar', sections: 'all', whenEmpty: 'notice', createdBy: 'test' }, '2026-02-07T12:00:00Z');
    h.clock.set(Date.parse('2026-02-08T03:30:00Z'));
    await service.scheduler.sweep();
    await until(async () => (await h.store.listDeliveries())[0]?.state === 'delivered');
    const [row] = await h.store.listDeliveries();
    const parts = row?.parts?.length ?? 0;
    expect(parts).toBeGreaterThanOrEqual(3);
    expect(row?.partsSent).toBe(parts);

    const [first, ...rest] = h.fake.posted.filter((m) => m.channel === 'C0NEWS');
    expect(first?.thread_ts).toBeUndefined();
    expect(rest).toHaveLength(parts - 1);
    for (const reply of rest) {
      expect(reply.thread_ts).toBe(first?.ts);
      expect(reply.parent).toBe(first);
    }
    const all = [first as PostedMessage, ...rest];
    for (const message of all) {
      expect(checkBlocks(message.blocks)).toBeUndefined();
      expect(message.blocks?.length).toBeLessThanOrEqual(50);
    }
    // The parts arrive exactly as rendered and stored, in order, and together list every article once.
    expect(all.map((m) => m.blocks)).toEqual(row?.parts?.map((part) => (part.payload as { blocks: unknown[] }).blocks));
    const text = all.map((m) => allText([{ blocks: m.blocks }])).join('\n');
    for (const title of titles) expect(text.split(title.slice(0, 40)).length - 1).toBe(1);
  });
});

describe('fan-out to many channels', () => {
  it('delivers 500 subscribed channels their briefing once each through injected 429s, losing none', async () => {
    const { h, service } = await startWithService();
    const channels = Array.from({ length: 500 }, (_, i) => `C5${String(i).padStart(5, '0')}`);
    for (const channel of channels) {
      h.fake.addChannel({ id: channel, name: channel.toLowerCase(), members: [h.fake.botUserId] });
      await h.store.addSubscription({ platform: 'slack', destination: { chatId: channel }, localTime: '07:30', timeZone: 'Asia/Dubai', language: 'en', sections: 'all', whenEmpty: 'notice', createdBy: 'test' }, '2026-02-01T00:00:00Z');
    }
    // Slack refuses 150 posts with HTTP 429 and Retry-After: 1, spread over the run.
    h.fake.failNext('chat.postMessage', { kind: 'rate_limited', retryAfter: 1 }, { times: 150 });
    h.clock.set(Date.parse('2026-02-06T03:30:00Z'));
    expect((await service.scheduler.sweep()).created).toBe(500);
    await until(async () => (await h.store.countDeliveries()).delivered === 500, 60_000);

    const counts = await h.store.countDeliveries();
    expect(counts).toMatchObject({ delivered: 500, pending: 0, sending: 0, failed: 0 });
    const refused = h.fake.requests.filter((r) => r.method === 'chat.postMessage' && r.status === 429);
    expect(refused).toHaveLength(150);
    const perChannel = new Map<string, number>();
    for (const message of h.fake.posted) if (message.thread_ts === undefined) perChannel.set(message.channel, (perChannel.get(message.channel) ?? 0) + 1);
    expect(perChannel.size).toBe(500);
    expect([...perChannel.values()].every((count) => count === 1)).toBe(true);
    const rows = await h.store.listDeliveries({ limit: 1000 });
    const partsTotal = rows.reduce((sum, row) => sum + (row.parts?.length ?? 0), 0);
    expect(h.fake.posted).toHaveLength(partsTotal);
    expect(allText([h.fake.posted[0] as PostedMessage])).toContain('Brief — 5 February 2026');
  }, 90_000);
});
