import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTelegramAdapter, type TelegramAdapter, type TelegramAdapterOptions, type TelegramTransport } from '../../../bots/telegram/index.ts';
import { createEngine, type Engine } from '../../../src/engine/engine.ts';
import { createLogger } from '../../../src/log.ts';
import { russiaUkrainePack } from '../../../src/packs/russia-ukraine/index.ts';
import { createOffsetClock, type Clock } from '../../../src/schedule/clock.ts';
import { startOpsServer, type RouteHandler } from '../../../src/schedule/ops-server.ts';
import { createSqliteDeliveryStore } from '../../../src/store/sqlite/sqlite-delivery-store.ts';
import { createSqliteFactStore } from '../../../src/store/sqlite/sqlite-fact-store.ts';
import { createSqliteArticleStore, openSqliteDatabase, type SqliteHandle } from '../../../src/store/sqlite/sqlite-store.ts';
import type { DeliveryStore } from '../../../src/store/subscription-store.ts';
import { startFakeTelegram, type FakeTelegram, type FakeTelegramOptions, type SentMessage, type UserSendsSpec } from '../../fakes/telegram-api.ts';
import { makeTempDir } from '../../support/temp.ts';

/**
 * One world for the Telegram end-to-end tests: the fake Bot API with a few chats, a real SQLite
 * store in a temp folder holding the seed articles, the engine over it, and the adapter started
 * with long polling and the real grammY client.
 */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const ALICE = 501; // private, Arabic
export const BOB = 502; // private, English
export const GROUP = -4001;
export const FORUM = -1001234567890;
export const TOPIC = 77;
export const CHANNEL = -1009876543210;
export const ADMIN = 900;
export const MEMBER = 901;

export type Harness = {
  readonly fake: FakeTelegram;
  readonly db: SqliteHandle;
  readonly store: DeliveryStore;
  readonly engine: Engine;
  readonly clock: Clock;
  readonly adapter: TelegramAdapter;
  readonly logs: string[];
  /** The serve port's base URL in webhook mode. */
  readonly baseUrl?: string;
  /** Inject a message and wait until the bot has handled it; returns what the bot sent meanwhile. */
  say(spec: UserSendsSpec): Promise<SentMessage[]>;
  close(): Promise<void>;
};

export type HarnessOptions = {
  /** The instant the clock reads at start (default 2026-02-06T04:00:00Z, the morning after the news). */
  readonly at?: string;
  readonly fake?: FakeTelegramOptions;
  /** Extra article files or folders to ingest after the seeds. */
  readonly extraArticles?: readonly string[];
  readonly adapter?: Partial<Omit<TelegramAdapterOptions, 'config' | 'engine' | 'subscriptions'>>;
  /** Change the engine before the bot sees it (to make a command fail). */
  readonly wrapEngine?: (engine: Engine) => Engine;
  /** Webhook mode: the adapter's route is mounted on a real ops server (the serve port) at /telegram/webhook. */
  readonly webhookSecret?: string;
};

/** Wait until `check` passes, polling the event loop. */
export async function until(check: () => boolean | Promise<boolean>, what = 'condition', ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Build the world and start the bot. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const clock = createOffsetClock(Date.parse(options.at ?? '2026-02-06T04:00:00Z') - Date.now());
  const now = () => new Date(clock.now());
  const temp = makeTempDir('mujaz-telegram-');
  const db = openSqliteDatabase(join(temp.dir, 'mujaz.db'));
  const store = createSqliteDeliveryStore(db);
  const realEngine = createEngine({ articles: createSqliteArticleStore(db), facts: createSqliteFactStore(db), pack: russiaUkrainePack, now });
  await realEngine.ingest([join(projectRoot, 'seeds'), ...(options.extraArticles ?? [])], { maxArticleBytes: 1 << 20, now, baseDir: projectRoot });
  const engine = options.wrapEngine?.(realEngine) ?? realEngine;

  const fake = await startFakeTelegram({ now: () => clock.now(), ...options.fake });
  fake.addChat({ id: ALICE, type: 'private', firstName: 'Alice', languageCode: 'ar' });
  fake.addChat({ id: BOB, type: 'private', firstName: 'Bob', languageCode: 'en' });
  fake.addChat({ id: GROUP, type: 'group', title: 'غرفة الأخبار' });
  fake.addChat({ id: FORUM, type: 'supergroup', title: 'Desk', topics: [{ id: TOPIC, name: 'Ukraine' }] });
  fake.addChat({ id: CHANNEL, type: 'channel', title: 'Newsroom', username: '@newsroom' });
  fake.addUser({ id: ADMIN, first_name: 'Admin', language_code: 'en' });
  fake.addUser({ id: MEMBER, first_name: 'Member', language_code: 'ar' });
  for (const chat of [GROUP, FORUM, CHANNEL]) fake.setMember(chat, ADMIN, 'administrator');
  for (const chat of [GROUP, FORUM]) fake.setMember(chat, MEMBER, 'member');
  fake.setMember(CHANNEL, ALICE, 'creator');

  const logs: string[] = [];
  let route: RouteHandler | undefined;
  const server = options.webhookSecret === undefined
    ? undefined
    : await startOpsServer({ port: 0, host: '127.0.0.1', health: async () => ({ ok: true, store: 'ok', scheduler: { alive: true } }), metrics: async () => '', routes: [(req, res) => route?.(req, res) ?? false] });
  const baseUrl = server === undefined ? undefined : `http://127.0.0.1:${server.port}`;
  const transport: TelegramTransport = options.webhookSecret === undefined || baseUrl === undefined
    ? { mode: 'polling' }
    : { mode: 'webhook', url: `${baseUrl}/telegram/webhook`, path: '/telegram/webhook', secret: options.webhookSecret };
  const adapter = createTelegramAdapter({
    config: { token: fake.token, apiRoot: fake.apiRoot, transport },
    botInfo: fake.botInfo,
    engine,
    subscriptions: store,
    now,
    logger: createLogger({ level: 'debug', write: (line) => logs.push(line), now }),
    ...options.adapter,
  });
  route = adapter.webhookHandler;
  await adapter.start();

  return {
    fake, db, store, engine, clock, adapter, logs,
    ...(baseUrl === undefined ? {} : { baseUrl }),
    async say(spec) {
      const before = fake.sent.length;
      fake.userSends(spec);
      // grammY confirms an update (the fake's pending count drops) only after its handler finished.
      await until(() => fake.pendingUpdates === 0, `the bot handling "${spec.text}"`);
      return fake.sent.slice(before);
    },
    async close() {
      await adapter.stop();
      await server?.close();
      await fake.close();
      await store.close();
      temp.cleanup();
    },
  };
}
