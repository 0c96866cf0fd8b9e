import { describe, expect, it } from 'vitest';
import { createExtractionContext, viewArticle } from '../../src/extract/sentence/article-view.ts';
import type { PositionFact, StickingPointFact, TalksFact } from '../../src/extract/facts.ts';
import { extractTalks } from '../../src/extract/talks/talks.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';

const context = createExtractionContext(russiaUkrainePack);

function talks(body: string): TalksFact[] {
  return extractTalks(viewArticle(context, { id: 'test', body, publishedDate: '2026-02-06' }), context);
}

/** Positions as "party stance issue" lines, sorted, so a test reads like the facts it expects. */
function positions(body: string): string[] {
  return talks(body).filter((fact): fact is PositionFact => fact.kind === 'position').map((p) => `${p.party} ${p.stance} ${p.issue}`).sort();
}

function stickingPoints(body: string): StickingPointFact[] {
  return talks(body).filter((fact): fact is StickingPointFact => fact.kind === 'sticking_point');
}

describe('extractTalks: positions', () => {
  it('reads a demand with its subject after the verb (Al Jazeera)', () => {
    expect(positions('وتطالب روسيا بانسحاب القوات الأوكرانية من كامل إقليم دونباس كشرط لوقف القتال.')).toEqual(['russia demands donbas_withdrawal']);
  });

  it('reads a demand for Donetsk as the Donbas withdrawal, and a bare withdrawal far from Donbas as nothing', () => {
    expect(positions('وتريد موسكو من كييف سحب قواتها من جميع أنحاء منطقة دونيتسك.')).toEqual(['russia demands donbas_withdrawal']);
    expect(positions('وتطالب كييف بسحب القوات الروسية من محيط محطة الكهرباء.')).toEqual([]);
  });

  it('reads the subject before the verb, through a negation (RT Arabic)', () => {
    expect(positions('وقال لافروف إن روسيا ترفض نشر أي قوات أجنبية في أوكرانيا.')).toEqual(['russia rejects foreign_troops']);
    expect(positions('وأكد زيلينسكي أن أوكرانيا لن تقبل التنازل عن أراضيها.')).toEqual(['ukraine rejects territory']);
  });

  it('reads accepting or rejecting a proposal as a stance on its issue, beside the proposal’s own', () => {
    expect(positions('وأعلنت كييف موافقتها على مقترح أمريكي لوقف إطلاق النار لمدة 30 يوما.')).toEqual(['ukraine accepts ceasefire', 'united_states proposes ceasefire']);
    expect(positions('ورفضت موسكو المقترح الأمريكي لوقف إطلاق النار.')).toEqual(['russia rejects ceasefire']);
  });

  it('carries the subject to coordinated verbs and across a comma', () => {
    expect(positions('فيما تشدد أوكرانيا على تجميد الصراع على خطوط الجبهة الحالية وترفض أي انسحاب أحادي الجانب من دونيتسك.'))
      .toEqual(['ukraine insists freeze_front_line', 'ukraine rejects donbas_withdrawal']);
  });

  it('skips a stance in a relative clause ("التي تطالب بها موسكو")', () => {
    expect(positions('وقال زيلينسكي إن قضية الأراضي التي تطالب بها موسكو لم تحسم.')).toEqual([]);
  });

  it('reads a proposal and its owner (Sky News Arabia)', () => {
    expect(positions('وتقترح واشنطن نشر قوات حفظ سلام أوروبية على طول خط التماس.')).toEqual(['united_states proposes foreign_troops']);
  });

  it('reads a demand for guarantees, not the truce it comes before', () => {
    expect(positions('وتطالب كييف بضمانات أمنية غربية قبل أي وقف لإطلاق النار.')).toEqual(['ukraine demands security_guarantees']);
  });

  it('reads a speaker named before "أنها مستعدة" as the side that accepts', () => {
    expect(positions('وأكدت أوكرانيا أنها مستعدة لبحث تجميد النزاع على خطوط التماس الحالية.')).toEqual(['ukraine accepts freeze_front_line']);
  });

  it('reads acceptance of a truce (Jeddah, March 2025)', () => {
    expect(positions('انتهت المحادثات بإعلان كييف قبولها مقترحا أمريكيا لوقف إطلاق النار لمدة 30 يوما.')).toEqual(['ukraine accepts ceasefire']);
  });

  it('reads demands listed after "مطالبه" as those of the one they belong to (Putin → Russia)', () => {
    expect(positions('وكان بوتين الذي تتمثل مطالبه الرئيسية في سحب القوات الأوكرانية من دونباس، وفي تعهد كييف عدم الانضمام إلى حلف شمال الأطلسي، هدد سابقا باستخدام القوة.'))
      .toEqual(['russia demands donbas_withdrawal', 'russia demands nato_membership']);
  });

  it("reads a stance noun's owner after it, not the subject of the verb before it", () => {
    expect(positions('وتجاهل الرئيس الأميركي اقتراح نظيره الروسي فلاديمير بوتين تمديد القيود المفروضة على الرؤوس الحربية النووية عاما إضافيا.'))
      .toEqual(['russia proposes arms_control']);
    expect(positions('وتنص خطة السلام الأمريكية على تجميد النزاع على خطوط التماس الحالية.')).toEqual(['united_states proposes freeze_front_line']);
  });

  it('reads a stance noun with no owner after it as the subject\'s', () => {
    expect(positions('وقدمت أوكرانيا مقترحا لوقف إطلاق النار في البحر الأسود.')).toEqual(['ukraine proposes ceasefire']);
  });

  it('keeps the quoted text of a position exactly as written', () => {
    const [position] = talks('وتقترح كييف تجميد خطوط القتال على طول خط الجبهة الحالية وترفض أي انسحاب.').filter((fact): fact is PositionFact => fact.kind === 'position');
    expect(position?.text).toBe('تقترح كييف تجميد خطوط القتال على طول خط الجبهة الحالية');
  });
});

