import { describe, expect, it } from 'vitest';
import { extractArticlePage } from '../../../src/ingest/feeds/article-page.ts';
import { decodeHttpBody } from '../../../src/ingest/feeds/charset.ts';
import { parseFeed } from '../../../src/ingest/feeds/feed-parse.ts';
import { createRelevanceScorer } from '../../../src/ingest/feeds/relevance.ts';
import { canonicalUrl, toUrlKey } from '../../../src/ingest/feeds/url-identity.ts';
import { russiaUkrainePack } from '../../../src/packs/russia-ukraine/index.ts';
import { boilerplatePage, OFF_TOPIC, rss, seedBody, toWindows1256 } from './newsroom.ts';

describe('parseFeed', () => {
  it('reads RSS 2.0 items with full content, summary, link and RFC 822 time', () => {
    const feed = parseFeed(rss([{ title: 'محادثات أبوظبي', link: 'https://a.test/1', description: 'ملخص', content: 'الفقرة الأولى\n\nالفقرة الثانية', pubDate: 'Thu, 05 Feb 2026 08:30:00 +0300' }]));
    expect(feed.format).toBe('rss');
    expect(feed.language).toBe('ar');
    expect(feed.items).toEqual([
      { title: 'محادثات أبوظبي', link: 'https://a.test/1', summary: 'ملخص', content: 'الفقرة الأولى\n\nالفقرة الثانية', published: '2026-02-05T05:30:00.000Z', publishedDay: '2026-02-05', language: 'ar' },
    ]);
  });

  it('reads every named character reference, so quotes written as &ldquo; … &rdquo; stay quotes, and a reference to no character as U+FFFD', () => {
    const content = 'قال المتحدث: &ldquo;المحادثات بناءة&rdquo; &ndash; وأضاف &laquo;نأمل&raquo;&#xD800;';
    const [item] = parseFeed(rss([{ title: 'تصريح', link: 'https://a.test/2', content }])).items;
    expect(item?.content).toBe('قال المتحدث: “المحادثات بناءة” – وأضاف «نأمل»\uFFFD');
  });

  it('reads Atom entries, taking the alternate link', () => {
    const feed = parseFeed(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><title>أ</title>
      <entry><title type="html">خبر &amp; تحليل</title><link rel="self" href="https://a.test/self"/><link rel="alternate" href="https://a.test/2"/>
      <published>2026-02-04T10:00:00Z</published><summary type="html">&lt;p&gt;نص &lt;b&gt;قصير&lt;/b&gt;&lt;/p&gt;</summary></entry></feed>`);
    expect(feed.format).toBe('atom');
    expect(feed.items[0]).toMatchObject({ title: 'خبر & تحليل', link: 'https://a.test/2', published: '2026-02-04T10:00:00.000Z', language: 'ar' });
    expect(feed.items[0]?.summary).toBe('نص قصير');
  });

  it('reads RSS 1.0 (RDF) items beside the channel', () => {
    const feed = parseFeed(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="x"><title>ر</title></channel>
      <item rdf:about="https://a.test/3"><title>خبر</title><link>https://a.test/3</link><dc:date>2026-02-03T07:00:00+02:00</dc:date><description>نص</description></item></rdf:RDF>`);
    expect(feed.format).toBe('rdf');
    expect(feed.items).toEqual([{ title: 'خبر', link: 'https://a.test/3', summary: 'نص', published: '2026-02-03T05:00:00.000Z', publishedDay: '2026-02-03' }]);
  });

  it('dates an item by the day in its own offset, not in UTC', () => {
    const feed = parseFeed(rss([{ title: 'خبر', link: 'https://a.test/4', description: 'نص', pubDate: 'Thu, 05 Feb 2026 01:30:00 +0300' }]));
    expect(feed.items[0]).toMatchObject({ published: '2026-02-04T22:30:00.000Z', publishedDay: '2026-02-05' });
  });

  it('refuses malformed XML, saying where', () => {
    expect(() => parseFeed('<rss><channel><item><title>x</item></channel></rss>')).toThrow(/not well-formed XML: <\/item> at offset \d+ does not close <title>/);
    expect(() => parseFeed('<rss><channel><item>')).toThrow(/never closed/);
    expect(() => parseFeed('<html><body/></html>')).toThrow(/not a feed/);
  });
});

