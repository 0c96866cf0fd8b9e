import { describe, expect, it } from 'vitest';
import { createExtractionContext, viewArticle } from '../../src/extract/sentence/article-view.ts';
import type { NextStepFact, OutcomeFact, TalksFact } from '../../src/extract/facts.ts';
import { extractTalks } from '../../src/extract/talks/talks.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

const context = createExtractionContext(russiaUkrainePack);

function talks(body: string, publishedDate = '2026-02-06'): TalksFact[] {
  return extractTalks(viewArticle(context, { id: 'test', body, publishedDate }), context);
}

function outcomes(body: string, publishedDate?: string): OutcomeFact[] {
  return talks(body, publishedDate).filter((fact): fact is OutcomeFact => fact.kind === 'outcome');
}

function nextSteps(body: string, publishedDate?: string): NextStepFact[] {
  return talks(body, publishedDate).filter((fact): fact is NextStepFact => fact.kind === 'next_step');
}

describe('extractTalks: prisoner exchanges', () => {
  it('reads a plain count as the total ("عملية تبادل شملت 300 أسير")', () => {
    expect(outcomes('أجرت روسيا وأوكرانيا، الجمعة، عملية تبادل شملت 300 أسير.')).toEqual([
      expect.objectContaining({ type: 'prisoner_exchange', total: 300, parties: ['russia', 'ukraine'] }),
    ]);
    expect(outcomes('أجرت روسيا وأوكرانيا، الجمعة، عملية تبادل شملت 300 أسير.')[0]?.perSide).toBeUndefined();
  });

  it('gives "تبادل 300 أسير" no count (per side or in all, the text does not say) and reads "لكل طرف" as a count per side', () => {
    const plain = outcomes('وأعلن الطرفان تبادل 300 أسير في عملية جرت بوساطة إماراتية.');
    expect(plain).toEqual([expect.objectContaining({ type: 'prisoner_exchange' })]);
    expect(plain[0]).not.toHaveProperty('total');
    expect(plain[0]).not.toHaveProperty('perSide');
    expect(outcomes('وجرى تبادل 205 أسرى لكل طرف على الحدود البيلاروسية.')).toEqual([expect.objectContaining({ type: 'prisoner_exchange', perSide: 205, total: 410 })]);
  });

  it('reads "من كل جانب" as a count per side', () => {
    expect(outcomes('وأعلنت وزارة الدفاع الروسية تبادل 150 أسيرا من كل جانب بوساطة إماراتية.')).toEqual([
      expect.objectContaining({ type: 'prisoner_exchange', perSide: 150, total: 300 }),
    ]);
  });

  it('reads "84 مقابل 84" as a count per side, and whose prisoners they are', () => {
    const [exchange] = outcomes('وأفرجت موسكو عن 84 أسيرا أوكرانيا مقابل 84 أسيرا روسيا، في عملية تبادل جديدة بوساطة إماراتية.');
    expect(exchange).toMatchObject({ type: 'prisoner_exchange', perSide: 84, total: 168 });
    expect([...exchange!.parties].sort()).toEqual(['russia', 'ukraine']);
  });

  it('adds unequal counts on either side of "مقابل"', () => {
    const found = outcomes('وشمل تبادل الأسرى 95 جنديا أوكرانيا مقابل 90 جنديا روسيا.');
    expect(found).toEqual([expect.objectContaining({ type: 'prisoner_exchange', total: 185 })]);
    expect(found[0]?.perSide).toBeUndefined();
  });

  it('does not count the months since the last exchange', () => {
    const [exchange] = outcomes('أكدت موسكو وكييف تبادل أسرى، في أول عملية من نوعها منذ 4 أشهر.');
    expect(exchange?.type).toBe('prisoner_exchange');
    expect(exchange?.total).toBeUndefined();
  });

  it('tells one exchange once, however many sentences repeat it', () => {
    const found = outcomes('أكدت موسكو وكييف تبادل 157 عسكريا ومدنيا من كل جانب. ويبدو أن عملية تبادل الأسرى هذه هي النتيجة الوحيدة للمفاوضات.');
    expect(found).toEqual([expect.objectContaining({ type: 'prisoner_exchange', perSide: 157, total: 314 })]);
  });

  it('reads a hoped-for exchange as a next step, not an outcome', () => {
    const body = 'وقال زيلينسكي إنه يأمل في إجراء عملية تبادل جديدة للأسرى قريبا.';
    expect(outcomes(body)).toEqual([]);
    expect(nextSteps(body)).toEqual([expect.objectContaining({ what: 'prisoner_exchange', vague: 'soon', whenText: 'قريبا' })]);
  });
});

