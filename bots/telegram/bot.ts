/**
 * The grammY bot: commands, membership updates, and one error handler for every update. The
 * handler logs the cause (token removed) and answers "something went wrong, try again", and the
 * bot keeps serving; long polling and the webhook both go through it.
 */
import { Bot, type BotError, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { silentLogger, type Engine, type Logger, type SubscriptionStore } from '../../src/index.ts';
import { userLanguage, replyLines, type CommandDeps } from './chat.ts';
import { registerInfoCommands, registerUnknownCommand } from './commands.ts';
import { redactToken } from './config.ts';
import { textsFor } from './messages.ts';
import { registerMembershipUpdates, registerSubscriptionCommands } from './subscription-commands.ts';

/** What the bot is built from. */
export type TelegramBotOptions = {
  readonly token: string;
  /** The Bot API server (default https://api.telegram.org). */
  readonly apiRoot?: string;
  /** Skip getMe at start-up (tests, or a known bot). */
  readonly botInfo?: UserFromGetMe;
  readonly engine: Engine;
  readonly subscriptions: SubscriptionStore;
  readonly now?: () => Date;
  readonly logger?: Logger;
  /** Time and zone of a first subscription that names none (default 07:00 UTC). */
  readonly defaults?: { readonly localTime: string; readonly timeZone: string };
  readonly onSubscriptionsChanged?: () => void;
};

/** The bot and the one error handler it routes every failed update to (the webhook uses it too). */
export type TelegramBot = {
  readonly bot: Bot;
  readonly handleError: (error: BotError) => Promise<void>;
  /** Remove the token from a text before it is logged. */
  readonly redact: (text: string) => string;
};

function describe(error: unknown, redact: (text: string) => string): string {
  if (error instanceof Error) return redact(`${error.name}: ${error.message}`);
  return redact(String(error));
}

/** Create the bot with its commands registered; start it with long polling or feed it webhook updates. */
export function createTelegramBot(options: TelegramBotOptions): TelegramBot {
  const logger = (options.logger ?? silentLogger).child({ component: 'telegram' });
  const redact = (text: string) => redactToken(text, options.token);
  const bot = new Bot(options.token, {
    ...(options.botInfo === undefined ? {} : { botInfo: options.botInfo }),
    client: { apiRoot: options.apiRoot ?? 'https://api.telegram.org' },
  });

  async function handleError(error: BotError): Promise<void> {
    const ctx: Context = error.ctx;
    const command = ctx.msg?.text?.split(/\s/u, 1)[0];
    logger.error('telegram update failed', { update: ctx.update.update_id, chat: ctx.chat?.id, command, cause: describe(error.error, redact) });
    // A channel post or a membership change has nobody to answer; a message does.
    if (ctx.msg === undefined || ctx.chat === undefined || ctx.chat.type === 'channel') return;
    try {
      const lang = userLanguage(ctx);
      await replyLines(ctx, [textsFor(lang).somethingWrong], lang);
    } catch (replyError) {
      logger.warn('could not tell the chat about a failed update', { update: ctx.update.update_id, cause: describe(replyError, redact) });
    }
  }

  const deps: CommandDeps = {
    engine: options.engine,
    subscriptions: options.subscriptions,
    now: options.now ?? (() => new Date()),
    logger,
    defaults: options.defaults ?? { localTime: '07:00', timeZone: 'UTC' },
    ...(options.onSubscriptionsChanged === undefined ? {} : { onSubscriptionsChanged: options.onSubscriptionsChanged }),
  };
  // Everything runs inside one boundary, so webhook updates, handleUpdate and polling fail the same way.
  const guarded = bot.errorBoundary(handleError);
  // Commands only from people and groups: a channel post "/subscribe" has no sender to check.
  const messages = guarded.chatType(['private', 'group', 'supergroup']);
  registerInfoCommands(messages, deps);
  registerSubscriptionCommands(messages, deps);
  registerMembershipUpdates(guarded, deps);
  registerUnknownCommand(messages);
  // Polling reaches bot.catch only if the boundary itself throws; the same handler answers it.
  bot.catch(handleError);
  return { bot, handleError, redact };
}
