import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slackClientOptions, toBoltLogger } from '../../../bots/slack/app.ts';
import { classifySlackError, createSlackDeliveryPort } from '../../../bots/slack/delivery-port.ts';
import { silentLogger, type Briefing, type DeliveryPort } from '../../../src/index.ts';
import { RLM } from '../../../bots/slack/slack-blocks.ts';
import { startFakeSlack, type FakeSlack, type SlackErrorCode } from '../../fakes/slack-api.ts';

let fake: FakeSlack;
let port: DeliveryPort;

beforeEach(async () => {
  fake = await startFakeSlack();
  fake.addChannel({ id: 'C0NEWS', name: 'newsroom', members: [fake.botUserId] });
  const client = new webApi.WebClient(fake.botToken, slackClientOptions({ apiUrl: fake.apiUrl }, toBoltLogger(silentLogger, (text) => text)));
  port = createSlackDeliveryPort(client);
});
afterEach(() => fake.close());

const briefing = (content: unknown, extra: Partial<Briefing> = {}): Briefing => ({ nothingNew: false, lang: 'ar', sections: 'all', late: false, content, ...extra });
const part = { body: 'موجز', payload: { text: 'موجز', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'موجز', verbatim: true } }] } };
const send = (context = { partIndex: 0, partCount: 1 }) => port.sendPart({ chatId: 'C0NEWS' }, part, context);

describe('createSlackDeliveryPort', () => {
  it('renders the nothing-new line and the late notice, right-to-left, as one message', () => {
    const parts = port.renderParts(briefing(null, { nothingNew: true, late: true }), { chatId: 'C0NEWS' });
    expect(parts).toHaveLength(1);
    expect(parts[0]?.body).toBe(`${RLM}(موجز متأخر: لم يُرسل في موعده)\n${RLM}لا مستجدات منذ الموجز السابق.`);
    expect(parts[0]?.payload).toMatchObject({ blocks: [{ type: 'section' }, { type: 'section' }] });
    expect(JSON.parse(JSON.stringify(parts))).toEqual(parts);
  });

  it('posts part 0 in the channel and later parts as replies in its thread', async () => {
    const first = await send({ partIndex: 0, partCount: 2 });
    expect(first).toMatchObject({ kind: 'accepted', reference: { channel: 'C0NEWS', ts: expect.any(String) } });
    const reference = (first as { reference: { ts: string } }).reference;
    expect(await send({ partIndex: 1, partCount: 2, first: reference, previous: reference } as never)).toMatchObject({ kind: 'accepted' });
    expect(fake.posted.map((m) => m.thread_ts)).toEqual([undefined, reference.ts]);
    expect(fake.posted[1]?.parent).toBe(fake.posted[0]);
  });

  it("replies under a subscription's own thread when it names one", async () => {
    await port.sendPart({ chatId: 'C0NEWS', threadId: '1770000000.000100' }, part, { partIndex: 0, partCount: 1 });
    expect(fake.posted[0]?.thread_ts).toBe('1770000000.000100');
  });

  it("turns a 429 into retry_after with Slack's Retry-After, at once (no waiting inside the client)", async () => {
    fake.failNext('chat.postMessage', { kind: 'rate_limited', retryAfter: 30 });
    const startedAt = Date.now();
    expect(await send()).toEqual({ kind: 'retry_after', seconds: 30, reason: 'slack: rate limited (429), retry after 30s' });
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(fake.requests.filter((r) => r.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('pauses the subscription for a channel that is gone or closed to the app', async () => {
    for (const error of ['channel_not_found', 'not_in_channel', 'is_archived'] as const satisfies readonly SlackErrorCode[]) {
      fake.failNext('chat.postMessage', { kind: 'error', error });
      expect(await send()).toEqual({ kind: 'permanent', scope: 'destination', reason: `slack: ${error}` });
    }
    fake.channels.get('C0NEWS')?.members.delete(fake.botUserId);
    expect(await send()).toMatchObject({ kind: 'permanent', scope: 'destination', reason: 'slack: not_in_channel' });
  });

  it("keeps subscriptions active when Slack refuses the app's own token (platform scope)", async () => {
    for (const error of ['invalid_auth', 'account_inactive'] as const satisfies readonly SlackErrorCode[]) {
      fake.failNext('chat.postMessage', { kind: 'error', error });
      expect(await send()).toMatchObject({ kind: 'permanent', scope: 'platform', reason: expect.stringContaining(`slack: ${error}`) });
    }
    fake.revokeToken();
    const revoked = await send();
    expect(revoked).toMatchObject({ kind: 'permanent', scope: 'platform', reason: expect.stringContaining('token_revoked') });
    expect(JSON.stringify(revoked)).not.toContain(fake.botToken);
  });

  it('retries server errors, dropped connections and refusals of the message itself (transient)', async () => {
    fake.failNext('chat.postMessage', { kind: 'server_error', status: 503 });
    expect(await send()).toEqual({ kind: 'transient', reason: 'slack: HTTP 503 Service Unavailable' });
    fake.failNext('chat.postMessage', { kind: 'drop' });
    expect(await send()).toMatchObject({ kind: 'transient', reason: expect.stringMatching(/^slack: request failed/) });
    fake.failNext('chat.postMessage', { kind: 'error', error: 'msg_too_long' });
    expect(await send()).toEqual({ kind: 'transient', reason: 'slack: msg_too_long' });
    expect(await send()).toMatchObject({ kind: 'accepted' });
  });

  it('classifies anything else thrown as transient, with token-shaped text masked', () => {
    expect(classifySlackError(new Error(`boom ${['xo', 'xb-'].join('')}1234567890-abcdefghij`))).toEqual({ kind: 'transient', reason: 'slack: boom [redacted]' });
  });
});
