import type { AddressInfo } from 'node:net';
import { App, LogLevel, verifySlackRequest } from '@slack/bolt';
import { ErrorCode, WebClient, type Logger, type WebAPIHTTPError, type WebAPIPlatformError, type WebAPIRateLimitedError } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSigningSecret, postSlackEvent, postSlashCommand, signSlackRequest, startFakeSlack, type FakeSlack, type FakeSlackOptions } from '../fakes/slack-api.ts';

/** WebClient logs Slack's `[ERROR]` response messages; the tests assert on them instead. */
const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {}, setLevel: () => {}, getLevel: () => LogLevel.ERROR, setName: () => {} };

let fake: FakeSlack;
let client: WebClient;

async function setUp(options: FakeSlackOptions = {}): Promise<void> {
  fake = await startFakeSlack(options);
  fake.addUser({ id: 'U1ADMIN', isAdmin: true });
  fake.addChannel({ id: 'C0NEWS', name: 'newsroom', members: [fake.botUserId, 'U1ADMIN', 'U2READER'] });
  fake.addChannel({ id: 'C0QUIET', name: 'quiet', members: ['U1ADMIN'] });
  fake.addChannel({ id: 'C0OLD', name: 'old', members: [fake.botUserId], archived: true });
  client = new WebClient(fake.botToken, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, logger: silent });
}

async function failure<E>(call: Promise<unknown>): Promise<E> {
  const error: unknown = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as E;
}

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

afterEach(() => fake.close());

