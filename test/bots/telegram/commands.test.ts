import { afterEach, describe, expect, it } from 'vitest';
import { commandMenu } from '../../../bots/telegram/index.ts';
import type { Engine } from '../../../src/engine/engine.ts';
import { RLM } from '../../../bots/telegram/telegram-html.ts';
import { ADMIN, ALICE, BOB, FORUM, GROUP, MEMBER, startHarness, TOPIC, type Harness } from './harness.ts';

let world: Harness;
afterEach(async () => {
  await world.close();
});

const texts = (messages: readonly { plainText: string }[]) => messages.map((m) => m.plainText.replaceAll(RLM, ''));

describe('the Telegram bot commands, through the fake Bot API and long polling', () => {
  it('registers its commands with Arabic and English descriptions', async () => {
    world = await startHarness();
    expect(world.fake.commandsFor(undefined, 'ar')).toEqual(commandMenu('ar'));
    expect(world.fake.commandsFor()).toEqual(commandMenu('en'));
    expect(world.fake.commandsFor()?.map((c) => c.command)).toEqual(['start', 'help', 'status', 'digest', 'subscribe', 'unsubscribe', 'settings', 'sources']);
    expect(world.fake.commandsFor(undefined, 'ar')?.[2]?.description).toMatch(/وضع المفاوضات/);
  });

  it('answers /status talks with the talks card built from the seeds, in the user\'s language', async () => {
    world = await startHarness();
    const replies = await world.say({ chat: ALICE, text: '/status talks' });
    expect(replies).toHaveLength(1);
    const [card] = texts(replies);
    expect(card).toMatch(/^وضع المفاوضات — حتى 6 فبراير 2026/);
    expect(card).toContain('الجولة 2 — أبوظبي، 4–5 فبراير 2026');
    expect(card).toContain('رستم أوميروف، رئيس الوفد');
    expect(card).toContain('تبادل أسرى (روسيا، أوكرانيا): 157 مقابل 157');
    expect(replies[0]).toMatchObject({ chat_id: ALICE, parse_mode: 'HTML', options: { link_preview_options: { is_disabled: true } } });
    expect(replies[0]?.entities.some((e) => e.type === 'bold')).toBe(true);

    const english = texts(await world.say({ chat: BOB, text: '/status talks' }));
    expect(english[0]).toContain('Round 2 — Abu Dhabi, 4–5 February 2026');
    expect(english[0]).toContain('Rustem Umerov, head of delegation');
  });

  it('answers in the language named after the command, whatever the chat speaks, and a digest of one section', async () => {
    world = await startHarness();
    const asked = texts(await world.say({ chat: ALICE, text: '/status figures en' }));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^Figures — as of 6 February 2026/);
    const talksOnly = texts(await world.say({ chat: ALICE, text: '/digest 2026-02-05 talks en' }));
    expect(talksOnly[0]).toContain('Abu Dhabi, 4–5 February 2026');
    expect(talksOnly[0]).not.toContain('Personnel');
    const everything = texts(await world.say({ chat: ALICE, text: '/digest 2026-02-05 en' }));
    expect(everything[0]).toContain('Personnel');
  });

  it('answers /status@BotName talks in a group and /status with no argument with both cards', async () => {
    world = await startHarness();
    const inGroup = await world.say({ chat: GROUP, from: MEMBER, text: '/status@mujaz_test_bot talks' });
    expect(inGroup.map((m) => m.chat_id)).toEqual([GROUP]);
    expect(texts(inGroup)[0]).toMatch(/^وضع المفاوضات/);
    const elsewhere = await world.say({ chat: GROUP, from: MEMBER, text: '/status@other_bot talks' });
    expect(elsewhere).toEqual([]);
    const both = texts(await world.say({ chat: BOB, text: '/status' }));
    expect(both).toHaveLength(2);
    expect(both[0]).toMatch(/^Talks status/);
    expect(both[1]).toMatch(/^Figures — as of 6 February 2026/);
    expect(both[1]).toContain('Personnel: 1,243,840');
  });

  it('answers unknown arguments with a short usage line in the chat\'s language', async () => {
    world = await startHarness();
    expect(texts(await world.say({ chat: ALICE, text: '/status weather' }))).toEqual(["لم أفهم 'weather'.\n\nالاستخدام: /status [talks|figures] [ar|en]"]);
    expect(texts(await world.say({ chat: BOB, text: '/digest yesterday' }))).toEqual(["'yesterday' is not a date; write it as YYYY-MM-DD, for example 2026-02-05.\n\nUsage: /digest [YYYY-MM-DD] [talks|figures|all] [ar|en] [full] [quotes]"]);
    expect(texts(await world.say({ chat: BOB, text: '/subscribe 25:00' }))[0]).toMatch(/^'25:00' is not a time of day[\s\S]*Usage: \/subscribe/);
    expect(texts(await world.say({ chat: BOB, text: '/weather' }))).toEqual(["I don't know that command. Send /help for the list."]);
  });

  it('sends a day\'s brief with /digest in one message, the latest by default, and the full digest in several messages with "full"', async () => {
    world = await startHarness();
    const latest = await world.say({ chat: ALICE, text: '/digest' });
    expect(latest).toHaveLength(1);
    expect(latest[0]!.plainText.length).toBeLessThanOrEqual(4096);
    expect(texts(latest)[0]).toMatch(/^الموجز — 5 فبراير 2026/);
    expect(texts(latest)[0]).toMatch(/الموجز الكامل: \/digest 2026-02-05 كامل$/);
    const full = await world.say({ chat: ALICE, text: '/digest 2026-02-05 كامل' });
    expect(full.length).toBeGreaterThanOrEqual(2);
    for (const message of full) expect(message.plainText.length).toBeLessThanOrEqual(4096);
    expect(texts(full)[0]).toMatch(/^الموجز اليومي — 5 فبراير 2026/);
    const older = texts(await world.say({ chat: BOB, text: '/digest full 2026-02-04' }));
    expect(older[0]).toMatch(/^Daily digest — 4 February 2026/);
    expect(texts(await world.say({ chat: BOB, text: '/digest 2026-02-04' }))[0]).toMatch(/^Brief — 4 February 2026/);
    // English carries no Arabic, unless "quotes" asks for the Arabic quotes.
    expect(texts(await world.say({ chat: BOB, text: '/digest full 2026-02-05' })).join('\n')).not.toMatch(/[\u0600-\u06ff]/u);
    expect(texts(await world.say({ chat: BOB, text: '/digest full 2026-02-05 quotes' })).join('\n')).toMatch(/\(in Arabic\) «[\u0600-\u06ff]/u);
    expect(texts(await world.say({ chat: BOB, text: '/digest 2026-01-01' }))).toEqual(['No news for 2026-01-01. Days with news: 2026-02-05, 2026-02-04, 2026-01-23.']);
  });

  it('answers /start, /help and /sources, and replies inside the forum topic it was asked in', async () => {
    world = await startHarness();
    expect(texts(await world.say({ chat: ALICE, text: '/start' }))[0]).toMatch(/^أهلًا Alice! أنا موجز/);
    const help = texts(await world.say({ chat: BOB, text: '/help' }))[0] ?? '';
    expect(help).toContain('/subscribe — Get the morning briefing');
    expect(help).toContain('Usage: /subscribe [HH:MM] [time zone] [ar|en] [talks|figures|all]');
    const sources = await world.say({ chat: FORUM, from: ADMIN, threadId: TOPIC, text: '/sources' });
    expect(sources.map((m) => m.message_thread_id)).toEqual([TOPIC]);
    // The seeds carry no outlet or address: a story is listed by its day and article id, never a file path.
    expect(texts(sources)[0]).toMatch(/#1 — 5 February 2026 \(date stated\) — [0-9a-f]{16}/u);
    expect(texts(sources)[0]).not.toContain('seeds/');
  });

  it('answers a failing command with "something went wrong", logs the cause, and keeps serving', async () => {
    let fail = true;
    world = await startHarness({
      wrapEngine: (engine): Engine => ({
        ...engine,
        talksStatus: (asOf) => (fail ? Promise.reject(new Error('the fact store is locked')) : engine.talksStatus(asOf)),
      }),
    });
    expect(texts(await world.say({ chat: BOB, text: '/status talks' }))).toEqual(['Something went wrong, try again.']);
    expect(texts(await world.say({ chat: ALICE, text: '/status talks' }))).toEqual(['حدث خطأ ما، حاول مرة أخرى.']);
    const logged = world.logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.event === 'telegram update failed');
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ level: 'error', chat: BOB, command: '/status', cause: 'Error: the fact store is locked' });
    fail = false;
    expect(texts(await world.say({ chat: BOB, text: '/status talks' }))[0]).toMatch(/^Talks status/);
    expect(world.adapter.bot.isRunning()).toBe(true);
    expect(world.logs.join('\n')).not.toContain(world.fake.token);
  });
});
