import { describe, expect, it } from 'vitest';
import { agreeingVerb } from '../../src/render/verb-agreement.ts';
import { nounPhraseGender } from '../../src/text/arabic-gender.ts';
import { createNameIndex } from '../../src/digest/names.ts';
import { statementLine } from '../../src/render/talks-phrases.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';
import type { Claimant } from '../../src/extract/facts.ts';

describe('agreeingVerb: the speech verb agrees with the speaker the line names', () => {
  const table: [string, 'masculine' | 'feminine', string][] = [
    ['قال', 'feminine', 'قالت'],
    ['قالت', 'masculine', 'قال'],
    ['أفادت', 'masculine', 'أفاد'],
    ['أكد', 'feminine', 'أكدت'],
    ['أضافت', 'feminine', 'أضافت'],
    ['صرح', 'masculine', 'صرح'],
    ['لفت', 'feminine', 'لفتت'],
    ['لفتت', 'masculine', 'لفت'],
    ['دعا', 'feminine', 'دعت'],
    ['دعت', 'masculine', 'دعا'],
    ['نفى', 'feminine', 'نفت'],
    ['نفت', 'masculine', 'نفى'],
    ['رأى', 'feminine', 'رأت'],
    ['رأت', 'masculine', 'رأى'],
    ['أعربت', 'masculine', 'أعرب'],
  ];
  it.each(table)('%s before a %s speaker is %s', (verb, gender, expected) => {
    expect(agreeingVerb(verb, gender)).toBe(expected);
  });

  it('leaves a verb it does not know, or a speaker of unknown gender, as written', () => {
    expect(agreeingVerb('غرد', 'feminine')).toBe('غرد');
    expect(agreeingVerb('قالت', undefined)).toBe('قالت');
  });
});

describe('nounPhraseGender: a phrase agrees with its first noun', () => {
  it.each([
    ['وزارة الدفاع الروسية', 'feminine'],
    ['القوات الجوية الأوكرانية', 'feminine'],
    ['المتحدثة باسم الخارجية', 'feminine'],
    ['الجيش الأوكراني', 'masculine'],
    ['رئيس الإدارة العسكرية', 'masculine'],
    ['الكرملين', 'masculine'],
  ] as const)('%s is %s', (phrase, gender) => {
    expect(nounPhraseGender(phrase)).toBe(gender);
  });

  it('says nothing of a phrase that does not start with an Arabic word', () => {
    expect(nounPhraseGender('AFP')).toBeUndefined();
  });
});

describe('a statement line agrees with its speaker', () => {
  const names = createNameIndex(russiaUkrainePack);
  const line = (speaker: Claimant, verb: string) => statementLine({
    speaker: names.claimant(speaker), speakerKind: speaker.kind, ...(names.claimantGender(speaker) ? { speakerGender: names.claimantGender(speaker)! } : {}),
    verb, form: 'quoted', quote: 'لا جديد في هذا الملف حتى الآن', sources: { reports: 1, articles: 1, stories: [1], articleIds: ['a'] },
  }, 'ar');

  it('by the pack: a woman takes the feminine, a man the masculine, whatever the article wrote', () => {
    expect(line({ kind: 'person', id: 'zakharova', text: 'زاخاروفا' }, 'وقال')).toMatch(/^قالت ماريا زاخاروفا: /u);
    expect(line({ kind: 'person', id: 'zelensky', text: 'زيلينسكي' }, 'أفادت')).toMatch(/^أفاد فولوديمير زيلينسكي: /u);
  });

  it('a state is feminine and a ministry by its noun; a noun that may be a plural of things keeps the article\'s verb', () => {
    expect(line({ kind: 'party', id: 'russia', text: 'موسكو' }, 'قال')).toMatch(/^قالت /u);
    expect(line({ kind: 'organization', text: 'وزارة الخارجية القطرية' }, 'أكد')).toMatch(/^أكدت /u);
    expect(line({ kind: 'unknown', text: 'التقارير الغربية' }, 'ذكرت')).toMatch(/^ذكرت /u);
    expect(line({ kind: 'unknown', text: 'الجيش البولندي' }, 'أعلن')).toMatch(/^أعلن /u);
  });

  it('reads a participle whose first letter is و as the participle ("واصفا" → "وصف")', () => {
    expect(line({ kind: 'person', id: 'merz', text: 'ميرتس' }, 'واصفا')).toMatch(/^وصف فريدريش ميرتس: /u);
  });

  it('a person the pack does not list agrees with the title before the name, and is left alone when only the name is written', () => {
    expect(line({ kind: 'person', id: 'name:x', name: 'فلان', text: 'رئيسة البلدية فلان' }, 'قال')).toMatch(/^قالت /u);
    expect(line({ kind: 'person', id: 'name:x', name: 'ماريا فلانوفا', text: 'ماريا فلانوفا' }, 'قالت')).toMatch(/^قالت /u);
  });
});
