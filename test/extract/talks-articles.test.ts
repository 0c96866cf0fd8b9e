import { describe, expect, it } from 'vitest';
import { createExtractionContext, viewArticle } from '../../src/extract/sentence/article-view.ts';
import type { TalksFact } from '../../src/extract/facts.ts';
import { extractTalks } from '../../src/extract/talks/talks.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

const context = createExtractionContext(russiaUkrainePack);

function talks(body: string, publishedDate: string): TalksFact[] {
  return extractTalks(viewArticle(context, { id: 'test', body, publishedDate }), context);
}

function ofKind<K extends TalksFact['kind']>(facts: readonly TalksFact[], kind: K): Extract<TalksFact, { kind: K }>[] {
  return facts.filter((fact): fact is Extract<TalksFact, { kind: K }> => fact.kind === kind);
}

/** Istanbul, 2 June 2025, told the way Al Jazeera tells a round: the round, its heads, the earlier round, both sides' terms. */
const ISTANBUL = [
  'انطلقت في قصر تشيراغان بإسطنبول، الاثنين، الجولة الثانية من المفاوضات المباشرة بين روسيا وأوكرانيا، بحضور وزير الخارجية التركي هاكان فيدان.',
  'ويرأس الوفد الروسي مساعد الرئيس الروسي فلاديمير ميدينسكي، في حين يرأس الوفد الأوكراني وزير الدفاع رستم عمروف.',
  'وقال فيدان في كلمته الافتتاحية إن العالم ينظر إلى هذه المحادثات بأمل كبير، داعيا الطرفين إلى التوصل إلى وقف لإطلاق النار.',
  'وكانت الجولة الأولى قد عقدت في إسطنبول يوم 16 مايو/أيار الماضي، وأسفرت عن اتفاق على تبادل ألف أسير من كل جانب، وهو أكبر تبادل منذ بدء الحرب.',
  'وتسلم الوفد الأوكراني مذكرة روسية تتضمن شروط موسكو لوقف إطلاق النار، ومن بينها انسحاب القوات الأوكرانية من المناطق الأربع التي ضمتها روسيا.',
  'في المقابل، تطالب كييف بوقف غير مشروط لإطلاق النار لمدة 30 يوما، وترفض الاعتراف بسيادة روسيا على أي أراض أوكرانية.',
  'وسبق أن استضافت إسطنبول محادثات بين الجانبين في مارس/آذار 2022 لم تفض إلى اتفاق.',
  'واتفق الطرفان في ختام الجولة على تبادل جثامين 6 آلاف جندي قتيل من كل جانب.',
  'وأعلن ميدينسكي أن موسكو اقترحت وقفا لإطلاق النار لمدة يومين أو ثلاثة في بعض مناطق الجبهة لجمع جثث القتلى.',
].join('\n');

/** Riyadh, February 2025, told the way Asharq Al-Awsat tells it: US–Russia delegations, no Ukrainians. */
const RIYADH = 'اختتمت في الرياض، الثلاثاء، محادثات بين وفدين أمريكي وروسي رفيعي المستوى استمرت أربع ساعات ونصف الساعة في قصر الدرعية. وترأس الوفد الأمريكي وزير الخارجية ماركو روبيو، فيما ترأس الوفد الروسي وزير الخارجية سيرغي لافروف. واتفق الجانبان على استئناف عمل سفارتيهما وتشكيل فرق عمل لبحث إنهاء الحرب في أوكرانيا. وقال لافروف إن روسيا ترفض نشر قوات حفظ سلام أوروبية في أوكرانيا.';

/** A round still to come, and the round before it with its exchange. */
const GENEVA = 'أعلن الكرملين أن الجولة الثالثة من المحادثات الثلاثية بين روسيا وأوكرانيا والولايات المتحدة ستعقد في جنيف يومي 17 و18 شباط/فبراير. وقال المتحدث باسم الكرملين دميتري بيسكوف إن الوفد الروسي سيرأسه مجددا إيغور كوستيوكوف. وكانت الجولة الثانية قد عقدت في أبوظبي يومي 4 و5 فبراير وأسفرت عن تبادل 157 أسيرا من كل جانب.';

