import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractionContext, viewArticle } from '../../src/extract/sentence/article-view.ts';
import type { FigureFact, FigureMetric } from '../../src/extract/facts.ts';
import { extractFigures } from '../../src/extract/figures/figures.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

const context = createExtractionContext(russiaUkrainePack);

function figuresOf(body: string, options: { date?: string; title?: string } = {}): FigureFact[] {
  const view = viewArticle(context, {
    id: 'a1', body, publishedDate: options.date ?? '2026-02-05', ...(options.title ? { title: options.title } : {}),
  });
  return extractFigures(view, context);
}

function seed(name: string): { body: string; date: string } {
  const text = readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
  const match = /^\s*date (\d{4}-\d{2}-\d{2})\s*/u.exec(text);
  return match ? { body: text.slice(match[0].length), date: match[1]! } : { body: text, date: '2026-02-05' };
}

function seedFigures(name: string): FigureFact[] {
  const { body, date } = seed(name);
  return figuresOf(body, { date });
}

function only(figures: readonly FigureFact[], metric: FigureMetric, scope?: FigureFact['scope']): FigureFact {
  const found = figures.filter((f) => f.metric === metric && (scope === undefined || f.scope === scope));
  expect(found, `${metric} ${scope ?? ''}`).toHaveLength(1);
  return found[0]!;
}

describe('extractFigures on the seed tally (002, 2026-02-05)', () => {
  const figures = seedFigures('002_d557eae347f50618.txt');
  const tally = figures.filter((f) => f.claimant.id === 'ua_general_staff');

  it('reads all 14 General Staff categories with their values and qualifiers', () => {
    const expected: [FigureMetric, number, FigureFact['qualifier']][] = [
      ['personnel', 1243840, 'exact'], ['tanks', 11642, 'exact'], ['armored_vehicles', 24000, 'approx'], ['artillery', 36000, 'approx'],
      ['mlrs', 1636, 'exact'], ['air_defense', 1293, 'exact'], ['aircraft', 435, 'exact'], ['helicopters', 347, 'exact'],
      ['drones', 125000, 'at_least'], ['cruise_missiles', 4245, 'exact'], ['warships', 28, 'exact'], ['submarines', 2, 'exact'],
      ['vehicles_fuel_tanks', 77149, 'exact'], ['special_equipment', 4062, 'exact'],
    ];
    for (const [metric, value, qualifier] of expected) {
      const figure = only(tally, metric, 'cumulative');
      expect({ metric, value: figure.value, qualifier: figure.qualifier }).toEqual({ metric, value, qualifier });
      expect(figure.side).toBe('russia');
      expect(figure.asOf).toBe('2026-02-05');
    }
  });

  it('reads the personnel change of the last 24 hours as a daily figure', () => {
    const daily = only(tally, 'personnel', 'daily');
    expect(daily.value).toBe(770);
    expect(daily.population).toBe('soldiers');
  });

  it('keeps the numbers as written', () => {
    expect(only(tally, 'personnel', 'cumulative').valueText).toBe('مليون و243 ألفا و840');
    expect(only(tally, 'submarines').valueText).toBe('غواصتين');
  });

  it('carries the statement into "وأضاف البيان" and keeps evidence in the sentence', () => {
    const aircraft = only(tally, 'aircraft');
    expect(aircraft.evidence.sentence.startsWith('وأضاف البيان')).toBe(true);
    expect(aircraft.evidence.articleId).toBe('a1');
    expect(seed('002_d557eae347f50618.txt').body.slice(aircraft.evidence.start, aircraft.evidence.end)).toBe(aircraft.evidence.sentence);
  });

  it('attributes 55,000 Ukrainian soldiers killed to Zelensky', () => {
    const killed = only(figures, 'killed', 'cumulative');
    expect(killed).toMatchObject({ value: 55000, side: 'ukraine', population: 'soldiers', claimant: { kind: 'person', id: 'zelensky' } });
  });

  it("keeps Sputnik's claim apart from the General Staff", () => {
    const sputnik = figures.filter((f) => f.claimant.id === 'sputnik');
    expect(sputnik.map((f) => [f.metric, f.value, f.side])).toEqual([['killed', 6, 'ukraine'], ['equipment_destroyed', 9, 'ukraine']]);
    expect(tally.some((f) => f.value === 9 || f.value === 6)).toBe(false);
  });

  it('reads casualties with their places and who reported them', () => {
    const ukrinform = figures.filter((f) => f.claimant.id === 'ukrinform');
    expect(ukrinform.map((f) => [f.metric, f.value])).toEqual([['killed', 8], ['injured', 21]]);
    expect(ukrinform[0]!.places).toEqual(['druzhkivka', 'lyman', 'donetsk']);
    const authorities = figures.find((f) => f.claimant.text === 'السلطات الأوكرانية');
    expect(authorities).toMatchObject({ metric: 'killed', value: 6, side: 'ukraine', places: ['kherson', 'sumy', 'dnipro'] });
    const kyiv = figures.find((f) => f.place === 'kyiv');
    expect(kyiv).toMatchObject({ metric: 'injured', value: 2, population: 'people' });
  });
});

