import { describe, expect, it } from 'vitest';
import { createExtractionContext, viewArticle } from '../../src/extract/sentence/article-view.ts';
import type { RoundFact, TalksFact } from '../../src/extract/facts.ts';
import { extractTalks } from '../../src/extract/talks/talks.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

const context = createExtractionContext(russiaUkrainePack);

function talks(body: string, publishedDate: string): TalksFact[] {
  return extractTalks(viewArticle(context, { id: 'test', body, publishedDate }), context);
}

function rounds(body: string, publishedDate: string): RoundFact[] {
  return talks(body, publishedDate).filter((fact): fact is RoundFact => fact.kind === 'round');
}

describe('extractTalks: round numbers', () => {
  it('reads "الجولة الثانية" with its venue, day and mediator (Anadolu, Istanbul 2025)', () => {
    const found = rounds('انطلقت في إسطنبول، اليوم الاثنين، الجولة الثانية من المفاوضات المباشرة بين روسيا وأوكرانيا، بوساطة تركية.', '2025-06-02');
    expect(found).toEqual([expect.objectContaining({
      number: 2, venue: 'istanbul', startDate: '2025-06-02', direct: true, parties: ['russia', 'ukraine'], mediators: ['turkiye'], status: 'under_way',
    })]);
  });

  it('reads "ثاني جولة" and the dual delegations as the two sides', () => {
    const found = rounds('وعقد الوفدان الروسي والأوكراني ثاني جولة من المفاوضات في إسطنبول يوم 2 حزيران.', '2025-06-03');
    expect(found).toEqual([expect.objectContaining({ number: 2, venue: 'istanbul', startDate: '2025-06-02', status: 'held' })]);
    expect([...found[0]!.parties].sort()).toEqual(['russia', 'ukraine']);
  });

  it('reads "جولة مفاوضات ثالثة" after the number-less subject (RT Arabic)', () => {
    const found = rounds('ذكرت وكالة الأناضول أن وفدي روسيا وأوكرانيا عقدا في إسطنبول جولة مفاوضات ثالثة استمرت نحو ساعة.', '2025-07-24');
    expect(found).toEqual([expect.objectContaining({ number: 3, venue: 'istanbul', status: 'held', parties: ['russia', 'ukraine'] })]);
  });

  it('reads "الاجتماع الأول لمجموعة عمل ثلاثية" as round one', () => {
    const found = rounds('وقال مستشار الكرملين إن الاجتماع الأول لمجموعة عمل ثلاثية بشأن القضايا الأمنية سيعقد اليوم في أبوظبي.', '2026-01-23');
    expect(found).toEqual([expect.objectContaining({ number: 1, venue: 'abu_dhabi', startDate: '2026-01-23', format: 'trilateral', status: 'scheduled' })]);
  });

  it('does not read "أول مفاوضات مباشرة منذ 2022" as round one, nor 2022 as a past round', () => {
    const found = rounds('انطلقت في قصر دولمة بهتشة بإسطنبول، اليوم الجمعة، أول مفاوضات مباشرة بين روسيا وأوكرانيا منذ عام 2022.', '2025-05-16');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ venue: 'istanbul', startDate: '2025-05-16', direct: true, status: 'under_way' });
    expect(found[0]?.number).toBeUndefined();
  });

  it('numbers "الجولة المقبلة" after the round the article is about', () => {
    const found = rounds('اختتمت الجولة الثانية من المحادثات في أبوظبي أمس. ومن المقرر أن تعقد الجولة المقبلة في جنيف في 15 مارس.', '2026-02-06');
    expect(found).toEqual([
      expect.objectContaining({ number: 2, venue: 'abu_dhabi', startDate: '2026-02-05', status: 'held' }),
      expect.objectContaining({ number: 3, venue: 'geneva', startDate: '2026-03-15', status: 'scheduled' }),
    ]);
  });
});

describe('extractTalks: headlines', () => {
  it('reads a round from the title, to come by its time alone', () => {
    const view = viewArticle(context, {
      id: 'test', title: 'جولة ثالثة من المحادثات الثلاثية في جنيف الأسبوع المقبل', body: 'قال مسؤول أمريكي إن الوفود ستلتقي مجددا بعد أيام.', publishedDate: '2026-02-10',
    });
    const facts = extractTalks(view, context);
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'round', number: 3, venue: 'geneva', format: 'trilateral', status: 'scheduled' }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'next_step', what: 'new_round', vague: 'next_week' }));
  });
});

