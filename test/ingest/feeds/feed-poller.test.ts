import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import { startFeedPoller } from '../../../src/ingest/feeds/feed-poller.ts';
import { createSqliteFeedStore } from '../../../src/ingest/feeds/feed-store.ts';
import { createHttpFetcher, DEFAULT_USER_AGENT } from '../../../src/ingest/feeds/http-fetch.ts';
import { createRelevanceScorer } from '../../../src/ingest/feeds/relevance.ts';
import { russiaUkrainePack } from '../../../src/packs/russia-ukraine/index.ts';
import { createSqliteFactStore } from '../../../src/store/sqlite/sqlite-fact-store.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../../../src/store/sqlite/sqlite-store.ts';
import { cached, rss, seedBody, startNewsroom, type Newsroom } from './newsroom.ts';

let newsroom: Newsroom;
beforeAll(async () => {
  newsroom = await startNewsroom();
  newsroom.route('/talks.xml', cached(rss([{ title: 'تقدم في محادثات أبوظبي', link: `${newsroom.base}/news/1`, content: seedBody(0), pubDate: 'Thu, 05 Feb 2026 08:30:00 +0300' }]), 'application/rss+xml', '"a"'));
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