describe('extractFigures on the seed strike and exchange (003)', () => {
  const figures = seedFigures('003_a63a7b9a017dd040.txt');

  it('reads the night strike with its claimant and day', () => {
    const strike = figures.filter((f) => f.claimant.id === 'ua_air_force');
    expect(strike.map((f) => [f.metric, f.value, f.scope, f.asOf, f.side])).toEqual([
      ['drones_launched', 183, 'event', '2026-02-04', 'russia'],
      ['ballistic_missiles_launched', 2, 'event', '2026-02-04', 'russia'],
      ['drones_intercepted', 156, 'event', '2026-02-04', 'russia'],
    ]);
  });

  it('reads the war toll Zelensky gave as cumulative', () => {
    expect(only(figures, 'killed')).toMatchObject({ value: 55000, scope: 'cumulative', claimant: { id: 'zelensky' }, asOf: '2026-02-04' });
  });

  it('reads prisoners exchanged per side, claimed jointly', () => {
    expect(only(figures, 'prisoners_exchanged')).toMatchObject({ value: 157, claimant: { kind: 'party', text: 'موسكو وكييف' } });
  });

  it('reads nothing from years, durations, temperatures and buildings', () => {
    expect(figures).toHaveLength(5);
  });
});

describe('extractFigures on other seeds', () => {
  it('reads the running count of Ukrainian dead in 000 and nothing from the 800,000-men hypothetical', () => {
    const figures = seedFigures('000_908d46d436d07b3b.txt');
    expect(figures.map((f) => [f.metric, f.value, f.side, f.claimant.id])).toEqual([['killed', 55000, 'ukraine', 'zelensky']]);
  });

  it('reads no figure from talks-only articles', () => {
    expect(seedFigures('001_43e95fa589c62df9.txt')).toEqual([]);
    expect(seedFigures('004_2ef2546d93cc802a.txt')).toEqual([]);
  });
});

