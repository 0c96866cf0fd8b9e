import { describe, expect, expectTypeOf, it } from 'vitest';
import { createNameIndex } from '../../src/digest/names.ts';
import type { NamePack } from '../../src/digest/types.ts';
import type { Pack } from '../../src/packs/schema.ts';
import { pack } from './fixture.ts';

describe('createNameIndex', () => {
  const names = createNameIndex(pack);

  it('accepts the full domain pack', () => {
    expectTypeOf<Pack>().toExtend<NamePack>();
  });

  it('resolves ids to both names, and leaves unknown ids bare for the renderer', () => {
    expect(names.place('abu_dhabi')).toEqual({ id: 'abu_dhabi', ar: 'أبوظبي', en: 'Abu Dhabi' });
    expect(names.place('atlantis')).toEqual({ id: 'atlantis' });
    expect(names.entity('witkoff')).toMatchObject({ en: 'Steve Witkoff' });
  });

  it('keeps the wording of a claimant the pack does not know', () => {
    expect(names.claimant({ kind: 'unknown', text: 'السلطات الأوكرانية' })).toEqual({ asWritten: 'السلطات الأوكرانية' });
    expect(names.claimant({ kind: 'organization', id: 'sputnik', text: 'وكالة سبوتنيك الروسية' })).toEqual({ id: 'sputnik', ar: 'سبوتنيك', en: 'Sputnik' });
  });

  it('gives an unlisted claimant English from the glossary, a list of sides their names, and an unlisted person a name in Latin letters', () => {
    const glossed = createNameIndex({ ...pack, glossary: [{ ar: 'الدفاع المدني', en: 'civil defence' }] });
    expect(glossed.claimant({ kind: 'unknown', text: 'والدفاع المدني' })).toEqual({ asWritten: 'والدفاع المدني', en: 'civil defence' });
    expect(glossed.claimant({ kind: 'unknown', text: 'موسكو وكييف' })).toEqual({ asWritten: 'موسكو وكييف', en: 'Russia and Ukraine' });
    expect(glossed.claimant({ kind: 'unknown', text: 'موسكو ومصادر أخرى' })).toEqual({ asWritten: 'موسكو ومصادر أخرى' });
    const person = { kind: 'person' as const, id: 'name:بافل ماركوف', text: 'مدير المكتب الإقليمي بافل ماركوف', name: 'بافل ماركوف' };
    expect(glossed.claimant(person)).toEqual({ id: 'name:بافل ماركوف', asWritten: 'مدير المكتب الإقليمي بافل ماركوف', en: 'Bafl Markuf' });
  });

  it("places a claimant on a side from the pack's affiliation", () => {
    expect(names.claimantParty({ kind: 'organization', id: 'sputnik', text: 'سبوتنيك' })).toBe('russia');
    expect(names.claimantParty({ kind: 'person', id: 'zelensky', text: 'زيلينسكي' })).toBe('ukraine');
    expect(names.claimantParty({ kind: 'party', id: 'russia', text: 'موسكو' })).toBe('russia');
  });

  it('places an unknown claimant on a side from the adjective or metonym in its wording', () => {
    expect(names.claimantParty({ kind: 'unknown', text: 'وزارة الدفاع الروسية' })).toBe('russia');
    expect(names.claimantParty({ kind: 'unknown', text: 'مصادر في الكرملين' })).toBe('russia');
    expect(names.claimantParty({ kind: 'unknown', text: 'الجيش الأوكراني' })).toBe('ukraine');
  });

  it('does not guess when the wording names two sides, or none', () => {
    expect(names.claimantParty({ kind: 'unknown', text: 'مصادر روسية وأوكرانية' })).toBeUndefined();
    expect(names.claimantParty({ kind: 'unknown', text: 'مصادر مطلعة' })).toBeUndefined();
  });
});
