import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.ts';
import { briefBlocks } from '../../src/render/brief-blocks.ts';
import { segmentsOf, toMarkdown, toPlainText, type Block } from '../../src/render/document.ts';
import { toSlackMessages } from '../../bots/slack/slack-blocks.ts';
import { splitTelegramHtml } from '../../bots/telegram/telegram-html.ts';
import { seedInput } from '../digest/fixture.ts';
import { parseTelegramHtml } from '../fakes/telegram-html.ts';

const linked: Block = {
  kind: 'paragraph', text: 'Sources: #1 AFP, Al Jazeera — #2 example.org',
  links: [{ text: 'AFP', url: 'https://afp.example/a?x=1&y=2' }, { text: 'example.org', url: 'https://example.org/b' }],
};

describe('links in a paragraph', () => {
  it('cuts the text at its links in order, and links only web addresses', () => {
    expect(segmentsOf('see A and A', [{ text: 'A', url: 'https://one.example' }, { text: 'A', url: 'ftp://two.example' }])).toEqual([
      { text: 'see ' }, { text: 'A', url: 'https://one.example' }, { text: ' and A' },
    ]);
  });

  it('percent-encodes what could end a link in any output, so an address cannot break out', () => {
    const [, run] = segmentsOf('x AFP', [{ text: 'AFP', url: 'https://e.example/"><b>|`x y' }]);
    expect(run?.url).toBe('https://e.example/%22%3E%3Cb%3E%7C%60x%20y');
  });

  it('is a Markdown link, an HTML anchor in Telegram and a mrkdwn link in Slack; plain text shows the words', () => {
    expect(toMarkdown([linked])).toBe('Sources: #1 [AFP](<https://afp.example/a?x=1&y=2>), Al Jazeera — #2 [example.org](<https://example.org/b>)\n');
    expect(toPlainText([linked])).toBe('Sources: #1 AFP, Al Jazeera — #2 example.org\n');
    expect(splitTelegramHtml([linked])[0]).toBe('Sources: #1 <a href="https://afp.example/a?x=1&amp;y=2">AFP</a>, Al Jazeera — #2 <a href="https://example.org/b">example.org</a>');
    const [message] = toSlackMessages([linked]);
    expect(JSON.stringify(message?.blocks)).toContain('Sources: #1 <https://afp.example/a?x=1&amp;y=2|AFP>, Al Jazeera — #2 <https://example.org/b|example.org>');
  });

  it('is parsed by Telegram as a text link over the outlet name, with the address whole', () => {
    const parsed = parseTelegramHtml(splitTelegramHtml([linked])[0]!);
    expect(parsed.ok && parsed.value.text).toBe('Sources: #1 AFP, Al Jazeera — #2 example.org');
    expect(parsed.ok && parsed.value.entities).toEqual([
      { type: 'text_link', offset: 12, length: 3, url: 'https://afp.example/a?x=1&y=2' },
      { type: 'text_link', offset: 33, length: 11, url: 'https://example.org/b' },
    ]);
  });

  it("escapes a hostile outlet's name inside its link on every platform", () => {
    const hostile: Block = { kind: 'paragraph', text: 'Sources: #1 <!channel> & <b>', links: [{ text: '<!channel> & <b>', url: 'https://e.example/' }] };
    expect(splitTelegramHtml([hostile])[0]).toBe('Sources: #1 <a href="https://e.example/">&lt;!channel&gt; &amp; &lt;b&gt;</a>');
    expect(JSON.stringify(toSlackMessages([hostile])[0]?.blocks)).toContain('<https://e.example/|&lt;!channel&gt; &amp; &lt;b&gt;>');
  });
});

describe("the brief's sources line", () => {
  it("links each outlet's name to its article when the article has a web address", () => {
    const input = seedInput();
    const articles = input.articles.map((article) => (article.id === 'a000' ? { ...article, source: 'https://www.afp.example/news/1' } : article));
    const blocks = briefBlocks(buildDigest({ ...input, articles }, { since: '2026-02-05', until: '2026-02-05', lang: 'en' }), 'en', { fullDigest: 'x' });
    const sources = blocks.find((block) => block.kind === 'paragraph' && block.text.startsWith('Sources:'));
    expect(sources).toMatchObject({ links: [{ text: 'AFP', url: 'https://www.afp.example/news/1' }] });
    expect(toMarkdown([sources!])).toContain('[AFP](<https://www.afp.example/news/1>)');
  });
});