describe('extractTalks: round days', () => {
  it('reads "يومي 17 و18 شباط" (Levantine month) as the coming days of talks still to come', () => {
    const found = rounds('أعلن الكرملين أن الجولة الثالثة من المحادثات الثلاثية ستعقد في جنيف يومي 17 و18 شباط.', '2026-02-10');
    expect(found).toEqual([expect.objectContaining({ number: 3, venue: 'geneva', startDate: '2026-02-17', endDate: '2026-02-18', format: 'trilateral', status: 'scheduled' })]);
  });

  it('reads "يومي الأربعاء والخميس" as two days in a row', () => {
    const found = rounds('وتستمر المحادثات الثلاثية في أبوظبي يومي الأربعاء والخميس.', '2026-02-04');
    expect(found).toEqual([expect.objectContaining({ venue: 'abu_dhabi', startDate: '2026-02-04', endDate: '2026-02-05', status: 'under_way' })]);
  });

  it('dates a day of the week still to come forward, not back', () => {
    const found = rounds('وأضاف أن مسؤولين من روسيا وأوكرانيا والولايات المتحدة سيلتقون في أبوظبي الجمعة.', '2026-01-21');
    expect(found).toEqual([expect.objectContaining({ venue: 'abu_dhabi', startDate: '2026-01-23', status: 'scheduled' })]);
    expect([...found[0]!.parties].sort()).toEqual(['russia', 'ukraine', 'united_states']);
  });

  it('reads "تنطلق الجمعة" in a Wednesday article as the coming Friday, and "تنطلق اليوم" as under way', () => {
    expect(rounds('تنطلق الجمعة في أبوظبي محادثات ثلاثية بين روسيا وأوكرانيا والولايات المتحدة.', '2026-01-21')).toEqual([
      expect.objectContaining({ venue: 'abu_dhabi', startDate: '2026-01-23', format: 'trilateral', status: 'scheduled', parties: ['russia', 'ukraine', 'united_states'] }),
    ]);
    expect(rounds('تنطلق اليوم في أبوظبي الجولة الثانية من المحادثات الثلاثية.', '2026-02-04')).toEqual([
      expect.objectContaining({ number: 2, venue: 'abu_dhabi', startDate: '2026-02-04', status: 'under_way' }),
    ]);
  });

  it('reads talks after a purpose word as still ahead, and the trip\'s day as not theirs', () => {
    const found = rounds('وصل المبعوث الأمريكي ستيف ويتكوف صباح أمس الأحد إلى جنيف تمهيدا لعقد محادثات مع الوفد الروسي.', '2026-03-02');
    expect(found).toEqual([expect.objectContaining({ venue: 'geneva', status: 'scheduled' })]);
    expect(found[0]!.startDate).toBeUndefined();
  });

  it('does not date the talks by a year in a relative clause about something else', () => {
    const found = rounds('ستعقد اليوم في إسطنبول محادثات ثلاثية في القاعة التي استضافت مؤتمرا دوليا عام 2019.', '2026-03-02');
    expect(found).toEqual([expect.objectContaining({ venue: 'istanbul', startDate: '2026-03-02', format: 'trilateral', status: 'scheduled' })]);
  });

  it('reads a month with no day as no day of the talks', () => {
    const found = rounds('وكانت روسيا وأوكرانيا قد أجرتا محادثات مباشرة في إسطنبول في آذار/مارس 2022.', '2026-02-04');
    expect(found).toEqual([]);
  });

  it('reads "مساء الأربعاء" in a Thursday article as the day the round ended', () => {
    const found = rounds('واختتمت في إسطنبول مساء الأربعاء الجولة الثالثة من المفاوضات الروسية الأوكرانية، والتي استمرت نحو 40 دقيقة.', '2025-07-24');
    expect(found).toEqual([expect.objectContaining({ number: 3, venue: 'istanbul', startDate: '2025-07-23', status: 'held', parties: ['russia', 'ukraine'] })]);
  });

  it('reads "اليوم الأول … أمس الأربعاء" as the first day', () => {
    const found = rounds('وفي نهاية اليوم الأول -أمس الأربعاء- من المحادثات الثلاثية في جنيف، قال المتحدث باسم الكرملين إن الأجواء كانت بناءة.', '2026-02-19');
    expect(found).toEqual([expect.objectContaining({ venue: 'geneva', startDate: '2026-02-18', format: 'trilateral' })]);
  });

  it('keeps the day a speaker spoke apart from the days of the talks', () => {
    const found = rounds('أعلنت موسكو الخميس عن "تقدم" في المحادثات مع كييف في جنيف.', '2026-02-19');
    expect(found.every((round) => round.startDate === undefined)).toBe(true);
  });

  it('reads a two-day length ("تستمر يومين") into the last day', () => {
    const found = rounds('وانطلقت اليوم في جدة المشاورات الثلاثية التي تستمر يومين.', '2026-03-02');
    expect(found).toEqual([expect.objectContaining({ venue: 'jeddah', startDate: '2026-03-02', endDate: '2026-03-03', format: 'trilateral', status: 'under_way' })]);
  });

  it('does not take the length of a truce for the length of the talks', () => {
    const found = rounds('استضافت مدينة جدة السعودية محادثات بين وفدين أمريكي وأوكراني، الثلاثاء، انتهت بإعلان كييف قبولها مقترحا أمريكيا لوقف إطلاق النار لمدة 30 يوما.', '2025-03-12');
    expect(found).toEqual([expect.objectContaining({ venue: 'jeddah', startDate: '2025-03-11', status: 'held' })]);
    expect(found[0]?.endDate).toBeUndefined();
    expect([...found[0]!.parties].sort()).toEqual(['ukraine', 'united_states']);
  });
});

