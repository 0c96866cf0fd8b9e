import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramAdapter, loadTelegramConfig, redactToken } from '../../../bots/telegram/index.ts';
import type { Engine } from '../../../src/engine/engine.ts';
import { ConfigError, DeliveryError } from '../../../src/errors.ts';
import { RLM } from '../../../bots/telegram/telegram-html.ts';
import { startFakeTelegram } from '../../fakes/telegram-api.ts';
import { BOB, startHarness, until, type Harness } from './harness.ts';

/** Shaped like a BotFather token (the config checks the shape) but built at run time, never committed as one. */
const TOKEN = `7012345678:${'AA'}Hfake${'FAKEfake_fake-0123456789abcdefgh'}`;

function problemsOf(environment: Record<string, string>): readonly string[] {
  try {
    loadTelegramConfig(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadTelegramConfig', () => {
  it('is off without any TELEGRAM_ variable, and polls api.telegram.org with just a token', () => {
    expect(loadTelegramConfig({ PORT: '3000' })).toBeUndefined();
    expect(loadTelegramConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: '' })).toEqual({ token: TOKEN, apiRoot: 'https://api.telegram.org', transport: { mode: 'polling' } });
  });

  it('takes a self-hosted Bot API root and a webhook with its secret', () => {
    expect(loadTelegramConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: 'http://telegram-bot-api:8081/',
      TELEGRAM_WEBHOOK_URL: 'https://mujaz.example.org/telegram/webhook',
      TELEGRAM_WEBHOOK_SECRET: 'a-long-enough-secret_123',
    })).toEqual({
      token: TOKEN,
      apiRoot: 'http://telegram-bot-api:8081',
      transport: { mode: 'webhook', url: 'https://mujaz.example.org/telegram/webhook', path: '/telegram/webhook', secret: 'a-long-enough-secret_123' },
    });
  });

  it('lists every problem at once, with what to do, and never the token', () => {
    const badToken = `${TOKEN.slice(0, 11)}`;
    const problems = problemsOf({ TELEGRAM_BOT_TOKEN: badToken, TELEGRAM_API_ROOT: 'api.telegram.org', TELEGRAM_WEBHOOK_URL: 'http://mujaz.example.org/hook' });
    expect(problems).toEqual([
      'TELEGRAM_BOT_TOKEN: does not look like a bot token (digits, a colon, then 20 or more letters, digits, _ or -); copy it again from @BotFather',
      'TELEGRAM_API_ROOT: must be an http(s) URL such as https://api.telegram.org',
      'TELEGRAM_WEBHOOK_URL: must use https (Telegram delivers webhooks only over HTTPS); http is accepted for 127.0.0.1 and localhost only',
      'TELEGRAM_WEBHOOK_SECRET: is required with TELEGRAM_WEBHOOK_URL, so that requests not coming from Telegram are refused; generate one with: openssl rand -hex 32',
    ]);
    expect(problems.join('\n')).not.toContain(badToken);
    expect(problemsOf({ TELEGRAM_WEBHOOK_URL: 'https://x.example/hook' })).toEqual([
      'TELEGRAM_BOT_TOKEN: is required because TELEGRAM_WEBHOOK_URL is set; create a bot with @BotFather and set its token, or unset the other TELEGRAM_ variables',
    ]);
    expect(problemsOf({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: 'short' })).toEqual([
      'TELEGRAM_WEBHOOK_SECRET: must be 16 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram sends it back in X-Telegram-Bot-Api-Secret-Token)',
      'TELEGRAM_WEBHOOK_URL: is missing: TELEGRAM_WEBHOOK_SECRET is set, which only has a use in webhook mode (unset it to use long polling)',
    ]);
  });

  it('redacts the token and any /bot<token>/ path', () => {
    expect(redactToken(`failed: https://api.telegram.org/bot${TOKEN}/getMe and ${TOKEN}`, TOKEN)).toBe('failed: https://api.telegram.org/bot[token]/getMe and [token]');
  });
});

describe('starting the adapter', () => {
  it('refuses a token Telegram does not know, with a clear message and without the token', async () => {
    const fake = await startFakeTelegram();
    try {
      const wrong = `${fake.botInfo.id}:TEST-not-the-right-token-0000`;
      const adapter = createTelegramAdapter({ config: { token: wrong, apiRoot: fake.apiRoot, transport: { mode: 'polling' } }, engine: {} as Engine, subscriptions: {} as never });
      const error: unknown = await adapter.start().then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toContain('TELEGRAM_BOT_TOKEN: Telegram refused it (401 Unauthorized)');
      expect((error as ConfigError).message).not.toContain(wrong);
    } finally {
      await fake.close();
    }
  });

  it('says which Bot API server it cannot reach', async () => {
    const adapter = createTelegramAdapter({ config: { token: TOKEN, apiRoot: 'http://127.0.0.1:9', transport: { mode: 'polling' } }, engine: {} as Engine, subscriptions: {} as never, startTimeoutMs: 300 });
    const error: unknown = await adapter.start().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as Error).message).toMatch(/^cannot reach the Telegram Bot API at http:\/\/127\.0\.0\.1:9: /);
    expect((error as Error).message).not.toContain(TOKEN);
  });
});

describe('webhook mode on the serve port', () => {
  let world: Harness;
  afterEach(async () => {
    await world.close();
  });

  it('sets the webhook with its secret, answers 401 without it, and serves commands through it', async () => {
    let fail = false;
    world = await startHarness({
      webhookSecret: 'webhook-secret-0123456789',
      wrapEngine: (engine): Engine => ({ ...engine, figuresStatus: (asOf) => (fail ? Promise.reject(new Error('boom')) : engine.figuresStatus(asOf)) }),
    });
    const hook = `${world.baseUrl}/telegram/webhook`;
    expect(world.fake.webhook).toEqual({ url: hook, secret_token: 'webhook-secret-0123456789', allowed_updates: ['message', 'my_chat_member'] });
    const update = JSON.stringify({ update_id: 999, message: { message_id: 1, date: 0, chat: { id: BOB, type: 'private', first_name: 'Bob' }, from: { id: BOB, is_bot: false, first_name: 'Bob' }, text: '/help' } });
    expect((await fetch(hook, { method: 'POST', body: update, headers: { 'content-type': 'application/json' } })).status).toBe(401);
    expect((await fetch(hook, { method: 'POST', body: update, headers: { 'x-telegram-bot-api-secret-token': 'webhook-secret-wrong-000000' } })).status).toBe(401);
    expect((await fetch(hook)).status).toBe(405);
    expect((await fetch(`${world.baseUrl}/elsewhere`)).status).toBe(404);
    expect(world.fake.sent).toEqual([]);

    const replies = await world.say({ chat: BOB, text: '/status figures' });
    expect(replies.map((m) => m.plainText.replaceAll(RLM, ''))[0]).toMatch(/^Figures — as of 6 February 2026/);
    fail = true;
    expect((await world.say({ chat: BOB, text: '/status figures' })).map((m) => m.plainText)).toEqual(['Something went wrong, try again.']);
    await until(() => world.fake.webhookDeliveries.length === 2, 'both deliveries recorded');
    expect(world.fake.webhookDeliveries.map((d) => d.status)).toEqual([200, 200]);
    expect(world.fake.requests.some((r) => r.method === 'getUpdates')).toBe(false);
  });
});
