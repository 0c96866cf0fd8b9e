import { describe, expect, it } from 'vitest';
import { createExtractionContext, viewArticle } from '../../src/extract/sentence/article-view.ts';
import type { FigureFact } from '../../src/extract/facts.ts';
import { extractFigures } from '../../src/extract/figures/figures.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

const context = createExtractionContext(russiaUkrainePack);

function figuresOf(body: string): FigureFact[] {
  return extractFigures(viewArticle(context, { id: 'd1', body, publishedDate: '2026-02-05' }), context);
}

describe('extractFigures leaves distractors alone', () => {
  const distractors: [string, string][] = [
    ['years', 'بدأ الغزو الروسي لأوكرانيا عام 2022، ووقعت المعاهدة عام 2010، بحسب هيئة الأركان.'],
    ['durations', 'قال زيلينسكي إن الحرب مستمرة منذ 4 سنوات، وإنها أول عملية تبادل منذ 4 أشهر.'],
    ['a heating outage "لشهرين"', 'وأعلن رئيس بلدية كييف أن المباني ستبقى بلا تدفئة لشهرين على الأقل.'],
    ['percentages', 'وقال مسؤول أوكراني إن روسيا تحتل نحو 20% من الأراضي الأوكرانية، و30 في المئة من مقاطعة زابوريجيا.'],
    ['a hypothetical sacrifice', 'وقال زيلينسكي إن موسكو ستضطر إلى التضحية بـ800 ألف رجل إضافي لإكمال الغزو الروسي لهذه المنطقة.'],
    ['buildings without heating', 'وأعلن رئيس بلدية العاصمة الأوكرانية أن أكثر من 1100 مبنى سكني في كييف ستكون بلا تدفئة.'],
    ['temperatures', 'وقالت السلطات إن درجات الحرارة تقترب من 20 درجة تحت الصفر في خاركيف.'],
    ['a vague "tens of thousands"', 'وأعلن زيلينسكي أن عدد المفقودين قد يصل بحسب بعض التقديرات إلى عشرات الآلاف.'],
    ['dates of rounds', 'وقال عمروف إن الجولة الأولى عقدت يومي 23 و24 يناير في أبوظبي.'],
    ['an earlier bulletin', 'وكانت هيئة الأركان قد أعلنت أمس أن خسائر روسيا منذ بداية الحرب بلغت مليونا و243 ألفا و70 جنديا.'],
    ['a comparison value', 'وقالت هيئة الأركان إن خسائر روسيا منذ بداية الحرب ارتفعت مقارنة بـ1243070 أمس.'],
    ['an unclaimed tally', 'ودمرت القوات الأوكرانية منذ بداية الحرب 11642 دبابة روسية.'],
    ['a tally word far from its number', 'وقال الجيش الأوكراني إن 40 دبلوماسيا زاروا المواقع التي دمرت فيها الدبابات منذ بداية الحرب.'],
    ['a count of something else after a casualty word', 'وقال حاكم خاركيف إن القصف أسفر عن مقتل شخص وتضرر 30 منزلا.'],
    ['an economic share after losses', 'وبلغت الخسائر الاقتصادية 20%، وفق وزارة الخارجية الأوكرانية.'],
    ['a bare tank count with no war context', 'وقال الكرملين إن ألمانيا تعهدت بتسليم 14 دبابة إلى أوكرانيا.'],
    ['a number of rounds', 'وأعلن زيلينسكي أن الطرفين عقدا 3 جولات من المحادثات.'],
  ];
  for (const [name, sentence] of distractors) {
    it(`reads no figure from ${name}`, () => {
      expect(figuresOf(sentence)).toEqual([]);
    });
  }

  it('never gives a figure without a claimant', () => {
    expect(figuresOf('قتل 5 مدنيين في قصف على خيرسون.')).toEqual([]);
  });

  it('keeps civilian counts out of the personnel line', () => {
    const figures = figuresOf('وقال الجيش الأوكراني إن 12 مدنيا قتلوا منذ بداية الحرب في القرية.');
    expect(figures.map((f) => f.metric)).toEqual(['killed']);
    expect(figures[0]).toMatchObject({ population: 'civilians', scope: 'cumulative' });
  });

  it('does not let a General Staff report carry into the next speaker’s figures', () => {
    const figures = figuresOf([
      'ووفق بيان نشرته هيئة الأركان العامة للقوات المسلحة الأوكرانية، فإن القوات الأوكرانية دمرت منذ بداية الحرب 11642 دبابة روسية.',
      'وقالت وكالة سبوتنيك الروسية إن القوات الروسية دمرت 4 دبابات خلال المعارك.',
    ].join('\n'));
    expect(figures.map((f) => [f.metric, f.scope, f.claimant.id])).toEqual([['tanks', 'cumulative', 'ua_general_staff'], ['tanks', 'event', 'sputnik']]);
  });
});

describe('extractFigures keeps a report to its own figures', () => {
  it('does not lend the General Staff to an unattributed casualty after its list', () => {
    const figures = figuresOf([
      'ووفق بيان نشرته هيئة الأركان العامة للقوات المسلحة الأوكرانية، فإن القوات الأوكرانية دمرت منذ بداية الحرب 11642 دبابة روسية.',
      'وقتل 5 مدنيين في قصف على خيرسون.',
    ].join('\n'));
    expect(figures.map((f) => f.metric)).toEqual(['tanks']);
  });

  it('does not read a running total since the start of the year as one attack', () => {
    expect(figuresOf('وقال سلاح الجو الأوكراني إن روسيا أطلقت منذ بداية العام أكثر من 20 ألف طائرة مسيرة.')).toEqual([]);
  });

  it('does not read "تبادل 300 أسير" without "من كل جانب": total and per side cannot be told apart', () => {
    expect(figuresOf('وأعلنت أوكرانيا وروسيا تبادل 300 أسير، بحسب زيلينسكي.')).toEqual([]);
  });

  it('drops a part of a casualty count that is not the day’s change ("بينهم 700 طفل")', () => {
    const figures = figuresOf('وقالت الأمم المتحدة إن أكثر من 12 ألف مدني قتلوا منذ بداية الغزو الروسي، بينهم 700 طفل.');
    expect(figures.map((f) => [f.metric, f.value, f.qualifier, f.scope, f.population])).toEqual([['killed', 12000, 'at_least', 'cumulative', 'civilians']]);
  });
});

describe('extractFigures: the place of the event, not of the report', () => {
  it('does not take the city an agency reports from as the place of the figure', () => {
    const [downed] = figuresOf('وأكدت روسيا صباح اليوم أن دفاعاتها الجوية دمرت 64 مسيرة أوكرانية، وفق ما نقلته وكالة تاس من موسكو.');
    expect(downed).toMatchObject({ value: 64, claimant: { id: 'russia' } });
    expect(downed?.place).toBeUndefined();
    const [struck] = figuresOf('وأكدت روسيا صباح اليوم أن دفاعاتها الجوية دمرت 64 مسيرة أوكرانية في موسكو.');
    expect(struck?.place).toBe('moscow');
  });
});
