import { describe, expect, it } from 'vitest';
import { createExtractionContext, viewArticle } from '../../src/extract/sentence/article-view.ts';
import type { FigureFact } from '../../src/extract/facts.ts';
import { extractFigures } from '../../src/extract/figures/figures.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

const context = createExtractionContext(russiaUkrainePack);

function figuresOf(body: string, date = '2025-03-10'): FigureFact[] {
  return extractFigures(viewArticle(context, { id: 'b1', body, publishedDate: date }), context);
}

/** metric/scope → value, claimant id, for the figures a test cares about. */
function table(figures: readonly FigureFact[]): string[] {
  return figures.map((f) => `${f.metric}/${f.scope}=${f.value}${f.qualifier === 'exact' ? '' : `(${f.qualifier})`} by ${f.claimant.id ?? f.claimant.text}${f.side ? ` of ${f.side}` : ''}`);
}

describe('a General Staff bulletin read as one unit', () => {
  it('reads the running total when a comma closes the since-date before إلى', () => {
    const figures = figuresOf('أعلنت هيئة الأركان الأوكرانية ارتفاع عدد قتلى وجرحى الجنود الروس منذ بدء الحرب في 24 فبراير 2022، إلى نحو 700 ألف و120 جنديا.');
    expect(table(figures)).toEqual(['personnel/cumulative=700120(approx) by ua_general_staff of russia']);
  });

  it('reads it across a month written twice in parentheses and a long since-phrase', () => {
    const figures = figuresOf('أعلن الجيش الأوكراني، اليوم الاثنين، ارتفاع عدد قتلى الجنود الروس منذ بداية الحرب الروسية على أوكرانيا في 24 فبراير(شباط) 2022، إلى نحو 412 ألفاً و300 جندي.');
    expect(table(figures)).toEqual(['personnel/cumulative=412300(approx) by ua_general_staff of russia']);
  });

  it('counts the enemy’s soldiers labelled only as killed as the tally’s personnel line', () => {
    const figures = figuresOf('أعلنت هيئة الأركان الأوكرانية ارتفاع عدد قتلى الجنود الروس إلى 80 ألفا و300 جندي منذ بدء الحرب.');
    expect(table(figures)).toEqual(['personnel/cumulative=80300 by ua_general_staff of russia']);
  });

  it('keeps a third party’s estimate of the dead a count of the killed', () => {
    const figures = figuresOf('وقالت الاستخبارات البريطانية إن عدد قتلى الجنود الروس منذ بدء الحرب بلغ نحو 40 ألف جندي.');
    expect(figures.every((f) => f.metric !== 'personnel')).toBe(true);
  });

  it('keeps a side’s count of its own dead out of the tally', () => {
    const figures = figuresOf('وأعلن الرئيس الأوكراني فولوديمير زيلينسكي أن عدد قتلى الجنود الأوكرانيين منذ بدء الحرب بلغ 31 ألف جندي.');
    expect(figures.every((f) => f.metric !== 'personnel')).toBe(true);
  });

  it('reads a day’s part told with أمس after من بينهم and a qualifier', () => {
    const figures = figuresOf('أعلن الجيش الأوكراني ارتفاع عدد قتلى الجنود الروس إلى 90 ألفا و510 جنديا منذ بدء الحرب، من بينهم أكثر من 420 جنديا قتلوا أمس فقط.');
    expect(table(figures)).toEqual([
      'personnel/cumulative=90510 by ua_general_staff of russia',
      'personnel/daily=420(at_least) by ua_general_staff of russia',
    ]);
  });

  it('reads a day’s part told past a comma ("لقوا حتفهم، أمس")', () => {
    const figures = figuresOf('أعلن الجيش الأوكراني ارتفاع عدد قتلى الجنود الروس منذ بدء الحرب إلى نحو 210 آلاف جندي، من بينهم 640 جنديا لقوا حتفهم، أمس الأحد فقط.');
    expect(table(figures)).toContain('personnel/daily=640 by ua_general_staff of russia');
    expect(figures.filter((f) => f.scope === 'cumulative').map((f) => f.value)).toEqual([210000]);
  });

  it('reads the same count for one day after the total ("بعد مقتل 830 جنديا أمس")', () => {
    const figures = figuresOf('أعلن الجيش الأوكراني ارتفاع عدد قتلى الجنود الروس إلى 250 ألفا و10 جنود منذ بدء الحرب بعد مقتل 715 جنديا أمس.');
    expect(table(figures)).toEqual([
      'personnel/cumulative=250010 by ua_general_staff of russia',
      'personnel/daily=715 by ua_general_staff of russia',
    ]);
  });

  it('reads a tank line’s day part ("منها أربع دبابات أمس") as daily, never a second total', () => {
    const figures = figuresOf('وبحسب هيئة الأركان الأوكرانية، دمرت القوات الأوكرانية منذ بداية الحرب 9120 دبابة، منها ثلاث دبابات أمس السبت، و18020 مركبة قتالية مدرعة.');
    expect(table(figures)).toEqual([
      'tanks/cumulative=9120 by ua_general_staff of russia',
      'tanks/daily=3 by ua_general_staff of russia',
      'armored_vehicles/cumulative=18020 by ua_general_staff of russia',
    ]);
  });

  it('drops a part with no day of its own rather than report it as a total', () => {
    const figures = figuresOf('وبحسب هيئة الأركان الأوكرانية، دمرت القوات الأوكرانية منذ بداية الحرب 9120 دبابة، منها 300 دبابة في خاركيف.');
    expect(table(figures)).toEqual(['tanks/cumulative=9120 by ua_general_staff of russia']);
  });

  it('lets a list of four tally lines with a named claimant open a bulletin of its own', () => {
    const figures = figuresOf('وذكرت هيئة الأركان الأوكرانية أنه خلال هذه الفترة "خسرت روسيا أيضا 3010 دبابات و6020 مدرعة و2030 نظام مدفعية و410 راجمات صواريخ".');
    expect(table(figures)).toEqual([
      'tanks/cumulative=3010 by ua_general_staff of russia',
      'armored_vehicles/cumulative=6020 by ua_general_staff of russia',
      'artillery/cumulative=2030 by ua_general_staff of russia',
      'mlrs/cumulative=410 by ua_general_staff of russia',
    ]);
  });

  it('leaves two lines with no scope and no bulletin before them alone', () => {
    const figures = figuresOf('وذكرت هيئة الأركان الأوكرانية أن روسيا خسرت 12 دبابة و20 مدرعة.');
    expect(figures.filter((f) => f.scope === 'cumulative')).toEqual([]);
  });

  it('gives a relayed bulletin to who issued it, not to the agency that carried it', () => {
    const figures = figuresOf('وذكرت هيئة الأركان الأوكرانية، حسبما أوردت وكالة أنباء محلية، أن روسيا خسرت منذ بدء الحرب 3000 دبابة و5000 مدرعة.');
    expect(table(figures)).toEqual([
      'tanks/cumulative=3000 by ua_general_staff of russia',
      'armored_vehicles/cumulative=5000 by ua_general_staff of russia',
    ]);
  });

  it('reads "نقلت وكالة … عن هيئة الأركان" past the agency’s name and adjective', () => {
    const figures = figuresOf('ونقلت وكالة أنباء (يوكرين فورم) الأوكرانية عن هيئة الأركان العامة قولها إن روسيا خسرت منذ بدء الحرب 7100 دبابة و14200 مدرعة و9300 نظام مدفعية و980 راجمة صواريخ.');
    expect(new Set(figures.map((f) => f.claimant.id))).toEqual(new Set(['ua_general_staff']));
    expect(figures).toHaveLength(4);
  });

  it('lets the other side’s agency speak for itself after a bulletin', () => {
    const figures = figuresOf([
      'وأعلنت هيئة الأركان الأوكرانية أن روسيا خسرت منذ بداية الحرب 10100 دبابة.',
      'وقالت وكالة سبوتنيك الروسية إن القوات الروسية دمرت 6 دبابات خلال يوم.',
    ].join('\n'));
    expect(figures.find((f) => f.value === 6)?.claimant.id).toBe('sputnik');
  });

  it('reads armoured vehicles written with the article on both words, and never a bare "vehicles" as the vehicles-and-fuel line', () => {
    const figures = figuresOf('وأعلنت هيئة الأركان الأوكرانية أن روسيا خسرت منذ بداية الحرب 4484 من المركبات المدرعة و1643 مركبة و76 خزان وقود.');
    expect(table(figures)).toEqual(['armored_vehicles/cumulative=4484 by ua_general_staff of russia']);
  });

  it('knows the General Staff translated as the General Command', () => {
    const figures = figuresOf('ذكرت القيادة العامة للقوات المسلحة الأوكرانية أن روسيا خسرت منذ بداية الحرب 2900 دبابة.');
    expect(table(figures)).toEqual(['tanks/cumulative=2900 by ua_general_staff of russia']);
  });

  it('reads a since-phrase the cues do not list word for word ("منذ بدء غزوها الشامل")', () => {
    const figures = figuresOf('أفادت هيئة الأركان الأوكرانية بأن الجيش الروسي خسر حوالي 1،050،200 جندي منذ بدء غزوها الشامل.');
    expect(table(figures)).toEqual(['personnel/cumulative=1050200(approx) by ua_general_staff of russia']);
  });

  it('never dates a tally to its since-date, however long the since-phrase', () => {
    const figures = figuresOf('أعلن الجيش الأوكراني ارتفاع عدد قتلى وجرحى العسكريين الروس منذ بداية الحرب على الأراضي الأوكرانية في 24 فبراير 2022، إلى نحو مليون و10 آلاف فرد.', '2025-06-01');
    expect(figures.map((f) => f.asOf)).toEqual(['2025-06-01']);
  });

  it('keeps a bulletin line as of the bulletin when a day part says أمس', () => {
    const figures = figuresOf('وبحسب هيئة الأركان الأوكرانية، دمرت القوات الأوكرانية منذ بداية الحرب 9120 دبابة، منها ثلاث دبابات أمس.', '2025-06-01');
    expect(figures.map((f) => `${f.scope}:${f.asOf}`)).toEqual(['cumulative:2025-06-01', 'daily:2025-06-01']);
  });

  it('reads a category named with a strike word ("متعددة الإطلاق") without launching the weapons after it', () => {
    const figures = figuresOf('وأشارت هيئة الأركان الأوكرانية إلى أن روسيا فقدت منذ بدء الحرب 1120 من أنظمة راجمات الصواريخ متعددة الإطلاق و2398 من صواريخ كروز و12274 طائرة بدون طيار.');
    expect(table(figures)).toEqual([
      'mlrs/cumulative=1120 by ua_general_staff of russia',
      'cruise_missiles/cumulative=2398 by ua_general_staff of russia',
      'drones/cumulative=12274 by ua_general_staff of russia',
    ]);
  });

  it('reads the day’s dead and wounded inside a bulletin as its personnel line', () => {
    const figures = figuresOf([
      'أعلنت هيئة الأركان الأوكرانية أن خسائر روسيا منذ بداية الحرب بلغت نحو 990 ألف جندي.',
      'وأضافت الهيئة أن ضمن هذه الأرقام 1210 قتلوا وأصيبوا خلال الساعات الـ24 الماضية.',
    ].join('\n'));
    expect(table(figures)).toContain('personnel/daily=1210 by ua_general_staff of russia');
  });

  it('counts losses "in the ranks" of the enemy’s forces as soldiers', () => {
    const figures = figuresOf('وأفادت هيئة الأركان الأوكرانية بارتفاع إجمالي عدد الخسائر في صفوف قوات موسكو منذ اندلاع النزاع إلى نحو 330,100.');
    expect(table(figures)).toEqual(['personnel/cumulative=330100(approx) by ua_general_staff of russia']);
  });

  it('reads "عن القيادة" after an agency as the command named before, not the agency', () => {
    const figures = figuresOf([
      'ذكرت القيادة العامة للقوات المسلحة الأوكرانية أن الوضع على الجبهة صعب.',
      'ونقلت وكالة الأنباء الأوكرانية "يوكرينفورم" اليوم عن القيادة قولها إن خسائر روسيا منذ بدء الحرب تشمل 2950 دبابة و5900 مدرعة و1900 نظام مدفعية و400 راجمة صواريخ.',
    ].join('\n'));
    expect(new Set(figures.map((f) => f.claimant.id))).toEqual(new Set(['ua_general_staff']));
  });

  it('gives an estimate to whoever made it ("وقدرت تقارير غربية…")', () => {
    const figures = figuresOf('أعلنت كييف أن روسيا فقدت 2200 جندي خلال 24 ساعة، في المقابل، قدرت تقارير غربية عدد القتلى الروس بنحو 120,000 جندي منذ بداية الغزو.');
    const estimate = figures.find((f) => f.value === 120000);
    expect(estimate?.claimant.id).toBeUndefined();
    expect(estimate?.metric).toBe('killed');
  });

  it('never reads a year after عام, or a forecast, as a count', () => {
    const figures = figuresOf('وقدرت الدراسة أنه يمكن أن تصل الخسائر البشرية إلى مليوني شخص بحلول ربيع عام 2026.');
    expect(figures).toEqual([]);
  });

  it('leaves a month’s count out: it is neither the day’s nor the war’s', () => {
    const figures = figuresOf('أعلنت وزارة الدفاع الأوكرانية أن الجيش الروسي تكبد أكبر خسائره منذ بداية الغزو خلال شهر أكتوبر 2024، حيث قدرت عدد القتلى والجرحى في صفوفه بحوالي 41 ألف قتيل وجريح.');
    expect(figures.filter((f) => f.metric === 'personnel' || f.metric === 'killed_or_injured')).toEqual([]);
  });

  it('reads a day marker in the count’s own clause over a since-phrase before it', () => {
    const figures = figuresOf('أعلنت أوكرانيا ارتفاع عدد قتلى وجرحى الجيش الروسي إلى 701,240 جندياً منذ بداية الحرب، مع تسجيل 1,280 إصابة أو وفاة خلال الـ24 ساعة الماضية.');
    expect(table(figures)).toEqual([
      'personnel/cumulative=701240 by ukraine of russia',
      'personnel/daily=1280 by ukraine of russia',
    ]);
  });

  it('reads a count whose dead are told in a relative clause ("عدد الجنود الروس الذين لقوا حتفهم إلى")', () => {
    const figures = figuresOf('أعلن الجيش الأوكراني عن ارتفاع عدد الجنود الروس الذين لقوا حتفهم إلى ما يقرب من 205,100 جندي منذ بدء الحرب.');
    expect(table(figures)).toEqual(['personnel/cumulative=205100(approx) by ua_general_staff of russia']);
  });

  it('keeps a leader’s count of his own side’s dead, told in a relative clause, out of the tally', () => {
    const figures = figuresOf('قال الرئيس الأوكراني فولوديمير زيلينسكي إن عدد الجنود الأوكرانيين الذين قتلوا في الحرب يصل إلى 47 ألف جندي.');
    expect(figures.map((f) => [f.metric, f.side])).toEqual([['killed', 'ukraine']]);
  });

  it('reads no value from a range or a rate ("ما بين 600 و1000 جندي يومياً")', () => {
    const figures = figuresOf('وتشير التقديرات الأوكرانية إلى زيادة عدد الجنود الروس المفقودين إلى ما بين 600 و1000 جندي منذ بداية أكتوبر، أي نحو 700 جندي يومياً.');
    expect(figures).toEqual([]);
  });

  it('reads a lone 24-hour equipment count as the day’s strikes, not a tally line', () => {
    const figures = figuresOf('وذكرت هيئة الأركان الأوكرانية أن قواتها دمرت 14 وحدة مدفعية روسية خلال الساعات الـ24 الماضية.');
    expect(figures.map((f) => [f.metric, f.scope, f.value])).toEqual([['equipment_destroyed', 'event', 14]]);
  });

  it('reads the smaller of two totals of one line in a sentence as its change when the bulletin tells the day', () => {
    const figures = figuresOf([
      'أعلنت هيئة الأركان الأوكرانية أن روسيا خسرت 900 جندي في يوم واحد، ليرتفع إجمالي عدد قتلى وجرحى الجنود الروس منذ بداية الحرب إلى نحو 330 ألف جندي.',
      'وأفاد البيان بأن الجانب الروسي فقد ثلاث دبابات خلال نفس الفترة، ليصل العدد الكلي للدبابات المدمرة منذ بداية الحرب إلى 5,600 دبابة.',
    ].join('\n'));
    expect(table(figures).filter((line) => line.startsWith('tanks'))).toEqual([
      'tanks/daily=3 by ua_general_staff of russia',
      'tanks/cumulative=5600 by ua_general_staff of russia',
    ]);
  });
});