describe('decodeHttpBody', () => {
  const arabic = '<?xml version="1.0" encoding="windows-1256"?><rss><channel><title>محادثات السلام في أبوظبي</title></channel></rss>';

  it('decodes Windows-1256 declared in the XML declaration', () => {
    const decoded = decodeHttpBody(toWindows1256(arabic), 'application/xml');
    expect(decoded).toMatchObject({ encoding: 'windows-1256', from: 'xml-declaration' });
    expect(decoded.text).toContain('محادثات السلام في أبوظبي');
  });

  it('lets the Content-Type charset win over the document', () => {
    expect(decodeHttpBody(toWindows1256(arabic), 'text/xml; charset=windows-1256').from).toBe('header');
  });

  it('decodes ISO-8859-6 declared in a meta tag', () => {
    const bytes = Uint8Array.from([...Buffer.from('<html><head><meta charset="iso-8859-6"></head><body>'), 0xd3, 0xe4, 0xc7, 0xe5, ...Buffer.from('</body></html>')]);
    const decoded = decodeHttpBody(bytes, 'text/html');
    expect(decoded).toMatchObject({ encoding: 'iso-8859-6', from: 'meta' });
    expect(decoded.text).toContain('سلام');
  });

  it('sniffs undeclared legacy Arabic', () => {
    expect(decodeHttpBody(toWindows1256('<p>أعلنت موسكو الخميس عن تقدم في المحادثات مع كييف</p>'), undefined)).toMatchObject({ encoding: 'windows-1256', from: 'sniffed' });
  });
});

describe('toUrlKey', () => {
  it('makes one key of scheme, host case, mobile and AMP editions, tracking parameters and trailing slash', () => {
    const key = 'https://example.com/news/1?id=7';
    for (const link of [
      'https://example.com/news/1?id=7',
      'http://WWW.Example.com/news/1/?id=7&utm_source=twitter&utm_medium=social',
      'https://m.example.com/news/1?fbclid=abc&id=7#comments',
      'https://amp.example.com/news/1/amp?id=7',
      'https://example.com:443/news//1?gclid=x&id=7',
    ]) expect(toUrlKey(link)).toBe(key);
    expect(toUrlKey('https://example.com/news/2')).not.toBe(key);
    expect(canonicalUrl('http://127.0.0.1:8080/a/?utm_campaign=x')).toBe('http://127.0.0.1:8080/a');
  });
});

describe('createRelevanceScorer', () => {
  const scorer = createRelevanceScorer(russiaUkrainePack);

  it('keeps an article on the talks and explains the score', () => {
    const decision = scorer.score('محادثات أبوظبي', seedBody(0));
    expect(decision.kept).toBe(true);
    expect(decision.reasons.join('\n')).toMatch(/principal party russia ×\d+ \+4/);
    expect(decision.reasons.at(-1)).toMatch(/^kept: score \d+ ≥ 6$/);
  });

  it('refuses an off-topic article, naming why', () => {
    const decision = scorer.score('الدوري', OFF_TOPIC);
    expect(decision.kept).toBe(false);
    expect(decision.reasons.at(-1)).toMatch(/^off topic: names none of ukraine, russia/);
  });

  it('takes its threshold from the operator', () => {
    const strict = createRelevanceScorer(russiaUkrainePack, { threshold: 1000 });
    expect(strict.score(undefined, seedBody(0)).reasons.at(-1)).toMatch(/off topic: score \d+ < 1000/);
  });
});

describe('extractArticlePage', () => {
  it('keeps the article text and drops navigation, share bars, read-also blocks and footers', () => {
    const page = extractArticlePage(boilerplatePage(seedBody(3)));
    expect(page.text).toContain('استئناف الحوار العسكري');
    for (const chrome of ['قسم المنوعات', 'شارك على', 'اقرأ أيض', 'الأكثر قراءة', 'جميع الحقوق', 'أسعار الذهب']) expect(page.text).not.toContain(chrome);
    expect(page).toMatchObject({ outlet: 'صحيفة الاختبار', published: '2026-02-05T06:00:00.000Z', publishedDay: '2026-02-05', language: 'ar' });
  });
});
