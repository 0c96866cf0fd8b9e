import { describe, expect, it } from 'vitest';
import { createExtractionContext, viewArticle } from '../../src/extract/sentence/article-view.ts';
import type { DelegationFact, RoundFact, StatementFact, TalksFact } from '../../src/extract/facts.ts';
import { extractStatements } from '../../src/extract/statements/statements.ts';
import { extractTalks } from '../../src/extract/talks/talks.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

const context = createExtractionContext(russiaUkrainePack);

function viewOf(body: string, publishedDate?: string) {
  return viewArticle(context, { id: 't', body, ...(publishedDate ? { publishedDate } : {}) });
}

function talks(body: string, publishedDate?: string): TalksFact[] {
  return extractTalks(viewOf(body, publishedDate), context);
}

const rounds = (facts: readonly TalksFact[]) => facts.filter((fact): fact is RoundFact => fact.kind === 'round');
const delegations = (facts: readonly TalksFact[]) => facts.filter((fact): fact is DelegationFact => fact.kind === 'delegation');

describe('talks read truthfully: meetings of people', () => {
  it('reads two ministers meeting at a venue as a bilateral meeting of their sides, a mediator present apart', () => {
    const found = rounds(talks('انطلقت اليوم المحادثات بين وزير الخارجية الأمريكي ماركو روبيو ونظيره الروسي سيرغي لافروف في الرياض، بحضور وزير الخارجية السعودي فيصل بن فرحان.', '2025-02-18'));
    expect(found).toEqual([expect.objectContaining({ venue: 'riyadh', format: 'bilateral', parties: ['united_states', 'russia'] })]);
    expect(found[0]!.parties).not.toContain('saudi_arabia');
  });

  it('never lends a meeting of people to the round of the delegations told beside it', () => {
    const body = [
      'وأجرى الرئيس الروسي فلاديمير بوتين محادثات مع المبعوث الأميركي ستيف ويتكوف الجمعة.',
      'وقال مستشار الكرملين يوري أوشاكوف إن الجولة الأولى من المحادثات الثلاثية تعقد اليوم في أبوظبي.',
    ].join('\n');
    const found = rounds(talks(body, '2026-01-23'));
    expect(found).toEqual([expect.objectContaining({ number: 1, venue: 'abu_dhabi', format: 'trilateral' })]);
  });
});

describe('talks read truthfully: status and format', () => {
  it('reads a meeting told by its past verb as held, even in an undated article', () => {
    expect(rounds(talks('واستقبل الرئيس الروسي فلاديمير بوتين المبعوث الأمريكي ستيف ويتكوف في الكرملين.'))).toEqual([
      expect.objectContaining({ venue: 'moscow', status: 'held', format: 'bilateral' }),
    ]);
  });

  it('does not count the host who received the delegations among the sides', () => {
    const found = rounds(talks('واستقبل المستشار الألماني فريدريش ميرتس وفد المفاوضات برئاسة الرئيس الأوكراني فولوديمير زيلينسكي والمبعوث الأمريكي ستيف ويتكوف في برلين.', '2025-12-15'));
    expect(found).toEqual([expect.objectContaining({ venue: 'berlin', status: 'held', parties: ['ukraine', 'united_states'], format: 'bilateral' })]);
  });

  it('reads three sides at the table as trilateral, but counts no sides with a union of states among them', () => {
    expect(rounds(talks('انتهت في إسطنبول اليوم محادثات بين الوفود التركية والأمريكية والأوكرانية.', '2025-05-15'))).toEqual([
      expect.objectContaining({ venue: 'istanbul', parties: ['turkiye', 'united_states', 'ukraine'], format: 'trilateral' }),
    ]);
    // Europe stands for two states or more: with two more sides, at least four at the table; with one more, unknown.
    expect(rounds(talks('انتهت في جنيف اليوم محادثات بين مسؤولين أوكرانيين وأوروبيين وأمريكيين.', '2025-11-23')))
      .toEqual([expect.objectContaining({ venue: 'geneva', format: 'multilateral' })]);
    const twoSides = rounds(talks('انتهت في جنيف اليوم محادثات بين مسؤولين أوكرانيين وأوروبيين.', '2025-11-23'));
    expect(twoSides).toEqual([expect.objectContaining({ venue: 'geneva' })]);
    expect(twoSides[0]).not.toHaveProperty('format');
  });
});

