import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, loadSlackConfig } from '../../../bots/slack/index.ts';
import { ConfigError } from '../../../src/index.ts';
import { postSlackEvent } from '../../fakes/slack-api.ts';
import { eventually, startSlackHarness, type SlackHarness } from './harness.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function harness(options: Parameters<typeof startSlackHarness>[0] = {}): Promise<SlackHarness> {
  const h = await startSlackHarness(options);
  cleanups.push(() => h.close());
  return h;
}

describe('who may subscribe (SLACK_SUBSCRIBE_ALLOWED)', () => {
  it('lets only workspace admins change the subscription under "admins", while anyone may still ask questions', async () => {
    const h = await harness({ env: { SLACK_SUBSCRIBE_ALLOWED: 'admins', SLACK_LANGUAGE: 'en' } });
    await h.command('subscribe 07:30', { user: 'U2READER', responseId: 'reader' });
    expect((await eventually(() => h.fake.responses.find((r) => r.id === 'reader'))).text).toBe("Only workspace admins and owners may change this channel's subscription.");
    expect(await h.store.listSubscriptions()).toEqual([]);
    await h.command('subscribe 07:30', { user: 'U1ADMIN', responseId: 'admin' });
    // The zone comes from the admin's Slack profile when none is given.
    expect((await eventually(() => h.fake.responses.find((r) => r.id === 'admin'))).text).toContain('<@U1ADMIN> subscribed this channel to a briefing every day at 07:30 Asia/Dubai (talks and figures, English).');
    await h.command('unsubscribe', { user: 'U2READER', responseId: 'reader-off' });
    expect((await eventually(() => h.fake.responses.find((r) => r.id === 'reader-off'))).text).toContain('Only workspace admins');
    expect(await h.store.listSubscriptions()).toHaveLength(1);
    await h.command('status talks', { user: 'U2READER', responseId: 'question' });
    expect((await eventually(() => h.fake.responses.find((r) => r.id === 'question'))).text).toContain('Talks status');
  });

  it('lets only the listed users change it under a list of ids', async () => {
    const h = await harness({ env: { SLACK_SUBSCRIBE_ALLOWED: 'U2READER' } });
    await h.command('subscribe 06:00 en', { user: 'U1ADMIN', responseId: 'admin' });
    expect((await eventually(() => h.fake.responses.find((r) => r.id === 'admin'))).text).toBe("Only <@U2READER> may change this channel's subscription.");
    await h.command('subscribe 06:00 en', { user: 'U2READER', responseId: 'reader' });
    expect((await eventually(() => h.fake.responses.find((r) => r.id === 'reader'))).response_type).toBe('in_channel');
    expect(await h.store.listSubscriptions()).toMatchObject([{ localTime: '06:00', timeZone: 'Europe/Kyiv', language: 'en', createdBy: 'slack:U2READER' }]);
  });
});

describe('mentions', () => {
  it('subscribe the channel and announce it there with chat.postMessage', async () => {
    const h = await harness();
    const event = { type: 'app_mention', user: 'U1ADMIN', text: `<@${h.fake.botUserId}> subscribe 08:15 Europe/Kyiv talks`, ts: '1770350400.000200', channel: 'C0NEWS' };
    expect((await postSlackEvent(`${h.origin}/slack/events`, h.signingSecret, event)).status).toBe(200);
    const announcement = await eventually(() => h.fake.posted.find((m) => m.channel === 'C0NEWS'));
    expect(announcement.text).toContain('<@U1ADMIN> فعّل الموجز في هذه القناة: كل يوم الساعة 08:15 بتوقيت Europe/Kyiv (المفاوضات، العربية)');
    expect(await h.store.listSubscriptions()).toMatchObject([{ localTime: '08:15', timeZone: 'Europe/Kyiv', sections: 'talks' }]);
  });

  it('keeps the choice of the full digest with the Arabic quotes, and says so in the announcement', async () => {
    const h = await harness();
    const event = { type: 'app_mention', user: 'U1ADMIN', text: `<@${h.fake.botUserId}> subscribe 08:15 Europe/Kyiv en full quotes`, ts: '1770350400.000300', channel: 'C0NEWS' };
    expect((await postSlackEvent(`${h.origin}/slack/events`, h.signingSecret, event)).status).toBe(200);
    const announcement = await eventually(() => h.fake.posted.find((m) => m.channel === 'C0NEWS'));
    expect(announcement.text).toContain('every day at 08:15 Europe/Kyiv (talks and figures, English, the full digest, with the Arabic quotes)');
    expect(await h.store.listSubscriptions()).toMatchObject([{ language: 'en', detail: 'full', arabicQuotes: true }]);
  });
});

describe('createSlackAdapter', () => {
  it('refuses to start with a token Slack rejects, saying which variable to fix and never quoting it', async () => {
    const h = await harness();
    const wrong = `${['xo', 'xb-'].join('')}wrong_0123456789`;
    const config = loadSlackConfig({ SLACK_BOT_TOKEN: wrong, SLACK_SIGNING_SECRET: h.signingSecret, SLACK_API_URL: h.fake.apiUrl });
    const adapter = createSlackAdapter({ config: config!, engine: h.engine, subscriptions: h.store });
    const error = await adapter.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual(['SLACK_BOT_TOKEN: Slack refused it (invalid_auth); reinstall the app to the workspace and copy the Bot User OAuth Token again']);
    expect((error as Error).message).not.toContain(wrong);
  });

  it('serves POST /slack/events only, answering 503 until started, when mounted on another server', async () => {
    const h = await harness({ listen: false });
    const config = loadSlackConfig({ SLACK_BOT_TOKEN: h.fake.botToken, SLACK_SIGNING_SECRET: h.signingSecret, SLACK_API_URL: h.fake.apiUrl })!;
    const adapter = createSlackAdapter({ config, engine: h.engine, subscriptions: h.store });
    const server: Server = createServer((request, response) => {
      void Promise.resolve(adapter.route(request, response)).then((handled) => handled || response.writeHead(404).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await h.command('help', { origin, responseId: 'early' })).status).toBe(503);
    await adapter.start();
    expect((await h.command('help', { origin, responseId: 'ready' })).status).toBe(200);
    expect((await eventually(() => h.fake.responses.find((r) => r.id === 'ready'))).text).toContain('/briefing status talks');
    expect((await fetch(`${origin}/slack/events`)).status).toBe(404);
    expect((await fetch(`${origin}/elsewhere`, { method: 'POST' })).status).toBe(404);
  });

  it('uses Socket Mode with an app-level token, and then mounts nothing on the HTTP port', async () => {
    const h = await harness({ listen: false });
    const config = loadSlackConfig({ SLACK_BOT_TOKEN: h.fake.botToken, SLACK_APP_TOKEN: ['xapp', '1', 'A0MUJAZ', '1', '0123456789'].join('-'), SLACK_API_URL: h.fake.apiUrl })!;
    const adapter = createSlackAdapter({ config, engine: h.engine, subscriptions: h.store });
    expect(adapter.transport).toBe('socket');
    expect(adapter.route({ method: 'POST', url: '/slack/events' } as never, {} as never)).toBe(false);
  });
});
