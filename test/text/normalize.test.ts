import { describe, expect, it } from 'vitest';
import { foldArabic, normalizeArabic, originalSlice } from '../../src/text/normalize.ts';

describe('normalizeArabic', () => {
  it('folds hamza and alef variants to bare alef', () => {
    expect(foldArabic('أإآٱ')).toBe('اااا');
  });

  it('folds alef maksura to ya and taa marbuta to ha', () => {
    expect(foldArabic('مستشفى المدينة')).toBe('مستشفي المدينه');
  });

  it('drops tatweel, harakat, tanween and the superscript alef', () => {
    expect(foldArabic('جُنْدِيًّا مـــدرعة هٰذا')).toBe('جنديا مدرعه هذا');
  });

  it('turns Eastern Arabic and Persian digits into ASCII', () => {
    expect(foldArabic('١٢٣٤٥٦٧٨٩٠ ۱۲۳')).toBe('1234567890 123');
  });

  it('expands presentation forms such as the lam-alef ligature', () => {
    expect(foldArabic('ﻻ ﺑﻴﺮﻭﺕ')).toBe('لا بيروت');
  });

  it('folds Persian and Urdu letters to their Arabic twins', () => {
    expect(foldArabic('کییف')).toBe('كييف');
    expect(foldArabic('ی')).toBe('ي');
  });

  it('removes bidi and zero-width controls and turns NBSP into a space', () => {
    expect(foldArabic('\u200fكييف\u200b\u00a0موسكو\u202b')).toBe('كييف موسكو');
  });

  it('maps every normalized span back to the original as written', () => {
    const original = 'أعلنت الـــقواتُ «تدميرَ ٢٤ دبابةً»';
    const normalized = normalizeArabic(original);
    const at = normalized.text.indexOf('تدمير 24 دبابه');
    expect(at).toBeGreaterThan(0);
    expect(originalSlice(normalized, { start: at, end: at + 'تدمير 24 دبابه'.length })).toBe('تدميرَ ٢٤ دبابةً');
    expect(normalized.offsets).toHaveLength(normalized.text.length + 1);
  });
});
