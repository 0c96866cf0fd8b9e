import { describe, expect, it } from 'vitest';
import { parseMultipart, parseParams } from '../fakes/http-body.ts';
import { parseTelegramHtml } from '../fakes/telegram-html.ts';

function parsed(html: string) {
  const result = parseTelegramHtml(html);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function refused(html: string): string {
  const result = parseTelegramHtml(html);
  if (result.ok) throw new Error(`accepted: ${html}`);
  return result.error;
}

describe('parseTelegramHtml', () => {
  it('reads the formatting tags and their aliases into entities with UTF-16 offsets', () => {
    expect(parsed('😀<B>x</B><strong>y</strong> <em>z</em><ins>u</ins><del>s</del>')).toEqual({
      text: '😀xy zus',
      entities: [
        { type: 'bold', offset: 2, length: 1 },
        { type: 'bold', offset: 3, length: 1 },
        { type: 'italic', offset: 5, length: 1 },
        { type: 'underline', offset: 6, length: 1 },
        { type: 'strikethrough', offset: 7, length: 1 },
      ],
    });
  });

  it('merges <pre><code class="language-…"> into one pre entity, and keeps a lone code as code', () => {
    expect(parsed('<pre><code class="language-ts">let x</code></pre>').entities).toEqual([{ type: 'pre', offset: 0, length: 5, language: 'ts' }]);
    expect(parsed('<code class="language-ts">x</code>').entities).toEqual([{ type: 'code', offset: 0, length: 1 }]);
  });

  it('knows expandable blockquotes, spoilers and custom emoji', () => {
    expect(parsed('<blockquote expandable>نص</blockquote>').entities).toEqual([{ type: 'expandable_blockquote', offset: 0, length: 2 }]);
    expect(parsed('<span class="tg-spoiler">a</span><tg-spoiler>b</tg-spoiler>').entities.map((e) => e.type)).toEqual(['spoiler', 'spoiler']);
    expect(parsed('<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>').entities).toEqual([
      { type: 'custom_emoji', offset: 0, length: 2, custom_emoji_id: '5368324170671202286' },
    ]);
    expect(refused('<span>x</span>')).toBe('Tag "span" must have class "tg-spoiler" at byte offset 0');
  });

  it('decodes entities in text and attributes, and refuses a bare "&" in either', () => {
    expect(parsed('<a href="https://e.org/?a=1&amp;b=2">e</a> &#x1F600;')).toEqual({
      text: 'e 😀',
      entities: [{ type: 'text_link', offset: 0, length: 1, url: 'https://e.org/?a=1&b=2' }],
    });
    expect(refused('<a href="https://e.org/?a=1&b=2">e</a>')).toMatch(/^Unsupported HTML entity or unescaped "&" in an attribute value/);
    expect(refused('a&nbsp;b')).toMatch(/^Unsupported HTML entity/);
    expect(refused('&#0;')).toMatch(/^Unsupported HTML entity/);
  });

  it('reports byte offsets in UTF-8, as Telegram does', () => {
    expect(refused('موجز <br>')).toBe('Unsupported start tag "br" at byte offset 9');
    expect(refused('<a href=https://e.org>x</a>')).toBe('Unexpected end of name token at byte offset 8');
    expect(refused('x <b')).toBe('Unclosed start tag at byte offset 2');
  });

  it('lets </> close the innermost tag', () => {
    expect(parsed('<b>x</>').entities).toEqual([{ type: 'bold', offset: 0, length: 1 }]);
  });
});

describe('request body parsing', () => {
  it("reads grammY's multipart stream (headers without spaces) and file parts", () => {
    const body = Buffer.from(
      '--XX\r\ncontent-disposition:form-data;name="chat_id"\r\n\r\n501\r\n--XX\r\ncontent-disposition:form-data;name="caption"\r\n\r\nموجز' +
        '\r\n--XX\r\ncontent-disposition:form-data;name="abc";filename=doc.txt\r\ncontent-type:application/octet-stream\r\n\r\nhello\r\n--XX--\r\n',
    );
    expect(parseMultipart(body, 'XX')).toEqual({ chat_id: '501', caption: 'موجز', abc: { filename: 'doc.txt', bytes: 5 } });
  });

  it('merges query, form and JSON bodies', () => {
    const query = new URLSearchParams('chat_id=1');
    expect(parseParams('application/x-www-form-urlencoded', Buffer.from('text=%D9%85'), query)).toEqual({ chat_id: '1', text: 'م' });
    expect(parseParams('application/json', Buffer.from('{"chat_id":2}'), query)).toEqual({ chat_id: 2 });
  });
});