describe('extractTalks: format, sides and mediators', () => {
  it('reads "برعاية أميركية" in "العاصمة الإماراتية"', () => {
    const found = rounds('وعُقدت الجولة الأولى من المحادثات الثلاثية برعاية أميركية في العاصمة الإماراتية.', '2026-01-30');
    expect(found).toEqual([expect.objectContaining({ number: 1, venue: 'abu_dhabi', format: 'trilateral', mediators: ['united_states'], status: 'held' })]);
  });

  it('reads a bilateral format and the two delegations (Istanbul, embassies)', () => {
    const found = rounds('عقد وفدا روسيا والولايات المتحدة محادثات ثنائية في إسطنبول، الخميس، لبحث عمل السفارتين.', '2025-02-27');
    expect(found).toEqual([expect.objectContaining({ venue: 'istanbul', startDate: '2025-02-27', format: 'bilateral', parties: ['russia', 'united_states'] })]);
  });

  it('reads US–Russia delegations talking in Riyadh', () => {
    const found = rounds('بدأت في الرياض، الثلاثاء، محادثات بين وفدين أمريكي وروسي رفيعي المستوى.', '2025-02-18');
    expect(found).toEqual([expect.objectContaining({ venue: 'riyadh', startDate: '2025-02-18', status: 'under_way' })]);
    expect([...found[0]!.parties].sort()).toEqual(['russia', 'united_states']);
  });

  it('takes the sides from "بمشاركة مسؤولين أوكرانيين وأميركيين وروس", never the host', () => {
    const found = rounds('أعلن زيلينسكي أن الإمارات ستستضيف محادثات “ثلاثية” يومي 23 و24 يناير، بمشاركة مسؤولين أوكرانيين وأميركيين وروس.', '2026-01-22');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ format: 'trilateral', startDate: '2026-01-23', endDate: '2026-01-24', status: 'scheduled' });
    expect([...found[0]!.parties].sort()).toEqual(['russia', 'ukraine', 'united_states']);
  });

  it('does not take a war "في أوكرانيا" or a critic for a side', () => {
    const found = rounds('وقال المبعوث الروسي إن هناك تقدما في المحادثات الجارية في أبوظبي بشأن الحرب في أوكرانيا رغم ضغوط الاتحاد الأوروبي وبريطانيا، وتستمر المحادثات حتى الخميس.', '2026-02-04');
    for (const round of found) {
      expect(round.parties).not.toContain('european_union');
      expect(round.parties).not.toContain('united_kingdom');
    }
  });
});

describe('extractTalks: what is not a round', () => {
  it('skips a meeting of two leaders (Zelensky and Trump in Davos)', () => {
    expect(rounds('وجاء ذلك بعد لقاء قصير في دافوس بين الرئيسين الأوكراني فولوديمير زيلينسكي والأميركي دونالد ترمب.', '2026-01-23')).toEqual([]);
  });

  it('skips a summit of leaders of neither side of the war (Beijing)', () => {
    expect(rounds('وعقد الرئيسان الأمريكي والصيني قمة في بكين الأربعاء.', '2026-02-06')).toEqual([]);
  });

  it('reads ministers of the two sides meeting at a venue as a bilateral meeting of their sides (Antalya)', () => {
    expect(rounds('والتقى وزيرا الخارجية الروسي والأوكراني في أنطاليا الخميس في أول محادثات بينهما.', '2022-03-11')).toEqual([
      expect.objectContaining({ venue: 'antalya', startDate: '2022-03-10', format: 'bilateral', parties: ['russia', 'ukraine'], status: 'held' }),
    ]);
  });

  it('skips a European tour ("جولة أوروبية")', () => {
    expect(rounds('بدأ زيلينسكي الاثنين جولة أوروبية تشمل باريس وبرلين.', '2026-02-09')).toEqual([]);
  });

  it('reads an envoy received by a president in the Kremlin as one bilateral meeting in Moscow, what refers back to it included', () => {
    const body = 'أجرى الرئيس الروسي فلاديمير بوتين محادثات مع المبعوث الأميركي ستيف ويتكوف في الكرملين استمرت خمس ساعات. وأكد الكرملين أن هذه المحادثات كانت بناءة.';
    expect(rounds(body, '2025-12-03')).toEqual([expect.objectContaining({ venue: 'moscow', format: 'bilateral', parties: ['russia', 'united_states'], status: 'held' })]);
    // The president who held the talks sat at the table with the envoy.
    const delegates = talks(body, '2025-12-03').filter((fact) => fact.kind === 'delegation');
    expect(delegates).toHaveLength(2);
    expect(delegates).toEqual(expect.arrayContaining([
      expect.objectContaining({ person: 'putin', side: 'russia' }), expect.objectContaining({ person: 'witkoff', side: 'united_states' }),
    ]));
  });

  it('skips the 2022 and 2025 Istanbul talks told as background', () => {
    const body = 'وسبق أن أجريت مفاوضات مباشرة بين روسيا وأوكرانيا في إسطنبول عام 2022، وكذلك مرات عدة عام 2025. ولم تفض هذه المحادثات إلا إلى تبادل للأسرى.';
    const facts = talks(body, '2026-01-23');
    expect(facts.filter((fact) => fact.kind === 'round' || fact.kind === 'outcome')).toEqual([]);
  });

  it('keeps a dated round of an earlier year without a number that could collide with this year', () => {
    const body = 'وعقدت الجولة الأولى من المحادثات المباشرة في إسطنبول في 16 مايو 2025. أما الجولة الأولى من المحادثات الثلاثية فعقدت في أبوظبي يومي 23 و24 يناير.';
    const found = rounds(body, '2026-02-04');
    expect(found).toEqual(expect.arrayContaining([
      expect.objectContaining({ number: 1, venue: 'abu_dhabi', startDate: '2026-01-23', endDate: '2026-01-24' }),
      expect.objectContaining({ venue: 'istanbul', startDate: '2025-05-16', status: 'held' }),
    ]));
    expect(found.find((round) => round.venue === 'istanbul')?.number).toBeUndefined();
  });

  it('skips "جولات من المحادثات" (rounds in general)', () => {
    expect(rounds('ورغم جولات من المحادثات مع مسؤولين أمريكيين، ما زال الطرفان بعيدين عن التوافق.', '2026-02-04')).toEqual([]);
  });

  it('yields nothing for a war report', () => {
    expect(talks('أعلنت هيئة الأركان الأوكرانية أن القوات الروسية شنت 183 هجوما بطائرات مسيرة على مناطق في خاركيف ودنيبرو الليلة الماضية.', '2026-02-05')).toEqual([]);
  });
});

