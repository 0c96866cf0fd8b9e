import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteFeedStore } from '../../../src/store/sqlite/sqlite-feed-store.ts';
import type { Feed } from '../../../src/store/feed-store.ts';
import { createHttpFetcher, DEFAULT_USER_AGENT } from '../../../src/ingest/feeds/http-fetch.ts';
import { pollFeeds, type FeedReport } from '../../../src/ingest/feeds/poll-feeds.ts';
import { createRelevanceScorer } from '../../../src/ingest/feeds/relevance.ts';
import { russiaUkrainePack } from '../../../src/packs/russia-ukraine/index.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../../../src/store/sqlite/sqlite-store.ts';
import { boilerplatePage, cached, escapeXml, hugeBody, OFF_TOPIC, rss, seedBody, startNewsroom, toWindows1256, type Newsroom } from './newsroom.ts';

const FEED_TIMEOUT_MS = 1500;
let newsroom: Newsroom;
let clock = new Date('2026-02-06T07:00:00Z');
const db = openSqliteDatabase(':memory:');
const articles = createSqliteArticleStore(db);
const feeds = createSqliteFeedStore(db);
const fetcher = createHttpFetcher({ userAgent: DEFAULT_USER_AGENT });
const options = () => ({
  fetcher, feeds, articles, now: () => clock, relevance: createRelevanceScorer(russiaUkrainePack),
  feedTimeoutMs: FEED_TIMEOUT_MS, pageTimeoutMs: FEED_TIMEOUT_MS, maxFeedBytes: 1024 * 1024, concurrency: 8,
});
const feedAt: Record<string, Feed> = {};
let first: FeedReport[];

function reportOf(reports: FeedReport[], path: string): FeedReport {
  return reports.find((report) => report.feed.url.endsWith(path))!;
}