describe('extractFigures on other outlets’ tally formats', () => {
  it('reads a Ukrinform-style labelled list with (+N) daily changes', () => {
    const figures = figuresOf('أعلنت هيئة الأركان العامة للقوات المسلحة الأوكرانية، صباح الخميس، أن إجمالي خسائر القوات الروسية منذ 24 فبراير 2022 بلغت: الأفراد – نحو 1243840 (+770)، الدبابات: 11642 (+5)، المركبات القتالية المدرعة: 23980 (+3)، راجمات الصواريخ: 1636 (+1).');
    expect(figures.map((f) => [f.metric, f.scope, f.value, f.qualifier])).toEqual([
      ['personnel', 'cumulative', 1243840, 'approx'], ['personnel', 'daily', 770, 'exact'],
      ['tanks', 'cumulative', 11642, 'exact'], ['tanks', 'daily', 5, 'exact'],
      ['armored_vehicles', 'cumulative', 23980, 'exact'], ['armored_vehicles', 'daily', 3, 'exact'],
      ['mlrs', 'cumulative', 1636, 'exact'], ['mlrs', 'daily', 1, 'exact'],
    ]);
    expect(new Set(figures.map((f) => f.claimant.id))).toEqual(new Set(['ua_general_staff']));
  });

  it('reads an Anadolu-style personnel figure in words with "بزيادة"', () => {
    const figures = figuresOf('وبحسب معطيات هيئة الأركان الأوكرانية، بلغت خسائر الجيش الروسي منذ بدء الحرب نحو مليون و243 ألفا و840 جنديا، بزيادة 770 خلال الـ24 ساعة الماضية.');
    expect(figures.map((f) => [f.metric, f.scope, f.value, f.qualifier, f.side])).toEqual([
      ['personnel', 'cumulative', 1243840, 'approx', 'russia'], ['personnel', 'daily', 770, 'exact', 'russia'],
    ]);
  });

  it('reads an Al Arabiya-style "بينهم 770 خلال اليوم الأخير"', () => {
    const figures = figuresOf('قالت أوكرانيا إن روسيا خسرت 1243840 جنديا منذ بداية الحرب، بينهم 770 خلال اليوم الأخير.');
    expect(figures.map((f) => [f.metric, f.scope, f.value, f.side, f.claimant.id])).toEqual([
      ['personnel', 'cumulative', 1243840, 'russia', 'ukraine'], ['personnel', 'daily', 770, 'russia', 'ukraine'],
    ]);
  });

  it('reads a tally spread over three sentences whose war start carries a slashed date and whose shoot-downs are tally lines', () => {
    const figures = figuresOf([
      'كييف - قالت هيئة الأركان العامة للقوات المسلحة الأوكرانية، الأحد، إن إجمالي خسائر الجيش الروسي منذ بدء الغزو في 24 فبراير/شباط 2022 ارتفع إلى نحو 950 ألفا و320 جنديا، بينهم 1150 جنديا خلال اليوم الأخير.',
      'وأوضحت الهيئة في تحديثها اليومي أن القوات الأوكرانية دمرت أيضا 10 آلاف و150 دبابة، و1290 راجمة صواريخ.',
      'كما أشارت إلى إسقاط 369 طائرة و331 مروحية، و31 ألفا و200 مسيرة على المستوى العملياتي التكتيكي، إلى جانب 3300 صاروخ مجنح، وغواصة واحدة.',
    ].join(' '), { date: '2026-02-03' });
    expect(figures.map((f) => [f.metric, f.scope, f.value, f.qualifier, f.side, f.claimant.id])).toEqual([
      ['personnel', 'cumulative', 950320, 'approx', 'russia', 'ua_general_staff'], ['personnel', 'daily', 1150, 'exact', 'russia', 'ua_general_staff'],
      ['tanks', 'cumulative', 10150, 'exact', 'russia', 'ua_general_staff'], ['mlrs', 'cumulative', 1290, 'exact', 'russia', 'ua_general_staff'],
      ['aircraft', 'cumulative', 369, 'exact', 'russia', 'ua_general_staff'], ['helicopters', 'cumulative', 331, 'exact', 'russia', 'ua_general_staff'],
      ['drones', 'cumulative', 31200, 'exact', 'russia', 'ua_general_staff'], ['cruise_missiles', 'cumulative', 3300, 'exact', 'russia', 'ua_general_staff'],
      ['submarines', 'cumulative', 1, 'exact', 'russia', 'ua_general_staff'],
    ]);
    // The bulletin's day (Sunday), never the war's first day the sentence also names.
    expect(new Set(figures.map((f) => f.asOf))).toEqual(new Set(['2026-02-01']));
  });

  it('reads "the enemy’s" losses in Eastern digits, linked by بلغت across the scope phrase, and artillery named by its adjective', () => {
    const figures = figuresOf([
      'أفادت هيئة الأركان العامة للقوات المسلحة الأوكرانية في تقريرها الصباحي بأن خسائر العدو في الأفراد بلغت منذ بداية الحرب قرابة ١٬٠٥٠٬٣٠٠ فرد، من بينهم ٩٢٠ خلال الساعات الأربع والعشرين الماضية.',
      'كما دمرت القوات الأوكرانية ١١٢٠٠ دبابة و٣١٥٠٠ نظام مدفعي.',
    ].join(' '));
    expect(figures.map((f) => [f.metric, f.scope, f.value, f.qualifier, f.side, f.claimant.id])).toEqual([
      ['personnel', 'cumulative', 1050300, 'approx', 'russia', 'ua_general_staff'], ['personnel', 'daily', 920, 'exact', 'russia', 'ua_general_staff'],
      ['tanks', 'cumulative', 11200, 'exact', 'russia', 'ua_general_staff'], ['artillery', 'cumulative', 31500, 'exact', 'russia', 'ua_general_staff'],
    ]);
  });

  it('reads drones shot down since the war began as the tally line, and a night’s shoot-down after a tally as an event', () => {
    const since = figuresOf('وقالت وزارة الدفاع الروسية إن قواتها أسقطت منذ بداية العملية العسكرية الخاصة 61 ألف طائرة مسيرة أوكرانية.');
    expect(since.map((f) => [f.metric, f.scope, f.value, f.side, f.claimant.id])).toEqual([['drones', 'cumulative', 61000, 'ukraine', 'ru_mod']]);
    const night = figuresOf([
      'وقالت هيئة الأركان الأوكرانية إن روسيا خسرت 1243840 جنديا منذ بداية الحرب و11642 دبابة.',
      'وأضافت الهيئة أن الدفاعات الجوية أسقطت 120 مسيرة روسية.',
    ].join(' '));
    expect(night.map((f) => [f.metric, f.scope, f.value])).toEqual([
      ['personnel', 'cumulative', 1243840], ['tanks', 'cumulative', 11642], ['drones_intercepted', 'event', 120],
    ]);
  });

  it('leaves a count among others of another population out of the daily change ("بينهم 5 أطفال")', () => {
    const figures = figuresOf('وقالت السلطات المحلية إن القصف الروسي على خاركيف أسفر عن مقتل 12 شخصا، بينهم 5 أطفال خلال اليوم الأخير.');
    expect(figures.map((f) => [f.metric, f.value, f.population])).toEqual([['killed', 12, 'people']]);
  });

  it('reads an RT-style Russian defence ministry claim as Ukraine’s losses, never as the General Staff’s', () => {
    const figures = figuresOf('أعلنت وزارة الدفاع الروسية أن القوات الأوكرانية خسرت خلال الـ24 ساعة الماضية ما يصل إلى 1350 عسكريا و3 دبابات، إضافة إلى 5 مدافع ميدانية.');
    expect(figures.map((f) => [f.metric, f.scope, f.value, f.qualifier, f.side, f.claimant.id])).toEqual([
      ['personnel', 'daily', 1350, 'at_most', 'ukraine', 'ru_mod'],
      ['tanks', 'daily', 3, 'exact', 'ukraine', 'ru_mod'],
      ['artillery', 'daily', 5, 'exact', 'ukraine', 'ru_mod'],
    ]);
  });

  it('reads a TASS claim of destroyed equipment as an event of the other side', () => {
    const figures = figuresOf('وقالت وكالة تاس إن القوات الروسية دمرت 5 دبابات أوكرانية و12 مركبة مدرعة في محور بوكروفسك.');
    expect(figures.map((f) => [f.metric, f.scope, f.value, f.side, f.claimant.id, f.place])).toEqual([
      ['tanks', 'event', 5, 'ukraine', 'tass', 'pokrovsk'], ['armored_vehicles', 'event', 12, 'ukraine', 'tass', 'pokrovsk'],
    ]);
  });

  it('prefers the exact body figure to the headline’s rounded one', () => {
    const figures = figuresOf('أعلن الجيش الأوكراني الخميس ارتفاع عدد قتلى وجرحى العسكريين الروس منذ بداية الحرب إلى مليون و243 ألفا و840 شخصا.', {
      title: 'أوكرانيا: خسائر روسيا تتجاوز 1.24 مليون جندي',
    });
    expect(figures.map((f) => [f.metric, f.value])).toEqual([['personnel', 1243840]]);
  });

  it('keeps one figure when the body repeats it rounded', () => {
    const figures = figuresOf([
      'أعلن الجيش الأوكراني الخميس ارتفاع عدد قتلى وجرحى العسكريين الروس منذ بداية الحرب إلى مليون و243 ألفا و840 شخصا.',
      'وبذلك تكون خسائر روسيا منذ بداية الحرب قد بلغت نحو 1.24 مليون جندي، بحسب هيئة الأركان.',
    ].join('\n'));
    expect(figures.map((f) => [f.metric, f.value, f.qualifier])).toEqual([['personnel', 1243840, 'exact']]);
  });
});