/** RT Arabic: a round ended, the next one in a window of days. */
const RT = 'وانتهت الجولة الثانية من المفاوضات الروسية الأوكرانية في إسطنبول بعد ساعة من انطلاقها. وقال ميدينسكي إن الجولة المقبلة قد تعقد في الفترة بين 20 و30 يونيو.';

describe('extractTalks on whole articles', () => {
  it('reads the Istanbul round, its heads and the round before it, and keeps 2022 out', () => {
    const facts = talks(ISTANBUL, '2025-06-02');
    expect(ofKind(facts, 'round')).toEqual([
      expect.objectContaining({ number: 2, venue: 'istanbul', startDate: '2025-06-02', direct: true, parties: ['russia', 'ukraine'], mediators: ['turkiye'], status: 'under_way' }),
      expect.objectContaining({ number: 1, venue: 'istanbul', startDate: '2025-05-16', status: 'held' }),
    ]);
    expect(ofKind(facts, 'delegation')).toEqual(expect.arrayContaining([
      expect.objectContaining({ person: 'medinsky', side: 'russia', role: 'head' }),
      expect.objectContaining({ person: 'umerov', side: 'ukraine', role: 'head' }),
    ]));
  });

  it('reads agreements on exchanges as agreements, and each side\'s terms as its own', () => {
    const facts = talks(ISTANBUL, '2025-06-02');
    const outcomes = ofKind(facts, 'outcome');
    expect(outcomes.map((o) => o.type)).toEqual(['agreement', 'agreement']);
    const positions = ofKind(facts, 'position').map((p) => `${p.party} ${p.stance} ${p.issue}`).sort();
    expect(positions).toEqual(['russia proposes ceasefire', 'ukraine demands ceasefire', 'ukraine rejects recognition', 'ukraine rejects territory']);
  });

  it('reads US–Russia talks in Riyadh with both heads, and Moscow\'s refusal of foreign troops', () => {
    const facts = talks(RIYADH, '2025-02-19');
    expect(ofKind(facts, 'round')).toEqual([expect.objectContaining({ venue: 'riyadh', startDate: '2025-02-18', status: 'held', parties: ['united_states', 'russia'] })]);
    expect(ofKind(facts, 'delegation')).toEqual([
      expect.objectContaining({ person: 'rubio', side: 'united_states', role: 'head' }),
      expect.objectContaining({ person: 'lavrov', side: 'russia', role: 'head' }),
    ]);
    expect(ofKind(facts, 'outcome')).toEqual([expect.objectContaining({ type: 'agreement' })]);
    expect(ofKind(facts, 'position')).toEqual([expect.objectContaining({ party: 'russia', stance: 'rejects', issue: 'foreign_troops' })]);
  });

  it('reads a coming round with its days, the head announced for it, and the exchange of the round before', () => {
    const facts = talks(GENEVA, '2026-02-12');
    expect(ofKind(facts, 'round')).toEqual([
      expect.objectContaining({ number: 3, venue: 'geneva', startDate: '2026-02-17', endDate: '2026-02-18', format: 'trilateral', status: 'scheduled' }),
      expect.objectContaining({ number: 2, venue: 'abu_dhabi', startDate: '2026-02-04', endDate: '2026-02-05', status: 'held' }),
    ]);
    expect(ofKind(facts, 'delegation')).toEqual([expect.objectContaining({ person: 'kostyukov', side: 'russia', role: 'head' })]);
    expect(ofKind(facts, 'outcome')).toEqual([expect.objectContaining({ type: 'prisoner_exchange', perSide: 157, total: 314 })]);
    expect(ofKind(facts, 'next_step')).toEqual([expect.objectContaining({ what: 'new_round', date: '2026-02-17' })]);
  });

  it('numbers the next round after the one that ended', () => {
    const facts = talks(RT, '2025-06-02');
    expect(ofKind(facts, 'round')).toEqual([
      expect.objectContaining({ number: 2, venue: 'istanbul', status: 'held', parties: ['russia', 'ukraine'] }),
      expect.objectContaining({ number: 3, startDate: '2025-06-20', endDate: '2025-06-30', status: 'scheduled' }),
    ]);
    expect(ofKind(facts, 'next_step')).toEqual([expect.objectContaining({ what: 'new_round', date: '2025-06-20' })]);
  });
});
