import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSlackAdapter, loadSlackConfig, type SlackAdapter } from '../../../bots/slack/index.ts';
import { createEngine, createLogger, openBackend, russiaUkrainePack, type Engine } from '../../../src/index.ts';
import { systemClock, type Clock } from '../../../src/schedule/clock.ts';
import type { DeliveryStore } from '../../../src/store/subscription-store.ts';
import { createSigningSecret, postSlashCommand, signSlackRequest, startFakeSlack, type FakeSlack, type FakeSlackOptions } from '../../fakes/slack-api.ts';
import { makeTempDir } from '../../support/temp.ts';

/**
 * The Slack adapter's end-to-end rig: the fake Slack API, a real SQLite store with the seeds
 * ingested, the engine, and the real Bolt app. Channels: C0NEWS (the app, U1ADMIN, U2READER) and
 * C0QUIET (without the app). Time for the engine and subscriptions comes from a settable clock that
 * runs in real time (HTTP timers are real), starting on the morning of 6 February 2026.
 */
export const seedsPath = fileURLToPath(new URL('../../../seeds', import.meta.url));
export const START = Date.parse('2026-02-06T03:00:00Z');

/** The system clock moved to a chosen instant, still ticking: `set` jumps it. */
export type SettableClock = Clock & { set(ms: number): void };

/** A clock that reads `start` now and runs forward in real time. */
export function createSettableClock(start: number): SettableClock {
  let offset = start - Date.now();
  return { now: () => Date.now() + offset, sleep: (ms, signal) => systemClock.sleep(ms, signal), set: (ms) => (offset = ms - Date.now()) };
}

export type HarnessOptions = {
  readonly env?: Readonly<Record<string, string>>;
  readonly fake?: FakeSlackOptions;
  /** Extra article files (name → contents) ingested after the seeds. */
  readonly articles?: Readonly<Record<string, string>>;
  /** Listen on 127.0.0.1:0 (default), or leave the HTTP receiver to be mounted as a route. */
  readonly listen?: boolean;
  readonly onSubscriptionChange?: () => void;
};

export type SlackHarness = {
  readonly fake: FakeSlack;
  readonly signingSecret: string;
  readonly store: DeliveryStore;
  readonly engine: Engine;
  readonly adapter: SlackAdapter;
  readonly clock: SettableClock;
  /** Every log line written, to check that no secret appears. */
  readonly logs: string[];
  /** The receiver's origin when it listens on its own port. */
  origin: string;
  command(text: string, options?: { user?: string; channel?: string; responseId?: string; origin?: string }): Promise<{ status: number; ackMs: number }>;
  /** POST a signed interactivity payload (a button click), as Slack sends it: form-encoded `payload`. */
  interact(payload: Record<string, unknown>, origin?: string): Promise<number>;
  close(): Promise<void>;
};

/** Start the rig; `close` stops everything it started. */
export async function startSlackHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const temp = makeTempDir('mujaz-slack-');
  const backend = openBackend(join(temp.dir, 'mujaz.db'));
  const clock = createSettableClock(START);
  const now = () => new Date(clock.now());
  const engine = createEngine({ articles: backend.articles, facts: backend.facts, pack: russiaUkrainePack, now });
  await engine.ingest([seedsPath], { maxArticleBytes: 1 << 20, now });
  if (options.articles) {
    const extra = join(temp.dir, 'extra');
    mkdirSync(extra);
    for (const [name, text] of Object.entries(options.articles)) writeFileSync(join(extra, name), text);
    await engine.ingest([extra], { maxArticleBytes: 1 << 20, now, baseDir: temp.dir });
  }
  const store = backend.deliveries;
  const fake = await startFakeSlack(options.fake);
  fake.addUser({ id: 'U1ADMIN', isAdmin: true, tz: 'Asia/Dubai' });
  fake.addUser({ id: 'U2READER', tz: 'Europe/Kyiv' });
  fake.addChannel({ id: 'C0NEWS', name: 'newsroom', members: [fake.botUserId, 'U1ADMIN', 'U2READER'] });
  fake.addChannel({ id: 'C0QUIET', name: 'quiet', members: ['U1ADMIN', 'U2READER'] });
  const signingSecret = createSigningSecret();
  const config = loadSlackConfig({ SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_API_URL: fake.apiUrl, ...options.env });
  if (config === undefined) throw new Error('the harness configures Slack');
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(line) });
  const adapter = createSlackAdapter({ config, engine, subscriptions: store, logger, now, ...(options.onSubscriptionChange ? { onSubscriptionChange: options.onSubscriptionChange } : {}) });
  const started = await adapter.start(options.listen === false ? undefined : { port: 0, host: '127.0.0.1' });

  const harness: SlackHarness = {
    fake, signingSecret, store, engine, adapter, clock, logs,
    origin: started.port === undefined ? '' : `http://127.0.0.1:${started.port}`,
    async command(text, { user = 'U2READER', channel = 'C0NEWS', responseId = `r-${Math.random().toString(36).slice(2)}`, origin = harness.origin } = {}) {
      const startedAt = performance.now();
      const answer = await postSlashCommand(`${origin}/slack/events`, signingSecret, { command: config.command, text, channel_id: channel, user_id: user, response_url: fake.responseUrl(responseId) });
      return { status: answer.status, ackMs: performance.now() - startedAt };
    },
    async interact(payload, origin = harness.origin) {
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      const response = await fetch(`${origin}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlackRequest(signingSecret, body) }, body });
      await response.text();
      return response.status;
    },
    async close() {
      await adapter.stop();
      await fake.close();
      await store.close();
      temp.cleanup();
    },
  };
  return harness;
}

/** Everything a list of Slack messages says, blocks and fallback text, as one string. */
export function allText(messages: readonly { text?: string | undefined; blocks?: unknown[] | undefined }[]): string {
  return messages.map((message) => `${message.text ?? ''}\n${JSON.stringify(message.blocks ?? [])}`).join('\n');
}

/** Poll until `read` gives a value (the app answers after its ack, asynchronously). */
export async function eventually<T>(read: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for the Slack app');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Poll an asynchronous condition (the store) until it holds. */
export async function until(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the outbox');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