describe('talks read truthfully: sides at the table', () => {
  it('takes no side from a war "between" two countries in the talks’ sentence', () => {
    const found = rounds(talks('وجرت المحادثات بين ويتكوف وبوتين في سان بطرسبورغ الجمعة، في ظل مساعي إنهاء الحرب الدائرة بين روسيا وأوكرانيا.', '2025-04-12'));
    expect(found).toEqual([expect.objectContaining({ venue: 'st_petersburg', startDate: '2025-04-11', parties: ['united_states', 'russia'], format: 'bilateral' })]);
  });

  it('takes the sides from the sentences that tell the meeting, not from talks proposed elsewhere', () => {
    const body = [
      'عقد وفدا الولايات المتحدة وأوكرانيا محادثات في مدينة جدة السعودية الثلاثاء.',
      'وقال روبيو إن أوكرانيا وافقت على خوض مفاوضات فورية مع روسيا.',
    ].join('\n');
    const found = rounds(talks(body, '2025-03-11'));
    expect(found).toEqual([expect.objectContaining({ venue: 'jeddah', parties: ['united_states', 'ukraine'], format: 'bilateral' })]);
  });

  it('gives a round the format of the sides at its table when the article does not name it', () => {
    const found = rounds(talks('وعقدت في إسطنبول اليوم الجولة الثالثة من المفاوضات المباشرة بين روسيا وأوكرانيا.', '2025-07-23'));
    expect(found).toEqual([expect.objectContaining({ number: 3, venue: 'istanbul', format: 'bilateral' })]);
  });

  it('never takes the war’s first day for a day of talks', () => {
    const found = rounds(talks('وتعد هذه أول مباحثات على هذا المستوى بين الجانبين الأمريكي والروسي في الرياض منذ بدء الحرب على أوكرانيا في 24 فبراير 2022.', '2025-02-18'));
    expect(found.map((round) => round.startDate)).not.toContain('2022-02-24');
  });
});

describe('talks read truthfully: the text wins over the pack', () => {
  it('names no holder for a title alone in an undated article, where the role changed hands', () => {
    const found = delegations(talks('وترأس الوفد الأوكراني رئيس الوفد الأوكراني في المفاوضات التي جرت في إسطنبول.'));
    expect(found.filter((fact) => fact.role === 'head')).toEqual([]);
  });

  it('gives no one a role by the pack in an undated article: a head is a head only when the text says so', () => {
    const found = delegations(talks('وشارك رستم عمروف في المحادثات التي عقدت في إسطنبول بين وفدي روسيا وأوكرانيا.'));
    expect(found.filter((fact) => fact.role === 'head')).toEqual([]);
  });

  it('still names the holder of a title held through the whole war, dated or not', () => {
    const view = viewOf('وقال المتحدث باسم الكرملين: "المحادثات مع الجانب الأميركي مستمرة".');
    const statements = extractStatements(view, context) as StatementFact[];
    expect(statements.map((fact) => fact.speaker.id)).toEqual(['peskov']);
  });

  it('leaves a title alone a title when the article is undated and its holder changed', () => {
    const view = viewOf('وقال كبير المفاوضين الأوكرانيين: "نتائج اليوم كافية لعقد لقاء بين الرئيسين".');
    const statements = extractStatements(view, context) as StatementFact[];
    expect(statements.map((fact) => [fact.speaker.kind, fact.speaker.id])).toEqual([['title', 'ua_chief_negotiator']]);
  });

  it('takes no day of talks from "yesterday" inside a quote, whose day the article does not give', () => {
    const body = 'قال مسؤول إن ستيف ويتكوف أجرى محادثات مثمرة مع كبير المفاوضين الأوكرانيين رستم عمروف في ميامي يوم الخميس. ' +
      'وذكر مسؤول في البيت الأبيض: "كان اجتماع الأمس بين الممثلين الأمريكيين والأوكرانيين في ميامي مثمرا".';
    const found = rounds(talks(body, '2025-12-06'));
    expect(found).toEqual([expect.objectContaining({ venue: 'miami', startDate: '2025-12-04' })]);
    expect(found[0]).not.toHaveProperty('endDate');
  });

  it('gives a title to the name written before it ("فلاديمير ميدينسكي رئيس الوفد الروسي"), whatever the pack’s table says', () => {
    const found = delegations(talks('أعلن فلاديمير ميدينسكي رئيس الوفد الروسي في المفاوضات مع أوكرانيا في غوميل أن الوفد وصل.', '2026-02-05'));
    expect(found.filter((fact) => fact.role === 'head').map((fact) => fact.person)).toEqual(['medinsky']);
  });

  it('reads a title, a short apposition and the holder’s name ("رئيس الوفد الروسي، المساعد الرئاسي فلاديمير ميدينسكي")', () => {
    const found = delegations(talks('وكانت المحادثات في إسطنبول بناءة، حسبما قال رئيس الوفد الروسي، المساعد الرئاسي فلاديمير ميدينسكي، للصحفيين.'));
    expect(found).toContainEqual(expect.objectContaining({ person: 'medinsky', side: 'russia', role: 'head' }));
  });
});