describe('extractTalks: the talks an article opens with', () => {
  it('reads talks at a venue in the lead as held, even with no verb of their own', () => {
    const found = rounds('رأى وزير الخارجية الفرنسي أن محادثات الوفدين الأمريكي والأوكراني في جنيف فتحت بابا للتسوية.\nوقال إن الخلافات ما زالت كبيرة.', '2025-11-24');
    expect(found).toEqual([expect.objectContaining({ venue: 'geneva', status: 'held', parties: ['united_states', 'ukraine'] })]);
  });

  it('leaves talks without a verb out of the rounds when only a later sentence tells them', () => {
    const found = rounds('قال وزير الخارجية الفرنسي إن الخلافات ما زالت كبيرة.\nورأى أن محادثات الوفدين الأمريكي والأوكراني في جنيف فتحت بابا للتسوية.', '2025-11-24');
    expect(found).toEqual([]);
  });

  it('does not date a round by the day its talks go on ("استمرار المحادثات غدا")', () => {
    const found = rounds('اجتمع الوفدان الأمريكي والأوكراني في برلين أمس لأكثر من خمس ساعات، وأعلن عن استمرار المحادثات غدا.', '2025-12-15');
    expect(found.every((round) => (round.endDate ?? round.startDate ?? '') <= '2025-12-15')).toBe(true);
  });

  it('reads nothing from a photo caption', () => {
    const found = rounds('صورة وزعتها الرئاسة الأوكرانية تظهر الرئيس خلال اجتماع مع وزير الجيش الأمريكي في كييف يوم 20 نوفمبر 2025.', '2025-11-23');
    expect(found).toEqual([]);
  });

  it('reads a month of an earlier year as background', () => {
    expect(rounds('أجرى الوفدان الروسي والأوكراني محادثات مباشرة في إسطنبول في آذار/مارس 2022.', '2026-02-04')).toEqual([]);
  });
});

describe('extractTalks: where and between whom, in other words', () => {
  it('reads a meeting held at a talks venue on a stated day, whoever its sides are', () => {
    const found = rounds('وأوضح المسؤول أن لقاء عقد في جنيف يوم 12 مارس لبحث الترتيبات الأمنية.', '2026-03-14');
    expect(found).toEqual([expect.objectContaining({ venue: 'geneva', startDate: '2026-03-12', status: 'held' })]);
  });

  it('reads counterparts in the plural as a delegation, not a meeting of two people', () => {
    const found = rounds('أشاد الوزير بالمحادثات التي أجراها مسؤولون روس مع نظرائهم الأمريكيين في الرياض.', '2025-02-19');
    expect(found).toEqual([expect.objectContaining({ venue: 'riyadh', status: 'held', parties: ['russia', 'united_states'], format: 'bilateral' })]);
  });

  it('reads the city that "witnessed" the talks as their venue, before or after the verb', () => {
    expect(rounds('وشهدت جدة أمس جولة من المحادثات بين الوفدين الأمريكي والأوكراني.', '2025-03-12'))
      .toEqual([expect.objectContaining({ venue: 'jeddah', startDate: '2025-03-11', status: 'held' })]);
    expect(rounds('وكانت مدينة جدة الساحلية قد شهدت جولة من المفاوضات بين واشنطن وكييف.', '2025-06-03'))
      .toEqual([expect.objectContaining({ venue: 'jeddah', status: 'held', parties: ['united_states', 'ukraine'] })]);
  });
});

