import type { MujazConfig, RateLimitSpec } from '../config/config.ts';
import { createLogger, type Logger } from '../log.ts';
import { createDigestBriefingComposer, renderBriefingText } from '../engine/briefing-composer.ts';
import type { Engine } from '../engine/engine.ts';
import { createHttpFetcher, createRelevanceScorer, DEFAULT_USER_AGENT, startFeedPoller } from '../ingest/feeds/index.ts';
import type { Clock } from '../schedule/clock.ts';
import { createConsolePort } from '../schedule/console-port.ts';
import type { RouteHandler } from '../schedule/ops-server.ts';
import type { BriefingComposer, DeliveryPort } from '../schedule/ports.ts';
import { startService } from '../schedule/service.ts';
import { openBackend, type Backend } from '../store/backend.ts';
import type { DeliveryStore } from '../store/subscription-store.ts';
import type { CliContext, Command } from './command.ts';
import { databasePathOf } from './open-delivery-store.ts';
import { engineOver } from './open-engine.ts';

/**
 * How `serve` and `briefing` get their composer and adapters. The defaults are the plain-text
 * composer and the console platform; the digest engine and bots/ plug in here, so the engine never
 * imports an adapter.
 */
export type DeliveryWiring = {
  /** The briefing composer over the open backend (default: the digest engine's). */
  readonly composer?: (backend: Backend, config: MujazConfig) => BriefingComposer;
  /** Platform adapters to start, by configuration; the console platform is always added. */
  readonly ports?: (config: MujazConfig, context: CliContext) => DeliveryPort[];
  /** HTTP handlers the adapters mount on the serve port (Slack receiver, Telegram webhook). */
  readonly routes?: (config: MujazConfig) => RouteHandler[];
  /**
   * Long-lived platform adapters (Telegram, Slack) built over the open store and the engine; each
   * is started once the service listens and stopped before the store closes.
   */
  readonly adapters?: (parts: AdapterParts) => Promise<readonly Adapter[]>;
  /** The names of the platforms the adapters bring (`subscriptions add --platform` accepts these and `console`). */
  readonly platforms?: readonly string[];
  /** Resolves when the service should stop (default: SIGINT or SIGTERM). */
  readonly untilShutdown?: () => Promise<void>;
  readonly clock?: Clock;
  readonly tickerPattern?: string;
};

/** What an adapter is built from: the open store, the engine, the configuration and the logger. */
export type AdapterParts = { readonly store: DeliveryStore; readonly engine: Engine; readonly config: MujazConfig; readonly logger: Logger };

/**
 * A platform adapter as serve runs it: its delivery port (whose `platform` is the adapter's name),
 * the send limits the platform keeps (MUJAZ_RATE_<NAME> overrides them), the HTTP routes it mounts on
 * the serve port, and how it starts and stops.
 */
export type Adapter = {
  readonly port: DeliveryPort;
  readonly rateLimits?: RateLimitSpec;
  readonly routes?: readonly RouteHandler[];
  start(): Promise<void>;
  stop(): Promise<void>;
};

/** The composer `wiring` chooses, or the digest engine's over the open backend. */
export function composerOf(wiring: DeliveryWiring, backend: Backend, context: Pick<CliContext, 'config' | 'now'>, engine: Engine = engineOver(backend, context)): BriefingComposer {
  if (wiring.composer) return wiring.composer(backend, context.config);
  return createDigestBriefingComposer(engine, { detail: context.config.scheduling.briefing });
}

/** The configured adapters plus the console platform (which prints to the command's output). */
export function portsOf(wiring: DeliveryWiring, context: CliContext): DeliveryPort[] {
  const configured = wiring.ports?.(context.config, context) ?? [];
  return configured.some((port) => port.platform === 'console') ? configured : [...configured, createConsolePort({ write: context.out, renderText: renderBriefingText })];
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}

/** Build the serve command over a wiring (the lead wires the real composer and adapters). */
export function createServeCommand(wiring: DeliveryWiring = {}): Command {
  return {
    name: 'serve',
    summary: 'run the scheduler, the delivery worker and the adapters; /healthz and /metrics on PORT',
    usage: 'mujaz serve',
    options: {},
    optionHelp: {},
    examples: ['TELEGRAM_BOT_TOKEN=123456:AA… mujaz serve'],
    allowPositionals: false,
    async run(context) {
      const { config } = context;
      const backend = openBackend(databasePathOf(context));
      const store = backend.deliveries;
      const engine = engineOver(backend, context);
      const logger = createLogger({ level: config.logLevel, write: context.err });
      let adapters: readonly Adapter[];
      try {
        adapters = (await wiring.adapters?.({ store, engine, config, logger })) ?? [];
      } catch (error) {
        await backend.close();
        throw error;
      }
      const ports = [...adapters.map((adapter) => adapter.port), ...portsOf(wiring, context)];
      const routes = [...(wiring.routes?.(config) ?? []), ...adapters.flatMap((adapter) => adapter.routes ?? [])];
      const service = await startService({
        store,
        composer: composerOf(wiring, backend, context, engine),
        ports,
        rateLimits: { ...Object.fromEntries(ports.map((port) => [port.platform, adapters.find((adapter) => adapter.port === port)?.rateLimits ?? {}])), ...config.rateLimits },
        graceMs: config.scheduling.graceMs,
        logger,
        http: { port: config.port, host: config.host, ...(routes.length > 0 ? { routes } : {}) },
        delivery: config.delivery,
        ...(wiring.clock ? { clock: wiring.clock } : {}),
        ...(wiring.tickerPattern ? { tickerPattern: wiring.tickerPattern } : {}),
      });
      context.err(
        `mujaz serve: platforms ${ports.map((port) => port.platform).join(', ')}; http://${config.host}:${service.port}/healthz and /metrics; grace ${config.scheduling.graceMs / 3_600_000} h; Ctrl-C to stop`,
      );
      // Configured feeds are polled on their own schedules; new articles get their facts at once,
      // so the next briefing and /status include them.
      const fetcher = createHttpFetcher({ userAgent: DEFAULT_USER_AGENT, perHost: config.feeds.perHost });
      const feeds = startFeedPoller({
        fetcher,
        feeds: backend.feeds,
        articles: backend.articles,
        relevance: createRelevanceScorer(config.pack, { threshold: config.feeds.relevanceThreshold }),
        ...config.feeds.poll,
        startupSpreadMs: config.feeds.startupSpreadMs,
        now: context.now,
        logger,
        afterStore: () => engine.refreshFacts(),
      });
      try {
        for (const adapter of adapters) await adapter.start();
        await (wiring.untilShutdown ?? untilSignal)();
      } finally {
        await feeds.stop();
        await fetcher.close();
        for (const adapter of adapters) await adapter.stop();
        await service.stop();
      }
      return 0;
    },
  };
}

