import { afterEach, describe, expect, it } from 'vitest';
import { createDigestBriefingComposer } from '../../../src/engine/briefing-composer.ts';
import { RLM } from '../../../bots/telegram/telegram-html.ts';
import { startService } from '../../../src/schedule/service.ts';
import { ADMIN, ALICE, BOB, CHANNEL, FORUM, GROUP, MEMBER, startHarness, TOPIC, until, type Harness } from './harness.ts';

let world: Harness;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await world.close();
});

const texts = (messages: readonly { plainText: string }[]) => messages.map((m) => m.plainText.replaceAll(RLM, ''));
const subscriptions = () => world.store.listSubscriptions({ platform: 'telegram' });

describe('who may subscribe a group', () => {
  it("refuses a non-admin's /subscribe and accepts an admin's and an anonymous admin's", async () => {
    world = await startHarness();
    expect(texts(await world.say({ chat: GROUP, from: MEMBER, text: '/subscribe 07:30 Asia/Dubai' }))).toEqual(['مشرفو المجموعة فقط يمكنهم تغيير اشتراكها.']);
    expect(await subscriptions()).toEqual([]);
    expect(world.fake.requests.filter((r) => r.method === 'getChatMember').map((r) => r.params)).toEqual([{ chat_id: GROUP, user_id: MEMBER }]);

    const accepted = texts(await world.say({ chat: GROUP, from: ADMIN, text: '/subscribe@mujaz_test_bot 07:30 Asia/Dubai en talks' }));
    expect(accepted[0]).toBe([
      'Subscribed: the briefing will arrive in this chat every day.\n',
      '• Time: 07:30 (Asia/Dubai)', '• Language: English', '• Sections: talks', "• Detail: the operator's default",
      '• Arabic quotes: not shown (send /subscribe quotes to add them)', '• Next briefing: 2026-02-07 07:30 (Asia/Dubai)',
    ].join('\n'));
    expect(await subscriptions()).toMatchObject([
      { destination: { chatId: String(GROUP) }, localTime: '07:30', timeZone: 'Asia/Dubai', language: 'en', sections: 'talks', state: 'active', createdBy: `telegram:user:${ADMIN}` },
    ]);

    const anonymous = texts(await world.say({ chat: GROUP, anonymousAdmin: true, text: '/subscribe 08:00 all' }));
    expect(anonymous[0]).toMatch(/^Updated the subscription of this chat\.[\s\S]*Time: 08:00 \(Asia\/Dubai\)[\s\S]*Sections: talks and figures/);
    expect(await subscriptions()).toMatchObject([{ localTime: '08:00', timeZone: 'Asia/Dubai', language: 'en', sections: 'all', createdBy: `telegram:anonymous-admin:${GROUP}` }]);
  });

  it('keeps the full digest and the Arabic quotes a chat asks for, and changes only what a later /subscribe names', async () => {
    world = await startHarness();
    const reply = texts(await world.say({ chat: GROUP, from: ADMIN, text: '/subscribe 07:30 Asia/Dubai en full quotes' }))[0] ?? '';
    expect(reply).toContain('• Detail: the full digest');
    expect(reply).toContain('• Arabic quotes: shown');
    expect(await subscriptions()).toMatchObject([{ language: 'en', detail: 'full', arabicQuotes: true }]);
    // Only the time changes; the detail and the quotes stay as chosen.
    await world.say({ chat: GROUP, from: ADMIN, text: '/subscribe 08:15' });
    expect(await subscriptions()).toMatchObject([{ localTime: '08:15', detail: 'full', arabicQuotes: true }]);
    await world.say({ chat: GROUP, from: ADMIN, text: '/subscribe موجز noquotes' });
    const [saved] = await subscriptions();
    expect(saved).toMatchObject({ localTime: '08:15', detail: 'brief' });
    expect(saved?.arabicQuotes).toBeUndefined();
    // A word given twice is refused with the usage line, and nothing is changed.
    expect(texts(await world.say({ chat: GROUP, from: ADMIN, text: '/subscribe full brief' }))[0]).toMatch(/^I don't understand 'brief'[\s\S]*\[brief\|full\] \[quotes\|noquotes\]/u);
    expect(await subscriptions()).toMatchObject([{ detail: 'brief' }]);
  });

  it('subscribes a forum topic to deliver into that topic, apart from the rest of the supergroup', async () => {
    world = await startHarness();
    const reply = await world.say({ chat: FORUM, from: ADMIN, threadId: TOPIC, text: '/subscribe 06:45 Europe/Kyiv ar figures' });
    expect(reply.map((m) => [m.chat_id, m.message_thread_id])).toEqual([[FORUM, TOPIC]]);
    expect(texts(reply)[0]).toMatch(/^تم الاشتراك: سيصل الموجز إلى هذا الموضوع يوميًا\./);
    expect(await subscriptions()).toMatchObject([{ destination: { chatId: String(FORUM), threadId: String(TOPIC) }, timeZone: 'Europe/Kyiv', sections: 'figures' }]);
    expect(texts(await world.say({ chat: FORUM, from: ADMIN, text: '/settings' }))).toEqual(['There is no subscription in this chat. Send /subscribe to get the briefing.']);
  });
});

describe('a private chat subscription', () => {
  it('validates arguments, suggests a time zone, shows /settings with the next delivery and unsubscribes', async () => {
    world = await startHarness();
    expect(texts(await world.say({ chat: ALICE, text: '/subscribe ٠٧:٣٠ Asia/Dubay' }))[0]).toBe("منطقة زمنية غير معروفة 'Asia/Dubay' — هل تقصد Asia/Dubai؟\n\nالاستخدام: /subscribe [HH:MM] [المنطقة الزمنية] [ar|en] [talks|figures|all] [موجز|كامل] [quotes|noquotes] — ولقناة: /subscribe @القناة …");
    expect(texts(await world.say({ chat: BOB, text: '/subscribe dubai' }))[0]).toMatch(/^Unknown time zone 'dubai' — did you mean Asia\/Dubai\?/);
    expect(texts(await world.say({ chat: BOB, text: '/subscribe 07:00 en ar' }))[0]).toMatch(/^I don't understand 'ar'\./);
    expect(await subscriptions()).toEqual([]);

    await world.say({ chat: ALICE, text: '/subscribe ٠٧:٣٠ Asia/Dubai' });
    expect(await subscriptions()).toMatchObject([{ destination: { chatId: String(ALICE) }, localTime: '07:30', language: 'ar', sections: 'all' }]);
    // 04:00Z is 08:00 in Dubai: today's 07:30 has passed, so the next one is tomorrow's.
    expect(texts(await world.say({ chat: ALICE, text: '/settings' }))[0]).toBe('اشتراك هذه المحادثة\n\n• الوقت: 07:30 (Asia/Dubai)\n• اللغة: العربية\n• الأقسام: المفاوضات والأرقام\n• المحتوى: ما يختاره المشغّل\n• الموجز التالي: 2026-02-07 07:30 (Asia/Dubai)');
    expect(texts(await world.say({ chat: ALICE, text: '/unsubscribe' }))).toEqual(['أُلغي اشتراك هذه المحادثة. أرسل /subscribe للاشتراك من جديد.']);
    expect(await subscriptions()).toEqual([]);
    expect(texts(await world.say({ chat: ALICE, text: '/unsubscribe' }))).toEqual(['لا يوجد اشتراك في هذه المحادثة. أرسل /subscribe للاشتراك.']);
  });

  it('pauses the subscriptions of a chat that blocks or removes the bot, and resumes on /subscribe', async () => {
    world = await startHarness();
    await world.say({ chat: BOB, text: '/subscribe 07:00 UTC' });
    await world.say({ chat: GROUP, from: ADMIN, text: '/subscribe 07:00 UTC' });
    world.fake.changeBotStatus(BOB, 'kicked');
    world.fake.changeBotStatus(GROUP, 'left', { by: ADMIN });
    await until(() => world.fake.pendingUpdates === 0, 'membership updates handled');
    expect((await subscriptions()).map((s) => [s.destination.chatId, s.state, s.pausedReason])).toEqual([
      [String(BOB), 'paused', 'the user blocked the bot'],
      [String(GROUP), 'paused', 'the bot was removed from the chat'],
    ]);
    world.fake.changeBotStatus(BOB, 'member');
    expect(texts(await world.say({ chat: BOB, text: '/settings' }))[0]).toContain('Paused: the user blocked the bot — send /subscribe to resume');
    expect(texts(await world.say({ chat: BOB, text: '/subscribe' }))[0]).toMatch(/^Updated[\s\S]*Next briefing: 2026-02-06 07:00 \(UTC\)/);
    expect((await subscriptions()).find((s) => s.destination.chatId === String(BOB))?.state).toBe('active');
  });

  it('moves a group subscription to the supergroup the group was upgraded to', async () => {
    world = await startHarness();
    await world.say({ chat: GROUP, from: ADMIN, text: '/subscribe 07:00 UTC' });
    world.fake.migrateGroup(GROUP, -1005555);
    world.fake.injectUpdate({ message: { message_id: 99, date: 0, chat: { id: GROUP, type: 'group', title: 'غرفة الأخبار' }, from: { id: ADMIN, is_bot: false, first_name: 'Admin' }, migrate_to_chat_id: -1005555 } });
    await until(() => world.fake.pendingUpdates === 0, 'migration handled');
    expect((await subscriptions()).map((s) => s.destination.chatId)).toEqual(['-1005555']);
  });
});

describe('subscribing a channel from a private chat', () => {
  it('says exactly what is missing: the channel, the bot, its right to post, the user\'s rights', async () => {
    world = await startHarness();
    const ask = async (text: string, chat = BOB) => texts(await world.say({ chat, text }))[0];
    expect(await ask('/subscribe @nowhere')).toBe("I can't find @nowhere. Check the channel's username, and add me (@mujaz_test_bot) to it as an administrator.");
    world.fake.setMember(CHANNEL, world.fake.botInfo.id, 'left');
    expect(await ask('/subscribe @newsroom')).toBe('I am not in @newsroom. Add me (@mujaz_test_bot) to the channel as an administrator with the "Post messages" right, then try again.');
    world.fake.setMember(CHANNEL, world.fake.botInfo.id, 'member');
    expect(await ask('/subscribe @newsroom')).toBe('I am not an administrator of @newsroom. Make me (@mujaz_test_bot) an administrator with the "Post messages" right, then try again.');
    world.fake.setMember(CHANNEL, world.fake.botInfo.id, 'administrator', { can_post_messages: false });
    expect(await ask('/subscribe @newsroom')).toBe('I am an administrator of @newsroom but without the "Post messages" right. Turn it on, then try again.');
    world.fake.setMember(CHANNEL, world.fake.botInfo.id, 'administrator', { can_post_messages: true });
    expect(await ask('/subscribe @newsroom')).toBe('Only administrators of @newsroom can subscribe it, and you are not one.');
    expect(texts(await world.say({ chat: GROUP, from: MEMBER, text: '/subscribe @newsroom' }))[0]).toBe('لاشتراك قناة أرسل الأمر في محادثة خاصة معي: /subscribe @القناة …');
    expect(await subscriptions()).toEqual([]);
  });

  it('delivers the channel\'s briefing at the scheduled minute through the scheduler and the outbox', async () => {
    // 06:59:57 in Dubai: three seconds before the briefing is due.
    world = await startHarness({ at: '2026-02-06T02:59:57Z' });
    const reply = texts(await world.say({ chat: ALICE, text: '/subscribe @newsroom 07:00 Asia/Dubai ar all' }));
    expect(reply[0]).toMatch(/^تم الاشتراك: سيصل الموجز إلى @newsroom يوميًا\.[\s\S]*الموجز التالي: 2026-02-06 07:00 \(Asia\/Dubai\)/);
    expect(await subscriptions()).toMatchObject([{ destination: { chatId: String(CHANNEL) }, createdBy: `telegram:user:${ALICE}` }]);

    const service = await startService({
      store: world.store,
      composer: createDigestBriefingComposer(world.engine),
      ports: [world.adapter.deliveryPort],
      rateLimits: { telegram: { perDestination: { count: 1, perMs: 1_000 } } },
      graceMs: 6 * 3_600_000,
      clock: world.clock,
      http: false,
      tickerPattern: '* * * * * *',
    });
    cleanups.push(() => service.stop());
    const due = Date.parse('2026-02-06T03:00:00Z');
    await until(async () => (await world.store.listDeliveries())[0]?.state === 'delivered', 'the channel briefing delivered');

    const posts = world.fake.sent.filter((m) => m.chat_id === CHANNEL);
    // The brief: one message, saying how to ask for the full digest.
    expect(posts).toHaveLength(1);
    expect(texts(posts)[0]).toMatch(/^الموجز — 5 فبراير 2026/);
    expect(texts(posts)[0]).toMatch(/الموجز الكامل: \/digest 2026-02-05 كامل$/);
    for (const post of posts) {
      expect(post.at).toBeGreaterThanOrEqual(due);
      expect(post.at).toBeLessThan(due + 60_000);
      expect(post.options).toMatchObject({ link_preview_options: { is_disabled: true } });
    }
    expect(await world.store.listDeliveries()).toMatchObject([{ briefingDay: '2026-02-06', dueAt: '2026-02-06T03:00:00.000Z', late: false, partsSent: posts.length }]);
  });
});
