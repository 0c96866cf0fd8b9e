import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractionContext, viewArticle } from '../../src/extract/sentence/article-view.ts';
import type { StatementFact } from '../../src/extract/facts.ts';
import { extractStatements, findQuotes } from '../../src/extract/statements/statements.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

const context = createExtractionContext(russiaUkrainePack);

function statementsOf(body: string): StatementFact[] {
  return extractStatements(viewArticle(context, { id: 's1', body, publishedDate: '2026-02-05' }), context);
}

/** Only the quotes: the tests of quotation marks, speakers and verbs. */
function quotesOf(body: string): StatementFact[] {
  return statementsOf(body).filter((s) => s.form === 'quoted');
}

function seedStatements(name: string): StatementFact[] {
  const text = readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/u, '');
  return statementsOf(text).filter((s) => s.form === 'quoted');
}

const brief = (s: StatementFact): [string | undefined, string, string] => [s.speaker.id ?? s.speaker.text, s.verb, s.quote];

describe('findQuotes', () => {
  it('pairs «», “”, ”” and straight quotes, and never crosses a line', () => {
    const text = 'قال «أ ب» ثم "ج" ثم “د” ثم ”هـ” ثم "و\nز"';
    expect(findQuotes(text).map((q) => q.text)).toEqual(['أ ب', 'ج', 'د', 'هـ']);
  });

  it('gives the span with the marks', () => {
    const [quote] = findQuotes('قال “الحوار مستمر”.');
    expect(quote).toEqual({ start: 4, end: 18, text: 'الحوار مستمر' });
  });
});

