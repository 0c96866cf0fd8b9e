import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFetcher, DEFAULT_USER_AGENT } from '../../../src/ingest/feeds/http-fetch.ts';
import { pollFeeds } from '../../../src/ingest/feeds/poll-feeds.ts';
import { createRelevanceScorer } from '../../../src/ingest/feeds/relevance.ts';
import { russiaUkrainePack } from '../../../src/packs/russia-ukraine/index.ts';
import { openBackend } from '../../../src/store/backend.ts';
import { cached, rss, seedBody, startNewsroom, type Newsroom } from './newsroom.ts';

let newsroom: Newsroom;
beforeAll(async () => {
  newsroom = await startNewsroom();
});
afterAll(() => newsroom.close());

describe('a feed item dated years ahead', () => {
  it('is stored without that day, which would otherwise become every digest\'s latest news day', async () => {
    newsroom.route('/ahead.xml', cached(rss([{ title: 'محادثات', link: `${newsroom.base}/news/ahead`, content: seedBody(0), pubDate: 'Fri, 31 Dec 9999 08:30:00 +0300' }]), 'application/rss+xml; charset=utf-8', '"a1"'));
    const backend = openBackend(':memory:');
    const fetcher = createHttpFetcher({ userAgent: DEFAULT_USER_AGENT });
    try {
      const feed = await backend.feeds.addFeed({ url: `${newsroom.base}/ahead.xml`, intervalMinutes: 10 }, '2026-02-06T07:00:00.000Z');
      const [report] = await pollFeeds([feed], {
        fetcher, feeds: backend.feeds, articles: backend.articles, now: () => new Date('2026-02-06T07:00:00Z'), relevance: createRelevanceScorer(russiaUkrainePack),
        feedTimeoutMs: 1500, pageTimeoutMs: 1500, maxFeedBytes: 1 << 20, concurrency: 2,
      });
      expect(report?.items.map((item) => item.decision)).toEqual(['stored']);
      expect(await backend.articles.listNewsDays()).not.toContain('9999-12-31');
    } finally {
      await fetcher.close();
      await backend.close();
    }
  });
});
