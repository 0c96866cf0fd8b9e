import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/render/document.ts';
import { buildDigest } from '../../../src/digest/build-digest.ts';
import { digestBlocks } from '../../../src/render/digest-blocks.ts';
import { escapeSlackText, isMostlyArabic, RLM, toSlackMessages, type SlackBlock, type SlackMessage } from '../../../bots/slack/slack-blocks.ts';
import { checkBlocks } from '../../fakes/slack-blocks.ts';
import { seedInput } from '../../digest/fixture.ts';

/** Every text a message carries, as Slack would parse it (fallback and blocks). */
function textsOf(message: SlackMessage): string[] {
  const ofBlock = (block: SlackBlock): string[] =>
    block.type === 'header' ? [block.text.text] : block.type === 'section' ? [block.text.text] : block.type === 'context' ? block.elements.map((e) => e.text) : [];
  return [message.text, ...message.blocks.flatMap(ofBlock)];
}

const sectionTexts = (messages: readonly SlackMessage[]): string[] =>
  messages.flatMap((m) => m.blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : [])));

describe('escapeSlackText', () => {
  it('escapes the three characters mrkdwn reads as markup, ampersand first', () => {
    expect(escapeSlackText('<!channel> & <@U123> > 5')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt; &gt; 5');
    expect(escapeSlackText('&lt;')).toBe('&amp;lt;');
  });
});

describe('toSlackMessages', () => {
  it('lays out title, headings, lists, paragraphs and tables as header and mrkdwn sections', () => {
    const blocks: Block[] = [
      { kind: 'title', text: 'Daily digest — 5 February 2026' },
      { kind: 'heading', text: 'The day in three lines' },
      { kind: 'list', items: ['Talks: round 2 in Abu Dhabi.', 'Prisoner exchange: 157 for 157.'] },
      { kind: 'subheading', text: 'Losses' },
      { kind: 'table', header: ['Category', 'Total', 'Change'], rows: [['Tanks', '11,642', '+2'], ['Aircraft', '435', '']] },
      { kind: 'paragraph', text: 'Nothing else.' },
    ];
    const [message, ...rest] = toSlackMessages(blocks, { direction: 'ltr' });
    expect(rest).toEqual([]);
    expect(message?.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Daily digest — 5 February 2026', emoji: false } },
      { type: 'divider' },
      { type: 'section', text: { type: 'mrkdwn', text: '*The day in three lines*', verbatim: true } },
      { type: 'section', text: { type: 'mrkdwn', text: '• Talks: round 2 in Abu Dhabi.\n• Prisoner exchange: 157 for 157.', verbatim: true } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Losses*', verbatim: true } },
      { type: 'section', text: { type: 'mrkdwn', text: '• Tanks: 11,642 — +2\n• Aircraft: 435', verbatim: true } },
      { type: 'section', text: { type: 'mrkdwn', text: 'Nothing else.', verbatim: true } },
    ]);
    expect(message?.text).toContain('Daily digest — 5 February 2026\n*The day in three lines*\n• Talks');
  });

  it('never lets article text notify anyone: mentions come out as visible, inert text everywhere', () => {
    const hostile = 'Breaking <!channel> <!here> <!everyone> <@U123> <#C999|general> & <https://evil.example|click>';
    const messages = toSlackMessages([
      { kind: 'title', text: `Title ${hostile}` },
      { kind: 'list', items: [hostile] },
      { kind: 'paragraph', text: hostile },
      { kind: 'table', header: ['a', 'b'], rows: [[hostile, hostile]] },
    ]);
    const texts = messages.flatMap(textsOf);
    for (const text of texts) {
      expect(text).not.toMatch(/<[!@#]/);
      expect(text).not.toMatch(/[<>]/);
      expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
    }
    expect(texts.join('\n')).toContain('&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt;');
    // A title carrying markup is not put in a plain-text header, where an escape would show as "&lt;".
    expect(messages[0]?.blocks[0]).toMatchObject({ type: 'section', text: { text: expect.stringMatching(/^\*Title Breaking &lt;!channel&gt;/) } });
    expect(messages.flatMap((m) => m.blocks).every((b) => b.type !== 'section' || b.text.verbatim)).toBe(true);
  });

  it('starts every Arabic line with a right-to-left mark, inside the bold asterisks for headings', () => {
    const [message] = toSlackMessages([
      { kind: 'title', text: 'الموجز اليومي — 5 فبراير 2026' },
      { kind: 'heading', text: 'المفاوضات' },
      { kind: 'list', items: ['157 مقابل 157 أسيرا', '#1 — 5 فبراير 2026 — seeds/000.txt'] },
    ], { direction: 'rtl' });
    expect(message?.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: `${RLM}الموجز اليومي — 5 فبراير 2026`, emoji: false } },
      { type: 'divider' },
      { type: 'section', text: { type: 'mrkdwn', text: `*${RLM}المفاوضات*`, verbatim: true } },
      { type: 'section', text: { type: 'mrkdwn', text: `${RLM}• 157 مقابل 157 أسيرا\n${RLM}• #1 — 5 فبراير 2026 — seeds/000.txt`, verbatim: true } },
    ]);
    expect(message?.text.split('\n').every((line) => line.startsWith(RLM) || line.startsWith(`*${RLM}`))).toBe(true);
  });

  it('chooses the direction line by line in auto mode, and never in ltr mode', () => {
    expect(isMostlyArabic('Reuters: المفاوضات')).toBe(true);
    expect(isMostlyArabic('Talks in Abu Dhabi (أبوظبي)')).toBe(false);
    const [auto] = toSlackMessages([{ kind: 'list', items: ['جولة ثانية', 'Second round'] }]);
    expect(auto?.blocks[0]).toMatchObject({ text: { text: `${RLM}• جولة ثانية\n• Second round` } });
    const [ltr] = toSlackMessages([{ kind: 'list', items: ['جولة ثانية'] }], { direction: 'ltr' });
    expect(JSON.stringify(ltr)).not.toContain(RLM);
  });

  it('keeps each section within 3000 characters after escaping, cutting an over-long line at spaces and never inside an entity', () => {
    const longItem = Array.from({ length: 900 }, (_, i) => (i % 7 === 0 ? '<&>' : `كلمة${i}`)).join(' ');
    const items = [longItem, ...Array.from({ length: 40 }, (_, i) => `${'خبر '.repeat(30)}${i} & <${i}>`)];
    const messages = toSlackMessages([{ kind: 'list', items }], { direction: 'rtl' });
    const sections = sectionTexts(messages);
    expect(sections.length).toBeGreaterThan(3);
    for (const text of sections) {
      expect(text.length).toBeLessThanOrEqual(3000);
      expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
      for (const line of text.split('\n')) expect(line.startsWith(RLM)).toBe(true);
    }
    const joined = sections.join(' ').replaceAll(RLM, '').replaceAll('• ', '').replace(/\s+/g, ' ');
    for (let i = 0; i < 900; i += 50) if (i % 7 !== 0) expect(joined).toContain(`كلمة${i} `);
    for (const message of messages) expect(checkBlocks(message.blocks)).toBeUndefined();
  });

  it('splits a long document into messages of at most 50 blocks, keeping headings with what follows them', () => {
    const blocks: Block[] = [{ kind: 'title', text: 'Big day' }];
    for (let i = 0; i < 60; i++) blocks.push({ kind: 'heading', text: `Section ${i}` }, { kind: 'list', items: [`item ${i}`] });
    const messages = toSlackMessages(blocks, { direction: 'ltr' });
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      expect(checkBlocks(message.blocks)).toBeUndefined();
      const last = message.blocks[message.blocks.length - 1];
      expect(last).toMatchObject({ type: 'section', text: { text: expect.stringMatching(/^• item/) } });
    }
    // A continuation never opens with a divider, and nothing is lost or repeated.
    for (const message of messages.slice(1)) expect(message.blocks[0]?.type).not.toBe('divider');
    const items = sectionTexts(messages).filter((t) => t.startsWith('• item'));
    expect(items).toEqual(Array.from({ length: 60 }, (_, i) => `• item ${i}`));
  });

  it('honours a smaller block budget (room for a button) and a per-message character budget', () => {
    const blocks: Block[] = Array.from({ length: 49 }, (_, i) => ({ kind: 'paragraph', text: `p${i}` }) as const);
    expect(toSlackMessages(blocks).map((m) => m.blocks.length)).toEqual([49]);
    expect(toSlackMessages(blocks, { maxBlocks: 48 }).map((m) => m.blocks.length)).toEqual([48, 1]);
    const long = Array.from({ length: 10 }, (_, i) => ({ kind: 'paragraph', text: `${i} ${'x '.repeat(1400)}` }) as const);
    const split = toSlackMessages(long, { maxMessageChars: 6000 });
    expect(split.length).toBe(5);
    for (const message of split) expect(message.text.length).toBeLessThanOrEqual(6000 + 10);
  });

  it('renders the sample digest in both languages within Slack limits', () => {
    for (const lang of ['ar', 'en'] as const) {
      const messages = toSlackMessages(digestBlocks(buildDigest(seedInput(), { since: '2026-02-04', until: '2026-02-05', lang }), lang), { direction: lang === 'ar' ? 'rtl' : 'ltr' });
      expect(messages).toHaveLength(1);
      for (const message of messages) expect(checkBlocks(message.blocks)).toBeUndefined();
      expect(messages[0]?.text).toContain(lang === 'ar' ? '157' : 'Abu Dhabi');
    }
  });
});
