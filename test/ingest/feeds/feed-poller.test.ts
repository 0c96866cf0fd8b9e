import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import { startFeedPoller } from '../../../src/ingest/feeds/feed-poller.ts';
import { createSqliteFeedStore } from '../../../src/store/sqlite/sqlite-feed-store.ts';
import type { FeedStore } from '../../../src/store/feed-store.ts';
import { createHttpFetcher, DEFAULT_USER_AGENT, type HttpFetcher } from '../../../src/ingest/feeds/http-fetch.ts';
import { createRelevanceScorer } from '../../../src/ingest/feeds/relevance.ts';
import { startupDelayMs } from '../../../src/ingest/feeds/startup-spread.ts';
import { russiaUkrainePack } from '../../../src/packs/russia-ukraine/index.ts';
import type { ArticleStore } from '../../../src/store/article-store.ts';
import { createSqliteFactStore } from '../../../src/store/sqlite/sqlite-fact-store.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../../../src/store/sqlite/sqlite-store.ts';
import { createVirtualClock, type VirtualClock } from '../../support/virtual-clock.ts';
import { cached, rss, seedBody, startNewsroom, type Newsroom } from './newsroom.ts';

const BACKLOG = 20;
let newsroom: Newsroom;
let inFlight = 0;
let mostInFlight = 0;
beforeAll(async () => {
  newsroom = await startNewsroom();
  newsroom.route('/talks.xml', cached(rss([{ title: 'تقدم في محادثات أبوظبي', link: `${newsroom.base}/news/1`, content: seedBody(0), pubDate: 'Thu, 05 Feb 2026 08:30:00 +0300' }]), 'application/rss+xml', '"a"'));
  for (let index = 0; index < BACKLOG; index++) {
    newsroom.route(`/backlog/${index}.xml`, (_request, response) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        response.setHeader('content-type', 'application/rss+xml');
        response.end(rss([]));
      }, 5);
    });
  }
});
afterAll(() => newsroom.close());

describe('startFeedPoller', () => {
  it('polls due feeds on its own and refreshes facts, so the talks status includes the new article', async () => {
    const db = openSqliteDatabase(':memory:');
    const articles = createSqliteArticleStore(db);
    const feeds = createSqliteFeedStore(db);
    const now = () => new Date('2026-02-06T07:00:00Z');
    const engine = createEngine({ articles, facts: createSqliteFactStore(db), pack: russiaUkrainePack, now });
    await feeds.addFeed({ url: `${newsroom.base}/talks.xml`, intervalMinutes: 10 }, now().toISOString());
    const fetcher = createHttpFetcher({ userAgent: DEFAULT_USER_AGENT });
    let refreshed = 0;
    const poller = startFeedPoller({ fetcher, feeds, articles, relevance: createRelevanceScorer(russiaUkrainePack), now, tickMs: 20, afterStore: async () => (refreshed += await engine.refreshFacts()) });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await poller.stop();
    await fetcher.close();
    expect(refreshed).toBe(1);
    expect(newsroom.hits('/talks.xml')).toHaveLength(1);
    const status = await engine.talksStatus('2026-02-06');
    expect(JSON.stringify(status)).toMatch(/abu_dhabi|Abu Dhabi/);
    await articles.close();
  });
});

/** A store with `count` feeds on the newsroom's one host, all due since 04:00 (three hours of downtime). */
async function backlogOf(count: number): Promise<{ feeds: FeedStore; articles: ArticleStore }> {
  const db = openSqliteDatabase(':memory:');
  const feeds = createSqliteFeedStore(db);
  for (let index = 0; index < count; index++) await feeds.addFeed({ url: `${newsroom.base}/backlog/${index}.xml`, intervalMinutes: 10 }, '2026-02-06T04:00:00.000Z');
  return { feeds, articles: createSqliteArticleStore(db) };
}

/** The real fetcher, noting the (virtual) instant at which the poller asks for each URL. */
function recordingFetcher(clock: VirtualClock): HttpFetcher & { requests: { url: string; at: number }[] } {
  const real = createHttpFetcher({ userAgent: DEFAULT_USER_AGENT, perHost: 2 });
  const requests: { url: string; at: number }[] = [];
  return {
    requests,
    get(request) {
      requests.push({ url: request.url, at: clock.now() });
      return real.get(request);
    },
    close: () => real.close(),
  };
}

