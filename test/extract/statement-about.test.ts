import { describe, expect, it } from 'vitest';
import { aboutOf, withAbout } from '../../src/extract/statements/about.ts';
import type { OutcomeFact, StatementFact } from '../../src/extract/facts.ts';
import { extractFacts } from '../../src/extract/index.ts';
import { russiaUkrainePack as pack } from '../../src/packs/russia-ukraine/index.ts';

describe('aboutOf: what a statement is about', () => {
  it('names the issues a quote speaks of in two words or more, and the talks', () => {
    expect(aboutOf(pack, 'نناقش مع الوفد ملف الضمانات الأمنية ومصير محطة زابوريجيا')).toEqual({
      issues: ['security_guarantees', 'zaporizhzhia_npp'], subjects: ['talks'],
    });
  });

  it('does not take one bare word for an issue: any land or border is not the territorial question', () => {
    expect(aboutOf(pack, 'سقطت الشظايا على أراضي القرية المجاورة')).toBeUndefined();
  });

  it('reads an issue tied to a place only where the place is named', () => {
    expect(aboutOf(pack, 'يطالبوننا بسحب قواتها من دونباس')?.issues).toEqual(['donbas_withdrawal']);
    expect(aboutOf(pack, 'يطالبوننا بسحب قواتها من هنا')?.issues).toBeUndefined();
  });

  it('gives a tone beside the talks, or when two tone words agree', () => {
    expect(aboutOf(pack, 'كان الاجتماع مثمرا')).toEqual({ subjects: ['talks'], tone: 'positive' });
    expect(aboutOf(pack, 'نحرز تقدما بخطوات بناءة')).toEqual({ tone: 'positive' });
    // One tone word alone may be another sense: troops advancing slowly are no progress of talks.
    expect(aboutOf(pack, 'تقدم القوات كان بطيئا هذا الشهر')).toBeUndefined();
  });

  it('drops a tone word a negation reaches in its clause, but not "no doubt"', () => {
    expect(aboutOf(pack, 'لم تكن المحادثات مثمرة')).toEqual({ subjects: ['talks'] });
    expect(aboutOf(pack, 'لا شك أن المحادثات حققت تقدما')).toEqual({ subjects: ['talks'], tone: 'positive' });
  });

  it('calls a quote with both tones mixed', () => {
    expect(aboutOf(pack, 'المفاوضات مفيدة لكنها صعبة')?.tone).toBe('mixed');
  });

  it('reads no stance from a third person: a stance word in a quote is as often another side’s', () => {
    expect(aboutOf(pack, 'أن كييف وافقت على الاقتراح الأمريكي')).toBeUndefined();
    expect(aboutOf(pack, 'قالت إن موسكو ترفض نشر قوات أجنبية في أوكرانيا')).toEqual({ issues: ['foreign_troops'] });
  });

  it('reads the speaker’s own stance from a first-person verb beside an issue, and none when negated, doubled or on nothing', () => {
    expect(aboutOf(pack, 'لن نقبل أبدا بنشر قوات أجنبية في أوكرانيا')).toEqual({ issues: ['foreign_troops'], stance: 'rejects' });
    expect(aboutOf(pack, 'أطالب بضمانات أمنية واضحة لبلادي')).toEqual({ issues: ['security_guarantees'], stance: 'demands' });
    expect(aboutOf(pack, 'لا نرفض الحديث عن ضمانات أمنية')).toEqual({ issues: ['security_guarantees'] });
    expect(aboutOf(pack, 'نرفض هذا ونطالب بضمانات أمنية')).toEqual({ issues: ['security_guarantees'] });
    expect(aboutOf(pack, 'نرفض هذا الكلام جملة وتفصيلا')).toBeUndefined();
  });
});

describe('withAbout gives extracted statements and outcomes what they are about', () => {
  it('sets about on a statement and the issues on an outcome without numbers', () => {
    const body = 'وقال رستم أوميروف للصحافيين: "المحادثات في جنيف كانت بناءة ومفيدة للجانبين". وتوصل المفاوضون في جنيف إلى اتفاق حول الضمانات الأمنية.';
    const extracted = extractFacts({ id: 'x', body, publishedDate: '2026-02-18' }, pack);
    // Extraction itself leaves them unread: a digest reads them for the facts it shows.
    expect(extracted.some((f) => 'about' in f || 'issues' in f)).toBe(false);
    const facts = withAbout(pack, extracted);
    expect(withAbout(pack, extracted, { statements: false }).find((f) => f.kind === 'statement')).not.toHaveProperty('about');
    const statement = facts.find((f): f is StatementFact => f.kind === 'statement');
    expect(statement?.about).toEqual({ subjects: ['talks'], tone: 'positive' });
    const outcome = facts.find((f): f is OutcomeFact => f.kind === 'outcome' && f.type === 'agreement');
    expect(outcome?.issues).toEqual(['security_guarantees']);
  });
});
