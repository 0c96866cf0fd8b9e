import { describe, expect, it } from 'vitest';
import { buildDigest, figuresStatus, talksStatus } from '../../src/digest/build-digest.ts';
import { toMarkdown, toPlainText } from '../../src/render/document.ts';
import { renderDigestText, renderFiguresStatusText, renderTalksStatusText } from '../../src/render/plain-text.ts';
import { seedInput } from '../digest/fixture.ts';

const digest = buildDigest(seedInput(), { since: '2026-02-04', until: '2026-02-05', lang: 'en' });

describe('renderDigestText', () => {
  it("uses the digest's language by default, with underlined headings and bullets", () => {
    const text = renderDigestText(digest);
    expect(text.startsWith('Daily digest — 4–5 February 2026\n================================\n')).toBe(true);
    expect(text).toContain('The day in three lines\n----------------------\n\n• Talks: Round 2');
  });

  it('turns the tally table into one line per category', () => {
    expect(renderDigestText(digest, 'en')).toContain('• Personnel: 1,243,840 — +770 (stated)\n• Tanks: 11,642 — +2 (computed)\n• Armoured vehicles: about 24,000\n');
    expect(renderDigestText(digest, 'ar')).toContain('• الأفراد: 1,243,840 — +770 (وفق البيان)');
  });

  it('writes no Markdown escapes', () => {
    const text = renderDigestText(digest, 'en');
    expect(text).not.toContain('\\');
    expect(text).toContain('• #3 — AFP — 5 February 2026 (date stated) — a000');
  });
});

describe('renderTalksStatusText and renderFiguresStatusText', () => {
  it('render the same content as the Markdown versions', () => {
    const talks = renderTalksStatusText(talksStatus(seedInput(), '2026-02-06'), 'en');
    expect(talks).toContain('Latest round\n------------\n\n• Round 2 — Abu Dhabi, 4–5 February 2026');
    const figures = renderFiguresStatusText(figuresStatus(seedInput(), '2026-02-05'), 'ar');
    expect(figures).toContain('• الدبابات: 11,642 — +2 (محسوب)');
  });
});

describe('toMarkdown', () => {
  it('escapes Markdown syntax in article text but leaves underscores inside words', () => {
    const md = toMarkdown([{ kind: 'list', items: ['a *b* [c] | d_e _f_'] }, { kind: 'paragraph', text: '# not a heading' }]);
    expect(md).toBe('- a \\*b\\* \\[c\\] \\| d_e \\_f\\_\n\n\\# not a heading\n');
    expect(toPlainText([{ kind: 'paragraph', text: '# as is *' }])).toBe('# as is *\n');
  });
});