describe('extractFigures on strikes', () => {
  it('reads a Sky News–style night attack with word numbers and a shoot-down', () => {
    const figures = figuresOf('أعلن سلاح الجو الأوكراني أن روسيا أطلقت خلال الليل 95 مسيرة من طراز شاهد وثلاثة صواريخ باليستية من طراز إسكندر، وأن الدفاعات الجوية أسقطت 80 مسيرة منها.');
    expect(figures.map((f) => [f.metric, f.value, f.side, f.claimant.id])).toEqual([
      ['drones_launched', 95, 'russia', 'ua_air_force'], ['ballistic_missiles_launched', 3, 'russia', 'ua_air_force'],
      ['drones_intercepted', 80, 'russia', 'ua_air_force'],
    ]);
  });

  it('reads who launched from the attack verb (Reuters: "شنت روسيا هجوما واسعا بـ450 مسيرة")', () => {
    const figures = figuresOf('شنت روسيا هجوما واسعا ليلة السبت بـ450 طائرة مسيرة و45 صاروخا، بينها 20 صاروخا باليستيا، وتمكنت الدفاعات الجوية من إسقاط 400 مسيرة و30 صاروخا، وفق ما أعلنه سلاح الجو الأوكراني.');
    expect(figures.map((f) => [f.metric, f.value, f.side, f.claimant.id])).toEqual([
      ['drones_launched', 450, 'russia', 'ua_air_force'], ['missiles_launched', 45, 'russia', 'ua_air_force'],
      ['ballistic_missiles_launched', 20, 'russia', 'ua_air_force'], ['drones_intercepted', 400, 'russia', 'ua_air_force'],
      ['missiles_intercepted', 30, 'russia', 'ua_air_force'],
    ]);
  });

  it('reads "من أصل" as the number launched', () => {
    const figures = figuresOf('وأعلنت الدفاعات الجوية الأوكرانية إسقاط 120 طائرة مسيرة من أصل 150 أطلقتها روسيا ليلا.');
    expect(figures.map((f) => [f.metric, f.value, f.side])).toEqual([['drones_intercepted', 120, 'russia'], ['drones_launched', 150, 'russia']]);
  });

  it('reads a Russian claim of drones shot down over its regions', () => {
    const figures = figuresOf('وأعلنت وزارة الدفاع الروسية أن الدفاعات الجوية اعترضت ودمرت 41 طائرة مسيرة أوكرانية فوق مقاطعتي بيلغورود وكورسك خلال الليل.');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ metric: 'drones_intercepted', value: 41, side: 'ukraine', scope: 'event', claimant: { id: 'ru_mod' }, places: ['belgorod', 'kursk'] });
  });
});

