/**
 * The Slack adapter: the delivery port the outbox posts briefings through, the Bolt app that
 * answers `/briefing`, mentions and share buttons, and its transport. In `mujaz serve` the HTTP
 * receiver is mounted on the serve port as `route` (one port for /healthz, /metrics and Slack);
 * on its own it listens on its port with its own /healthz. With SLACK_APP_TOKEN it uses Socket
 * Mode and needs no public URL at all.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import { ConfigError, DeliveryError, silentLogger, type Adapter, type AdapterParts, type DeliveryPort, type Engine, type Logger, type RouteHandler, type SubscriptionStore } from '../../src/index.ts';
import { createRedactor, createSlackApp, SLACK_EVENTS_PATH, slackClientOptions, toBoltLogger, type SlackApp, type SlackIdentity } from './app.ts';
import { loadSlackConfig, type SlackConfig } from './config.ts';
import { createSlackDeliveryPort } from './delivery-port.ts';

/** Configuration, the delivery port on its own, and the receiver's path, for bots/main.ts and tests. */
export { loadSlackConfig, slackVariables, type SlackConfig, type SlackTransport } from './config.ts';
export { classifySlackError, createSlackDeliveryPort } from './delivery-port.ts';
export { SLACK_EVENTS_PATH } from './app.ts';

/** What the adapter is built from; `now` and `onSubscriptionChange` are for serve and tests. */
export type SlackAdapterOptions = {
  readonly config: SlackConfig;
  readonly engine: Engine;
  readonly subscriptions: SubscriptionStore;
  readonly logger?: Logger;
  readonly now?: () => Date;
  /** Called after a channel subscribed or unsubscribed (e.g. to sweep the scheduler at once). */
  readonly onSubscriptionChange?: () => void;
  /**
   * Abort a Web API call after this long. Set it a little under the delivery worker's send timeout,
   * so the client gives up (and the worker retries) before the worker stops waiting for a request
   * that could still land and be sent twice.
   */
  readonly requestTimeoutMs?: number;
};

/** Where the standalone HTTP receiver listens. */
export type SlackListen = { readonly port: number; readonly host?: string };

/** A Slack adapter; `start` connects it, `stop` disconnects it. */
export type SlackAdapter = {
  readonly deliveryPort: DeliveryPort;
  /** Mount on the serve port: answers POST /slack/events (503 until started), ignores everything else. */
  readonly route: RouteHandler;
  readonly transport: SlackConfig['transport']['mode'];
  /**
   * Check the bot token with auth.test, then start receiving: Socket Mode connects; HTTP listens
   * on `listen` when given (with GET /healthz), or serves only through `route`.
   */
  start(listen?: SlackListen): Promise<{ readonly port?: number; readonly identity: SlackIdentity }>;
  stop(): Promise<void>;
};

function healthRoute(subscriptions: SubscriptionStore) {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_request: IncomingMessage, response: ServerResponse) => {
      void subscriptions.ping().then(
        () => ({ status: 200, body: { ok: true, slack: 'http', store: 'ok' } }),
        () => ({ status: 503, body: { ok: false, slack: 'http', store: 'unreachable' } }),
      ).then(({ status, body }) => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        response.end(`${JSON.stringify(body)}\n`);
      });
    },
  };
}