describe('extractTalks: an exchange counted in the next sentence', () => {
  it('reads what one side got back right after the exchange as its count per side', () => {
    const found = outcomes('أعلنت موسكو وكييف اليوم أنهما أجرتا عملية لتبادل الأسرى بوساطة إماراتية. وأكدت وزارة الدفاع الأوكرانية عودة 84 جنديا أوكرانيا من الأسر الروسي.');
    expect(found.filter((o) => o.type === 'prisoner_exchange')).toEqual([expect.objectContaining({ perSide: 84, total: 168 })]);
  });

  it('gives an exchange the sides that report it together', () => {
    const found = outcomes('قالت موسكو وكييف اليوم إنهما أجرتا أكبر عملية تبادل للأسرى منذ أشهر.');
    expect(found.filter((o) => o.type === 'prisoner_exchange').map((o) => [...o.parties].sort())).toEqual([['russia', 'ukraine']]);
  });

  it('does not count a return that is not of people ("إعادة إعمار")', () => {
    const found = outcomes('أعلنت موسكو وكييف اليوم أنهما أجرتا عملية لتبادل الأسرى. وتحدث الوزير عن إعادة 40 محطة كهرباء إلى العمل.');
    expect(found.filter((o) => o.type === 'prisoner_exchange').map((o) => o.perSide)).toEqual([undefined]);
  });
});

describe('extractTalks: agreements, truces and channels', () => {
  it('reads "تم الاتفاق على" as an agreement, with what was agreed', () => {
    expect(outcomes('قال أوشاكوف: “تم الاتفاق على أن الاجتماع الأول لمجموعة عمل ثلاثية سيعقد اليوم في أبوظبي”.', '2026-01-23')).toEqual([
      expect.objectContaining({ type: 'agreement', text: 'تم الاتفاق على أن الاجتماع الأول لمجموعة عمل ثلاثية سيعقد اليوم في أبوظبي' }),
    ]);
  });

  it('reads an agreed exchange as the agreement, not as an exchange already made', () => {
    const found = outcomes('واتفقت روسيا وأوكرانيا خلال المحادثات في إسطنبول على تبادل ألف أسير من كل جانب.', '2025-05-16');
    expect(found).toEqual([expect.objectContaining({ type: 'agreement', parties: ['russia', 'ukraine'] })]);
  });

  it('reads an agreed truce as a ceasefire', () => {
    expect(outcomes('وأعلن الكرملين أن الطرفين اتفقا على وقف لإطلاق النار لمدة 30 يوما يشمل منشآت الطاقة.')).toEqual([
      expect.objectContaining({ type: 'ceasefire' }),
    ]);
  });

  it("adds the speaker to the sides when the verb's subject is a pronoun", () => {
    const found = outcomes('وأكد زيلينسكي أنه اتفق مع ترمب على الضمانات الأمنية الأميركية لكييف.', '2026-01-23');
    expect(found).toEqual([expect.objectContaining({ type: 'agreement' })]);
    expect([...found[0]!.parties].sort()).toEqual(['ukraine', 'united_states']);
  });

  it('does not take a hope, a purpose or a negation for an agreement', () => {
    expect(outcomes('وقال ويتكوف إن الأطراف لم تتوصل إلى اتفاق بشأن الأراضي.')).toEqual([]);
    expect(outcomes('وتسعى واشنطن إلى التوصل إلى اتفاق سلام قبل نهاية العام.')).toEqual([]);
    expect(outcomes('وكشرط مسبق لأي اتفاق، تطالب موسكو بانسحاب القوات الأوكرانية.')).toEqual([]);
  });

  it('reads a resumed channel with the two sides, once', () => {
    const found = outcomes('وأعلنت وزارة الدفاع الأميركية استئناف قنوات الاتصال العسكرية مع موسكو. وقررت الولايات المتحدة وروسيا استئناف الحوار العسكري بينهما.');
    expect(found).toHaveLength(1);
    expect(found[0]?.type).toBe('resumed_channel');
    expect([...found[0]!.parties].sort()).toEqual(['russia', 'united_states']);
  });

  it('does not take work towards restoring relations for a resumed channel', () => {
    expect(outcomes('وقال دميترييف إن موسكو وواشنطن تعملان بشكل نشط على استعادة العلاقات الاقتصادية بين البلدين.')).toEqual([]);
  });
});

