import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build-digest.ts';
import type { Fact, StatementFact } from '../../src/extract/facts.ts';
import { BRIEF_LINE_LENGTH, briefBlocks, clip, rankItems } from '../../src/render/brief-blocks.ts';
import { digestBlocks } from '../../src/render/digest-blocks.ts';
import { toPlainText, type Block } from '../../src/render/document.ts';
import { at, seedInput, zelensky } from '../digest/fixture.ts';

const window = { since: '2026-02-05', until: '2026-02-05' } as const;
const options = { fullDigest: '/digest 2026-02-05 full' };

/** A statement of one sentence, told by `articleId`. */
function statement(articleId: string, quote: string): StatementFact {
  return { kind: 'statement', form: 'quoted', speaker: zelensky, verb: 'قال', quote, evidence: at(articleId) };
}

const itemsOf = (blocks: readonly Block[]): readonly string[] => {
  const at = blocks.findIndex((block) => block.kind === 'heading');
  const list = blocks[at + 1];
  return at >= 0 && list?.kind === 'list' ? list.items : [];
};

describe('briefBlocks: one message a reader forwards', () => {
  it('opens with the day in at most three lines, each cut to about 200 characters, and ends by saying how to get the full digest', () => {
    for (const lang of ['ar', 'en'] as const) {
      const blocks = briefBlocks(buildDigest(seedInput(), { ...window, lang }), lang, options);
      const [title, lines] = blocks;
      expect(title?.kind).toBe('title');
      expect(lines?.kind === 'list' && lines.items.length).toBeGreaterThan(0);
      if (lines?.kind === 'list') for (const line of lines.items) expect([...line].length).toBeLessThanOrEqual(BRIEF_LINE_LENGTH);
      const last = blocks.at(-1);
      expect(last).toEqual({ kind: 'paragraph', text: `${lang === 'ar' ? 'الموجز الكامل' : 'Full digest'}: /digest 2026-02-05 full` });
    }
  });

  it('keeps within its length and item budgets however much the day holds, while the full digest keeps everything', () => {
    const many: Fact[] = Array.from({ length: 60 }, (_, k) => statement('a000', `كلام رقم ${k} عن المفاوضات الجارية ${'وعن تفاصيل كثيرة '.repeat(12)}`));
    const digest = buildDigest(seedInput({ facts: [...seedInput().facts, ...many] }), { ...window, lang: 'ar' });
    const brief = briefBlocks(digest, 'ar', { ...options, maxLength: 2500 });
    expect([...toPlainText(brief)].length).toBeLessThanOrEqual(2500 + 40);
    expect(itemsOf(brief).length).toBeLessThanOrEqual(10);
    expect(toPlainText(digestBlocks(digest, 'ar'))).toContain('كلام رقم 59');
    const roomy = briefBlocks(digest, 'ar', options);
    expect(itemsOf(roomy).length).toBe(10);
    // A long quote is cut inside the brief, never in the full digest.
    expect(itemsOf(roomy).every((line) => [...line].length < 300)).toBe(true);
  });

  it('ranks talks outcomes and the day\'s rounds before figures, figures before statements, and a claim more outlets tell first', () => {
    expect(rankItems([
      { rank: 5, reports: 9, text: 'statement told nine times' }, { rank: 3, reports: 1, text: 'strike told once' },
      { rank: 3, reports: 4, text: 'strike told four times' }, { rank: 0, reports: 1, text: 'exchange' },
    ]).map((i) => i.text)).toEqual(['exchange', 'strike told four times', 'strike told once', 'statement told nine times']);
    const items = itemsOf(briefBlocks(buildDigest(seedInput(), { ...window, lang: 'en' }), 'en', options));
    expect(items[0]).toMatch(/^Channel resumed \(Russia, United States\)/u);
    const figure = items.findIndex((line) => line.startsWith('Donetsk region: Killed'));
    const position = items.findIndex((line) => line.startsWith('Russia — demands'));
    expect(figure).toBeGreaterThan(0);
    expect(position).toBeGreaterThan(figure);
  });

  it('puts a statement of a few words after the statements that say something', () => {
    const facts: Fact[] = [statement('a000', 'ضغط أقوى'), statement('a000', 'لن نقبل أي اتفاق يتجاهل أمن أوروبا كلها')];
    const digest = buildDigest(seedInput({ facts: [...seedInput().facts, ...facts] }), { ...window, lang: 'ar' });
    const items = itemsOf(briefBlocks(digest, 'ar', { ...options, maxItems: 40 }));
    const long = items.findIndex((line) => line.includes('لن نقبل أي اتفاق'));
    const short = items.findIndex((line) => line.includes('ضغط أقوى'));
    expect(long).toBeGreaterThanOrEqual(0);
    expect(short).toBeGreaterThan(long);
  });

  it('does not say again as an item what the three lines already told', () => {
    const digest = buildDigest(seedInput(), { ...window, lang: 'en' });
    const blocks = briefBlocks(digest, 'en', options);
    const items = itemsOf(blocks);
    expect(items.some((line) => line.startsWith('Losses of Russia — Personnel'))).toBe(false);
    expect(items.filter((line) => line.startsWith('Prisoner exchange (Russia, Ukraine)')).length).toBe(0);
    expect(toPlainText(digestBlocks(digest, 'en'))).toContain('Prisoner exchange (Russia, Ukraine)');
  });

  it('names its sources by outlet, never by a file path, and an English brief never by an Arabic title', () => {
    for (const lang of ['ar', 'en'] as const) {
      const text = toPlainText(briefBlocks(buildDigest(seedInput(), { ...window, lang }), lang, options));
      expect(text).not.toMatch(/seeds\/|\.txt/u);
      const sources = text.split('\n').find((line) => /^(Sources|المصادر): /u.test(line));
      expect(sources).toBe(lang === 'en' ? 'Sources: #2 AFP, Al Jazeera' : 'المصادر: #1 «الولايات المتحدة وروسيا ستستأنفان…» — #2 AFP، Al Jazeera');
    }
  });

  it('reads as English in English: no Arabic letter, statements by what they are about or as who spoke, unlisted names in Latin letters', () => {
    // The test pack has no glossary: a speaker named by a common noun is transliterated too.
    const unnamed: Fact = { kind: 'statement', form: 'quoted', speaker: { kind: 'unknown', text: 'مصدر دبلوماسي' }, verb: 'قال', quote: 'لا اتفاق قبل نهاية الشهر الجاري على الأرجح', evidence: at('a000') };
    const stranger: Fact = { kind: 'statement', form: 'quoted', speaker: { kind: 'person', id: 'name:test', text: 'بافل ماركوف' }, verb: 'قال', quote: 'سننتظر ما ستقوله موسكو هذا الأسبوع', evidence: at('a000') };
    const guarantees: Fact = { ...statement('a002', 'الضمانات الأمنية يجب أن تكون ملزمة قانونيا'), about: { issues: ['security_guarantees'] } } as Fact;
    const facts: Fact[] = [statement('a000', 'لن نقبل أي اتفاق يتجاهل أمن أوروبا كلها'), guarantees, unnamed, stranger];
    const digest = buildDigest(seedInput({ facts: [...seedInput().facts, ...facts] }), { ...window, lang: 'en' });
    const text = toPlainText(briefBlocks(digest, 'en', { ...options, maxItems: 40 }));
    expect(text).not.toMatch(/[\u0600-\u06ff]/u);
    expect(text).toMatch(/^• Volodymyr Zelensky said — issues: security guarantees \(1 report: #\d\)$/mu);
    expect(text).toMatch(/^• Also spoke \(words in Arabic only\): (?=.*Volodymyr Zelensky)(?=.*Msdr Dblumasi)(?=.*Bafl Markuf)(?=.*Kirill Dmitriev).*$/mu);
    expect(text).toMatch(/^• Channel resumed \(Russia, United States\) — details in Arabic only \(1 report: #1\)$/mu);
    expect(toPlainText(digestBlocks(digest, 'en'))).not.toMatch(/[\u0600-\u06ff]/u);
    // Asked for, the Arabic words come back, marked as Arabic.
    expect(toPlainText(digestBlocks(digest, 'en', { arabicQuotes: true }))).toContain('(in Arabic) «لن نقبل أي اتفاق يتجاهل أمن أوروبا كلها»');
    expect(toPlainText(briefBlocks(digest, 'en', { ...options, arabicQuotes: true }))).toMatch(/\(in Arabic\) «/u);
  });

  it('does not repeat the three lines\' round told again by another report, but keeps a report that gives its days when the three lines do not', () => {
    const digest = buildDigest(seedInput(), { ...window, lang: 'en' });
    const round = digest.headlines.find((h) => h.kind === 'round')?.round;
    expect(round?.startDate).toBe('2026-02-04');
    const retold = { ...digest, negotiations: { ...digest.negotiations, developments: [{ kind: 'round' as const, round: { ...round!, format: 'bilateral' as const } }] } };
    expect(itemsOf(briefBlocks(retold, 'en', options)).some((line) => line.includes('Abu Dhabi, 4–5 February'))).toBe(false);
    const undatedHeadline = { ...retold, headlines: retold.headlines.map((h) => (h.kind === 'round' ? { ...h, round: { ...h.round, startDate: undefined, endDate: undefined } } : h)) };
    expect(itemsOf(briefBlocks(undatedHeadline as typeof retold, 'en', options)).some((line) => line.includes('Abu Dhabi, 4–5 February'))).toBe(true);
  });

  it('takes no page stamp or one-word title for a name of its source', () => {
    const stamped = seedInput().articles.map((article) => (article.id === 'a003' ? { ...article, title: '15.12.2025 08:52' } : article));
    const text = toPlainText(briefBlocks(buildDigest(seedInput({ articles: stamped }), { ...window, lang: 'ar' }), 'ar', options));
    expect(text).not.toContain('08:52');
    expect(text).toMatch(/^المصادر: #2 AFP، Al Jazeera$/mu);
  });

  it('clip cuts at a word and marks the cut', () => {
    expect(clip('one two three four five', 12)).toBe('one two…');
    expect(clip('short', 12)).toBe('short');
  });
});

describe('briefBlocks: what moved since the last brief', () => {
  it('opens with how far the tally rose since an older brief, and leaves it out of a talks-only brief', async () => {
    const { figuresStatus } = await import('../../src/digest/build-digest.ts');
    const { tallyMove } = await import('../../src/digest/changes.ts');
    const { tallyFacts } = await import('../digest/fixture.ts');
    const input = seedInput();
    const older = { id: 'b001', clusterId: 'c-b001', publishedDate: '2026-02-01', dateBasis: 'stated' as const, source: 'feed' };
    const withOlder = { ...input, articles: [...input.articles, older], facts: [...input.facts, ...tallyFacts('b001', '2026-02-01', [['personnel', 1240000, 'exact'], ['tanks', 11600, 'exact']])], previousTally: [] };
    const moved = tallyMove(figuresStatus(withOlder, '2026-02-01'), figuresStatus(withOlder, '2026-02-05'));
    expect(moved).toBeDefined();
    const digest = buildDigest(withOlder, { ...window, lang: 'en' });
    const text = toPlainText(briefBlocks(digest, 'en', { ...options, changes: [moved!] }));
    expect(text).toMatch(/^Since the last brief[\s\S]*• Losses of Russia since 1 February 2026, per the Ukrainian General Staff: Personnel \+3,840 \(now 1,243,840\); Tanks \+42$/mu);
    const ar = toPlainText(briefBlocks(buildDigest(withOlder, { ...window, lang: 'ar' }), 'ar', { ...options, changes: [moved!] }));
    expect(ar).toMatch(/• خسائر روسيا منذ 1 فبراير 2026، بحسب .+: الأفراد \+3,840 \(الآن 1,243,840\)؛ الدبابات \+42/u);
    const talksOnly = toPlainText(briefBlocks({ ...digest, sections: 'talks' }, 'en', { ...options, changes: [moved!] }));
    expect(talksOnly).not.toContain('Since the last brief');
  });
});
