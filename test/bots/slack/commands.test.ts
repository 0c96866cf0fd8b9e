import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARE_ACTION } from '../../../bots/slack/commands.ts';
import { createDigestBriefingComposer } from '../../../src/index.ts';
import { checkBlocks } from '../../fakes/slack-blocks.ts';
import { postSlackEvent, postSlashCommand } from '../../fakes/slack-api.ts';
import { allText, eventually, startSlackHarness, type SlackHarness } from './harness.ts';

/** An article whose title tries to ping the whole channel and a user. */
const HOSTILE_TITLE = 'عاجل <!channel> <!here> <!everyone> اجتماع <@U123> في جنيف & <#C999|general>';
const hostileArticle = `${JSON.stringify({
  title: HOSTILE_TITLE,
  outlet: 'وكالة <@U123>',
  published: '2026-02-05',
  body: 'قال مسؤول أوكراني إن جولة جديدة من المحادثات مع روسيا قد تعقد في جنيف الأسبوع المقبل بحضور الوسطاء الأميركيين، وإن الوفد سيطرح مسألة تبادل الأسرى.',
})}\n`;

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness({ articles: { 'hostile.ndjson': hostileArticle } });
});
afterAll(() => h.close());

const responseTo = (id: string) => eventually(() => h.fake.responses.find((r) => r.id === id));