describe('extractTalks: a meeting that brought people together', () => {
  it('reads "اللقاء الذي جمع X وY" at its venue as a meeting of their sides', () => {
    const found = rounds('انتهى مساء أمس في موسكو الاجتماع الذي جمع بوتين والمبعوث ستيف ويتكوف.', '2025-08-07');
    expect(found).toEqual([expect.objectContaining({ venue: 'moscow', status: 'held', parties: ['russia', 'united_states'] })]);
  });

  it('does not read "جمع" with no meeting before it as a meeting', () => {
    expect(rounds('وجمع المسؤول في موسكو الأدلة من الوزير الروسي سيرغي لافروف والمبعوث الأمريكي ستيف ويتكوف.', '2025-08-07')).toEqual([]);
  });
});

describe('extractTalks: the sides at the table', () => {
  it('takes two sides that say together what they did as the sides of the talks', () => {
    const found = rounds('أعلنت موسكو وكييف، اليوم الخميس، أنهما أجرتا في إسطنبول جولة محادثات تناولت تبادل الأسرى.', '2025-06-05');
    expect(found).toEqual([expect.objectContaining({ venue: 'istanbul', status: 'held', parties: ['russia', 'ukraine'] })]);
  });

  it('never lends the sides of talks still to come to talks already held', () => {
    const found = rounds([
      'وبعد مفاوضات استمرت ساعات في جدة، اتفق الطرفان على مواصلة العمل.',
      'وقال وزير الخارجية إن كييف وافقت على خوض مفاوضات فورية مع روسيا.',
    ].join('\n'), '2025-03-12');
    expect(found.find((round) => round.venue === 'jeddah')?.parties ?? []).not.toContain('russia');
  });

  it('keeps talks told at another venue out of the round the article reports', () => {
    const found = rounds([
      'اجتماعات أمريكية روسية في أبوظبي لبحث الخطة.',
      'ويأتي الاجتماع بعد مباحثات أمريكية أوكرانية جرت في جنيف حول الخطة.',
    ].join('\n'), '2025-11-25');
    const abuDhabi = found.find((round) => round.venue === 'abu_dhabi');
    expect(abuDhabi?.parties).toEqual(['united_states', 'russia']);
  });

  it('reads five- and six-party talks as multilateral', () => {
    expect(rounds('وانطلقت في جنيف اليوم مفاوضات خماسية بشأن خطة السلام.', '2025-11-23')).toEqual([expect.objectContaining({ format: 'multilateral' })]);
  });
});

describe('extractTalks: venues in other words', () => {
  it('reads the talks named by their city ("محادثات الرياض")', () => {
    expect(rounds('وأكد رئيس الوفد في محادثات الرياض أن الجلسة الأولى انتهت أمس.', '2025-03-25')).toEqual([expect.objectContaining({ venue: 'riyadh' })]);
  });

  it('keeps the country when no city is named, never a side of the war', () => {
    expect(rounds('انتهت أمس محادثات بين الوفدين الأمريكي والأوكراني في المملكة العربية السعودية.', '2025-03-12'))
      .toEqual([expect.objectContaining({ country: 'saudi_arabia', parties: ['united_states', 'ukraine'] })]);
    expect(rounds('انتهت أمس محادثات السلام في أوكرانيا دون نتيجة.', '2025-03-12').some((round) => round.country === 'ukraine')).toBe(false);
  });
});

describe('extractTalks: delegations between whom', () => {
  it('reads "بين وفدين: أحدهما أمريكي والآخر روسي" as the two sides, not a meeting of people', () => {
    const found = rounds('وقال المساعد إن اجتماعا عقد في الرياض يوم 3 مارس بين وفدين: أحدهما أمريكي والآخر روسي.', '2025-03-05');
    expect(found).toEqual([expect.objectContaining({ venue: 'riyadh', startDate: '2025-03-03', parties: ['united_states', 'russia'], format: 'bilateral' })]);
  });
});

describe('extractTalks: an undated article', () => {
  it('dates a round by its weekday within the years from the pack\'s first day to the day the article reached us', () => {
    const view = viewArticle(context, { id: 'u1', body: 'انتهت جلسة المفاوضات بين الوفدين الروسي والأوكراني يوم الثلاثاء 29 مارس في إسطنبول.', receivedDate: '2026-12-07' });
    const found = extractTalks(view, context).filter((fact): fact is RoundFact => fact.kind === 'round');
    expect(found).toEqual([expect.objectContaining({ venue: 'istanbul', startDate: '2022-03-29' })]);
  });
});