describe('extractStatements', () => {
  it('reads a quote with its speaker and verb', () => {
    const [statement] = statementsOf('وقال المتحدث باسم الكرملين دميتري بيسكوف للصحافيين: «لا داعي لتوقع أي بيانات في الوقت الراهن».');
    expect(statement).toMatchObject({
      kind: 'statement', form: 'quoted', verb: 'قال', quote: 'لا داعي لتوقع أي بيانات في الوقت الراهن',
      speaker: { kind: 'person', id: 'peskov', text: 'المتحدث باسم الكرملين دميتري بيسكوف' },
    });
    expect(statement!.evidence.sentence.startsWith('وقال المتحدث')).toBe(true);
  });

  it('gives each quote of a sentence its own verb', () => {
    const statements = quotesOf('وفي هذا السياق، دعا الرئيس الأوكراني فولوديمير زيلينسكي إلى “نتائج أسرع” واصفا مفاوضات السلام بأنها “ليست سهلة”، ولفت إلى أن نقطة الخلاف الرئيسية هي قضية الأراضي مؤكدا أن “الحوار مستمر”.');
    expect(statements.map(brief)).toEqual([
      ['zelensky', 'دعا', 'نتائج أسرع'], ['zelensky', 'واصفا', 'ليست سهلة'], ['zelensky', 'مؤكدا', 'الحوار مستمر'],
    ]);
  });

  it('continues the previous speaker for a quote after "وأضاف"', () => {
    const statements = quotesOf('وقال زيلينسكي إن موسكو لن تنتصر.\nوأضاف "سيستغرق الأمر عامين على الأقل".');
    expect(statements.map(brief)).toEqual([['zelensky', 'أضاف', 'سيستغرق الأمر عامين على الأقل']]);
  });

  it('reads a quote that comes before its verb', () => {
    const statements = statementsOf('«لن نتخلى عن أراضينا»، قال زيلينسكي للصحافيين في كييف.');
    expect(statements.map(brief)).toEqual([['zelensky', 'قال', 'لن نتخلى عن أراضينا']]);
  });

  it('reads a quote attributed at the end of the sentence ("بحسب ما ذكرت")', () => {
    const statements = statementsOf('تسببت الضربات الروسية بـ”أضرار جسيمة” للبنية التحتية للطاقة الخميس، بحسب ما ذكرت وزارة الخارجية الأوكرانية.');
    expect(statements.map(brief)).toEqual([['ua_mfa', 'ذكرت', 'أضرار جسيمة']]);
  });

  it('reads the statement of an organization and of "البيان"', () => {
    const statements = quotesOf([
      'وقالت القيادة الأوروبية للجيش الأميركي في بيان إن “الحفاظ على الحوار بين الجيوش عامل مهم”.',
      'وأكد البيان أن القائد يعتزم “الحفاظ على حوار عسكري”.',
    ].join('\n'));
    expect(statements.map(brief)).toEqual([['us_eucom', 'قالت', 'الحفاظ على الحوار بين الجيوش عامل مهم'], ['us_eucom', 'أكد', 'الحفاظ على حوار عسكري']]);
  });

  it('does not take a quoted name for a statement', () => {
    expect(quotesOf('وأفاد مصدر لوكالة «تاس» بأن المفاوضات بدأت.')).toEqual([]);
    expect(quotesOf('وقال روبيو إن انتهاء معاهدة “نيو ستارت” لا يغير شيئا.')).toEqual([]);
  });

  it('does not emit a quote no speech verb introduces', () => {
    expect(statementsOf('– “عمل كثير” –\nوتواصل روسيا الضغط عبر تكثيف “الضربات”.')).toEqual([]);
  });

  it('keeps reported speech without quotation marks as reported, never as a quote', () => {
    expect(statementsOf('وقال زيلينسكي إن موسكو ستضطر إلى التضحية بمزيد من الجنود.').map((s) => [s.form, s.speaker.id, s.quote])).toEqual([
      ['reported', 'zelensky', 'إن موسكو ستضطر إلى التضحية بمزيد من الجنود'],
    ]);
  });

  it('does not give a quote to the subject of a relative clause', () => {
    const statements = quotesOf('إلاّ أن زيلينسكي أوضح أن قضية الأراضي التي تطالب بها موسكو في شرق أوكرانيا “لم تُحَلّ بعد”.');
    expect(statements.map(brief)).toEqual([['zelensky', 'أوضح', 'لم تُحَلّ بعد']]);
  });

  it('continues the speaker through "وتابع قائلا"', () => {
    const statements = quotesOf('وقال زيلينسكي إن الوضع صعب.\nوتابع قائلا: «سنواصل الضغط».');
    expect(statements.map(brief)).toEqual([['zelensky', 'قائلا', 'سنواصل الضغط']]);
  });

  it('gives a relayed quote to the one quoted, not to the agency ("نقلت … عن …")', () => {
    const statements = statementsOf('ونقلت وكالة رويترز عن مسؤول أوكراني قوله إن "المحادثات صعبة".');
    expect(statements.map((s) => [s.speaker.kind, s.speaker.id, s.speaker.text])).toEqual([['party', 'ukraine', 'مسؤول أوكراني']]);
  });

  it('gives a participle with no verb before it to the subject of the opening verb', () => {
    const statements = statementsOf('ورد بيسكوف على سؤال حول القمة قائلا: "لا توجد خطط ملموسة".');
    expect(statements.map(brief)).toEqual([['peskov', 'قائلا', 'لا توجد خطط ملموسة']]);
  });

  it('reads a quote that opens the sentence before "بهذه الكلمات علق"', () => {
    const statements = statementsOf('"لن نتنازل عن أي شبر"، بهذه الكلمات علق زيلينسكي على المقترح.');
    expect(statements.map(brief)).toEqual([['zelensky', 'علق', 'لن نتنازل عن أي شبر']]);
  });

  it('does not take a term the outlet puts in quotation marks for a statement', () => {
    expect(statementsOf('أعلنت موسكو الخميس عن "تقدم" في المحادثات.')).toEqual([]);
    expect(statementsOf('وقال المفاوض منددا بما اعتبرها محاولات أوروبية "لعرقلة المسار".')).toEqual([]);
  });

  it('keeps one statement when a quote is repeated', () => {
    expect(statementsOf('وقال بيسكوف “لا جديد”.\nوقال بيسكوف مجددا “لا جديد”.')).toHaveLength(1);
  });
});