describe('the slash command through the real Bolt HTTP receiver', () => {
  it('acks a signed /briefing status talks within 3 s and answers privately with the talks card from the seeds', async () => {
    const { status, ackMs } = await h.command('status talks', { responseId: 'talks-1' });
    expect(status).toBe(200);
    // The protocol's bound: Slack shows the user an error when the ack takes longer.
    expect(ackMs).toBeLessThan(3000);
    const answer = await responseTo('talks-1');
    expect(answer.response_type).toBe('ephemeral');
    const text = allText([answer]);
    for (const fact of ['وضع المفاوضات', 'أبوظبي', 'رستم أوميروف', '157 مقابل 157', 'مسألة الأراضي']) expect(text).toContain(fact);
    expect(checkBlocks(answer.blocks)).toBeUndefined();
    expect(answer.blocks?.at(-1)).toEqual({
      type: 'actions',
      elements: [{ type: 'button', action_id: SHARE_ACTION, text: { type: 'plain_text', text: 'مشاركة في القناة', emoji: false }, value: 'status talks ar' }],
    });
    expect(h.fake.posted.filter((m) => m.channel === 'C0NEWS')).toEqual([]);
  });

  it('refuses a wrong signature and a stale timestamp with 401 and answers /healthz', async () => {
    const url = `${h.origin}/slack/events`;
    const fields = { command: '/briefing', text: 'status talks', channel_id: 'C0NEWS', user_id: 'U2READER', response_url: h.fake.responseUrl('forged') };
    expect((await postSlashCommand(url, h.signingSecret, fields, { signingSecretOverride: 'not-the-secret' })).status).toBe(401);
    expect((await postSlashCommand(url, h.signingSecret, fields, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    const health = await fetch(`${h.origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, slack: 'http', store: 'ok' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.fake.responses.some((r) => r.id === 'forged')).toBe(false);
  });

  it('answers the same words in a mention, privately, in the language asked for', async () => {
    const mention = { type: 'app_mention', user: 'U2READER', text: `<@${h.fake.botUserId}> status figures en`, ts: '1770350400.000100', channel: 'C0NEWS' };
    expect((await postSlackEvent(`${h.origin}/slack/events`, h.signingSecret, mention)).status).toBe(200);
    const answer = await eventually(() => h.fake.ephemeral.find((m) => m.user === 'U2READER' && m.text?.includes('Figures')));
    expect(answer.channel).toBe('C0NEWS');
    for (const fact of ['Personnel', '1,243,840', 'General Staff']) expect(allText([answer])).toContain(fact);
    expect(answer.blocks?.at(-1)).toMatchObject({ type: 'actions', elements: [{ value: 'status figures en' }] });
  });

  it('shares an answer in the channel when its button is pressed, and removes the private copy', async () => {
    const status = await h.interact({
      type: 'block_actions', user: { id: 'U1ADMIN', team_id: 'T0MUJAZ' }, team: { id: 'T0MUJAZ' }, api_app_id: 'A0MUJAZ', token: 'x', trigger_id: '1.2.3',
      channel: { id: 'C0NEWS', name: 'newsroom' }, container: { type: 'message', is_ephemeral: true, channel_id: 'C0NEWS' },
      response_url: h.fake.responseUrl('share-1'),
      actions: [{ type: 'button', action_id: SHARE_ACTION, block_id: 'b', value: 'digest 2026-02-04 en', action_ts: '1770350400.1' }],
    });
    expect(status).toBe(200);
    const shared = await eventually(() => h.fake.posted.find((m) => m.channel === 'C0NEWS' && m.thread_ts === undefined));
    expect(shared.blocks?.[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Shared by <@U1ADMIN>', verbatim: true }] });
    expect(allText([shared])).toContain('Brief — 4 February 2026');
    expect(await responseTo('share-1')).toMatchObject({ delete_original: true });
  });

  it('says what is wrong with a command, with a suggestion', async () => {
    await h.command('subscribe 07:30 Asia/Dubay en', { responseId: 'zone' });
    expect((await responseTo('zone')).text).toContain('Unknown time zone `Asia/Dubay`. Did you mean `Asia/Dubai`?');
    await h.command('statsu talks', { responseId: 'typo' });
    expect((await responseTo('typo')).text).toContain('هل تقصد `/briefing status`؟');
    await h.command('digest 2026-02-31', { responseId: 'date' });
    expect((await responseTo('date')).text).toContain('`2026-02-31` ليس تاريخًا');
    await h.command('digest 2026-03-01 en', { responseId: 'no-news' });
    expect((await responseTo('no-news')).text).toContain('No news dated 2026-03-01. Days with news: 2026-02-05, 2026-02-04, 2026-01-23');
    await h.command('', { responseId: 'help' });
    expect((await responseTo('help')).text).toContain('/briefing subscribe [HH:MM]');
  });

  it('tells the user to invite the app before subscribing a channel it is not in', async () => {
    await h.command('subscribe 07:30 Asia/Dubai', { channel: 'C0QUIET', responseId: 'quiet' });
    const answer = await responseTo('quiet');
    expect(answer).toMatchObject({ response_type: 'ephemeral' });
    expect(answer.text).toContain(`ادعني أولًا: /invite <@${h.fake.botUserId}>`);
    expect(await h.store.listSubscriptions()).toEqual([]);
  });
});

describe('article text that tries to notify people', () => {
  it('renders <!channel> and <@U123> in an article as harmless text, in answers and in briefings', async () => {
    await h.command('digest 2026-02-05 full', { responseId: 'hostile' });
    const answer = await responseTo('hostile');
    const request = {
      subscription: { ...(await h.store.addSubscription({ platform: 'slack', destination: { chatId: 'C0NEWS' }, localTime: '07:30', timeZone: 'Asia/Dubai', language: 'ar', sections: 'all', whenEmpty: 'notice', createdBy: 'test' }, '2026-02-05T00:00:00Z')) },
      briefingDay: '2026-02-06', asOf: new Date('2026-02-06T03:30:00Z'), late: false,
    } as const;
    // The brief is escaped like everything else; the full digest shows the hostile headline itself.
    const brief = h.adapter.deliveryPort.renderParts(await createDigestBriefingComposer(h.engine)(request), { chatId: 'C0NEWS' });
    for (const part of brief) expect(allText([part.payload as { text?: string; blocks?: unknown[] }])).not.toMatch(/<[!@#]/);
    const briefing = await createDigestBriefingComposer(h.engine, { detail: 'full' })(request);
    const parts = h.adapter.deliveryPort.renderParts(briefing, { chatId: 'C0NEWS' });
    for (const [partIndex, part] of parts.entries()) {
      expect(await h.adapter.deliveryPort.sendPart({ chatId: 'C0NEWS' }, part, { partIndex, partCount: parts.length })).toMatchObject({ kind: 'accepted' });
    }
    const posted = h.fake.posted.filter((m) => m.channel === 'C0NEWS').slice(-parts.length);
    for (const text of [allText([answer]), allText(posted)]) {
      expect(text).toContain('عاجل &lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; اجتماع &lt;@U123&gt; في جنيف &amp; &lt;#C999|general&gt;');
      expect(text).not.toMatch(/<[!@#]/);
    }
    expect(posted[0]?.options).toMatchObject({ unfurl_links: false, unfurl_media: false, link_names: false });
    await h.store.removeSubscription((await h.store.listSubscriptions())[0]?.id ?? '');
  });
});

describe('secrets', () => {
  it('never writes the bot token or the signing secret to the log', () => {
    const log = h.logs.join('\n');
    expect(h.logs.length).toBeGreaterThan(0);
    expect(log).not.toContain(h.fake.botToken);
    expect(log).not.toContain(h.signingSecret);
  });
});
