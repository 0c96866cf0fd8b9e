import { describe, expect, it } from 'vitest';
import { createExtractionContext, viewArticle } from '../../src/extract/sentence/article-view.ts';
import type { StatementFact } from '../../src/extract/facts.ts';
import { extractStatements } from '../../src/extract/statements/statements.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

const context = createExtractionContext(russiaUkrainePack);

function reported(body: string, publishedDate = '2025-03-20'): [string | undefined, string, string][] {
  return extractStatements(viewArticle(context, { id: 'r1', body, publishedDate }), context)
    .filter((s: StatementFact) => s.form === 'reported')
    .map((s) => [s.speaker.id ?? s.speaker.text, s.verb, s.quote]);
}

describe('reported speech', () => {
  it('reads the words after the setting of a speech and its comma, and not a clause about the setting', () => {
    expect(reported('وأضاف الأمين العام للأمم المتحدة أنطونيو غوتيريش في كلمة أمام الصحفيين، لا بديل عن الحوار لإنهاء هذه الحرب الطويلة.')).toEqual([
      ['guterres', 'أضاف', 'لا بديل عن الحوار لإنهاء هذه الحرب الطويلة'],
    ]);
    expect(reported('وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش في كلمة في جنيف، حيث التقى الوفدين، كلاما عن الحوار.')).toEqual([]);
  });

  it('reads the thing a verb of revealing reports after its named subject, and nothing after other verbs', () => {
    expect(reported('وكشف وزير الدفاع الأوكراني رستم عمروف عن تفاهم أولي بشأن تبادل الجثامين.')).toEqual([
      ['umerov', 'كشف', 'عن تفاهم أولي بشأن تبادل الجثامين'],
    ]);
    expect(reported('وأعلن وزير الخارجية الأمريكي ماركو روبيو إبرام تفاهم مع الجانب الأوكراني حول الخطة.')).toEqual([
      ['rubio', 'أعلن', 'إبرام تفاهم مع الجانب الأوكراني حول الخطة'],
    ]);
    expect(reported('وقال وزير الخارجية الأمريكي ماركو روبيو إبرام تفاهم أمر صعب.')).toEqual([]);
    // "أكد" reports a verbal noun, after an aside about the subject's side.
    expect(reported('وأكد الرئيس الأوكراني فولوديمير زيلينسكي من جهته، الاتفاق مع الشركاء على حزمة دفاع جوي.')).toEqual([
      ['zelensky', 'أكد', 'الاتفاق مع الشركاء على حزمة دفاع جوي'],
    ]);
  });

  it('keeps the clause from its complementizer to the end of the sentence, as written', () => {
    expect(reported('وصرح بيسكوف للصحفيين صباح اليوم بأن الكرملين ينتظر ردا من واشنطن.')).toEqual([
      ['peskov', 'صرح', 'بأن الكرملين ينتظر ردا من واشنطن'],
    ]);
  });

  it('keeps "إلى" with "أشار" and a pronoun subject continues the last speaker', () => {
    expect(reported('قال ويتكوف إن الفريقين أحرزا تقدما ملموسا. وأشار إلى أن اللقاء المقبل سيكون في جنيف.')).toEqual([
      ['witkoff', 'قال', 'إن الفريقين أحرزا تقدما ملموسا'],
      ['witkoff', 'أشار', 'إلى أن اللقاء المقبل سيكون في جنيف'],
    ]);
  });

  it('gives each verb of a sentence the clause up to the next verb', () => {
    expect(reported('وأكد زيلينسكي أن كييف لن تتخلى عن أراضيها، وقال روبيو إن واشنطن ستواصل الوساطة.')).toEqual([
      ['zelensky', 'أكد', 'أن كييف لن تتخلى عن أراضيها'],
      ['rubio', 'قال', 'إن واشنطن ستواصل الوساطة'],
    ]);
  });

  it('does not take a conjunction that only looks like a complementizer', () => {
    expect(reported('وغادر لافروف القاعة بعد أن أنهى الوفدان جلستهما الثانية.')).toEqual([]);
    expect(reported('وقال زيلينسكي كلمته في البرلمان، إلا أن النواب لم يصوتوا على الخطة.')).toEqual([]);
    expect(reported('وأكد الوزير ضرورة أن تلتزم الأطراف بوقف إطلاق النار.')).toEqual([]);
  });

  it('leaves a clause too short to say anything, and one framing a quote already kept', () => {
    expect(reported('وقال أوميروف إنه كذلك.')).toEqual([]);
    expect(reported('وقال أوميروف إن الجولة كانت “صعبة لكنها مثمرة للغاية”.')).toEqual([]);
  });

  it('leaves what an agency or an outlet reports to the one it quotes', () => {
    expect(reported('وذكرت وكالة تاس أن مساعد الرئيس يوري أوشاكوف قال إن موعد الجولة لم يحدد بعد.')).toEqual([
      ['ushakov', 'قال', 'إن موعد الجولة لم يحدد بعد'],
    ]);
  });

  it('cuts a run-on clause and marks the cut', () => {
    const long = Array.from({ length: 80 }, (_, i) => `كلمة${i}`).join(' ');
    const [[, , clause]] = reported(`وقال أوميروف إن ${long}.`) as [[string, string, string]];
    expect(clause.endsWith(' …')).toBe(true);
    expect(clause.split(/\s+/u).length).toBe(62);
  });
});

describe('the speaker a title or a description goes on to name', () => {
  it('is the person set off by commas after a title, another title before the name', () => {
    expect(reported('وقال رئيس الوفد الأوكراني، وزير الدفاع رستم أوميروف، إن الاتفاق يشمل البحر الأسود.')).toEqual([
      ['umerov', 'قال', 'إن الاتفاق يشمل البحر الأسود'],
    ]);
    expect(reported('وأعلن وزير الخارجية الروسي ورئيس وفد بلاده إلى المحادثات، سيرغي لافروف، أن موسكو مستعدة لجولة أخرى.')).toEqual([
      ['lavrov', 'أعلن', 'أن موسكو مستعدة لجولة أخرى'],
    ]);
  });

  it('is never a person of another side named after the title', () => {
    const speakers = reported('وقال وزير الخارجية الروسي عقب لقائه نظيره التركي، هاكان فيدان، إن الطرفين ناقشا ممرات الشحن.').map(([speaker]) => speaker);
    expect(speakers).toEqual(['lavrov']);
  });

  it('is the full name that closes a descriptor of the same side', () => {
    expect(reported('وأوضح عضو الوفد الروسي في محادثات إسطنبول فلاديمير ميدينسكي، أن الوثيقة ستسلم خلال أيام.', '2022-03-30')).toEqual([
      ['medinsky', 'أوضح', 'أن الوثيقة ستسلم خلال أيام'],
    ]);
  });

  it('is not a surname governed by a noun after the descriptor', () => {
    const speakers = reported('وقال مسؤول أوكراني في تعليقه على خطاب زيلينسكي، إن الجبهة الشرقية مستقرة حتى الآن.').map(([speaker]) => speaker);
    expect(speakers).toEqual(['ukraine']);
  });
});