describe('extractStatements: speakers in other orders', () => {
  it('gives the words of a relative clause to the name it follows ("… زيلينسكي الذي قال")', () => {
    expect(quotesOf('وانتهى اللقاء بحسب الرئيس الأوكراني فولوديمير زيلينسكي الذي قال للصحفيين: «كان لقاء مفيدا جدا».').map(brief)).toEqual([
      ['zelensky', 'قال', 'كان لقاء مفيدا جدا'],
    ]);
  });

  it('gives a verb after a name set off by commas to that name', () => {
    expect(statementsOf('وكان المبعوث الأمريكي، ستيف ويتكوف، قال في وقت سابق إن الجولة المقبلة ستكون حاسمة.').map((s) => s.speaker.id)).toEqual(['witkoff']);
  });

  it('reads "رد" as a reply, but "رد فعل" as a reaction', () => {
    expect(quotesOf('فرد عمروف: «لن نوقع على شيء قبل وقف النار».').map(brief)).toEqual([['umerov', 'رد', 'لن نوقع على شيء قبل وقف النار']]);
    expect(quotesOf('وطالب زيلينسكي برد فعل دولي حازم على غياب بوتين "لأنه لا يريد السلام".').map((s) => s.verb)).toEqual(['طالب']);
  });
});

describe('extractStatements: quotes with no verb', () => {
  it('gives a quote signed after a comma to the name that signs it', () => {
    expect(quotesOf('“لقد أثبتنا اليوم أمام الجميع أننا نريد سلاما عادلا” ، رستم عمروف ، رئيس الوفد الأوكراني.').map((s) => [s.speaker.id, s.verb])).toEqual([['umerov', '']]);
  });

  it('gives a sentence that is one quote to the person who spoke just before, and to no one after a sentence of no one', () => {
    const found = quotesOf('أكد رئيس الوفد الأوكراني رستم عمروف أن الجانبين اتفقا على آلية للمراقبة. “اتفق الجميع على احترام الهدنة في الموانئ والممرات البحرية”.');
    expect(found.map((s) => s.speaker.id)).toEqual(['umerov']);
    expect(quotesOf('ونشرت الوكالة الخبر صباحا. “اتفق الجميع على احترام الهدنة في الموانئ والممرات البحرية”.')).toEqual([]);
  });
});

describe('findQuotes: a mark the outlet left open', () => {
  it('runs a quote opened after a colon and never closed to the end of its line', () => {
    expect(findQuotes('وقال المتحدث للصحفيين: "كما قلنا من قبل، سيبدأ اللقاء بعد الظهر\nسطر آخر').map((q) => q.text)).toEqual([
      'كما قلنا من قبل، سيبدأ اللقاء بعد الظهر',
    ]);
    // Not a mark opened elsewhere.
    expect(findQuotes('وقال المتحدث إن "الأمور تسير ببطء')).toEqual([]);
  });

  it('starts the quote at a straight mark with a space before and a letter after it', () => {
    expect(findQuotes('وقال: "أن الاجتماع كان "مثمرا جدا، وسنواصل العمل"، مضيفا أنه "سيستغرق وقتا".').map((q) => q.text)).toEqual([
      'مثمرا جدا، وسنواصل العمل', 'سيستغرق وقتا',
    ]);
  });
});

describe('extractStatements on the seeds', () => {
  it('reads the Kremlin, Ushakov, Zelensky and Trump in 004', () => {
    expect(seedStatements('004_2ef2546d93cc802a.txt').map(brief)).toEqual([
      ['kremlin', 'أعلن', 'مفيدة من جميع النواحي'],
      ['ushakov', 'قال', 'تم الاتفاق على أن الاجتماع الأول لمجموعة عمل ثلاثية بشأن القضايا الأمنية سيعقد اليوم في أبوظبي'],
      ['zelensky', 'أقرّ', 'لم يكن سهلًا'],
      ['zelensky', 'أوضح', 'لم تُحَلّ بعد'],
      ['trump', 'شدّد', 'الحرب يجب أن تنتهي'],
    ]);
  });

  it('reads Umerov and Peskov in 001 and skips «تاس»', () => {
    expect(seedStatements('001_43e95fa589c62df9.txt').map((s) => [s.speaker.id, s.verb])).toEqual([['umerov', 'أضاف'], ['peskov', 'قال']]);
  });

  it('reads the negotiators in 000', () => {
    const statements = seedStatements('000_908d46d436d07b3b.txt');
    expect(statements.slice(0, 2).map((s) => [s.speaker.id, s.verb])).toEqual([['dmitriev', 'قال'], ['umerov', 'أضاف']]);
    expect(statements.find((s) => s.quote.startsWith('طالما'))?.speaker.id).toBe('peskov');
  });
});
