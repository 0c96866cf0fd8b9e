import { describe, expect, it } from 'vitest';
import { transliterateArabic } from '../../src/text/transliterate.ts';

const ARABIC_LETTER = /[\u0600-\u06FF]/u;

describe('transliterateArabic', () => {
  it.each([
    ['بافل ماركوف', 'Bafl Markuf'],
    ['يانا سيدورينكو', 'Yana Sidurinku'],
    ['أوليغ', 'Uligh'],
    ['إيفان', 'Ifan'],
    ['ويليام', 'Wilyam'],
  ])('writes %s as %s', (arabic, latin) => {
    expect(transliterateArabic(arabic)).toBe(latin);
  });

  it('writes the article as al- and capitalises the word after it', () => {
    expect(transliterateArabic('المجلس البلدي')).toBe('al-Mjls al-Bldi');
  });

  it('reads و and ي as vowels between consonants and as consonants at a syllable start or doubled', () => {
    expect(transliterateArabic('بوتيك')).toBe('Butik');
    expect(transliterateArabic('وادي')).toBe('Wadi');
    expect(transliterateArabic('غرييف')).toBe('Ghriyf');
  });

  it('doubles the consonant a shadda marks, wherever its short vowel is written', () => {
    expect(transliterateArabic('س\u064Eل\u0651\u064Eم')).toBe('Sallam');
    expect(transliterateArabic('س\u064Eل\u064E\u0651م')).toBe('Sallam');
  });

  it('gives the same Latin for the same spelling every time and leaves no Arabic letter', () => {
    const names = ['المتحدثة باسم البلدية', 'ناتاليا غومينيوك', 'ديمتري كوليبا، ٢٠٢٦'];
    for (const name of names) {
      const once = transliterateArabic(name);
      expect(transliterateArabic(name)).toBe(once);
      expect(once).not.toMatch(ARABIC_LETTER);
    }
    expect(transliterateArabic('ديمتري كوليبا، ٢٠٢٦')).toBe('Dimtri Kuliba, 2026');
  });

  it('passes Latin text and digits through unchanged', () => {
    expect(transliterateArabic('BBC 24')).toBe('BBC 24');
  });
});