describe('startFakeSlack with the real WebClient', () => {
  beforeEach(() => setUp());

  it('builds a bot token that keeps the xoxb- prefix but matches no real-token pattern', () => {
    expect(fake.botToken.startsWith(['xo', 'xb-'].join(''))).toBe(true);
    expect(fake.botToken).not.toMatch(/xox[abposr]-[0-9A-Za-z-]{10,}/);
    expect(fake.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
  });

  it('answers auth.test and records postMessage with blocks and thread replies', async () => {
    expect(await client.auth.test()).toMatchObject({ ok: true, team_id: 'T0MUJAZ', user_id: fake.botUserId, bot_id: 'B0MUJAZ' });
    const parent = await client.chat.postMessage({ channel: 'C0NEWS', text: 'موجز اليوم', blocks: [section('*موجز* اليوم')], unfurl_links: false });
    const reply = await client.chat.postMessage({ channel: '#newsroom', text: 'التفاصيل', thread_ts: parent.ts as string });
    expect(reply).toMatchObject({ ok: true, channel: 'C0NEWS', message: { thread_ts: parent.ts } });
    expect(fake.posted[0]).toMatchObject({ channel: 'C0NEWS', text: 'موجز اليوم', blocks: [section('*موجز* اليوم')], options: { unfurl_links: false } });
    expect(fake.posted[1]?.parent?.ts).toBe(parent.ts);
    expect(Number(reply.ts)).toBeGreaterThan(Number(parent.ts));
    expect(fake.requests.map((r) => r.method)).toEqual(['auth.test', 'chat.postMessage', 'chat.postMessage']);
    expect(JSON.stringify(fake.requests)).not.toContain(fake.botToken);
  });

  it('refuses more than 50 blocks, section text over 3000 and text over 40000 characters', async () => {
    const many = await failure<WebAPIPlatformError>(client.chat.postMessage({ channel: 'C0NEWS', text: 't', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) }));
    expect(many.code).toBe(ErrorCode.PlatformError);
    expect(many.data).toMatchObject({ ok: false, error: 'invalid_blocks', errors: ['must be less than 51 items [json-pointer:/blocks]'] });
    await client.chat.postMessage({ channel: 'C0NEWS', text: 't', blocks: Array.from({ length: 50 }, () => section('x'.repeat(3000))) });
    const long = await failure<WebAPIPlatformError>(client.chat.postMessage({ channel: 'C0NEWS', text: 't', blocks: [section('x'.repeat(3001))] }));
    expect(long.data).toMatchObject({ errors: ['must be less than 3001 characters [json-pointer:/blocks/0/text/text]'] });
    const text = await failure<WebAPIPlatformError>(client.chat.postMessage({ channel: 'C0NEWS', text: 'x'.repeat(40_001) }));
    expect(text.data.error).toBe('msg_too_long');
    expect(fake.posted).toHaveLength(1);
  });

  it('checks channel existence, membership and archival', async () => {
    const platformError = async (channel: string) => (await failure<WebAPIPlatformError>(client.chat.postMessage({ channel, text: 'x' }))).data.error;
    expect(await platformError('C0QUIET')).toBe('not_in_channel');
    expect(await platformError('C0NOPE')).toBe('channel_not_found');
    expect(await platformError('C0OLD')).toBe('is_archived');
    expect((await client.conversations.info({ channel: 'C0QUIET' })).channel).toMatchObject({ is_member: false, is_archived: false });
    await client.conversations.join({ channel: 'C0QUIET' });
    await client.chat.postMessage({ channel: 'C0QUIET', text: 'x' });
    expect((await client.users.info({ user: 'U1ADMIN' })).user).toMatchObject({ is_admin: true, is_owner: false });
    const dm = await client.chat.postMessage({ channel: 'U2READER', text: 'خاص' });
    expect(dm.channel).toMatch(/^D/);
  });

  it('records ephemeral messages for channel members only', async () => {
    await client.chat.postEphemeral({ channel: 'C0NEWS', user: 'U2READER', text: 'لك وحدك' });
    expect(fake.ephemeral).toEqual([expect.objectContaining({ channel: 'C0NEWS', user: 'U2READER', text: 'لك وحدك' })]);
    expect((await failure<WebAPIPlatformError>(client.chat.postEphemeral({ channel: 'C0NEWS', user: 'U9OTHER', text: 'x' }))).data.error).toBe('user_not_found');
  });

  it('answers invalid_auth for a wrong token and token_revoked after revokeToken', async () => {
    const stranger = new WebClient('not-a-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, logger: silent });
    expect((await failure<WebAPIPlatformError>(stranger.auth.test())).data.error).toBe('invalid_auth');
    const form = await fetch(`${fake.apiUrl}auth.test`, { method: 'POST', body: new URLSearchParams({ token: fake.botToken }) });
    expect(await form.json()).toMatchObject({ ok: true, user_id: fake.botUserId });
    fake.revokeToken();
    expect((await failure<WebAPIPlatformError>(client.auth.test())).data.error).toBe('token_revoked');
  });
});

describe('fault injection and flood limits in the fake Slack', () => {
  it('surfaces 429 as a rate-limited error carrying retryAfter', async () => {
    await setUp();
    fake.failNext('chat.postMessage', { kind: 'rate_limited', retryAfter: 30 });
    const limited = await failure<WebAPIRateLimitedError>(client.chat.postMessage({ channel: 'C0NEWS', text: 'x' }));
    expect(limited.code).toBe(ErrorCode.RateLimitedError);
    expect(limited.retryAfter).toBe(30);
  });

  it('scopes faults to a channel, turns server errors and drops into HTTP and request errors', async () => {
    await setUp();
    fake.failNext('chat.postMessage', { kind: 'error', error: 'account_inactive' }, { channel: 'C0NEWS', times: 2 });
    await client.conversations.join({ channel: 'C0QUIET' });
    await client.chat.postMessage({ channel: 'C0QUIET', text: 'x' });
    expect((await failure<WebAPIPlatformError>(client.chat.postMessage({ channel: 'C0NEWS', text: 'x' }))).data.error).toBe('account_inactive');
    expect((await failure<WebAPIPlatformError>(client.chat.postMessage({ channel: 'C0NEWS', text: 'x' }))).data.error).toBe('account_inactive');
    await client.chat.postMessage({ channel: 'C0NEWS', text: 'x' });
    fake.failNext('chat.postMessage', { kind: 'server_error', status: 503 });
    expect((await failure<WebAPIHTTPError>(client.chat.postMessage({ channel: 'C0NEWS', text: 'x' }))).statusCode).toBe(503);
    fake.failNext('auth.test', { kind: 'drop' });
    expect((await failure<Error & { code: string }>(client.auth.test())).code).toBe(ErrorCode.RequestError);
    expect(fake.requests.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 503, 0]);
  });

  it('refuses posts beyond the per-channel flood limit with Retry-After', async () => {
    let clock = Date.UTC(2025, 2, 1, 6, 0, 0);
    await setUp({ now: () => clock, floodLimits: { perChannelPerSecond: 1 } });
    await client.chat.postMessage({ channel: 'C0NEWS', text: 'one' });
    expect((await failure<WebAPIRateLimitedError>(client.chat.postMessage({ channel: 'C0NEWS', text: 'two' }))).retryAfter).toBe(1);
    clock += 1000;
    await client.chat.postMessage({ channel: 'C0NEWS', text: 'two' });
    expect(fake.floodRefusals).toBe(1);
    expect(fake.posted.map((m) => m.ts)).toEqual([`${clock / 1000 - 1}.000001`, `${clock / 1000}.000002`]);
  });
});

