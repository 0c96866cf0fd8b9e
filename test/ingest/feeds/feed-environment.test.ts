import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import { createServeCommand } from '../../../src/cli/serve-command.ts';
import { loadConfig } from '../../../src/config/config.ts';
import { DEFAULT_FEED_INTERVAL_MINUTES } from '../../../src/cli/feeds-command.ts';
import { createSqliteFeedStore } from '../../../src/store/sqlite/sqlite-feed-store.ts';
import { feedIdOf } from '../../../src/store/feed-store.ts';
import { DEFAULT_STARTUP_SPREAD_MS, startupDelayMs } from '../../../src/ingest/feeds/startup-spread.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../../../src/store/sqlite/sqlite-store.ts';
import { makeTempDir } from '../../support/temp.ts';
import { boilerplatePage, cached, rss, seedBody, startNewsroom, type Newsroom } from './newsroom.ts';

let newsroom: Newsroom;
const temp = makeTempDir();
const now = () => new Date('2026-02-06T07:00:00Z');
let databases = 0;

/** A fresh database per test, so one test's decisions are not another's "seen before". */
function environmentWith(variables: Record<string, string>) {
  return { MUJAZ_DB: join(temp.dir, `feeds-${++databases}.db`), MUJAZ_LOG_LEVEL: 'silent', ...variables };
}

async function cli(environment: Record<string, string>, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { environment, out: (line) => out.push(line), err: (line) => err.push(line), now, cwd: temp.dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  newsroom = await startNewsroom();
  newsroom.route('/talks.xml', cached(rss([
    { title: 'تقدم في محادثات أبوظبي', link: `${newsroom.base}/news/1`, content: seedBody(0), pubDate: 'Thu, 05 Feb 2026 08:30:00 +0300' },
  ], 'وكالة الاختبار'), 'application/rss+xml', '"t1"'));
  newsroom.route('/summary.xml', cached(rss([
    { title: 'الحوار العسكري', link: `${newsroom.base}/page/dialogue`, description: 'قررت الولايات المتحدة وروسيا استئناف الحوار العسكري في أوكرانيا.' },
  ]), 'application/rss+xml', '"s1"'));
  newsroom.route('/page/dialogue', (_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(boilerplatePage(seedBody(3)));
  });
  newsroom.route('/hang.xml', () => undefined);
});

afterAll(async () => {
  await newsroom.close();
  temp.cleanup();
});

describe('MUJAZ_FEED_* reach mujaz feeds poll', () => {
  it('MUJAZ_FEED_RELEVANCE_THRESHOLD refuses an on-topic item the default would store', async () => {
    const environment = environmentWith({ MUJAZ_FEED_RELEVANCE_THRESHOLD: '1000' });
    await cli(environment, ['feeds', 'add', `${newsroom.base}/talks.xml`]);
    const poll = await cli(environment, ['feeds', 'poll']);
    expect(poll.out).toMatch(/off topic http:\/\/127\.0\.0\.1:\d+\/news\/1 .*: off topic: score \d+ < 1000/);
    expect(poll.out).toMatch(/^0 stored/m);
  });

  it('--threshold overrides the variable', async () => {
    const environment = environmentWith({ MUJAZ_FEED_RELEVANCE_THRESHOLD: '1000' });
    await cli(environment, ['feeds', 'add', `${newsroom.base}/talks.xml`]);
    const poll = await cli(environment, ['feeds', 'poll', '--threshold', '6', '--explain']);
    expect(poll.out).toMatch(/stored +http:\/\/127\.0\.0\.1:\d+\/news\/1 → \w+.*: kept: score \d+ ≥ 6/);
  });

  it('MUJAZ_FEED_TIMEOUT_SECONDS gives up on a feed that never answers', async () => {
    const environment = environmentWith({ MUJAZ_FEED_TIMEOUT_SECONDS: '0.2' });
    await cli(environment, ['feeds', 'add', `${newsroom.base}/hang.xml`]);
    const poll = await cli(environment, ['feeds', 'poll']);
    expect(poll.out).toMatch(/hang\.xml: FAILED: timed out after 200 ms/);
    expect(poll.code).toBe(1);
  });

  it('MUJAZ_FEED_FULL_TEXT=false keeps the summary without fetching the page', async () => {
    const environment = environmentWith({ MUJAZ_FEED_FULL_TEXT: 'false', MUJAZ_FEED_RELEVANCE_THRESHOLD: '0' });
    await cli(environment, ['feeds', 'add', `${newsroom.base}/summary.xml`]);
    const before = newsroom.hits('/page/dialogue').length;
    const poll = await cli(environment, ['feeds', 'poll', '--explain']);
    expect(poll.out).toMatch(/stored +http:\/\/127\.0\.0\.1:\d+\/page\/dialogue/);
    expect(poll.out).not.toMatch(/full text from the article page/);
    expect(newsroom.hits('/page/dialogue').length).toBe(before);
  });
});