describe('extractTalks: the lead past page debris', () => {
  it('takes the first sentence of news, not a line of page debris, as the lead', () => {
    const found = rounds('[ad_1]\nرأى الوزير أن محادثات الوفدين الأمريكي والأوكراني في جدة فتحت بابا للتسوية.', '2025-03-12');
    expect(found).toEqual([expect.objectContaining({ venue: 'jeddah', status: 'held' })]);
  });
});

describe('extractTalks: the sides talks "will include"', () => {
  it('reads the sides after "ستضم" as the sides of the talks', () => {
    const found = rounds('وانطلقت في جنيف اليوم مفاوضات ستضم أوكرانيا وألمانيا وفرنسا إلى جانب الولايات المتحدة.', '2025-11-23');
    expect(found[0]?.parties).toEqual(expect.arrayContaining(['ukraine', 'germany', 'france']));
  });
});

describe('extractTalks: "ل" names no venue', () => {
  it('does not take a place after ل ("للكرملين", "لموسكو") for where talks are held', () => {
    expect(rounds('وتواصلت في جنيف اليوم المحادثات التي يشارك فيها المبعوث الاقتصادي للكرملين.', '2026-02-17').map((round) => round.venue)).toEqual(['geneva']);
    expect(rounds('وأعلن الوزير عن محادثات جديدة لموسكو مع الوفد الأوكراني.', '2026-02-17').map((round) => round.venue)).not.toContain('moscow');
  });
});

describe('extractTalks: a meeting agreed on is planned', () => {
  it('reads "اتفقا على عقد لقاء ثان" after a comma as a planned meeting with its own venue, lending nothing to the talks before it', () => {
    const found = rounds('انتهت قمة الرئيسين في جنيف دون اتفاق، واتفقا على عقد لقاء ثان يرجح أن يكون في الرياض.', '2025-08-16');
    expect(found.some((round) => round.number === 2 && round.venue === 'geneva')).toBe(false);
    expect(found).toContainEqual(expect.objectContaining({ number: 2, venue: 'riyadh', status: 'scheduled' }));
  });

  it('reads holding after "على" or "إلى" as a plan, not a meeting held', () => {
    expect(rounds('ودعا الوزير إلى عقد جولة جديدة من المحادثات في إسطنبول.', '2025-05-20').map((round) => round.status)).not.toContain('held');
  });
});

describe('extractTalks: sides told around the talks', () => {
  it('reads delegates named by adjectives as the sides, not as a meeting of people', () => {
    const found = rounds('واختتمت مساء الإثنين في جدة مشاورات بين المندوبين الأمريكيين والأوكرانيين.', '2026-03-03');
    expect(found).toEqual([expect.objectContaining({ venue: 'jeddah', format: 'bilateral', status: 'held' })]);
    expect([...found[0]!.parties].sort()).toEqual(['ukraine', 'united_states']);
  });

  it('does not take the sides of another meeting the clause dates its own by', () => {
    const found = rounds('وانتهت أمس في جدة محادثات بين المندوبين الأمريكيين والأوكرانيين بعد يومين من اجتماع أمريكي روسي.', '2026-03-03');
    expect([...found[0]!.parties].sort()).toEqual(['ukraine', 'united_states']);
  });

  it('adds the subject of the sentence to talks it held with another side', () => {
    const found = rounds('أعلنت أوكرانيا موافقتها على الخطة بعد محادثات مع المسؤولين الأمريكيين في جدة.', '2026-03-03');
    expect([...found[0]!.parties].sort()).toEqual(['ukraine', 'united_states']);
    const own = rounds('وفي السياق ذاته، قال المسؤولون الأوكرانيون إن محادثاتهم مع الولايات المتحدة في جدة كانت بناءة.', '2026-03-03');
    expect([...own[0]!.parties].sort()).toEqual(['ukraine', 'united_states']);
  });

  it('does not add the subject who only proposes talks with another side', () => {
    const found = rounds('وفي وقت لاحق، اقترح الرئيس الروسي إجراء مفاوضات مباشرة مع أوكرانيا في إسطنبول.', '2026-03-03');
    expect(found.flatMap((round) => round.parties)).not.toContain('russia');
  });
});

describe('extractTalks: a meeting verb that opens the sentence', () => {
  it('reads the side of officials who met "with" the other side', () => {
    const found = rounds('التقى مسؤولون كبار في الإدارة الأمريكية، السبت، مع مفاوضين أوكرانيين في ميامي.', '2026-03-07');
    expect(found).toEqual([expect.objectContaining({ venue: 'miami', format: 'bilateral', status: 'held' })]);
    expect([...found[0]!.parties].sort()).toEqual(['ukraine', 'united_states']);
  });
});