describe('extractFigures on casualties', () => {
  it('reads killed and injured civilians with the place and the governor who reported them', () => {
    const figures = figuresOf('قتل 3 مدنيين وأصيب 12 آخرون في قصف روسي على مدينة خاركيف، وفق ما أعلن حاكم المنطقة أوليغ سينيهوبوف.');
    expect(figures.map((f) => [f.metric, f.value, f.population, f.place, f.side, f.claimant.id])).toEqual([
      ['killed', 3, 'civilians', 'kharkiv', 'ukraine', 'syniehubov'], ['injured', 12, 'people', 'kharkiv', 'ukraine', 'syniehubov'],
    ]);
  });

  it('reads word numbers and a Russian governor’s report of a Ukrainian attack', () => {
    const figures = figuresOf('وقال حاكم منطقة بيلغورود فياتشيسلاف غلادكوف إن شخصين قتلا وأصيب خمسة آخرون في هجوم أوكراني بمسيرات.');
    expect(figures.map((f) => [f.metric, f.value, f.side, f.claimant.id])).toEqual([['killed', 2, 'russia', 'gladkov'], ['injured', 5, 'russia', 'gladkov']]);
  });

  it('continues the previous speaker for "وأضاف"', () => {
    const figures = figuresOf('وقال رئيس بلدية كييف فيتالي كليتشكو إن الهجوم استهدف أحياء سكنية.\nوأضاف أن 4 مدنيين قتلوا وأصيب 11 آخرون.');
    expect(figures.map((f) => [f.metric, f.value, f.claimant.id])).toEqual([['killed', 4, 'klitschko'], ['injured', 11, 'klitschko']]);
  });

  it('reads "لقي … مصرعهما" with a dual subject', () => {
    const figures = figuresOf('وقالت السلطات المحلية إن شخصين لقيا مصرعهما في خيرسون جراء هجوم بمسيرة.');
    expect(figures.map((f) => [f.metric, f.value, f.place])).toEqual([['killed', 2, 'kherson']]);
  });

  it('reads "لقي … حتفهم" after the count', () => {
    const figures = figuresOf('وأفادت السلطات الأوكرانية بأن 7 أشخاص لقوا حتفهم في ضربة صاروخية روسية على زابوريجيا.');
    expect(figures.map((f) => [f.metric, f.value, f.side, f.place])).toEqual([['killed', 7, 'ukraine', 'zaporizhzhia']]);
  });
});