describe('startFeedPoller after downtime', () => {
  const start = Date.parse('2026-02-06T07:00:00Z');
  const WINDOW_MS = 60_000;

  it(`spreads ${BACKLOG} overdue feeds over the window instead of requesting them in one instant, at most two at a time on one host`, async () => {
    const clock = createVirtualClock(start);
    const { feeds, articles } = await backlogOf(BACKLOG);
    const fetcher = recordingFetcher(clock);
    mostInFlight = 0;
    const poller = startFeedPoller({
      fetcher, feeds, articles, relevance: createRelevanceScorer(russiaUkrainePack), now: () => new Date(clock.now()),
      startupSpreadMs: WINDOW_MS, sleep: (ms, signal) => clock.sleep(ms, signal), tickMs: 3_600_000,
    });
    const reports = await poller.pollNow();
    await poller.stop();
    await fetcher.close();

    expect(reports.map((report) => report.outcome)).toEqual(Array(BACKLOG).fill('updated'));
    expect(new Set(fetcher.requests.map((request) => request.url)).size).toBe(BACKLOG);
    const offsets = fetcher.requests.map((request) => request.at - start);
    expect(new Set(offsets).size).toBeGreaterThan(1);
    expect(Math.min(...offsets)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...offsets)).toBeLessThan(WINDOW_MS);
    // Each feed is asked for at its own delay, fixed by its id.
    const delays = new Map((await feeds.listFeeds()).map((feed) => [feed.url, startupDelayMs(feed, WINDOW_MS)]));
    for (const request of fetcher.requests) expect(request.at - start).toBe(delays.get(request.url));
    expect(mostInFlight).toBeLessThanOrEqual(2);
    await articles.close();
  });

  it('polls a backlog no larger than the concurrency limit at once', async () => {
    const clock = createVirtualClock(start);
    const { feeds, articles } = await backlogOf(4);
    const fetcher = recordingFetcher(clock);
    const poller = startFeedPoller({ fetcher, feeds, articles, relevance: createRelevanceScorer(russiaUkrainePack), now: () => new Date(clock.now()), sleep: (ms, signal) => clock.sleep(ms, signal), tickMs: 3_600_000 });
    await poller.pollNow();
    await poller.stop();
    await fetcher.close();
    expect(fetcher.requests.map((request) => request.at - start)).toEqual([0, 0, 0, 0]);
    await articles.close();
  });

  it('stops without waiting out the spread; the feeds it had not started stay due', async () => {
    const clock = createVirtualClock(start);
    const { feeds, articles } = await backlogOf(BACKLOG);
    const fetcher = recordingFetcher(clock);
    const poller = startFeedPoller({ fetcher, feeds, articles, relevance: createRelevanceScorer(russiaUkrainePack), now: () => new Date(clock.now()), sleep: (ms, signal) => clock.sleep(ms, signal), tickMs: 3_600_000 });
    await poller.stop();
    await fetcher.close();
    expect(fetcher.requests).toHaveLength(0);
    expect(await feeds.dueFeeds(new Date(clock.now()).toISOString())).toHaveLength(BACKLOG);
    await articles.close();
  });
});

describe('startupDelayMs', () => {
  it('fixes each feed a delay within min(its interval, the window), by its id', () => {
    const delays = ['3f9a0c21be', 'b71d2e90aa', '07d70a8b9a', 'c0ffee0001'].map((id) => startupDelayMs({ id, intervalMinutes: 10 }, 60_000));
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(0);
    for (const delay of delays) expect(delay).toBeLessThan(60_000);
    expect(new Set(delays).size).toBe(4);
    expect(startupDelayMs({ id: '3f9a0c21be', intervalMinutes: 10 }, 60_000)).toBe(delays[0]);
    expect(startupDelayMs({ id: '3f9a0c21be', intervalMinutes: 1 }, 600_000)).toBeLessThan(60_000);
    expect(startupDelayMs({ id: '3f9a0c21be', intervalMinutes: 10 }, 0)).toBe(0);
  });
});