describe('extractTalks: a meeting of people by its noun', () => {
  it('reads "للقاء" with a person for object as a meeting of the two sides, on the article\'s day', () => {
    const found = rounds('وصل الرئيس الأوكراني فولوديمير زيلينسكي مساء اليوم إلى واشنطن للقاء الرئيس الأمريكي دونالد ترامب.', '2025-08-18');
    expect(found).toEqual([expect.objectContaining({ venue: 'washington', startDate: '2025-08-18' })]);
    expect([...found[0]!.parties].sort()).toEqual(['ukraine', 'united_states']);
  });

  it('does not lend the format of a meeting one is only ready for, or one that will be, to the meeting held', () => {
    const found = rounds('وصل الرئيس الأوكراني فولوديمير زيلينسكي مساء اليوم إلى واشنطن للقاء الرئيس الأمريكي دونالد ترامب. وقال زيلينسكي: "أنا مستعد لقمة ثلاثية". وأضاف ترامب: "سيكون هناك لقاء ثلاثي قريبا".', '2025-08-18');
    expect(found.find((round) => round.venue === 'washington')?.format).not.toBe('trilateral');
  });
});

describe('extractTalks: a summit joined by others', () => {
  it('lends the sides of those who join the meeting to it, and keeps a summit a span is counted from in the background', () => {
    const found = rounds('وصل الرئيس الأوكراني فولوديمير زيلينسكي مساء اليوم إلى واشنطن للقاء الرئيس الأمريكي دونالد ترامب. ' +
      'وتأتي الزيارة بعد أسبوع من القمة بين ترامب وبوتين في أنكوريج. ' +
      'وسينضم إلى الاجتماع قادة أوروبيون، من بينهم المستشار الألماني فريدريش ميرتس والرئيس الفرنسي إيمانويل ماكرون.', '2025-08-18');
    expect(found.map((round) => round.venue)).toEqual(['washington']);
    // "قادة أوروبيون": Europe at the table, then each leader's state.
    expect([...found[0]!.parties].sort()).toEqual(['european_union', 'france', 'germany', 'ukraine', 'united_states']);
    expect(found[0]!.format).toBe('multilateral');
  });
});

describe('extractTalks: a host in the present tense', () => {
  it('reads a meeting a capital hosts today as under way, and one it hosts next week as to come', () => {
    const today = rounds('وتستضيف واشنطن اجتماعا ضم الرئيس الأوكراني وزعماء أوروبيين.', '2025-08-18');
    expect(today).toEqual([expect.objectContaining({ venue: 'washington', status: 'under_way' })]);
    expect([...today[0]!.parties].sort()).toEqual(['european_union', 'ukraine']);
    const later = rounds('وتستضيف جنيف الأسبوع المقبل محادثات بين الوفدين الروسي والأوكراني.', '2026-02-10');
    expect(later).toEqual([expect.objectContaining({ venue: 'geneva', status: 'scheduled' })]);
  });

  it('does not read an annexation for a meeting\'s sides', () => {
    const found = rounds('واختتمت في جنيف محادثات بين الوفدين الروسي والأمريكي تناولت ضم الأراضي الأوكرانية.', '2026-02-10');
    expect([...found[0]!.parties].sort()).toEqual(['russia', 'united_states']);
  });
});

describe('extractTalks: a meeting told after the event it preceded', () => {
  it('reads talks after "عقب" with the people, place and day of the clause they follow', () => {
    const found = rounds('عقد الرئيس الأمريكي دونالد ترامب ونظيره الروسي فلاديمير بوتين مساء السبت في أنكوريج مؤتمرا صحفيا عقب اجتماع مغلق دام ساعتين.', '2025-08-17');
    expect(found).toEqual([expect.objectContaining({ venue: 'alaska', startDate: '2025-08-16', format: 'bilateral', status: 'held' })]);
    expect([...found[0]!.parties].sort()).toEqual(['russia', 'united_states']);
  });

  it('does not give talks after "عقب" the day of a statement before them', () => {
    const found = rounds('وقال المتحدث إنه لن يدلي بأي تعليق اليوم عقب المفاوضات التي جرت في جنيف بين الوفدين الروسي والأوكراني.', '2026-02-20');
    expect(found.every((round) => round.startDate === undefined)).toBe(true);
  });
});

describe('extractTalks: the talks told again with their day', () => {
  it('dates the round told before by "الاجتماع الذي عقد أمس"', () => {
    const found = rounds('وقال الوزير إن الاجتماع الرباعي الذي عقد في إسطنبول كان مثمرا. وأضاف أن الاجتماع الذي عقد أمس الأربعاء بحث ملف الموانئ.', '2022-07-14');
    expect(found).toEqual([expect.objectContaining({ venue: 'istanbul', startDate: '2022-07-13', format: 'multilateral', status: 'held' })]);
  });
});

describe('extractTalks: talks that reached something', () => {
  it('reads talks whose delegations reached an understanding as held, and not those hoped to reach one', () => {
    const held = rounds('توصل الوفدان الروسي والأوكراني المشاركان في الجولة الثالثة من المفاوضات إلى تفاهم بشأن الممرات.', '2022-03-08');
    expect(held).toEqual([expect.objectContaining({ number: 3, format: 'bilateral', status: 'held' })]);
    const hoped = rounds('يأمل الوفدان الروسي والأوكراني في الجولة الثالثة من المفاوضات التوصل إلى تفاهم بشأن الممرات.', '2022-03-08');
    expect(hoped.every((round) => round.status !== 'held')).toBe(true);
  });
});

