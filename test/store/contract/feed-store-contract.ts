/**
 * What every feeds store must do, whatever database is behind it (Hono's pattern: the same tests,
 * given a factory). test/store/feed-store.test.ts runs it on SQLite and on a real PostgreSQL server.
 */
import { describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../../../src/errors.ts';
import { feedIdOf, type FeedStore } from '../../../src/store/feed-store.ts';

export type OpenFeedStore = () => Promise<{ readonly store: FeedStore; close(): Promise<void> }>;

const T0 = '2026-02-05T06:00:00.000Z';
const T1 = '2026-02-05T06:10:00.000Z';
const T2 = '2026-02-05T06:20:00.000Z';

export function describeFeedStoreContract(backend: string, open: OpenFeedStore): void {
  describe(`the feeds store on ${backend}`, () => {
    async function withStore(work: (store: FeedStore) => Promise<void>): Promise<void> {
      const opened = await open();
      try {
        await work(opened.store);
      } finally {
        await opened.close();
      }
    }

    it('adds a feed due at once, lists feeds in the order they came, and refuses a second copy or a bad address', () =>
      withStore(async (store) => {
        const first = await store.addFeed({ url: 'https://news.example/rss', intervalMinutes: 15, outlet: 'Example News' }, T0);
        expect(first).toEqual({ id: feedIdOf('https://news.example/rss'), url: 'https://news.example/rss', outlet: 'Example News', intervalMinutes: 15, addedAt: T0, failures: 0, nextPollAt: T0 });
        await store.addFeed({ url: 'https://other.example/atom', intervalMinutes: 5 }, T1);
        expect((await store.listFeeds()).map((feed) => feed.url)).toEqual(['https://news.example/rss', 'https://other.example/atom']);
        await expect(store.addFeed({ url: 'https://news.example/rss', intervalMinutes: 30 }, T2)).rejects.toBeInstanceOf(InputError);
        await expect(store.addFeed({ url: 'ftp://news.example/rss', intervalMinutes: 30 }, T2)).rejects.toThrow(/http\(s\)/u);
        await expect(store.addFeed({ url: 'https://third.example/', intervalMinutes: 0.5 }, T2)).rejects.toThrow(/whole number of minutes/u);
        expect(await store.listFeeds()).toHaveLength(2);
      }));

    it('hands out the feeds due by a time, earliest first, and moves a feed on after success or failure', () =>
      withStore(async (store) => {
        const a = await store.addFeed({ url: 'https://a.example/rss', intervalMinutes: 10 }, T0);
        const b = await store.addFeed({ url: 'https://b.example/rss', intervalMinutes: 10 }, T1);
        expect((await store.dueFeeds(T0)).map((feed) => feed.id)).toEqual([a.id]);
        expect((await store.dueFeeds(T2)).map((feed) => feed.id)).toEqual([a.id, b.id]);
        await store.recordFailure(a.id, { error: 'HTTP 502', at: T1, nextPollAt: '2026-02-05T07:00:00.000Z' });
        await store.recordFailure(a.id, { error: 'HTTP 503', at: T2, nextPollAt: '2026-02-05T08:00:00.000Z' });
        expect((await store.listFeeds())[0]).toMatchObject({ failures: 2, lastError: 'HTTP 503', lastPolledAt: T2, nextPollAt: '2026-02-05T08:00:00.000Z' });
        await store.recordSuccess(a.id, { etag: 'W/"7"', outcome: '3 stored', at: '2026-02-05T08:00:00.000Z', nextPollAt: '2026-02-05T08:10:00.000Z' });
        await store.recordSuccess(a.id, { outcome: 'unchanged (304)', at: '2026-02-05T08:10:00.000Z', nextPollAt: '2026-02-05T08:20:00.000Z' });
        const [polled] = await store.listFeeds();
        expect(polled).toMatchObject({ failures: 0, etag: 'W/"7"', lastOutcome: 'unchanged (304)', lastSuccessAt: '2026-02-05T08:10:00.000Z' });
        expect(polled).not.toHaveProperty('lastError');
        expect((await store.dueFeeds(T2)).map((feed) => feed.id)).toEqual([b.id]);
      }));

    it('remembers the first decision about an item and forgets a removed feed with its items', () =>
      withStore(async (store) => {
        const feed = await store.addFeed({ url: 'https://c.example/rss', intervalMinutes: 10 }, T0);
        expect(await store.decisionOf('c.example/a1')).toBeUndefined();
        await store.recordDecision({ urlKey: 'c.example/a1', feedId: feed.id, link: 'https://c.example/a1', decision: 'off_topic', score: 1, at: T1 });
        await store.recordDecision({ urlKey: 'c.example/a1', feedId: feed.id, link: 'https://c.example/a1?utm=x', decision: 'stored', articleId: 'x1', score: 9, at: T2 });
        expect(await store.decisionOf('c.example/a1')).toBe('off_topic');
        expect((await store.removeFeed(feed.url)).id).toBe(feed.id);
        expect(await store.decisionOf('c.example/a1')).toBeUndefined();
        await expect(store.removeFeed(feed.id)).rejects.toBeInstanceOf(NotFoundError);
      }));
  });
}
