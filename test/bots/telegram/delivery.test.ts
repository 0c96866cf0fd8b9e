import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bot } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { briefingBlocks, classifyTelegramError, createTelegramDeliveryPort } from '../../../bots/telegram/index.ts';
import { createDigestBriefingComposer } from '../../../src/engine/briefing-composer.ts';
import { RLM, toTelegramHtml } from '../../../bots/telegram/telegram-html.ts';
import { createDeliveryWorker } from '../../../src/schedule/delivery-worker.ts';
import type { Briefing, BriefingComposer, DeliveryPort } from '../../../src/schedule/ports.ts';
import { createRateLimiter } from '../../../src/schedule/rate-limiter.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { parseTelegramHtml } from '../../fakes/telegram-html.ts';
import { makeTempDir } from '../../support/temp.ts';
import { ALICE, BOB, CHANNEL, FORUM, GROUP, startHarness, TOPIC, type Harness } from './harness.ts';

let world: Harness;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await world.close();
});

const part = (body: string) => ({ body });
const context = { partIndex: 0, partCount: 1 };
const visibleLines = (html: string) => {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value.text.split('\n').filter((line) => line !== '');
};

/** Subscribe `chatId` at 04:00 UTC (the harness's "now"), enqueue today's briefing and deliver it through the Telegram port. */
async function deliverOnce(chatId: string, composer: BriefingComposer, language: 'ar' | 'en' = 'en'): Promise<void> {
  const subscription = await world.store.addSubscription(
    { platform: 'telegram', destination: { chatId }, localTime: '04:00', timeZone: 'UTC', language, sections: 'all', whenEmpty: 'notice', createdBy: 'test' },
    '2026-02-01T00:00:00.000Z',
  );
  await createScheduler({ store: world.store, clock: world.clock, graceMs: 3_600_000 }).sweep();
  const worker = createDeliveryWorker({ store: world.store, ports: [world.adapter.deliveryPort], composer, clock: world.clock, limiter: createRateLimiter({}, world.clock), backoff: { baseMs: 10, maxMs: 20 } });
  await worker.drain();
  expect(await world.store.listDeliveries({ subscriptionId: subscription.id })).toMatchObject([{ state: 'delivered' }]);
}

describe('the Telegram delivery port against the fake Bot API', () => {
  it('sends HTML with link previews off, into a forum topic when the destination has one', async () => {
    world = await startHarness();
    const port = world.adapter.deliveryPort;
    expect(await port.sendPart({ chatId: String(FORUM), threadId: String(TOPIC) }, part('<b>موجز</b>'), context)).toMatchObject({ kind: 'accepted', reference: { chatId: FORUM } });
    expect(world.fake.sent[0]).toMatchObject({ chat_id: FORUM, message_thread_id: TOPIC, parse_mode: 'HTML', options: { link_preview_options: { is_disabled: true } } });
    expect(port.isGroup?.({ chatId: String(GROUP) })).toBe(true);
    expect(port.isGroup?.({ chatId: String(ALICE) })).toBe(false);
  });

  it('classifies every refusal for the outbox: retry after, permanent, migrated, transient, platform', async () => {
    world = await startHarness();
    const { fake } = world;
    const port = world.adapter.deliveryPort;
    const send = (chatId: number | string, body = 'x', threadId?: number) => port.sendPart({ chatId: String(chatId), ...(threadId === undefined ? {} : { threadId: String(threadId) }) }, part(body), context);

    fake.failNext('sendMessage', { kind: 'retry_after', seconds: 7 });
    expect(await send(ALICE)).toEqual({ kind: 'retry_after', seconds: 7, reason: '429 Too Many Requests: retry after 7' });
    fake.setMember(ALICE, fake.botInfo.id, 'kicked');
    expect(await send(ALICE)).toEqual({ kind: 'permanent', scope: 'destination', reason: '403 Forbidden: bot was blocked by the user' });
    fake.failNext('sendMessage', { kind: 'kicked' }, { chatId: GROUP });
    expect(await send(GROUP)).toMatchObject({ kind: 'permanent', scope: 'destination', reason: '403 Forbidden: bot was kicked from the group chat' });
    expect(await send(777)).toEqual({ kind: 'permanent', scope: 'destination', reason: '400 Bad Request: chat not found' });
    expect(await send(FORUM, 'x', 78)).toMatchObject({ kind: 'permanent', scope: 'destination', reason: '400 Bad Request: message thread not found' });
    fake.setMember(CHANNEL, fake.botInfo.id, 'administrator', { can_post_messages: false });
    expect(await send(CHANNEL)).toMatchObject({ kind: 'permanent', scope: 'destination', reason: '400 Bad Request: need administrator rights in the channel chat' });
    fake.migrateGroup(GROUP, -1005555);
    expect(await send(GROUP)).toMatchObject({ kind: 'migrated', newDestination: '-1005555' });
    // A message Telegram cannot parse is the renderer's fault, not the subscriber's: retried, never paused.
    expect(await send(BOB, '<b>unclosed')).toMatchObject({ kind: 'transient', reason: expect.stringContaining("can't parse entities") });

    for (const fault of [{ kind: 'server_error' } as const, { kind: 'server_error', status: 502 } as const, { kind: 'drop' } as const]) {
      fake.failNext('sendMessage', fault);
      const outcome = await send(BOB);
      expect(outcome.kind).toBe('transient');
      expect(JSON.stringify(outcome)).not.toContain(fake.token);
    }
    expect(await send(BOB)).toMatchObject({ kind: 'accepted' });

    const revoked = createTelegramDeliveryPort(new Bot(`${fake.botInfo.id}:TEST-revoked-token-000000000`, { client: { apiRoot: fake.apiRoot } }).api);
    expect(await revoked.sendPart({ chatId: String(BOB) }, part('x'), context)).toMatchObject({ kind: 'permanent', scope: 'platform', reason: expect.stringMatching(/^401 Unauthorized/) });
  });

  it('never lets the token into a classified reason, even when an error quotes the request URL', () => {
    const token = '123456:TEST-abcdefabcdefabcdefabcdef';
    const outcome = classifyTelegramError(new Error(`request to http://127.0.0.1:9/bot${token}/sendMessage failed`), (text) => text.split(token).join('[token]'));
    expect(outcome).toEqual({ kind: 'transient', reason: 'Error: request to http://127.0.0.1:9/bot[token]/sendMessage failed' });
  });
});

