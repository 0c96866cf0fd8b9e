/**
 * The Bolt app: one slash command, app mentions and the share button, over a receiver built
 * elsewhere (HTTP or Socket Mode). Every listener acknowledges first, within Slack's three seconds,
 * and answers afterwards through respond() or the Web API. One error handler logs everything
 * that goes wrong, with secrets masked.
 */
import { App, type HTTPReceiver, LogLevel, type SocketModeReceiver, webApi, type BlockAction, type ButtonAction, type Logger as BoltLogger, type RespondFn } from '@slack/bolt';
import { scrubSecrets, silentLogger, type Engine, type Logger, type SubscriptionStore } from '../../src/index.ts';
import { createCommandHandler, SHARE_ACTION, type CommandHandler, type Outgoing, type Replier } from './commands.ts';
import type { SlackConfig } from './config.ts';
import { mentionText } from './grammar.ts';

/** Where Slack sends commands, events and button clicks in HTTP mode. */
export const SLACK_EVENTS_PATH = '/slack/events';
/** A response_url takes at most five messages. */
const RESPONSE_URL_USES = 5;

/** The bot's identity from auth.test; given to Bolt so that it never calls auth.test on its own. */
export type SlackIdentity = { readonly botId: string; readonly botUserId: string; readonly teamId?: string };

/** What createSlackApp needs. */
export type SlackAppOptions = {
  readonly config: SlackConfig;
  readonly engine: Engine;
  readonly subscriptions: SubscriptionStore;
  readonly receiver: HTTPReceiver | SocketModeReceiver;
  readonly identity: SlackIdentity;
  readonly logger?: Logger;
  readonly now?: () => Date;
  readonly onSubscriptionChange?: () => void;
};

/** The Web API options every client of this adapter uses: no hidden retries, 429s surface at once. */
export function slackClientOptions(config: Pick<SlackConfig, 'apiUrl'>, logger: BoltLogger): webApi.WebClientOptions {
  return { slackApiUrl: config.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, logger };
}

/** Mask the configured secrets by value (whatever their shape) and anything token-shaped. */
export function createRedactor(config: SlackConfig): (text: string) => string {
  const secrets = [config.botToken, config.transport.mode === 'http' ? config.transport.signingSecret : config.transport.appToken].filter((secret) => secret.length >= 8);
  return (text) => scrubSecrets(secrets.reduce((current, secret) => current.split(secret).join('[redacted]'), text));
}

/**
 * Bolt's and WebClient's logger, writing through ours. Their debug lines quote whole payloads
 * (what people typed, article text), so they are dropped; the rest is masked before it is written.
 */
export function toBoltLogger(logger: Logger, redact: (text: string) => string): BoltLogger {
  let level = LogLevel.INFO;
  const detail = (parts: readonly unknown[]) => redact(parts.map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part))).join(' '));
  return {
    debug: () => undefined,
    info: (...parts) => logger.info('slack', { detail: detail(parts) }),
    warn: (...parts) => logger.warn('slack', { detail: detail(parts) }),
    error: (...parts) => logger.error('slack', { detail: detail(parts) }),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

function viaRespond(respond: RespondFn): Replier {
  let uses = 0;
  const send = async (message: Outgoing, type: 'ephemeral' | 'in_channel') => {
    if (uses >= RESPONSE_URL_USES) return;
    uses += 1;
    await respond({ response_type: type, replace_original: false, text: message.text, blocks: message.blocks });
  };
  return {
    async private(messages) {
      for (const message of messages) await send(message, 'ephemeral');
    },
    announce: (message) => send(message, 'in_channel'),
  };
}

function viaWebApi(client: webApi.WebClient, channel: string, user: string, threadTs: string | undefined): Replier {
  return {
    async private(messages) {
      for (const message of messages) {
        await client.chat.postEphemeral({ channel, user, text: message.text, blocks: message.blocks, ...(threadTs === undefined ? {} : { thread_ts: threadTs }) });
      }
    },
    async announce(message) {
      await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
    },
  };
}

/** The Bolt app with its listeners, and the command handler they call. */
export type SlackApp = { readonly app: App; readonly handler: CommandHandler };

/** Build the Bolt app over a receiver; nothing is received until the receiver starts. */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { config, identity } = options;
  const logger = (options.logger ?? silentLogger).child({ component: 'slack' });
  const redact = createRedactor(config);
  const boltLogger = toBoltLogger(logger, redact);
  const app = new App({
    token: config.botToken,
    botId: identity.botId,
    botUserId: identity.botUserId,
    receiver: options.receiver,
    logger: boltLogger,
    clientOptions: slackClientOptions(config, boltLogger),
  });

  function reportError(error: unknown, where: string): void {
    const message = redact(error instanceof Error ? error.message : String(error));
    const code = error instanceof webApi.WebAPIPlatformError ? error.data.error : (error as { code?: unknown } | undefined)?.code;
    logger.error('slack listener failed', { where, error: message, ...(typeof code === 'string' ? { code } : {}) });
  }
  app.error(async (error) => reportError(error, 'bolt'));

  const handler = createCommandHandler({
    engine: options.engine,
    subscriptions: options.subscriptions,
    client: app.client,
    command: config.command,
    policy: config.subscribePolicy,
    defaultLanguage: config.defaultLanguage,
    now: options.now ?? (() => new Date()),
    botUserId: () => identity.botUserId,
    logger,
    reportError,
    ...(options.onSubscriptionChange ? { onSubscriptionChange: options.onSubscriptionChange } : {}),
  });

  app.command(config.command, async ({ command, ack, respond }) => {
    // Acknowledge before any I/O: Slack shows an error to the user after three seconds.
    await ack();
    await handler.handle({ channelId: command.channel_id, userId: command.user_id, text: command.text, reply: viaRespond(respond) });
  });

  app.event('app_mention', async ({ event }) => {
    // Events are acknowledged by the receiver as they arrive; a bot's own mention of itself is ignored.
    if (event.user === undefined || event.bot_id !== undefined) return;
    const text = mentionText(event.text, identity.botUserId);
    await handler.handle({ channelId: event.channel, userId: event.user, text, reply: viaWebApi(app.client, event.channel, event.user, event.thread_ts) });
  });

  app.action<BlockAction<ButtonAction>>(SHARE_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const channelId = body.channel?.id;
    if (channelId === undefined) return;
    const outcome = await handler.share({ channelId, userId: body.user.id, text: '', value: action.value ?? '', reply: viaRespond(respond) });
    // The private copy has done its job once the answer is in the channel.
    if (outcome === 'shared') await respond({ delete_original: true });
  });

  return { app, handler };
}