beforeAll(async () => {
  newsroom = await startNewsroom();
  const base = newsroom.base;
  newsroom.route('/rss-utf8.xml', cached(rss([
    { title: 'تقدم في محادثات أبوظبي', link: `${base}/news/abu-dhabi-talks?utm_source=rss&utm_medium=feed`, content: seedBody(0), pubDate: 'Thu, 05 Feb 2026 08:30:00 +0300' },
    { title: 'الحوار العسكري', link: `${base}/page/dialogue.html`, description: 'قررت الولايات المتحدة وروسيا استئناف الحوار العسكري.' },
    { title: 'الدوري المحلي', link: `${base}/sport/league`, content: OFF_TOPIC },
    { title: 'تقدم في محادثات أبوظبي', link: `${base}/news/abu-dhabi-talks/?fbclid=abc`, content: seedBody(0) },
  ]), 'application/rss+xml; charset=utf-8', '"v1"'));
  newsroom.route('/page/dialogue.html', (_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(boilerplatePage(seedBody(3)));
  });
  const atom = `<?xml version="1.0" encoding="windows-1256"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><title>صحيفة قديمة</title>
<entry><title>محادثات أبوظبي تدخل يومها الثاني</title><link href="${base}/old/1"/><published>2026-02-05T10:00:00Z</published>
<content type="html">${escapeXml(seedBody(2).split('\n\n').map((p) => `<p>${p}</p>`).join(''))}</content></entry></feed>`;
  newsroom.route('/atom-1256.xml', (_request, response) => {
    response.setHeader('content-type', 'application/atom+xml');
    response.end(toWindows1256(atom));
  });
  newsroom.route('/moved.xml', (_request, response) => {
    response.statusCode = 301;
    response.setHeader('location', '/rdf.xml');
    response.end();
  });
  newsroom.route('/rdf.xml', (_request, response) => {
    response.setHeader('content-type', 'application/rdf+xml');
    response.end(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="${base}/rdf.xml"><title>ر</title></channel><item rdf:about="${base}/rdf/1"><title>الكرملين</title><link>${base}/rdf/1</link>
<content:encoded>${escapeXml(seedBody(4))}</content:encoded></item></rdf:RDF>`);
  });
  newsroom.route('/loop.xml', (_request, response) => {
    response.statusCode = 302;
    response.setHeader('location', '/loop.xml');
    response.end();
  });
  newsroom.route('/flaky.xml', (_request, response, hits) => {
    if (hits === 1) {
      response.statusCode = 500;
      response.end('database is down');
      return;
    }
    response.setHeader('content-type', 'application/rss+xml');
    response.end(rss([{ title: 'جولة المحادثات', link: `${base}/flaky/1`, content: seedBody(1) }]));
  });
  newsroom.route('/hang.xml', () => undefined);
  newsroom.route('/huge.xml', hugeBody);
  newsroom.route('/broken.xml', (_request, response) => {
    response.setHeader('content-type', 'application/rss+xml');
    response.end('<?xml version="1.0"?><rss><channel><item><title>نص</item></channel></rss>');
  });
  for (const path of ['/hang.xml', '/huge.xml', '/rss-utf8.xml', '/atom-1256.xml', '/moved.xml', '/loop.xml', '/flaky.xml', '/broken.xml']) {
    feedAt[path] = await feeds.addFeed({ url: `${base}${path}`, intervalMinutes: 10 }, clock.toISOString());
  }
  first = await pollFeeds(await feeds.dueFeeds(clock.toISOString()), options());
});

afterAll(async () => {
  await fetcher.close();
  await newsroom.close();
  await articles.close();
});

describe('pollFeeds against a local newsroom', () => {
  it('stores on-topic items from RSS, Atom in Windows-1256 and a redirected RDF feed', async () => {
    const rssItems = reportOf(first, '/rss-utf8.xml').items;
    expect(rssItems.map((item) => item.decision)).toEqual(['stored', 'stored', 'off_topic', 'seen']);
    const stored = await articles.listArticles({});
    expect(stored.map((article) => article.source.replace(newsroom.base, '')).sort()).toEqual(['/news/abu-dhabi-talks', '/old/1', '/page/dialogue.html', '/rdf/1']);
    const talks = stored.find((article) => article.source.endsWith('/abu-dhabi-talks'))!;
    expect(talks).toMatchObject({ title: 'تقدم في محادثات أبوظبي', publishedDate: '2026-02-05', outlet: 'أخبار الاختبار', language: 'ar' });
    const legacy = stored.find((article) => article.source.endsWith('/old/1'))!;
    expect(legacy.title).toBe('محادثات أبوظبي تدخل يومها الثاني');
    expect(reportOf(first, '/moved.xml').outcome).toBe('updated');
  });

  it('stores the same article under two links once', () => {
    const seen = reportOf(first, '/rss-utf8.xml').items[3]!;
    expect(seen).toMatchObject({ decision: 'seen', reason: 'same article as another link in this poll' });
  });

  it('fetches the page of a summary-only item and keeps its article text without boilerplate', async () => {
    const item = reportOf(first, '/rss-utf8.xml').items[1]!;
    const article = (await articles.listArticles({})).find((candidate) => candidate.id === item.articleId);
    expect(article?.body).toContain('استئناف الحوار العسكري');
    for (const chrome of ['قسم المنوعات', 'شارك على', 'اقرأ أيض', 'جميع الحقوق']) expect(article?.body).not.toContain(chrome);
    expect(article?.publishedDate).toBe('2026-02-05');
  });

  it('refuses off-topic items with the reason and does not store them', async () => {
    const item = reportOf(first, '/rss-utf8.xml').items[2]!;
    expect(item.reason).toMatch(/^off topic: names none of ukraine, russia/);
    expect((await articles.listArticles({})).some((article) => article.source.includes('/sport/'))).toBe(false);
  });

  it('says why each failing feed failed and backs it off', async () => {
    expect(reportOf(first, '/flaky.xml').error).toMatch(/HTTP 500/);
    expect(reportOf(first, '/hang.xml').error).toMatch(/timed out after 1500 ms/);
    expect(reportOf(first, '/huge.xml').error).toMatch(/more than 1048576 bytes; stopped reading/);
    expect(reportOf(first, '/broken.xml').error).toMatch(/not well-formed XML/);
    expect(reportOf(first, '/loop.xml').error).toMatch(/more than 5 redirects/);
    const flaky = (await feeds.listFeeds()).find((feed) => feed.id === feedAt['/flaky.xml']!.id)!;
    expect(flaky).toMatchObject({ failures: 1, nextPollAt: '2026-02-06T07:20:00.000Z' });
    expect(flaky.lastError).toMatch(/HTTP 500/);
  });

  it('never lets one feed delay another', () => {
    for (const path of ['/rss-utf8.xml', '/atom-1256.xml', '/moved.xml', '/flaky.xml', '/broken.xml']) expect(reportOf(first, path).durationMs).toBeLessThan(FEED_TIMEOUT_MS);
    expect(newsroom.hits('/huge.xml')[0]!.bytes).toBeLessThan(10 * 1024 * 1024);
  });

  it('identifies itself with a clear User-Agent', () => {
    expect(newsroom.hits('/rss-utf8.xml')[0]!.headers['user-agent']).toMatch(/^mujaz\//);
  });

  it('downloads nothing on the second poll of an unchanged feed, and a recovered feed resets its back-off', async () => {
    const pagesBefore = newsroom.hits('/page/dialogue.html').length;
    clock = new Date('2026-02-06T07:15:00Z');
    const due = await feeds.dueFeeds(clock.toISOString());
    expect(due.map((feed) => feed.url.replace(newsroom.base, '')).sort()).toEqual(['/atom-1256.xml', '/moved.xml', '/rss-utf8.xml']);
    const second = await pollFeeds(due, options());
    expect(reportOf(second, '/rss-utf8.xml').outcome).toBe('unchanged');
    const again = newsroom.hits('/rss-utf8.xml')[1]!;
    expect(again).toMatchObject({ status: 304, bytes: 0 });
    expect(again.headers['if-none-match']).toBe('"v1"');
    expect(newsroom.hits('/page/dialogue.html').length).toBe(pagesBefore);
    expect(reportOf(second, '/atom-1256.xml').items.map((item) => item.decision)).toEqual(['seen']);

    clock = new Date('2026-02-06T07:25:00Z');
    const third = await pollFeeds(await feeds.dueFeeds(clock.toISOString()), options());
    expect(reportOf(third, '/flaky.xml').items.map((item) => item.decision)).toEqual(['stored']);
    expect((await feeds.listFeeds()).find((feed) => feed.url.endsWith('/flaky.xml'))).toMatchObject({ failures: 0, nextPollAt: '2026-02-06T07:35:00.000Z' });
    expect((await feeds.listFeeds()).find((feed) => feed.url.endsWith('/broken.xml'))).toMatchObject({ failures: 2, nextPollAt: '2026-02-06T08:05:00.000Z' });
  });
});
