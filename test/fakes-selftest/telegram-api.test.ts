import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Bot, GrammyError, HttpError, webhookCallback } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram, type FakeTelegramOptions } from '../fakes/telegram-api.ts';

const ALICE = 501;
const GROUP = -4001;
const FORUM = -1001234567890;
const CHANNEL = -1009876543210;

let fake: FakeTelegram;
let bot: Bot;

async function setUp(options: FakeTelegramOptions = {}): Promise<void> {
  fake = await startFakeTelegram(options);
  fake.addChat({ id: ALICE, type: 'private', firstName: 'Alice', languageCode: 'ar' });
  fake.addChat({ id: GROUP, type: 'group', title: 'غرفة الأخبار' });
  fake.addChat({ id: FORUM, type: 'supergroup', title: 'Desk', topics: [{ id: 77, name: 'Ukraine' }] });
  fake.addChat({ id: CHANNEL, type: 'channel', title: 'Newsroom', username: '@newsroom' });
  bot = new Bot(fake.token, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } });
}

/** Wait until `check` passes (the bot runs in the background during long polling). */
async function until(check: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function refusal(call: Promise<unknown>): Promise<GrammyError> {
  const error: unknown = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(GrammyError);
  return error as GrammyError;
}

afterEach(async () => {
  if (bot.isRunning()) await bot.stop();
  await fake.close();
});

describe('startFakeTelegram with the real grammY client', () => {
  beforeEach(() => setUp());

  it('builds an obviously fake token, never one shaped like a real one', () => {
    expect(fake.token).toMatch(/^123456:TEST-[0-9a-f]{24}$/);
    expect(fake.token).not.toMatch(/\d{8,10}:AA[A-Za-z0-9_-]{33}/);
    expect(fake.apiRoot).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('accepts an HTML sendMessage and records text, parse mode and options', async () => {
    const message = await bot.api.sendMessage(ALICE, '<b>موجز</b> اليوم: <a href="https://example.org/a?x=1&amp;y=2">المصدر</a>', {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
    });
    expect(message.text).toBe('موجز اليوم: المصدر');
    expect(message.entities).toEqual([
      { type: 'bold', offset: 0, length: 4 },
      { type: 'text_link', offset: 12, length: 6, url: 'https://example.org/a?x=1&y=2' },
    ]);
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({ chat_id: ALICE, parse_mode: 'HTML', plainText: 'موجز اليوم: المصدر', options: { link_preview_options: { is_disabled: true } } });
  });

  it('answers getMe when botInfo is not given', async () => {
    const plain = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
    await plain.init();
    expect(plain.botInfo.username).toBe('mujaz_test_bot');
  });

  it('refuses a wrong token with 401 and an unknown method with 404', async () => {
    const stranger = new Bot('123456:TEST-wrong', { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } });
    expect((await refusal(stranger.api.getMe())).error_code).toBe(401);
    const res = await fetch(`${fake.apiRoot}/bot${fake.token}/sendTelepathy`, { method: 'POST' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ ok: false, error_code: 404, description: 'Not Found' });
  });

  it('accepts form-encoded calls as well as JSON', async () => {
    const res = await fetch(`${fake.apiRoot}/bot${fake.token}/sendMessage`, { method: 'POST', body: new URLSearchParams({ chat_id: String(ALICE), text: '<i>م</i>', parse_mode: 'HTML' }) });
    expect(await res.json()).toMatchObject({ ok: true, result: { text: 'م', entities: [{ type: 'italic', offset: 0, length: 1 }] } });
  });

  it('serves getUpdates with offset confirmation and allowed_updates filtering', async () => {
    fake.userSends({ chat: ALICE, text: 'one' });
    fake.userPresses({ chat: ALICE, data: 'more' });
    fake.changeBotStatus(GROUP, 'administrator', { by: 900 });
    expect((await bot.api.getUpdates({ allowed_updates: ['callback_query'] })).map((u) => u.update_id)).toEqual([2]);
    expect((await bot.api.getUpdates({ allowed_updates: [] })).map((u) => u.update_id)).toEqual([1, 2, 3]);
    expect((await bot.api.getUpdates({ offset: 3 }))[0]?.my_chat_member?.new_chat_member.status).toBe('administrator');
    expect(fake.pendingUpdates).toBe(1);
    const started = Date.now();
    expect(await bot.api.getUpdates({ offset: 4, timeout: 30 })).toEqual([]);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('records setMyCommands per scope and language and validates command names', async () => {
    await bot.api.setMyCommands([{ command: 'subscribe', description: 'اشترك في الموجز' }], { language_code: 'ar' });
    await bot.api.setMyCommands([{ command: 'digest', description: 'Today' }], { scope: { type: 'chat', chat_id: GROUP } });
    expect(fake.commandsFor(undefined, 'ar')).toEqual([{ command: 'subscribe', description: 'اشترك في الموجز' }]);
    expect(fake.commandsFor({ type: 'chat', chat_id: GROUP })?.[0]?.command).toBe('digest');
    expect(fake.commandsFor()).toBeUndefined();
    expect(await bot.api.getMyCommands({ language_code: 'ar' })).toHaveLength(1);
    const bad = await refusal(bot.api.setMyCommands([{ command: 'Subscribe', description: 'x' }]));
    expect(bad.description).toBe('Bad Request: BOT_COMMAND_INVALID');
  });

  it('models members, administrators and channel posting rights', async () => {
    fake.setMember(GROUP, 900, 'creator');
    fake.setMember(GROUP, 901, 'administrator', { can_delete_messages: false });
    expect((await bot.api.getChatMember(GROUP, 900)).status).toBe('creator');
    expect(await bot.api.getChatMember(GROUP, 901)).toMatchObject({ status: 'administrator', can_delete_messages: false });
    expect((await bot.api.getChatAdministrators(GROUP)).map((m) => m.user.id)).toEqual([900, 901]);
    expect((await bot.api.getChat('@newsroom')).id).toBe(CHANNEL);
    expect((await refusal(bot.api.getChatAdministrators(ALICE))).error_code).toBe(400);

    await bot.api.sendMessage('@newsroom', 'عاجل');
    fake.setMember(CHANNEL, fake.botInfo.id, 'administrator', { can_post_messages: false });
    expect((await refusal(bot.api.sendMessage('@newsroom', 'عاجل'))).description).toBe('Bad Request: need administrator rights in the channel chat');
    expect((await refusal(bot.api.sendMessage('@nowhere', 'x'))).description).toBe('Bad Request: chat not found');
  });

  it('refuses users who blocked the bot and groups that removed it, with Telegram wording', async () => {
    fake.changeBotStatus(ALICE, 'kicked');
    expect(await refusal(bot.api.sendMessage(ALICE, 'x'))).toMatchObject({ error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    fake.setMember(FORUM, fake.botInfo.id, 'kicked');
    expect((await refusal(bot.api.sendMessage(FORUM, 'x'))).description).toBe('Forbidden: bot was kicked from the supergroup chat');
    fake.migrateGroup(GROUP, -1005555);
    const migrated = await refusal(bot.api.sendMessage(GROUP, 'x'));
    expect(migrated.parameters.migrate_to_chat_id).toBe(-1005555);
    await bot.api.sendMessage(-1005555, 'x');
  });

  it('checks forum topics and replied-to messages', async () => {
    await bot.api.sendMessage(FORUM, 'في الموضوع', { message_thread_id: 77 });
    expect(fake.sent[0]?.message_thread_id).toBe(77);
    expect((await refusal(bot.api.sendMessage(FORUM, 'x', { message_thread_id: 78 }))).description).toBe('Bad Request: message thread not found');
    expect((await refusal(bot.api.sendMessage(ALICE, 'x', { reply_parameters: { message_id: 999 } }))).description).toBe('Bad Request: message to be replied not found');
    await bot.api.sendMessage(ALICE, 'x', { reply_parameters: { message_id: 999, allow_sending_without_reply: true } });
  });

  it('receives an injected update through bot.start() long polling and replies', async () => {
    bot.command('start', (ctx) => ctx.reply(`أهلا ${ctx.from?.first_name ?? ''}`));
    bot.on('message:text', (ctx) => ctx.reply(`from ${ctx.from.id} as ${ctx.senderChat?.id ?? 'self'}`));
    void bot.start({ timeout: 30 });
    fake.userSends({ chat: ALICE, text: '/start' });
    fake.userSends({ chat: FORUM, from: 600, text: 'hello', threadId: 77 });
    fake.userSends({ chat: GROUP, anonymousAdmin: true, text: 'hi' });
    await until(() => fake.sent.length === 3);
    await bot.stop();
    expect(fake.sent.map((m) => [m.chat_id, m.text, m.message_thread_id])).toEqual([
      [ALICE, 'أهلا Alice', undefined],
      [FORUM, 'from 600 as self', 77],
      [GROUP, `from 1087968824 as ${GROUP}`, undefined],
    ]);
    const polls = fake.requests.filter((r) => r.method === 'getUpdates');
    expect(polls[0]?.params).toMatchObject({ timeout: 30, allowed_updates: [] });
    expect(polls.at(-1)?.params).toMatchObject({ offset: 4, limit: 1 });
    expect(fake.pendingUpdates).toBe(0);
  });

  it('ends the first long poll with 409 when a second instance polls, as Telegram does', async () => {
    const first = bot.start({ timeout: 30 }).then(() => undefined, (e: unknown) => e);
    await until(() => fake.requests.some((r) => r.method === 'getUpdates'));
    const second = new Bot(fake.token, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } });
    void second.start({ timeout: 30 });
    const error = await first;
    await second.stop();
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).description).toBe('Conflict: terminated by other getUpdates request; make sure that only one bot instance is running');
  });

  it('answers a callback query injected with userPresses', async () => {
    bot.on('callback_query:data', (ctx) => ctx.answerCallbackQuery({ text: `got ${ctx.callbackQuery.data}` }));
    await bot.handleUpdate(fake.userPresses({ chat: ALICE, data: 'more' }));
    expect(fake.callbackAnswers).toEqual([expect.objectContaining({ text: 'got more' })]);
    expect((await refusal(bot.api.answerCallbackQuery('unknown'))).error_code).toBe(400);
  });

  it('delivers to a webhook and refuses getUpdates with 409 while it is set', async () => {
    bot.on('message', (ctx) => ctx.reply('via webhook'));
    const receiver = createServer(webhookCallback(bot, 'http', { secretToken: 'hook-secret' }));
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      await bot.api.setWebhook(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/tg`, { secret_token: 'hook-secret' });
      const conflict = await refusal(bot.api.getUpdates());
      expect(conflict.error_code).toBe(409);
      expect(conflict.description).toMatch(/^Conflict: can't use getUpdates method while webhook is active/);
      fake.userSends({ chat: ALICE, text: 'hello' });
      await fake.webhookIdle();
      expect(fake.sent.map((m) => m.text)).toEqual(['via webhook']);
      expect(fake.webhookDeliveries).toEqual([{ update_id: 1, status: 200 }]);
      expect((await bot.api.getWebhookInfo()).pending_update_count).toBe(0);
      await bot.api.deleteWebhook();
      expect(fake.webhook).toBeUndefined();
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

describe('the fake Telegram HTML check through sendMessage', () => {
  beforeEach(() => setUp());

  it.each([
    ['<script>alert(1)</script>', `Bad Request: can't parse entities: Unsupported start tag "script" at byte offset 0`],
    ['موجز</b>', `Bad Request: can't parse entities: Unexpected end tag at byte offset 8`],
    ['<b>موجز', `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`],
    ['<b><i>x</b></i>', `Bad Request: can't parse entities: Unmatched end tag at byte offset 7, expected "</i>", found "</b>"`],
    ['AT&T', `Bad Request: can't parse entities: Unsupported HTML entity or unescaped "&" at byte offset 2; write it as "&amp;"`],
    ['1 < 2', `Bad Request: can't parse entities: Unsupported start tag "" at byte offset 2`],
  ])('refuses %s', async (text, description) => {
    expect(await refusal(bot.api.sendMessage(ALICE, text, { parse_mode: 'HTML' }))).toMatchObject({ error_code: 400, description });
    expect(fake.sent).toHaveLength(0);
  });

  it('accepts escaped text and decodes the entities', async () => {
    const message = await bot.api.sendMessage(ALICE, '&lt;script&gt; AT&amp;T &quot;q&quot; &#1605;&#x644; 1 > 0', { parse_mode: 'HTML' });
    expect(message.text).toBe('<script> AT&T "q" مل 1 > 0');
  });

  it('counts the length after entity parsing, in UTF-16 code units', async () => {
    await bot.api.sendMessage(ALICE, `<b>${'ب'.repeat(4096)}</b>`, { parse_mode: 'HTML' });
    await bot.api.sendMessage(ALICE, `${'x'.repeat(4095)}&amp;`, { parse_mode: 'HTML' });
    expect((await refusal(bot.api.sendMessage(ALICE, `<b>${'ب'.repeat(4097)}</b>`, { parse_mode: 'HTML' }))).description).toBe('Bad Request: message is too long');
    expect((await refusal(bot.api.sendMessage(ALICE, `${'x'.repeat(4095)}😀`))).description).toBe('Bad Request: message is too long');
    expect((await refusal(bot.api.sendMessage(ALICE, '<b> </b>', { parse_mode: 'HTML' }))).description).toBe('Bad Request: message text is empty');
  });
});

describe('fault injection and flood limits in the fake Telegram', () => {
  it('surfaces retry_after, migration and blocking as GrammyError parameters', async () => {
    await setUp();
    fake.failNext('sendMessage', { kind: 'retry_after', seconds: 7 });
    fake.failNext('sendMessage', { kind: 'migrated', toChatId: -1007 }, { chatId: GROUP });
    fake.failNext('sendMessage', { kind: 'blocked' }, { chatId: ALICE, times: 2 });
    expect(await refusal(bot.api.sendMessage(FORUM, 'x'))).toMatchObject({ error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } });
    expect((await refusal(bot.api.sendMessage(GROUP, 'x'))).parameters.migrate_to_chat_id).toBe(-1007);
    expect((await refusal(bot.api.sendMessage(ALICE, 'x'))).error_code).toBe(403);
    expect((await refusal(bot.api.sendMessage(ALICE, 'x'))).error_code).toBe(403);
    await bot.api.sendMessage(ALICE, 'x');
    expect(fake.requests.map((r) => r.status)).toEqual([429, 400, 403, 403, 200]);
  });

  it('turns server errors and dropped connections into HttpError', async () => {
    await setUp();
    fake.failNext('sendMessage', { kind: 'server_error', status: 502 });
    fake.failNext('sendMessage', { kind: 'drop' });
    fake.failNext('sendMessage', { kind: 'server_error' });
    await expect(bot.api.sendMessage(ALICE, 'x')).rejects.toBeInstanceOf(HttpError);
    await expect(bot.api.sendMessage(ALICE, 'x')).rejects.toBeInstanceOf(HttpError);
    expect((await refusal(bot.api.sendMessage(ALICE, 'x'))).error_code).toBe(500);
  });

  it('refuses sends beyond the configured flood limits with a computed retry_after', async () => {
    let clock = Date.UTC(2025, 2, 1, 6, 0, 0);
    await setUp({ now: () => clock, floodLimits: { perChatPerSecond: 1, perGroupPerMinute: 2 } });
    await bot.api.sendMessage(ALICE, 'one');
    expect((await refusal(bot.api.sendMessage(ALICE, 'two'))).parameters.retry_after).toBe(1);
    await bot.api.sendMessage(GROUP, 'one');
    clock += 1500;
    await bot.api.sendMessage(ALICE, 'two');
    await bot.api.sendMessage(GROUP, 'two');
    clock += 1500;
    expect((await refusal(bot.api.sendMessage(GROUP, 'three'))).parameters.retry_after).toBe(57);
    expect(fake.floodRefusals).toBe(2);
    expect(fake.sent.map((m) => m.at - fake.sent[0]!.at)).toEqual([0, 0, 1500, 1500]);
  });
});