/**
 * Create the adapter without touching the network: the delivery port can be handed to the
 * service at once, and `start` checks the token before anything is received.
 */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { config } = options;
  const logger = (options.logger ?? silentLogger).child({ component: 'slack' });
  const redact = createRedactor(config);
  const clientOptions = { ...slackClientOptions(config, toBoltLogger(logger, redact)), ...(options.requestTimeoutMs === undefined ? {} : { timeout: options.requestTimeoutMs }) };
  const client = new webApi.WebClient(config.botToken, clientOptions);
  const receiver = config.transport.mode === 'socket'
    ? new SocketModeReceiver({ appToken: config.transport.appToken, logger: clientOptions.logger as NonNullable<typeof clientOptions.logger>, installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } } })
    : new HTTPReceiver({ signingSecret: config.transport.signingSecret, endpoints: [SLACK_EVENTS_PATH], customRoutes: [healthRoute(options.subscriptions)], logger: clientOptions.logger as NonNullable<typeof clientOptions.logger> });
  let slack: SlackApp | undefined;
  let listening = false;

  const route: RouteHandler = (request, response) => {
    if (!(receiver instanceof HTTPReceiver) || request.method !== 'POST' || new URL(request.url ?? '/', 'http://localhost').pathname !== SLACK_EVENTS_PATH) return false;
    if (slack === undefined) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' });
      response.end('the Slack app is starting\n');
      return true;
    }
    receiver.requestListener(request, response);
    return true;
  };

  async function identify(): Promise<SlackIdentity> {
    try {
      const answer = await client.auth.test();
      if (!answer.bot_id || !answer.user_id) throw new ConfigError(['SLACK_BOT_TOKEN: Slack did not answer auth.test with a bot user; use the Bot User OAuth Token (xoxb-)']);
      return { botId: answer.bot_id, botUserId: answer.user_id, ...(answer.team_id ? { teamId: answer.team_id } : {}) };
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      if (error instanceof webApi.WebAPIPlatformError) {
        throw new ConfigError([`SLACK_BOT_TOKEN: Slack refused it (${error.data.error}); reinstall the app to the workspace and copy the Bot User OAuth Token again`]);
      }
      throw new DeliveryError(`cannot reach the Slack API at ${config.apiUrl} (${redact((error as Error).message)}); check SLACK_API_URL and the network`, { cause: error });
    }
  }

  return {
    deliveryPort: createSlackDeliveryPort(client, config.command),
    route,
    transport: config.transport.mode,
    async start(listen) {
      const identity = await identify();
      slack ??= createSlackApp({
        config, engine: options.engine, subscriptions: options.subscriptions, receiver, identity, logger: options.logger ?? silentLogger,
        ...(options.now ? { now: options.now } : {}),
        ...(options.onSubscriptionChange ? { onSubscriptionChange: options.onSubscriptionChange } : {}),
      });
      let port: number | undefined;
      if (receiver instanceof SocketModeReceiver) {
        await slack.app.start();
        listening = true;
      } else if (listen !== undefined) {
        const server = await receiver.start({ port: listen.port, ...(listen.host === undefined ? {} : { host: listen.host }) });
        port = (server.address() as AddressInfo).port;
        listening = true;
      }
      logger.info('slack app started', { transport: config.transport.mode, command: config.command, port, team: identity.teamId });
      return { ...(port === undefined ? {} : { port }), identity };
    },
    async stop() {
      if (listening) await receiver.stop();
      listening = false;
    },
  };
}

/** Create the adapter and start it (a standalone Slack app, or tests). */
export async function startSlackAdapter(options: SlackAdapterOptions & { readonly listen?: SlackListen }): Promise<SlackAdapter & { readonly port?: number }> {
  const adapter = createSlackAdapter(options);
  const { port } = await adapter.start(options.listen);
  return port === undefined ? adapter : { ...adapter, port };
}

/**
 * The Slack adapter as `mujaz serve` runs it (bots/main.ts): undefined when SLACK_BOT_TOKEN is not
 * set; a ConfigError listing every problem when the SLACK_ variables are wrong. In HTTP mode the
 * receiver is mounted on the serve port at POST /slack/events; in Socket Mode nothing is mounted.
 */
/** Slack's posting limit, kept before it refuses: about one message per second per channel. */
export const SLACK_RATE_LIMITS = { perDestination: { count: 1, perMs: 1_000 } } as const;

export function slackServeAdapter(environment: Readonly<Record<string, string | undefined>>, parts: AdapterParts): Adapter | undefined {
  const config = loadSlackConfig(environment);
  if (config === undefined) return undefined;
  const slack = createSlackAdapter({
    config, engine: parts.engine, subscriptions: parts.store, logger: parts.logger,
    requestTimeoutMs: Math.max(1_000, parts.config.delivery.sendTimeoutMs - 1_000),
  });
  return {
    port: slack.deliveryPort,
    rateLimits: SLACK_RATE_LIMITS,
    ...(slack.transport === 'http' ? { routes: [slack.route] } : {}),
    start: async () => {
      await slack.start();
    },
    stop: () => slack.stop(),
  };
}