describe('briefings through the outbox and the Telegram port', () => {
  it('renders an article containing <script>, &amp; and </b> safely, in the briefing and in /digest', async () => {
    const temp = makeTempDir('mujaz-hostile-');
    cleanups.push(temp.cleanup);
    const hostile = { url: 'https://example.org/news?a=1&b=2', outlet: 'AT&amp;T <News>', title: '<script>alert(1)</script> وفد </b> في أبوظبي', published: '2026-02-05', body: 'قال رستم أوميروف إن اليوم الثاني من المحادثات في أبوظبي بدأ.' };
    writeFileSync(join(temp.dir, 'hostile.json'), JSON.stringify(hostile));
    world = await startHarness({ extraArticles: [temp.dir] });
    // The whole digest, where every title and link of the sources is shown.
    await deliverOnce(String(BOB), createDigestBriefingComposer(world.engine, { detail: 'full' }));
    const received = world.fake.sent.filter((m) => m.chat_id === BOB).map((m) => m.plainText).join('\n');
    // An English reader gets the outlet and the address; the Arabic title is for Arabic subscriptions.
    expect(received).toContain('AT&amp;T <News> — 5 February 2026');
    expect(received).not.toContain('<script>');
    expect(received).toContain('https://example.org/news?a=1&b=2');
    const html = world.fake.sent.filter((m) => m.chat_id === BOB).map((m) => m.text).join('\n');
    expect(html).toContain('AT&amp;amp;T &lt;News&gt;');
    expect(html).not.toMatch(/<(?!\/?[bi]>)/);

    const digest = (await world.say({ chat: ALICE, text: '/digest 2026-02-05 full' })).map((m) => m.plainText).join('\n');
    expect(digest).toContain('«<script>alert(1)</script> وفد </b> في أبوظبي»');
  });

  it('delivers a briefing longer than 4096 characters complete, in order, in several valid messages', async () => {
    world = await startHarness();
    // A deployment that sends the full digest (MUJAZ_BRIEFING=full): long mornings take several messages.
    const digestComposer = createDigestBriefingComposer(world.engine, { detail: 'full' });
    // Everything since 22 January: three news days, about 8,000 characters in English.
    const composer: BriefingComposer = (request) => digestComposer({ ...request, coveredUntil: '2026-01-22', late: true });
    await deliverOnce(String(BOB), composer);
    const messages = world.fake.sent.filter((m) => m.chat_id === BOB);
    expect(messages.length).toBeGreaterThanOrEqual(2);
    for (const message of messages) expect(message.plainText.length).toBeLessThanOrEqual(4096);

    const [subscription] = await world.store.listSubscriptions();
    const briefing: Briefing = await composer({ subscription: subscription!, briefingDay: '2026-02-06', asOf: new Date(world.clock.now()), late: false });
    const whole = visibleLines(toTelegramHtml(briefingBlocks(briefing), { direction: 'ltr' }));
    expect(whole.join('\n').length).toBeGreaterThan(4096);
    const received = messages.flatMap((m) => m.plainText.split('\n')).filter((line) => line !== '' && !line.endsWith(' (continued)'));
    expect(received).toEqual(whole);
    expect(received[0]).toBe('(late: this briefing could not be sent at its time)');
    expect(received[1]).toBe('Daily digest — 23 January – 5 February 2026');
    expect(messages.map((m) => m.message_id)).toEqual([...messages.map((m) => m.message_id)].sort((a, b) => a - b));
  });

  it('sends the one-line notice when there is nothing new, right-to-left in Arabic', async () => {
    world = await startHarness();
    const port: DeliveryPort = world.adapter.deliveryPort;
    const parts = port.renderParts({ nothingNew: true, lang: 'ar', sections: 'all', late: false, content: null }, { chatId: String(ALICE) });
    expect(parts).toEqual([{ body: 'لا مستجدات منذ الموجز السابق.' }]);
    const late = port.renderParts({ nothingNew: true, lang: 'en', sections: 'all', late: true, content: null }, { chatId: String(BOB) });
    expect(late).toEqual([{ body: '(late: this briefing could not be sent at its time)\n\nNo new developments since the last briefing.' }]);
    expect(parts[0]?.body).not.toContain(RLM);
  });
});