describe('extractTalks: what "تبادل" alone exchanges', () => {
  it('reads an exchange of accusations or intelligence as no prisoner exchange, and a counted one or one of prisoners as one', () => {
    expect(outcomes('وتبادل الطرفان الاتهامات بخرق الهدنة.', '2025-03-12')).toEqual([]);
    expect(outcomes('ووافقت واشنطن على استئناف المساعدات وتبادل المعلومات الاستخباراتية مع كييف.', '2025-03-12').filter((o) => o.type === 'prisoner_exchange')).toEqual([]);
    expect(outcomes('وتبادل الطرفان اليوم 95 أسيرا من كل جانب.', '2025-03-12')).toEqual([expect.objectContaining({ type: 'prisoner_exchange', perSide: 95 })]);
    expect(outcomes('وأعلنت موسكو تبادل المعتقلين مع كييف.', '2025-03-12')).toEqual([expect.objectContaining({ type: 'prisoner_exchange' })]);
  });
});

describe('extractTalks: next steps', () => {
  it('reads a new round said to be possible as a next step', () => {
    expect(nextSteps('وقال دبلوماسي إن جولة جديدة من المفاوضات مع الجانب الآخر ممكنة.', '2025-06-02')).toEqual([expect.objectContaining({ what: 'new_round' })]);
  });

  it('reads a span in the dual still ahead ("خلال الأسبوعين المقبلين") as coming weeks', () => {
    expect(nextSteps('وأكد الوفد أن المفاوضات ستتواصل خلال الأسبوعين المقبلين.', '2022-03-14')).toEqual([
      expect.objectContaining({ what: 'new_round', vague: 'coming_weeks' }),
    ]);
  });

  it('reads a meeting of a format still to come by its tense as a next step without a day, and not one held', () => {
    const ahead = nextSteps('التقى الرئيسان في ميامي اليوم. وقال الرئيس الأمريكي: "إذا سارت الأمور جيدا سيكون هناك اجتماع ثلاثي".', '2025-08-18');
    expect(ahead).toEqual([expect.objectContaining({ what: 'meeting' })]);
    const held = nextSteps('وقال الوزير إن اجتماعا ثلاثيا عقد أمس وسيكون له ما بعده.', '2025-08-18');
    expect(held).toEqual([]);
    // Arrangements begun for a meeting (شرع في الترتيبات لعقد…) do not make the meeting under way.
    expect(nextSteps('وقال الوسيط إنه شرع في الترتيبات لعقد اجتماع ثنائي بين الوفدين في مكان سيتم تحديده.', '2025-08-19')).toEqual([
      expect.objectContaining({ what: 'meeting' }),
    ]);
    // One of today is the talks the article reports, not the next step.
    expect(nextSteps('وقال المتحدث إنه سيكون هناك اجتماع ثلاثي اليوم في أبوظبي.', '2026-01-23')).toEqual([]);
  });

  it('reads any talks noun with a time still ahead as a next step', () => {
    expect(nextSteps('وقال المسؤول إن اجتماعا للوفدين سيبحث التفاصيل في مطلع الأسبوع المقبل.')).toEqual([
      expect.objectContaining({ what: 'meeting', vague: 'next_week' }),
    ]);
    expect(nextSteps('ورجح الوزير أن تستأنف المفاوضات قريبا في الرياض.')).toEqual([expect.objectContaining({ what: 'new_round', vague: 'soon' })]);
    expect(nextSteps('وتوقع الكرملين لقاء الوفدين يوم 20 فبراير.', '2026-02-10')).toEqual([expect.objectContaining({ what: 'meeting', date: '2026-02-20' })]);
  });

  it('does not read talks of a time gone by as a next step', () => {
    expect(nextSteps('وكانت المحادثات قد بدأت الأسبوع الماضي في جنيف.')).toEqual([]);
    expect(nextSteps('وعقد لقاء الوفدين يوم 2 فبراير في أبوظبي.', '2026-02-10')).toEqual([]);
  });

  it('reads a new round "في الأسابيع المقبلة"', () => {
    expect(nextSteps('وأعلن عمروف أن جولة جديدة من المحادثات ستعقد في الأسابيع المقبلة.')).toEqual([
      expect.objectContaining({ what: 'new_round', vague: 'coming_weeks', whenText: 'في الأسابيع المقبلة' }),
    ]);
  });

  it('reads the next round on a stated day', () => {
    expect(nextSteps('ومن المقرر أن تعقد الجولة المقبلة في جنيف في 15 مارس.')).toEqual([
      expect.objectContaining({ what: 'new_round', date: '2026-03-15', whenText: '15 مارس' }),
    ]);
  });

  it('reads the next meeting "الأسبوع المقبل"', () => {
    expect(nextSteps('وأكد أوشاكوف أن الاجتماع المقبل بين الوفود سيعقد الأسبوع المقبل.')).toEqual([
      expect.objectContaining({ what: 'meeting', vague: 'next_week', whenText: 'الأسبوع المقبل' }),
    ]);
  });

  it('reads a meeting told by its verb, only when it is still to come', () => {
    expect(nextSteps('ومن المقرر أن يلتقي المبعوث الأمريكي ستيف ويتكوف الرئيس الروسي فلاديمير بوتين في موسكو الأسبوع المقبل.')).toEqual([
      expect.objectContaining({ what: 'meeting', vague: 'next_week', whenText: 'الأسبوع المقبل' }),
    ]);
    expect(nextSteps('وسيجتمع الوفدان مجددا في 20 فبراير في أبوظبي.')).toEqual([expect.objectContaining({ what: 'meeting', date: '2026-02-20' })]);
    expect(nextSteps('ويلتقي الوفدان اليوم في أبوظبي لليوم الثاني.')).toEqual([]);
  });

  it('reads nothing from a round with no date yet, or from a round already held', () => {
    expect(nextSteps('ولم يتم تحديد موعد الجولة المقبلة بعد.')).toEqual([]);
    expect(nextSteps('وكانت الجولة الثالثة قد عقدت في إسطنبول في يوليو.')).toEqual([]);
    expect(nextSteps('وقال إن جولة جديدة من المحادثات انطلقت اليوم في أبوظبي.')).toEqual([]);
  });

  it('reads a count returned as one side’s half ("استعادت 390 شخصا") and "بعدد مماثل" as per side', () => {
    expect(outcomes('وأكد زيلينسكي أن بلاده استعادت 390 شخصا في إطار عملية تبادل للأسرى مع روسيا.')).toEqual([expect.objectContaining({ type: 'prisoner_exchange', perSide: 390, total: 780 })]);
    expect(outcomes('وتم تبادل 303 جنود روس كانوا أسرى لدى أوكرانيا بعدد مماثل من العسكريين الأوكرانيين.')).toEqual([expect.objectContaining({ type: 'prisoner_exchange', perSide: 303, total: 606 })]);
  });

  it('gives no count to a swap of a counted few for someone uncounted ("خمسة عناصر مقابل ضابط")', () => {
    const found = outcomes('وشهدت المنطقة أول عملية تبادل أسرى شملت خمسة عناصر من قوات الدفاع الأوكرانية مقابل ضابط شرطة عسكرية روسية.');
    expect(found.map((fact) => [fact.type, fact.total, fact.perSide])).toEqual([['prisoner_exchange', undefined, undefined]]);
  });
});
