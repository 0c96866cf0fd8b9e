import { describe, expect, it } from 'vitest';
import { buildDigest, figuresStatus, talksStatus } from '../../src/digest/build-digest.ts';
import { renderDigestMarkdown, renderFiguresStatusMarkdown, renderTalksStatusMarkdown } from '../../src/render/markdown.ts';
import { articles, at, battlefieldFacts, figure, seedInput, ukrinform } from '../digest/fixture.ts';

const WINDOW = { since: '2026-02-04', until: '2026-02-05', lang: 'ar' } as const;
const digest = buildDigest(seedInput(), WINDOW);

describe('renderDigestMarkdown', () => {
  it('renders Arabic by default, with every section in order', () => {
    const md = renderDigestMarkdown(digest);
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.slice(0, 3)).toEqual(['# الموجز اليومي — 4–5 فبراير 2026', '## اليوم في ثلاثة أسطر', '## المفاوضات']);
    expect(headings.filter((l) => l.startsWith('## '))).toEqual(['## اليوم في ثلاثة أسطر', '## المفاوضات', '## الميدان', '## التصريحات', '## المصادر']);
  });

  it('gives the tally in Arabic with the claimant, Arabic names, numbers and labelled changes', () => {
    const md = renderDigestMarkdown(digest, 'ar');
    expect(md).toContain('### خسائر روسيا بحسب هيئة الأركان العامة الأوكرانية (حتى 5 فبراير 2026) (1 تقرير: #3)');
    expect(md).toContain('| الأفراد | 1,243,840 | +770 (وفق البيان) |');
    expect(md).toContain('| الدبابات | 11,642 | +2 (محسوب) |');
    expect(md).toContain('| المركبات القتالية المدرعة | نحو 24,000 |  |');
    expect(md).toContain('| الطائرات المسيرة | أكثر من 125,000 |  |');
  });

  it('gives the tally in English with English names and thousands separators', () => {
    const md = renderDigestMarkdown(digest, 'en');
    expect(md).toContain('### Losses of Russia per the Ukrainian General Staff (as of 5 February 2026) (1 report: #3)');
    expect(md).toContain('| Personnel | 1,243,840 | +770 (stated) |');
    expect(md).toContain('| Tanks | 11,642 | +2 (computed) |');
    expect(md).toContain('- Losses of Russia — Personnel: 1,243,840 (+770 in 24 hours, stated), per the Ukrainian General Staff.');
  });

  it('tells the talks with names in each language', () => {
    const en = renderDigestMarkdown(digest, 'en');
    expect(en).toContain('- Talks: Round 2 — Abu Dhabi, 4–5 February 2026 — trilateral — held; outcomes: Prisoner exchange (Russia, Ukraine): 157 for 157');
    expect(en).toContain('- Russia — demands: withdrawal from Donbas (2 reports, 3 articles: #1, #3)');
    expect(en).toContain('- New round of talks — in the coming weeks (1 report: #2)');
    expect(en).toContain('- Russia: Igor Kostyukov, head of delegation (round 1) (1 report: #1)');
    const ar = renderDigestMarkdown(digest, 'ar');
    expect(ar).toContain('- المفاوضات: الجولة 2 — أبوظبي، 4–5 فبراير 2026 — ثلاثية — عُقدت؛ النتائج: تبادل أسرى (روسيا، أوكرانيا): 157 مقابل 157');
    expect(ar).toContain('- روسيا — تطالب: الانسحاب من دونباس (2 تقريران، 3 مقالات: #1، #3)');
    expect(ar).toContain('- جولة محادثات جديدة — في الأسابيع المقبلة (1 تقرير: #2)');
  });

  it('keeps quotes exactly as written in Arabic, and in English only when asked, marked as Arabic', () => {
    const quote = 'هناك تقدم لا شكّ، الأمور تسير في الاتجاه الصحيح';
    expect(renderDigestMarkdown(digest, 'ar')).toContain(`- قال كيريل دميترييف: «${quote}» (1 تقرير: #3)`);
    expect(renderDigestMarkdown(digest, 'en', { arabicQuotes: true })).toContain(`- Kirill Dmitriev said: (in Arabic) «${quote}» (1 report: #3)`);
    const english = renderDigestMarkdown(digest, 'en');
    expect(english).not.toContain(quote);
    expect(english).toMatch(/^- Kirill Dmitriev — (?:one statement|\d+ statements), words in Arabic only \(1 report: #3\)$/mu);
    expect(english).not.toMatch(/[\u0600-\u06ff]/u);
  });

  it("shows strikes with their claimant and the other side's claims in their own list", () => {
    const en = renderDigestMarkdown(digest, 'en');
    expect(en).toContain('- Strikes: Drones launched: 183; Drones intercepted: 156, per the Ukrainian Air Force.');
    const otherSide = en.slice(en.indexOf("### The other side's claims"), en.indexOf('## Statements'));
    expect(otherSide).toContain('- Killed — side: Ukraine — Kupiansk: 6, per Sputnik (1 report: #3)');
    expect(en.slice(en.indexOf('### Casualties'), en.indexOf("### The other side's claims"))).not.toContain('Sputnik');
    const ar = renderDigestMarkdown(digest, 'ar');
    expect(ar).toContain('### روايات الطرف الآخر');
    expect(ar).toContain('- القتلى — الطرف: أوكرانيا — كوبيانسك: 6، بحسب سبوتنيك (1 تقرير: #3)');
  });

  it('shows two claimants’ figures side by side, each with its claimant and sources, without calling them conflicting', () => {
    const rival = figure('personnel', 1243000, at('a003'), { claimant: ukrinform, side: 'russia', asOf: '2026-02-05', qualifier: 'approx' });
    const md = renderDigestMarkdown(buildDigest(seedInput({ facts: [...battlefieldFacts(), rival] }), WINDOW), 'en');
    expect(md).toContain('| Personnel | 1,243,840, per the Ukrainian General Staff (1 report: #3) \\| about 1,243,000, per Ukrinform (1 report: #2) | +770 (stated) |');
  });

  it('lists sources by story with outlet, date and its basis', () => {
    const md = renderDigestMarkdown(digest, 'en');
    expect(md).toContain('- #3 — AFP — 5 February 2026 (date stated) — a000\n');
    expect(md).toContain('- #3 — Al Jazeera — 5 February 2026 (date inferred) — a002\n');
    // A file path is the operator's business: never shown to a reader.
    expect(md).not.toContain('seeds/');
  });

  it('says so when a section has nothing', () => {
    const empty = buildDigest(seedInput({ facts: [] }), WINDOW);
    const md = renderDigestMarkdown(empty, 'en');
    expect(md).toContain('## The day in three lines\n\nNothing reported.');
    expect(md).toContain('## Battlefield\n\nNothing reported.');
  });

  it('is deterministic: shuffled input renders byte for byte the same', () => {
    const input = seedInput();
    const shuffled = buildDigest(seedInput({ articles: [...articles].reverse(), facts: [...input.facts].reverse() }), WINDOW);
    expect(renderDigestMarkdown(shuffled, 'ar')).toBe(renderDigestMarkdown(digest, 'ar'));
    expect(renderDigestMarkdown(shuffled, 'en')).toBe(renderDigestMarkdown(digest, 'en'));
  });

  it('matches the checked-in golden files', async () => {
    await expect(renderDigestMarkdown(digest, 'ar')).toMatchFileSnapshot('./golden/digest-2026-02-05.ar.md');
    await expect(renderDigestMarkdown(digest, 'en')).toMatchFileSnapshot('./golden/digest-2026-02-05.en.md');
  });
});

describe('renderTalksStatusMarkdown', () => {
  it('before round two shows round one only', () => {
    const md = renderTalksStatusMarkdown(talksStatus(seedInput(), '2026-02-03'), 'en');
    expect(md).toContain('# Talks status — as of 3 February 2026');
    expect(md).toContain('- A round of talks — Abu Dhabi, 23 January 2026 — trilateral — parties: Russia, Ukraine, United States — held (1 report: #1)');
    expect(md).not.toContain('Round 2');
  });

  it('after round two shows it held, the earlier round, outcomes and the next step, in Arabic', () => {
    const md = renderTalksStatusMarkdown(talksStatus(seedInput(), '2026-02-06'));
    expect(md).toContain('## آخر جولة\n\n- الجولة 2 — أبوظبي، 4–5 فبراير 2026 — ثلاثية');
    expect(md).toContain('## الجولات السابقة\n\n- الجولة 1 — أبوظبي، 23–24 يناير 2026 — ثلاثية، مباشرة');
    expect(md).toContain('- تبادل أسرى (روسيا، أوكرانيا): 157 مقابل 157 (1 تقرير: #3)');
    expect(md).toContain('## الخطوة التالية\n\n- جولة محادثات جديدة — في الأسابيع المقبلة');
  });
});

describe('renderFiguresStatusMarkdown', () => {
  it('renders the latest tally with its changes, or says there is none', () => {
    const input = seedInput();
    expect(renderFiguresStatusMarkdown(figuresStatus(input, '2026-02-05'), 'en')).toContain('| Personnel | 1,243,840 | +770 (stated) |');
    expect(renderFiguresStatusMarkdown(figuresStatus(input, '2026-02-04'), 'ar')).toContain('لم تُنشر حصيلة لهيئة الأركان.');
  });
});