describe('extractTalks: a summit named by its venue', () => {
  it('reads "قمة ألاسكا" as a meeting held there when the only other round is a plan, and no summit named by another city', () => {
    const found = rounds('على الرغم من أن قمة ألاسكا لم تنته بإعلان هدنة، خرج الرئيسان بانطباعات طيبة، واتفقا على عقد لقاء ثان في موسكو.', '2025-08-16');
    expect(found.map((round) => `${round.venue}:${round.status}`).sort()).toEqual(['alaska:held', 'moscow:scheduled']);
    expect(rounds('وانتهت قمة بكين دون بيان ختامي.', '2025-08-16')).toEqual([]);
  });
});

describe('extractTalks: a format the talks are described as', () => {
  it('reads "في اجتماع وُصف بأنه «ثلاثي»" past the verb of describing, over the sides counted', () => {
    const found = rounds('انطلقت في إسطنبول اليوم الجولة الرابعة من المحادثات بين روسيا وأوكرانيا. وحضر وزير الخارجية التركي الجلسة في اجتماع وُصف بأنه «ثلاثي» لا ثنائي.', '2025-07-23');
    expect(found).toEqual([expect.objectContaining({ number: 4, venue: 'istanbul', format: 'trilateral' })]);
  });
});

describe('extractTalks: a meeting of people that is the article\'s only round', () => {
  it('gives the one round that names no sides the sides of a meeting of people told without a venue', () => {
    const found = rounds('انتهت مباحثات بوتين مع ويتكوف بعد ثلاث ساعات. وقد بدأت المفاوضات في الساعة العاشرة مساء الخميس.', '2026-01-23');
    expect(found).toEqual([expect.objectContaining({ startDate: '2026-01-22', format: 'bilateral' })]);
    expect([...found[0]!.parties].sort()).toEqual(['russia', 'united_states']);
  });

  it('keeps such a meeting out of a round at a venue of its own', () => {
    const found = rounds('بدأت في أبوظبي اليوم محادثات ثلاثية. وتأتي المحادثات عقب اجتماع مطول بين بوتين وويتكوف.', '2026-01-23');
    expect(found.flatMap((round) => round.parties)).not.toContain('russia');
  });
});

describe('extractTalks: talks that go on until a day', () => {
  it('extends the round to the day its talks go on until, and lends nothing of the separate meeting after the comma', () => {
    const found = rounds('أفاد مسؤول بأن الوزير دان دريسكول أجرى أمس محادثات في أبوظبي مع ممثلين عن روسيا. وقال مصدر إن لقاءات الوزير ستستمر حتى اليوم الثلاثاء، مع توقع عقد اجتماع آخر مع ممثلين عن أوكرانيا.', '2025-11-25');
    expect(found).toEqual([expect.objectContaining({ venue: 'abu_dhabi', startDate: '2025-11-24', endDate: '2025-11-25' })]);
    expect(found[0]!.parties).not.toContain('ukraine');
  });
});

describe('extractTalks: a side during the talks', () => {
  it('reads a side that did something during talks named by their city as a side of them', () => {
    const found = rounds('وقال البيان إن "كييف وافقت خلال اجتماع جدة على هدنة مؤقتة".', '2025-03-11');
    expect(found).toEqual([expect.objectContaining({ venue: 'jeddah', parties: ['ukraine'] })]);
  });
});

describe('extractTalks: a headline that opens on the talks\' start or end', () => {
  it('dates the round on the article\'s day when its headline opens on "اختتام" or "انطلاق", and on no day otherwise', () => {
    const ended = talksWithTitle('اختتام المفاوضات الروسية الأوكرانية في إسطنبول', 'وقال مسؤول إن الوفد الروسي قدم مطالب جديدة خلال الجلسة.', '2025-05-16');
    expect(ended).toEqual([expect.objectContaining({ venue: 'istanbul', startDate: '2025-05-16', status: 'held' })]);
    const told = talksWithTitle('المفاوضات الروسية الأوكرانية في إسطنبول', 'وقال مسؤول إن الوفد الروسي قدم مطالب جديدة خلال الجلسة.', '2025-05-16');
    expect(told.every((round) => round.startDate === undefined)).toBe(true);
  });

  it('closes on the article\'s day talks begun the evening before, when the headline, after its source, opens on their end', () => {
    const found = talksWithTitle('الكرملين: انتهاء محادثات بوتين مع المبعوث الأمريكي', 'وكانت المحادثات قد بدأت مساء الخميس واستمرت حتى الفجر.', '2026-01-23');
    expect(found).toEqual([expect.objectContaining({ startDate: '2026-01-22', endDate: '2026-01-23', format: 'bilateral' })]);
  });
});

function talksWithTitle(title: string, body: string, publishedDate: string): RoundFact[] {
  return extractTalks(viewArticle(context, { id: 'test', title, body, publishedDate }), context).filter((fact): fact is RoundFact => fact.kind === 'round');
}
