import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/digest/build-digest.ts';
import { digestBlocks } from '../../../src/render/digest-blocks.ts';
import type { Block } from '../../../src/render/document.ts';
import {
  cutPoint, detectDirection, escapeTelegramHtml, renderDigestTelegramHtml, RLM, splitTelegramHtml, TELEGRAM_MESSAGE_LIMIT, toTelegramHtml,
} from '../../../bots/telegram/telegram-html.ts';
import { seedInput } from '../../digest/fixture.ts';
import { parseTelegramHtml } from '../../fakes/telegram-html.ts';

/** The visible text Telegram would show, or a failure naming Telegram's parse error. */
function visible(html: string): string {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`Telegram would refuse: ${parsed.error}\n${html.slice(0, 300)}`);
  return parsed.value.text;
}

const tagsIn = (html: string) => [...new Set([...html.matchAll(/<\/?([a-z-]+)/g)].map((m) => m[1]))].sort();

/** Visible lines of the parts, without the "(continued)" headings the splitter adds. */
function joinedLines(parts: readonly string[], continued: string): string[] {
  return parts.flatMap((part) => visible(part).split('\n')).filter((line) => line !== '' && !line.replace(RLM, '').endsWith(continued));
}

const digestAr = buildDigest(seedInput(), { since: '2026-02-04', until: '2026-02-05', lang: 'ar' });
const digestEn = buildDigest(seedInput(), { since: '2026-02-04', until: '2026-02-05', lang: 'en' });

describe('escapeTelegramHtml', () => {
  it('escapes exactly the three characters Telegram reads as markup', () => {
    expect(escapeTelegramHtml('<script>alert("x")</script> AT&amp;T </b> 1 > 0')).toBe('&lt;script&gt;alert("x")&lt;/script&gt; AT&amp;amp;T &lt;/b&gt; 1 &gt; 0');
  });
});

describe('toTelegramHtml', () => {
  it('writes titles and headings bold, subheadings italic, lists as bullets and tables as label lines', () => {
    const html = toTelegramHtml([
      { kind: 'title', text: 'Daily digest' },
      { kind: 'heading', text: 'Battlefield' },
      { kind: 'subheading', text: 'Russian losses' },
      { kind: 'table', header: ['Category', 'Total', 'Change'], rows: [['Tanks', '11,642', '+2'], ['Ships', '28', '']] },
      { kind: 'list', items: ['one', 'two'] },
      { kind: 'paragraph', text: 'Nothing else.' },
    ]);
    expect(html).toBe('<b>Daily digest</b>\n\n<b>Battlefield</b>\n\n<i>Russian losses</i>\n\n• <b>Tanks</b>: 11,642 — +2\n• <b>Ships</b>: 28\n\n• one\n• two\n\nNothing else.');
  });

  it('renders article text with <script>, &amp; and </b> as literal text Telegram accepts', () => {
    const hostile = 'عنوان <script>alert(1)</script> AT&amp;T </b> <a href="x">';
    const html = toTelegramHtml([{ kind: 'heading', text: hostile }, { kind: 'list', items: [hostile] }], { direction: 'rtl' });
    expect(visible(html)).toBe(`${RLM}${hostile}\n\n${RLM}• ${hostile}`);
    expect(tagsIn(html)).toEqual(['b']);
  });

  it('uses only tags Telegram accepts for a whole digest, in both languages', () => {
    for (const digest of [digestAr, digestEn]) {
      const html = toTelegramHtml(digestBlocks(digest, digest.lang));
      expect(visible(html).length).toBeGreaterThan(1000);
      expect(tagsIn(html)).toEqual(['b', 'i']);
    }
  });
});

describe('right-to-left lines', () => {
  it('marks Arabic lines that carry Latin names or digits, and leaves pure Arabic and English lines alone', () => {
    const html = toTelegramHtml([{ kind: 'list', items: ['NATO ترفض الانسحاب', 'الجولة 2 في أبوظبي', 'تبادل الأسرى', 'Abu Dhabi only'] }], { direction: 'rtl' });
    expect(html.split('\n')).toEqual([`${RLM}• NATO ترفض الانسحاب`, `${RLM}• الجولة 2 في أبوظبي`, '• تبادل الأسرى', '• Abu Dhabi only']);
  });

  it('adds no marks to an English document quoting Arabic', () => {
    const html = toTelegramHtml([{ kind: 'list', items: ['Outcome: (in Arabic) «تبادل الأسرى» (1 report: #2)'] }]);
    expect(html).not.toContain(RLM);
  });

  it('detects the direction from the letters', () => {
    expect(detectDirection(digestBlocks(digestAr, 'ar'))).toBe('rtl');
    expect(detectDirection(digestBlocks(digestEn, 'en'))).toBe('ltr');
  });
});