describe('extractTalks: positions in other words', () => {
  it('reads a side agreeing to a proposal "من" another as its acceptance, and the proposal as the other\'s', () => {
    expect(positions('ووافقت روسيا على اقتراح من تركيا لوقف إطلاق النار في البحر الأسود.')).toEqual(expect.arrayContaining([
      'russia accepts ceasefire', 'turkiye proposes ceasefire',
    ]));
    expect(positions('ووافقت روسيا على اقتراح من تركيا لوقف إطلاق النار في البحر الأسود.')).not.toContain('russia proposes ceasefire');
  });

  it('reads insisting on a thing as demanding it, and an offer of something as a proposal', () => {
    expect(positions('ولا تزال موسكو تصر على انسحاب القوات الأوكرانية من دونباس.')).toEqual(['russia demands donbas_withdrawal']);
    expect(positions('وأشاد المستشار بعرض الولايات المتحدة ضمانات أمنية لكييف.')).toContain('united_states proposes security_guarantees');
  });

  it('reads a side ready to provide something as proposing it, not accepting', () => {
    expect(positions('وأكد الوزير أن الإمارات مستعدة لاستضافة آلية تحقق من وقف إطلاق النار.')).toEqual(['uae proposes ceasefire']);
  });
});

describe('extractTalks: sticking points', () => {
  it('reads the issues named after "نقطة الخلاف الرئيسية"', () => {
    expect(stickingPoints('ولفت إلى أن نقطة الخلاف الرئيسية هي قضية الأراضي.')).toEqual([
      expect.objectContaining({ issue: 'territory', text: 'نقطة الخلاف الرئيسية هي قضية الأراضي' }),
    ]);
  });

  it('reads a list of disputed questions across commas', () => {
    expect(stickingPoints('ومن أكثر القضايا حساسية مصير أراض تسيطر عليها كييف، ومصير محطة زابوريجيا للطاقة النووية، وهي أكبر محطة في أوروبا.').map((s) => s.issue))
      .toEqual(['territory', 'zaporizhzhia_npp']);
  });

  it('reads the issue named before "لم تُحل بعد"', () => {
    expect(stickingPoints('إلا أن زيلينسكي أوضح أن قضية الأراضي في شرق أوكرانيا “لم تُحَلّ بعد”.')).toEqual([
      expect.objectContaining({ issue: 'territory', text: 'قضية الأراضي في شرق أوكرانيا “لم تُحَلّ بعد”' }),
    ]);
  });

  it('reads an issue before "العقبة الرئيسية" and after "الخلافات"', () => {
    expect(stickingPoints('ويبقى مصير محطة زابوريجيا النووية العقبة الرئيسية أمام الاتفاق.').map((s) => s.issue)).toEqual(['zaporizhzhia_npp']);
    expect(stickingPoints('ولا تزال الخلافات قائمة حول الضمانات الأمنية ومستقبل الأصول الروسية المجمدة.').map((s) => s.issue).sort())
      .toEqual(['frozen_assets', 'security_guarantees']);
  });

  it('names no sticking point when no issue is named', () => {
    expect(stickingPoints('ما زال الطرفان بعيدين عن التوافق حول القضايا الجوهرية.')).toEqual([]);
  });
});
