/**
 * The Telegram adapter as `mujaz serve` starts it: the bot (commands, subscriptions), its delivery
 * port for the outbox, and its transport — long polling, or a webhook route mounted on the serve
 * port when TELEGRAM_WEBHOOK_URL is set. Everything it says comes from src/ through src/index.ts.
 */
import { GrammyError, type Bot } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { ConfigError, DeliveryError, silentLogger, type Adapter, type AdapterParts, type DeliveryPort, type RouteHandler } from '../../src/index.ts';
import { createTelegramBot, type TelegramBotOptions } from './bot.ts';
import { commandMenu } from './commands.ts';
import { loadTelegramConfig, type TelegramConfig } from './config.ts';
import { createTelegramDeliveryPort } from './delivery-port.ts';
import { createTelegramWebhookHandler } from './webhook.ts';

export { loadTelegramConfig, redactToken, telegramVariables, type TelegramConfig, type TelegramTransport } from './config.ts';
export { classifyTelegramError, createTelegramDeliveryPort, briefingBlocks, isGroupChatId, type TelegramDeliveryOptions } from './delivery-port.ts';
export { createTelegramBot, type TelegramBot, type TelegramBotOptions } from './bot.ts';
export { createTelegramWebhookHandler, type WebhookOptions } from './webhook.ts';
export { commandMenu } from './commands.ts';

/** The update types the bot handles; Telegram sends nothing else (and keeps the list between polls). */
export const ALLOWED_UPDATES = ['message', 'my_chat_member'] as const;

/** The adapter's configuration and dependencies. */
export type TelegramAdapterOptions = Omit<TelegramBotOptions, 'token' | 'apiRoot'> & {
  readonly config: TelegramConfig;
  /** Abort a briefing message with no answer after this long (default 15 s). */
  readonly sendTimeoutMs?: number;
  /** How long start-up may take to reach Telegram before it fails (default 30 s). */
  readonly startTimeoutMs?: number;
  /** Long-polling timeout in seconds (default 30). */
  readonly pollTimeoutSeconds?: number;
};

/** A started-or-startable adapter: the port for the outbox, the webhook route when configured, and its lifecycle. */
export type TelegramAdapter = {
  readonly deliveryPort: DeliveryPort;
  /** Mount on the serve port in webhook mode (undefined with long polling). */
  readonly webhookHandler?: RouteHandler;
  readonly bot: Bot;
  /** Check the token, register the command menus, then poll or set the webhook. */
  start(): Promise<void>;
  /** Stop polling (the webhook stays registered, so Telegram keeps updates while mujaz restarts). */
  stop(): Promise<void>;
};

/** Create the adapter; nothing reaches Telegram until `start`. */
export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { config } = options;
  const logger = (options.logger ?? silentLogger).child({ component: 'telegram' });
  const { bot, handleError, redact } = createTelegramBot({ ...options, token: config.token, apiRoot: config.apiRoot });
  const deliveryPort = createTelegramDeliveryPort(bot.api, { redact, ...(options.sendTimeoutMs === undefined ? {} : { sendTimeoutMs: options.sendTimeoutMs }) });
  const transport = config.transport;
  const webhookHandler = transport.mode === 'webhook' ? createTelegramWebhookHandler({ bot, path: transport.path, secret: transport.secret, handleError }) : undefined;
  let polling: Promise<void> | undefined;

  async function init(): Promise<void> {
    try {
      await bot.init(AbortSignal.timeout(options.startTimeoutMs ?? 30_000) as Parameters<Bot['init']>[0]);
    } catch (error) {
      if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
        throw new ConfigError([`TELEGRAM_BOT_TOKEN: Telegram refused it (${error.error_code} ${error.description}); copy the token again from @BotFather (/mybots → API Token)`]);
      }
      throw new DeliveryError(`cannot reach the Telegram Bot API at ${config.apiRoot}: ${redact((error as Error).message)} (check TELEGRAM_API_ROOT and the network)`, { cause: error });
    }
  }

  async function registerMenus(): Promise<void> {
    const menus: [BotCommand[], 'ar' | undefined][] = [[commandMenu('en'), undefined], [commandMenu('ar'), 'ar']];
    for (const [commands, language] of menus) {
      try {
        await bot.api.setMyCommands(commands, language === undefined ? {} : { language_code: language });
      } catch (error) {
        // A missing menu is cosmetic: the commands work when typed, so start anyway and say why.
        logger.warn('could not register the command menu', { language: language ?? 'default', cause: redact((error as Error).message) });
      }
    }
  }

  return {
    deliveryPort,
    ...(webhookHandler === undefined ? {} : { webhookHandler }),
    bot,
    async start() {
      await init();
      await registerMenus();
      if (transport.mode === 'webhook') {
        try {
          await bot.api.setWebhook(transport.url, { secret_token: transport.secret, allowed_updates: [...ALLOWED_UPDATES] });
        } catch (error) {
          throw new DeliveryError(`Telegram refused the webhook ${transport.url}: ${redact((error as Error).message)} (it must be public HTTPS on port 443, 80, 88 or 8443)`, { cause: error });
        }
        logger.info('telegram webhook set', { url: transport.url, bot: bot.botInfo.username });
        return;
      }
      await new Promise<void>((resolve, reject) => {
        let started = false;
        polling = bot
          .start({
            timeout: options.pollTimeoutSeconds ?? 30,
            allowed_updates: [...ALLOWED_UPDATES],
            onStart: () => {
              started = true;
              logger.info('telegram long polling started', { bot: bot.botInfo.username });
              resolve();
            },
          })
          .catch((error: unknown) => {
            // 401 (token revoked) and 409 (another instance polling) end grammY's loop; say which, once.
            const cause = redact((error as Error).message);
            logger.error('telegram long polling stopped', { cause, hint: /409/.test(cause) ? 'another process polls with this token; stop it or use a webhook' : 'check TELEGRAM_BOT_TOKEN' });
            if (!started) reject(new DeliveryError(`cannot start Telegram long polling: ${cause}`, { cause: error }));
          });
      });
    },
    async stop() {
      if (bot.isRunning()) await bot.stop();
      await polling;
    },
  };
}

/** Telegram's sending limits, kept before it refuses: 30 messages a second overall, one a second per chat, 20 a minute per group. */
export const TELEGRAM_RATE_LIMITS = {
  global: { count: 30, perMs: 1_000 }, perDestination: { count: 1, perMs: 1_000 }, perGroup: { count: 20, perMs: 60_000 },
} as const;

/** The adapter as `mujaz serve` runs it, when TELEGRAM_BOT_TOKEN is set; a misconfigured one stops start-up with its problems listed. */
export function telegramServeAdapter(environment: Readonly<Record<string, string | undefined>>, parts: AdapterParts): Adapter | undefined {
  const config = loadTelegramConfig(environment);
  if (!config) return undefined;
  const telegram = createTelegramAdapter({
    config, engine: parts.engine, subscriptions: parts.store, logger: parts.logger,
    sendTimeoutMs: Math.max(1_000, parts.config.delivery.sendTimeoutMs - 1_000),
  });
  return {
    port: telegram.deliveryPort,
    rateLimits: TELEGRAM_RATE_LIMITS,
    ...(telegram.webhookHandler ? { routes: [telegram.webhookHandler] } : {}),
    start: () => telegram.start(),
    stop: () => telegram.stop(),
  };
}
