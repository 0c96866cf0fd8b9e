import { describe, expect, it } from 'vitest';
import { createExtractionContext, viewArticle, type ArticleView } from '../../src/extract/sentence/article-view.ts';
import { attributionOf, claimantOfSentence, speakerNear } from '../../src/extract/attribution/attribution.ts';
import type { Claimant } from '../../src/extract/facts.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

const context = createExtractionContext(russiaUkrainePack);

function viewOf(body: string): ArticleView {
  return viewArticle(context, { id: 'b1', body, publishedDate: '2026-02-05' });
}

/** The claimant of each sentence of `lines`, read as one article. */
function claimants(...lines: string[]): (Claimant | undefined)[] {
  const view = viewOf(lines.join('\n'));
  return view.sentences.map((sentence) => claimantOfSentence(view, sentence, context));
}

function idOf(claimant: Claimant | undefined): string | undefined {
  return claimant ? `${claimant.kind}:${claimant.id ?? claimant.text}` : undefined;
}

describe('claimantOfSentence', () => {
  it('reads a title followed by its holder’s name as the person', () => {
    expect(claimants('وقال الرئيس الأوكراني فولوديمير زيلينسكي إن الحوار مستمر.').map(idOf)).toEqual(['person:zelensky']);
    expect(claimants('وقال كبير المفاوضين الأوكرانيين رستم أوميروف إن الجولة بدأت.')[0]?.text).toBe('كبير المفاوضين الأوكرانيين رستم أوميروف');
  });

  it('reads a title alone as its holder', () => {
    expect(claimants('وقال المتحدث باسم الكرملين للصحافيين إن موسكو منفتحة.').map(idOf)).toEqual(['person:peskov']);
  });

  it('reads a name after a title as a genitive when the title has another holder', () => {
    expect(claimants('وقال مبعوث الرئيس الروسي فلاديمير بوتين إن موسكو وواشنطن تعملان على استعادة العلاقات.').map(idOf)).toEqual(['person:dmitriev']);
  });

  it('reads the name after an unknown head as the speaker ("مستشار الرئيس الأوكراني …")', () => {
    expect(claimants('وقال مستشار الرئيس الأوكراني ميخايلو بودولياك إن كييف لن تتنازل.').map(idOf)).toEqual(['person:podolyak']);
  });

  it('reads organizations, metonyms and unnamed officials', () => {
    expect(claimants(
      'أعلن الكرملين أن المحادثات كانت مفيدة.',
      'وأعلنت موسكو الخميس عن تقدم في المحادثات.',
      'وقالت وزارة الدفاع الروسية إن قواتها تقدمت.',
      'وقال مسؤول أوكراني إن الهجوم كان واسعا.',
      'وأفاد مصدر لوكالة «تاس» بأن المفاوضات بدأت.',
    ).map(idOf)).toEqual(['organization:kremlin', 'party:russia', 'organization:ru_mod', 'party:ukraine', 'unknown:مصدر']);
  });

  it('continues the previous speaker when the verb has no subject', () => {
    expect(claimants(
      'وقال المفاوض الروسي كيريل دميتريف لوسائل إعلام محلية إن هناك تقدما.',
      'وأضاف على تطبيق تيليجرام أن العمل مستمر.',
      'ولفت إلى أن الأطراف ستجتمع لاحقا.',
    ).map(idOf)).toEqual(['person:dmitriev', 'person:dmitriev', 'person:dmitriev']);
  });

  it('reads "وأضاف البيان" as the body whose statement was cited', () => {
    expect(claimants(
      'ووفق بيان نشرته هيئة الأركان العامة للقوات المسلحة الأوكرانية، فإن القوات دمرت مواقع عدة.',
      'وقال زيلينسكي إن الوضع صعب.',
      'وأضاف البيان أنه جرى أيضا تدمير مواقع أخرى.',
    ).map(idOf)).toEqual(['organization:ua_general_staff', 'person:zelensky', 'organization:ua_general_staff']);
  });

  it('reads "وفق الوكالة" as the agency last named', () => {
    const view = viewOf('وقالت وكالة سبوتنيك الروسية إن القوات الروسية أحبطت هجوما، وفق الوكالة.');
    const { marks } = attributionOf(view, view.sentences[0]!, context);
    expect(marks.map((mark) => idOf(mark.source))).toContain('organization:sputnik');
  });

  it('reads subject-verb order and a headline’s present tense', () => {
    expect(claimants('إلاّ أن زيلينسكي أوضح أن قضية الأراضي لم تحل بعد.', 'أوكرانيا تعلن خسائر هائلة في صفوف الروس').map(idOf))
      .toEqual(['person:zelensky', 'party:ukraine']);
  });

  it('does not take a place after a preposition for a speaker', () => {
    expect(claimants('وفي كييف، قالت السلطات إن شخصين أصيبا.').map(idOf)).toEqual(['unknown:السلطات']);
  });

  it('gives no speaker to impersonal and relative verbs', () => {
    expect(claimants('يذكر أن الجولة الأولى عقدت في يناير.').map(idOf)).toEqual([undefined]);
    const view = viewOf('وقال زيلينسكي إن الأراضي التي تطالب بها موسكو لم تحسم.');
    expect(attributionOf(view, view.sentences[0]!, context).acts.map((act) => act.verb)).toEqual(['قال']);
  });

  it('does not read a verb inside a name ("فاليري" is not "يرى")', () => {
    const view = viewOf('وأكد البيان أن الحوار مع رئيس الأركان العامة الروسي الجنرال فاليري غيراسيموف مستمر.');
    expect(attributionOf(view, view.sentences[0]!, context).acts.map((act) => act.verb)).toEqual(['أكد']);
  });

  it('does not read a coordinated noun phrase of two sides as one of them', () => {
    expect(claimants('وأكدت موسكو وكييف تبادل الأسرى.').map((c) => [c?.kind, c?.id, c?.text])).toEqual([['party', undefined, 'موسكو وكييف']]);
  });
});

describe('speakerNear', () => {
  it('takes a trailing "بحسب ما أكد" for words before it and the participle after it', () => {
    const view = viewOf('وأطلقت روسيا مساء الأربعاء 183 طائرة مسيرة، بحسب ما أكد سلاح الجو الأوكراني معلنا اعتراض 156 طائرة مسيرة.');
    const sentence = view.sentences[0]!;
    const text = sentence.sentence.text;
    expect(idOf(speakerNear(view, sentence, sentence.sentence.start + text.indexOf('183'), context))).toBe('organization:ua_air_force');
    expect(idOf(speakerNear(view, sentence, sentence.sentence.start + text.indexOf('156'), context))).toBe('organization:ua_air_force');
  });

  it('takes the nearest speaker before the offset', () => {
    const view = viewOf('وقال زيلينسكي إن روسيا أعلنت أن 5 جنود قتلوا.');
    const sentence = view.sentences[0]!;
    const offset = sentence.sentence.start + sentence.sentence.text.indexOf('5');
    expect(idOf(speakerNear(view, sentence, offset, context))).toBe('party:russia');
  });

  it('returns nothing when nobody can be named', () => {
    const view = viewOf('ودمرت القوات 5 دبابات.');
    expect(speakerNear(view, view.sentences[0]!, view.sentences[0]!.sentence.start + 10, context)).toBeUndefined();
  });
});