describe('extractFigures on more phrasings', () => {
  it('reads "40 منها" as shot down from the drones counted before', () => {
    const figures = figuresOf('أطلقت القوات الأوكرانية 45 مسيرة على مقاطعات روسية، أسقطت الدفاعات الجوية الروسية 40 منها، بحسب وزارة الدفاع الروسية.');
    expect(figures.map((f) => [f.metric, f.value, f.side, f.claimant.id])).toEqual([
      ['drones_launched', 45, 'ukraine', 'ru_mod'], ['drones_intercepted', 40, 'ukraine', 'ru_mod'],
    ]);
  });

  it('reads an unnamed source closing the sentence ("وفق السلطات المحلية")', () => {
    const figures = figuresOf('قتل شخص وأصيب 3 آخرون في هجوم بمسيرة روسية على مدينة سومي، وفق السلطات المحلية.');
    expect(figures.map((f) => [f.metric, f.value, f.place, f.side, f.claimant.kind, f.claimant.text])).toEqual([
      ['injured', 3, 'sumy', 'ukraine', 'unknown', 'السلطات المحلية'],
    ]);
  });

  it('tells apart two sides’ cumulative claims in one sentence', () => {
    const figures = figuresOf('وأعلن الجيش الأوكراني أنه دمر منذ بداية الحرب 11642 دبابة، فيما قالت موسكو إنها دمرت 5 آلاف دبابة أوكرانية منذ بداية العملية العسكرية.');
    expect(figures.map((f) => [f.metric, f.value, f.side, f.claimant.id])).toEqual([
      ['tanks', 11642, 'russia', 'ua_general_staff'], ['tanks', 5000, 'ukraine', 'russia'],
    ]);
  });

  it('reads a UN civilian toll as killed civilians, not personnel', () => {
    const figures = figuresOf('وقالت الأمم المتحدة إن أكثر من 12 ألف مدني قتلوا منذ بداية الغزو الروسي.');
    expect(figures[0]).toMatchObject({ metric: 'killed', value: 12000, qualifier: 'at_least', population: 'civilians', claimant: { id: 'united_nations' } });
  });
});

describe('extractFigures on prisoner exchanges', () => {
  it('reads prisoners counted as "أسرى" in digits and in words, per side', () => {
    const read = (body: string) => figuresOf(body).map((f) => [f.metric, f.value, f.scope]);
    expect(read('وأكدت موسكو وكييف تبادل 157 أسيرا من كل جانب.')).toEqual([['prisoners_exchanged', 157, 'event']]);
    expect(read('وأعلنت وزارة الدفاع الروسية تبادل ألف أسير من كل طرف.')).toEqual([['prisoners_exchanged', 1000, 'event']]);
    expect(read('وقالت كييف إنه جرى تبادل مئتين وخمسة أسرى من كل جانب.')).toEqual([['prisoners_exchanged', 205, 'event']]);
  });

  it('reads no exchange that is only agreed, hoped for, denied or still to come', () => {
    for (const body of [
      'واتفق الجانبان على تبادل ألف أسير من كل طرف.',
      'وقال زيلينسكي إنه يأمل في تبادل 300 أسير من كل جانب.',
      'وقالت موسكو إنه سيتم تبادل 300 أسير من كل جانب.',
      'وقالت موسكو إنه لم يتم تبادل 300 أسير من كل جانب.',
    ]) expect(figuresOf(body), body).toEqual([]);
  });
});

describe('extractFigures on scope', () => {
  it('reads a Russian group’s losses of the day as an event, not a running total', () => {
    const figures = figuresOf('أعلنت وزارة الدفاع الروسية، اليوم الخميس، أن قوات مجموعة "الشمال" كبدت العدو خسائر بلغت أكثر من 200 عسكري.');
    expect(figures.map((f) => [f.metric, f.value, f.qualifier, f.scope, f.claimant.id])).toEqual([['killed_or_injured', 200, 'at_least', 'event', 'ru_mod']]);
  });

  it('reads a night across two days as one attack, dated its first day', () => {
    const figures = figuresOf('وأسقطت الدفاعات الجوية الأوكرانية ليل الأربعاء الخميس 90 مسيرة من أصل 112، بحسب سلاح الجو.');
    expect(figures.map((f) => [f.metric, f.value, f.asOf])).toEqual([['drones_intercepted', 90, '2026-02-04'], ['drones_launched', 112, '2026-02-04']]);
  });

  it('leaves out a week’s total of drones', () => {
    expect(figuresOf('وقال زيلينسكي: "أطلقت روسيا هذا الأسبوع أكثر من 1200 مسيرة و40 صاروخا".')).toEqual([]);
    expect(figuresOf('وأشارت وزارة الدفاع الروسية إلى أن الدفاعات الجوية أسقطت خلال الأسبوع الماضي 1500 طائرة مسيرة.')).toEqual([]);
  });
});
