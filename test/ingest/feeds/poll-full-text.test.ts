import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteFeedStore } from '../../../src/store/sqlite/sqlite-feed-store.ts';
import { createHttpFetcher, DEFAULT_USER_AGENT } from '../../../src/ingest/feeds/http-fetch.ts';
import { pollFeeds, type ItemReport } from '../../../src/ingest/feeds/poll-feeds.ts';
import { createRelevanceScorer } from '../../../src/ingest/feeds/relevance.ts';
import { russiaUkrainePack } from '../../../src/packs/russia-ukraine/index.ts';
import type { StoredArticle } from '../../../src/store/article-store.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../../../src/store/sqlite/sqlite-store.ts';
import { boilerplatePage, escapeXml, rss, seedBody, startNewsroom, type Newsroom } from './newsroom.ts';

const now = new Date('2026-02-06T07:00:00Z');
const db = openSqliteDatabase(':memory:');
const articles = createSqliteArticleStore(db);
const feeds = createSqliteFeedStore(db);
const fetcher = createHttpFetcher({ userAgent: DEFAULT_USER_AGENT });
let newsroom: Newsroom;
let items: readonly ItemReport[];
let stored: StoredArticle[];

const html = (response: ServerResponse, body: string) => {
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.end(body);
};
const itemAt = (path: string) => items.find((item) => item.link.endsWith(path))!;
const storedAt = (path: string) => stored.find((article) => article.source.endsWith(path));

beforeAll(async () => {
  newsroom = await startNewsroom();
  const base = newsroom.base;
  newsroom.route('/summaries.xml', (_request, response) => {
    response.setHeader('content-type', 'application/rss+xml');
    response.end(rss([
      { title: 'عنوان من الخلاصة', link: `${base}/page/dated`, description: 'ملخص قصير.', pubDate: 'Wed, 04 Feb 2026 12:00:00 +0300' },
      { title: 'بلا تاريخ في الخلاصة', link: `${base}/page/json-ld`, description: 'ملخص آخر.' },
      { title: 'عنوان فقط', link: `${base}/page/missing` },
    ]));
  });
  // The page says it is of 1 February; the feed says 4 February, and the feed wins.
  newsroom.route('/page/dated', (_request, response) =>
    html(response, boilerplatePage(seedBody(1)).replace('<meta property="article:published_time" content="2026-02-05T09:00:00+03:00">', '<meta property="og:title" content="عنوان الصفحة"><meta property="article:published_time" content="2026-02-01T09:00:00+03:00">')));
  newsroom.route('/page/json-ld', (_request, response) =>
    html(response, `<!DOCTYPE html><html lang="ar"><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', datePublished: '2026-02-03T23:30:00+03:00', publisher: { name: 'وكالة البيانات' } })}</script></head>
<body><nav><a href="/">الرئيسية</a></nav><article>${seedBody(2).split('\n\n').map((p) => `<p>${escapeXml(p)}</p>`).join('')}</article></body></html>`));
  // Served with 200, as many sites do: a "not found" page with a list of other stories.
  newsroom.route('/page/missing', (_request, response) =>
    html(response, `<!DOCTYPE html><html lang="ar"><body><nav><a href="/">الرئيسية</a></nav><main><h1>الصفحة غير موجودة</h1><p>عذرا، لم نعثر على الصفحة.</p>
<ul><li><a href="/a">روسيا وأوكرانيا تتبادلان الأسرى في أبوظبي بعد جولة جديدة من المحادثات بوساطة أميركية</a></li></ul></main></body></html>`));
  const feed = await feeds.addFeed({ url: `${base}/summaries.xml`, intervalMinutes: 10 }, now.toISOString());
  const [report] = await pollFeeds([feed], { fetcher, feeds, articles, now: () => now, relevance: createRelevanceScorer(russiaUkrainePack), feedTimeoutMs: 5000, pageTimeoutMs: 5000 });
  items = report!.items;
  stored = await articles.listArticles({});
});

afterAll(async () => {
  await fetcher.close();
  await newsroom.close();
  await articles.close();
});

describe('pollFeeds, full text from article pages', () => {
  it("stores the page's text read by Readability and says so", () => {
    expect(itemAt('/page/dated')).toMatchObject({ decision: 'stored' });
    expect(itemAt('/page/dated').reason).toMatch(/; full text from the article page \(readability\)$/);
    const article = storedAt('/page/dated')!;
    expect(article.body).toBe(seedBody(1).split(/\n+/u).filter(Boolean).join('\n\n'));
  });

  it("keeps the feed's title and published day over the page's", () => {
    expect(storedAt('/page/dated')).toMatchObject({ title: 'عنوان من الخلاصة', publishedDate: '2026-02-04' });
  });

  it("takes the published day from the page's JSON-LD when the feed has none; the outlet stays the feed's", () => {
    expect(storedAt('/page/json-ld')).toMatchObject({ title: 'بلا تاريخ في الخلاصة', publishedDate: '2026-02-03', outlet: 'أخبار الاختبار' });
  });

  it('refuses a title-only item whose page has no article, saying why', () => {
    expect(itemAt('/page/missing')).toMatchObject({ decision: 'refused', reason: 'the item has no text and its page has no article text' });
    expect(storedAt('/page/missing')).toBeUndefined();
  });
});