describe('talks read truthfully: who took part', () => {
  it('reads those who "represent the side" as its delegation, whoever they are', () => {
    const found = delegations(talks('وعقدت في إسطنبول اليوم المفاوضات بين الوفدين الأوكراني والأمريكي. ويمثل الجانب الأوكراني مدير مكتب الرئيس أندريه ييرماك ووزير الخارجية أندريه سيبيها.', '2025-02-25'));
    expect(found.map((fact) => [fact.person, fact.side])).toEqual(expect.arrayContaining([['yermak', 'ukraine'], ['sybiha', 'ukraine']]));
  });

  it('reads whom a verb of meeting joins, a list of guests and all, and a name after a comma as the whole phrase’s (never the genitive’s)', () => {
    const found = delegations(talks('استقبل الرئيس الروسي فلاديمير بوتين، اليوم الثلاثاء، المبعوث الخاص للرئيس الأمريكي، ستيف ويتكوف، وصهر الرئيس الأمريكي، جاريد كوشنر، في الكرملين.', '2025-12-02'));
    expect(found.map((fact) => fact.person).sort()).toEqual(['kushner', 'putin', 'witkoff']);
  });

  it('reads the people a meeting is between as at its table', () => {
    const found = delegations(talks('انطلقت اليوم المحادثات بين وزير الخارجية الأمريكي ماركو روبيو ونظيره الروسي سيرغي لافروف في الرياض.', '2025-02-18'));
    expect(found.map((fact) => [fact.person, fact.side])).toEqual(expect.arrayContaining([['rubio', 'united_states'], ['lavrov', 'russia']]));
  });

  it('reads a meeting "between" the heads of the delegations as the talks, with their heads', () => {
    const found = talks([
      'انطلقت في إسطنبول اليوم الجولة الثالثة من المفاوضات المباشرة بين روسيا وأوكرانيا.',
      'وعقد اجتماع مغلق بين رئيس الوفد الروسي فلاديمير ميدينسكي ونظيره الأوكراني رستم أوميروف قبل بدء الجلسة العامة.',
    ].join('\n'), '2025-07-23');
    expect(rounds(found)).toEqual([expect.objectContaining({ number: 3, venue: 'istanbul' })]);
    expect(delegations(found)).toContainEqual(expect.objectContaining({ person: 'medinsky', side: 'russia', role: 'head' }));
  });

  it('reads a head named after "سيترأسه"', () => {
    const found = delegations(talks('وأوضح بيسكوف أن وفد موسكو إلى المحادثات في جنيف سيترأسه فلاديمير ميدينسكي.', '2026-02-16'));
    expect(found).toContainEqual(expect.objectContaining({ person: 'medinsky', side: 'russia', role: 'head' }));
  });

  it('reads a title set off from its holder’s name by a place and a comma ("ورئيس الوفد الأوكراني في محادثات الرياض ، رستم أوميروف")', () => {
    const found = delegations(talks([
      'اختتمت في الرياض المحادثات بين الوفدين الأمريكي والأوكراني.',
      'وأكد وزير الدفاع الأوكراني ورئيس الوفد الأوكراني في محادثات الرياض ، رستم أوميروف ، أنه تم التوصل إلى اتفاقات.',
    ].join('\n')));
    expect(found).toContainEqual(expect.objectContaining({ person: 'umerov', side: 'ukraine', role: 'head' }));
  });

  it('reads a summit between this war’s leaders at a venue as a meeting of their sides, and a summit of others not at all', () => {
    expect(rounds(talks('وجرت القمة بين الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين في ألاسكا الجمعة.', '2025-08-16'))).toEqual([
      expect.objectContaining({ venue: 'alaska', startDate: '2025-08-15', format: 'bilateral', parties: ['united_states', 'russia'] }),
    ]);
    expect(rounds(talks('وجرت القمة بين الرئيس الأمريكي والرئيس الصيني في بكين الجمعة.', '2025-10-31'))).toEqual([]);
  });

  it('reads talks someone plans ("يخططان للمغادرة إلى موسكو يوم الاثنين") as still to come, on the Monday ahead', () => {
    const found = rounds(talks('وقال المسؤول إن ويتكوف وكوشنر يخططان للمغادرة إلى موسكو يوم الاثنين لمواصلة المفاوضات مع روسيا.', '2025-11-30'));
    expect(found).toEqual([expect.objectContaining({ venue: 'moscow', startDate: '2025-12-01', status: 'scheduled' })]);
  });

  it('reads a leader receiving an envoy at a venue as a meeting of their two sides, not of the sides the talks are about', () => {
    const found = rounds(talks('واستقبل الرئيس الروسي فلاديمير بوتين، اليوم الجمعة، المبعوث الأمريكي ستيف ويتكوف في سانت بطرسبرج لمناقشة تسوية النزاع الأوكراني.', '2025-04-11'));
    expect(found).toEqual([expect.objectContaining({ venue: 'st_petersburg', startDate: '2025-04-11', format: 'bilateral', parties: ['russia', 'united_states'] })]);
  });

});

