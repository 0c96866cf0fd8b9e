import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../src/digest/build-digest.ts';
import { createFactExtractor } from '../../../src/extract/index.ts';
import type { Fact } from '../../../src/extract/facts.ts';
import { renderDigestMarkdown } from '../../../src/render/markdown.ts';
import { toyPack } from './index.ts';

// Sentences written for this test, about an invented war.
const BODY = [
  'أعلنت هيئة أركان جيش زاندار يوم الأربعاء أن قواتها دمرت منذ بداية الحرب 312 قاربا لجيش كوريم، بينها 4 قوارب خلال الساعات الـ24 الماضية.',
  'وعقدت الجولة الثانية من المحادثات بين زاندار وكوريم في لومار يوم الثلاثاء، وترأس وفد زاندار مارك تيلو.',
].join('\n\n');

describe('a second pack, added as a folder', () => {
  const extractor = createFactExtractor(toyPack);
  const facts: Fact[] = extractor.extract({ id: 'z1', body: BODY, publishedDate: '2031-05-07' });

  it('reads its own tally category, claimant, venue and negotiator', () => {
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'figure', metric: 'boats', value: 312, scope: 'cumulative', side: 'korim', claimant: expect.objectContaining({ id: 'zandar_staff' }) }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'figure', metric: 'boats', value: 4, scope: 'daily' }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'round', venue: 'lumar', number: 2 }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'delegation', person: 'tilo', side: 'zandar', role: 'head' }));
  });

  it('builds and renders its digest in its own names', () => {
    const articles = [{ id: 'z1', clusterId: 'z1', publishedDate: '2031-05-07', dateBasis: 'stated' as const, outlet: 'Zandar Today', source: 'z1.txt' }];
    const digest = buildDigest({ articles, facts, pack: toyPack }, { since: '2031-05-07', until: '2031-05-07', lang: 'en' });
    expect(digest.battlefield.tally?.rows.map((row) => [row.metric, row.claims[0]?.value, row.claims[0]?.change?.value])).toEqual([['boats', 312, 4]]);
    const markdown = renderDigestMarkdown(digest, 'en');
    expect(markdown).toContain('Boats');
    expect(markdown).toContain('Zandar General Staff');
    expect(markdown).toContain('Lumar');
    expect(markdown).toContain('Mark Tilo');
    expect(markdown).not.toMatch(/Russia|Ukrain|Kyiv|Moscow/u);
    const arabic = renderDigestMarkdown(buildDigest({ articles, facts, pack: toyPack }, { since: '2031-05-07', until: '2031-05-07', lang: 'ar' }), 'ar');
    expect(arabic).toContain('القوارب');
    expect(arabic).toContain('هيئة أركان جيش زاندار');
    expect(arabic).not.toMatch(/روسي|أوكران|كييف|موسكو/u);
  });
});
