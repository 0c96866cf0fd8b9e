import { describe, expect, it } from 'vitest';
import { createExtractionContext, viewArticle } from '../../src/extract/sentence/article-view.ts';
import type { DelegationFact, StatementFact } from '../../src/extract/facts.ts';
import { createFactExtractor } from '../../src/extract/index.ts';
import { parsePack } from '../../src/packs/schema.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

// Every name below is invented: none is in the pack, so only the open-world reader can find them.
const context = createExtractionContext(russiaUkrainePack);
const extractor = createFactExtractor(russiaUkrainePack);

function openNames(body: string): string[] {
  return viewArticle(context, { id: 'test', body, publishedDate: '2026-03-10' }).sentences
    .flatMap((sentence) => sentence.mentions)
    .filter((mention) => mention.id.startsWith('name:'))
    .map((mention) => mention.text);
}

const TALKS = 'بدأت في جنيف اليوم الثلاثاء جولة جديدة من المفاوضات بين روسيا وأوكرانيا. ';

function facts(body: string) {
  return extractor.extract({ id: 'test', body, publishedDate: '2026-03-10' });
}

// Statements are read in articles about the talks or the war: each example follows a sentence about a round.
const speakers = (body: string) => facts(TALKS + body).filter((fact): fact is StatementFact => fact.kind === 'statement').map((fact) => fact.speaker);
const delegations = (body: string) => facts(body).filter((fact): fact is DelegationFact => fact.kind === 'delegation');

describe('open world: people the pack does not list', () => {
  it('reads a given name and its surname as a person, with the name as written and a key of its folded form', () => {
    expect(openNames('وقال المحلل السياسي الروسي أندريه تيموشكين إن اللقاء لم يحمل جديدا.')).toEqual(['أندريه تيموشكين']);
    const [speaker] = speakers('وقال المحلل السياسي الروسي أندريه تيموشكين إن اللقاء لم يحمل جديدا.');
    expect(speaker).toMatchObject({ kind: 'person', id: 'name:اندريه تيموشكين', name: 'أندريه تيموشكين' });
  });

  it('gives the same key to the same spelling in two articles, and another to another spelling', () => {
    const first = speakers('وقال الخبير أوليغ باراشينكو إن الهدنة الحالية هشة للغاية.')[0];
    const second = speakers('وأكد الخبير الاقتصادي أوليغ باراشينكو أن العقوبات الغربية باقية لسنوات.')[0];
    expect(first?.id).toBe('name:اوليغ باراشينكو');
    expect(second?.id).toBe(first?.id);
  });

  it('takes a second surname word, but never a word with the article, a preposition, a verb of speech or a date', () => {
    expect(openNames('وصل فاسيلي إيفانوفيتش كوروليوف إلى القاعة.')).toEqual(['فاسيلي إيفانوفيتش كوروليوف']);
    expect(openNames('وقال فيكتور تروخين اليوم إن الوفد جاهز.')).toEqual(['فيكتور تروخين']);
    expect(openNames('التقى ماكسيم الروسي بزملائه.')).toEqual([]);
    expect(openNames('وكان رومان في القاعة.')).toEqual([]);
    expect(openNames('وكتب إيغور قال إنه سيصل.')).toEqual([]);
  });

  it('reads no name after a given name carried by a preposition or the article, or glued into a longer word', () => {
    expect(openNames('وكتب المؤرخ عن الرومان القدماء كثيرا.')).toEqual([]);
    expect(openNames('ووجه رسالة لأندريه سولوفيوف أمس.')).toEqual([]);
    expect(openNames('ومرت قافلة يوريكا سالمة.')).toEqual([]);
  });

  it('does not make a new person of a listed one: a pack name stays the pack person, a surname one letter off is left unnamed', () => {
    expect(openNames('وقال سيرغي لافروف إن موسكو منفتحة.')).toEqual([]);
    expect(speakers('وقال سيرغي لافروف إن موسكو منفتحة على كل المقترحات.')[0]?.id).toBe('lavrov');
    // One letter from "لافروف": a misspelling, not someone new.
    expect(openNames('وقال سيرغي لافرون إن موسكو منفتحة.')).toEqual([]);
    // Two letters off after Witkoff's own given name, the first letter kept: still him, misspelt.
    expect(openNames('ووصل ستيف ويتوك إلى جنيف.')).toEqual([]);
    // Two letters off after another person's given name with another first letter: a different man.
    expect(openNames('ووصل ألكسندر دوريين إلى جنيف.')).toEqual(['ألكسندر دوريين']);
  });

  it('names the speaker after a description that runs through a place, set off by commas', () => {
    const [speaker] = speakers('وقال رئيس الإدارة العسكرية في منطقة خاركيف، بافلو سيمورينكو، في بيان له، إن القصف أصاب مبنى سكنيا.');
    expect(speaker).toMatchObject({ id: 'name:بافلو سيمورينكو', name: 'بافلو سيمورينكو' });
    const [deputy] = speakers('وقال العضو في مجلس الدوما الروسي دميتري كولوسوفسكي: «لن نتراجع عن شروطنا».');
    expect(deputy).toMatchObject({ id: 'name:دميتري كولوسوفسكي' });
  });

  it('ends the speaker at the name: the verb\'s object after it is not part of it, and the next sentence goes on from them', () => {
    const [speaker] = speakers('ووصف الكاتب الروسي أنطون بلاتونوفسكي القمة بأنها ناجحة. وكتب على حسابه: «القمة خطوة أولى لا أكثر ولا أقل».');
    expect(speaker).toMatchObject({ id: 'name:انطون بلاتونوفسكي', text: 'الكاتب الروسي أنطون بلاتونوفسكي' });
  });

  it('seats an unlisted head and members of a delegation, each on the side their title or the delegation names', () => {
    const found = delegations(`${TALKS}وترأس الوفد الروسي نائب وزير الخارجية غينادي ماكاروفسكي. ويضم الوفد الأوكراني وزير الدفاع رستم عمروف ومستشار الرئيس تاراس بوندارتشوك.`);
    expect(found).toEqual(expect.arrayContaining([
      expect.objectContaining({ person: 'name:غينادي ماكاروفسكي', name: 'غينادي ماكاروفسكي', side: 'russia', role: 'head' }),
      expect.objectContaining({ person: 'umerov', side: 'ukraine' }),
      expect.objectContaining({ person: 'name:تاراس بوندارتشوك', name: 'تاراس بوندارتشوك', side: 'ukraine', role: 'member' }),
    ]));
  });

  it('seats no unlisted person whose side nothing in the sentence says', () => {
    const found = delegations(`${TALKS}وحضر اللقاء فيكتور ساموخين.`);
    expect(found.filter((fact) => fact.person.startsWith('name:'))).toEqual([]);
  });

  it('refuses a pack whose given names include a spelling of one of its entries', () => {
    const { id: _id, ...rest } = russiaUkrainePack;
    expect(() => parsePack({ ...rest, id: 'broken', givenNames: ['رومان', 'بوتين'] })).toThrow(/givenNames: 'بوتين' is also a spelling of people\(putin\)/u);
  });
});