describe('cutPoint', () => {
  it('prefers a sentence end, then a space that is not inside a number', () => {
    expect(cutPoint('One two. Three four five', 15)).toBe(8);
    expect(cutPoint('aaaaaaaaaa 1 243 840 b', 16)).toBe(10);
    expect(cutPoint('short', 10)).toBe(5);
  });
});

describe('splitTelegramHtml', () => {
  it('returns one message when the document fits', () => {
    const blocks: Block[] = [{ kind: 'title', text: 'T' }, { kind: 'paragraph', text: 'p' }];
    expect(splitTelegramHtml(blocks)).toEqual(['<b>T</b>\n\np']);
  });

  it('splits a long digest into valid messages under the limit that keep every line, in order', () => {
    for (const digest of [digestAr, digestEn]) {
      const blocks = digestBlocks(digest, digest.lang);
      const whole = visible(toTelegramHtml(blocks)).split('\n').filter((line) => line !== '');
      const continued = digest.lang === 'ar' ? ' (تابع)' : ' (continued)';
      for (const limit of [300, 700, 1500]) {
        const parts = splitTelegramHtml(blocks, { limit });
        expect(parts.length).toBeGreaterThan(1);
        for (const part of parts) expect(visible(part).length).toBeLessThanOrEqual(limit);
        expect(joinedLines(parts, continued)).toEqual(whole);
      }
    }
  });

  it('never ends a message with a heading, and repeats the section heading where a section continues', () => {
    const parts = splitTelegramHtml(digestBlocks(digestEn, 'en'), { limit: 500 });
    for (const part of parts) expect(part.split('\n').at(-1)).not.toMatch(/^<[bi]>/);
    const continuedParts = parts.filter((part) => / \(continued\)<\/b>/.test(part));
    expect(continuedParts.length).toBeGreaterThan(0);
    for (const part of continuedParts) expect(part.startsWith('<b>')).toBe(true);
  });

  it('starts a section in a new message when it fits in one, rather than breaking it', () => {
    const list = (n: number) => ({ kind: 'list', items: Array.from({ length: n }, (_, i) => `item ${i} ${'x'.repeat(20)}`) }) as const;
    const parts = splitTelegramHtml([{ kind: 'heading', text: 'First' }, list(8), { kind: 'heading', text: 'Second' }, list(8)], { limit: 400 });
    expect(parts).toHaveLength(2);
    expect(parts[1]?.startsWith('<b>Second</b>')).toBe(true);
  });

  it('cuts a block longer than a message at sentence boundaries, closing and reopening its tags', () => {
    const sentence = 'قال المفاوض إن الجولة المقبلة ستعقد في أبوظبي خلال أسابيع. ';
    const title = sentence.repeat(12).trim();
    const parts = splitTelegramHtml([{ kind: 'title', text: title }], { limit: 200 });
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(part).toMatch(/^\u200F?<b>[^<]+<\/b>$/u);
      expect(visible(part).replace(RLM, '').endsWith('.')).toBe(true);
    }
    expect(parts.map((part) => visible(part).replace(RLM, '')).join(' ')).toBe(title);
  });

  it('never cuts inside a number or an escaped character', () => {
    const text = Array.from({ length: 200 }, (_, i) => `${i % 2 === 0 ? '1,243,840' : 'AT&T'}`).join(' ');
    const parts = splitTelegramHtml([{ kind: 'paragraph', text }], { limit: 97 });
    for (const part of parts) {
      expect(part).not.toMatch(/&(?!amp;)/);
      for (const word of visible(part).split(' ')) expect(['1,243,840', 'AT&T']).toContain(word);
    }
  });

  it('keeps the default limit at Telegram\'s 4096 characters', () => {
    const blocks: Block[] = [{ kind: 'list', items: Array.from({ length: 300 }, (_, i) => `بند رقم ${i} ${'ن'.repeat(30)}`) }];
    const parts = splitTelegramHtml(blocks);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(visible(part).length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    expect(renderDigestTelegramHtml(digestAr)).toHaveLength(1);
  });
});