describe('signed requests to a real Bolt app', () => {
  beforeEach(() => setUp());

  it('signs like Slack so that verifySlackRequest accepts the signature', () => {
    const signingSecret = createSigningSecret();
    const body = 'command=%2Fmujaz&text=';
    const headers = signSlackRequest(signingSecret, body, 1_740_800_000);
    const check = (secret: string) => verifySlackRequest({ signingSecret: secret, body, headers: { ...headers, 'x-slack-request-timestamp': 1_740_800_000 }, nowMilliseconds: 1_740_800_000_000 });
    expect(() => check(signingSecret)).not.toThrow();
    expect(() => check('another-secret')).toThrow(/signature mismatch/);
  });

  it('delivers a slash command and an event through HTTPReceiver; the app answers through the fake', async () => {
    const signingSecret = createSigningSecret();
    const app = new App({ token: fake.botToken, signingSecret, logger: silent, clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } } });
    app.command('/mujaz', async ({ command, ack, respond, client: appClient }) => {
      await ack();
      await respond({ response_type: 'ephemeral', text: `اشتراك: ${command.text}` });
      await appClient.chat.postMessage({ channel: command.channel_id, text: 'موجز اليوم' });
    });
    app.event('app_mention', async ({ event, say }) => {
      await say({ text: 'نعم؟', thread_ts: event.ts });
    });
    const server = await app.start({ port: 0, host: '127.0.0.1' });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
      const fields = { command: '/mujaz', text: 'daily ar', channel_id: 'C0NEWS', user_id: 'U1ADMIN', response_url: fake.responseUrl('cmd-1') };
      expect((await postSlashCommand(url, signingSecret, fields)).status).toBe(200);
      expect((await postSlashCommand(url, signingSecret, fields, { signingSecretOverride: 'forged' })).status).toBe(401);
      expect((await postSlashCommand(url, signingSecret, fields, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
      const mention = await postSlackEvent(url, signingSecret, { type: 'app_mention', user: 'U1ADMIN', text: `<@${fake.botUserId}> hi`, ts: '1740800000.000100', channel: 'C0NEWS' });
      expect(mention.status).toBe(200);
      await expect.poll(() => fake.posted.length).toBe(2);
      expect(fake.responses).toEqual([expect.objectContaining({ id: 'cmd-1', response_type: 'ephemeral', text: 'اشتراك: daily ar' })]);
      expect(fake.posted.map((m) => [m.channel, m.text, m.thread_ts]).sort()).toEqual([
        ['C0NEWS', 'موجز اليوم', undefined],
        ['C0NEWS', 'نعم؟', '1740800000.000100'],
      ]);
      expect(fake.requests.some((r) => r.method === 'auth.test')).toBe(true);
    } finally {
      await app.stop();
    }
  });
});