describe('talks read truthfully: positions', () => {
  const positions = (facts: readonly TalksFact[]) => facts.filter((fact) => fact.kind === 'position').map((fact) => fact.kind === 'position' ? [fact.party, fact.stance, fact.issue] : []);

  it('reads supporting a proposal as accepting it, and the proposal as its owner’s ("وأيدت أوكرانيا مقترحا أمريكيا")', () => {
    expect(positions(talks('وأيدت أوكرانيا مقترحا أمريكيا بإعلان هدنة مدتها 30 يوما في الحرب مع روسيا.', '2025-03-11'))).toEqual([
      ['ukraine', 'accepts', 'ceasefire'],
      ['united_states', 'proposes', 'ceasefire'],
    ]);
  });

  it('reads a concession a side refuses, its subject between, as no offer ("ترفض فيه كييف التنازل عن أراضيها")', () => {
    const found = positions(talks('وتعد هذه الشروط محاولة لفرض أمر واقع، في وقت ترفض فيه كييف التنازل عن أي من أراضيها في دونباس.', '2025-06-03'));
    expect(found.some(([, stance]) => stance === 'offers')).toBe(false);
  });

  it('reads insisting on a demand as demanding ("تتمسك موسكو بمطالبة أوكرانيا بالانسحاب")', () => {
    const found = positions(talks('وتتمسك موسكو بمطالبة أوكرانيا بالانسحاب من دونباس قبل أي وقف لإطلاق النار.', '2026-02-18'));
    expect(found).toContainEqual(['russia', 'demands', 'donbas_withdrawal']);
    expect(found.some(([, stance]) => stance === 'insists')).toBe(false);
  });
});

describe('statements read truthfully', () => {
  const said = (body: string) => (extractStatements(viewOf(body, '2025-11-27'), context) as StatementFact[]).map((fact) => [fact.speaker.id ?? fact.speaker.text, fact.quote]);

  it('gives the quote to the name set off by commas after a descriptor ("مساعد بوتين، يوري أوشاكوف،")', () => {
    expect(said('وأكد مساعد بوتين، يوري أوشاكوف، أن الاجتماع تضمن مناقشات حول “قضايا أمنية حساسة جدا”.')).toEqual([['ushakov', 'قضايا أمنية حساسة جدا']]);
  });

  it('takes no name of an aircraft or a network in quotation marks for a statement', () => {
    expect(said('وقال ترامب للصحفيين على متن الطائرة "اير فورس وان" إن المحادثات جيدة، وصرح بيسكوف لشبكة "أر تي أس الروسية" بأن الاجتماع مفيد.')).toEqual([]);
  });
});