describe('MUJAZ_FEED_* reach mujaz serve', () => {
  /** Run serve until every feed has been polled once (or ten seconds pass), then read the store. */
  async function serveUntilPolled(environment: Record<string, string>, urls: readonly string[]) {
    for (const url of urls) expect((await cli(environment, ['feeds', 'add', url])).code).toBe(0);
    const db = openSqliteDatabase(environment.MUJAZ_DB!);
    const feeds = createSqliteFeedStore(db);
    const articles = createSqliteArticleStore(db);
    const allPolled = async () => (await feeds.listFeeds()).every((feed) => feed.lastPolledAt !== undefined);
    try {
      const serve = createServeCommand({
        untilShutdown: async () => {
          for (let tries = 0; tries < 100 && !(await allPolled()); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
        },
      });
      await serve.run({ config: loadConfig(environment), out: () => {}, err: () => {}, now, cwd: temp.dir }, {}, []);
      return { feeds: await feeds.listFeeds(), stored: await articles.countArticles() };
    } finally {
      await articles.close();
    }
  }

  it("serve polls with the environment's relevance threshold", async () => {
    const environment = { ...environmentWith({ MUJAZ_FEED_RELEVANCE_THRESHOLD: '1000' }), PORT: '0', MUJAZ_HOST: '127.0.0.1' };
    const { feeds, stored } = await serveUntilPolled(environment, [`${newsroom.base}/talks.xml`]);
    expect(feeds[0]?.lastOutcome).toBe('1 items: 0 stored, 0 duplicate, 1 off topic, 0 seen before, 0 refused');
    expect(stored).toBe(0);
  });

  it('MUJAZ_FEED_STARTUP_SPREAD_SECONDS=0 lets serve poll a backlog larger than MUJAZ_FEED_CONCURRENCY at once', async () => {
    // Two feeds due and one fetched at a time is a backlog; the default would spread it over a minute.
    // The feeds' ids hash to their delays, and the port is random: take editions that the default
    // window would hold back past serveUntilPolled's ten seconds, so only the variable can let them through.
    const heldBack: string[] = [];
    for (let edition = 1; heldBack.length < 2; edition++) {
      const url = new URL(`${newsroom.base}/talks.xml?edition=${edition}`).toString();
      if (startupDelayMs({ id: feedIdOf(url), intervalMinutes: DEFAULT_FEED_INTERVAL_MINUTES }, DEFAULT_STARTUP_SPREAD_MS) > 20_000) heldBack.push(url);
    }
    const environment = { ...environmentWith({ MUJAZ_FEED_CONCURRENCY: '1', MUJAZ_FEED_STARTUP_SPREAD_SECONDS: '0' }), PORT: '0', MUJAZ_HOST: '127.0.0.1' };
    const { feeds, stored } = await serveUntilPolled(environment, heldBack);
    expect(feeds.map((feed) => feed.lastPolledAt)).toEqual([now().toISOString(), now().toISOString()]);
    expect(stored).toBe(1);
  });
});
