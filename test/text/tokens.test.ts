import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../src/text/normalize.ts';
import { stripClitics, tokenize, type Token } from '../../src/text/tokens.ts';

const only = (original: string, lexicon?: ReadonlySet<string>): Token => {
  const tokens = tokenize(original, lexicon);
  expect(tokens).toHaveLength(1);
  return tokens[0]!;
};

describe('tokenize', () => {
  it('splits words, numbers, Latin words and punctuation with original offsets', () => {
    const original = 'أسقطت الدفاعات 24 مسيّرة من طراز Shahed-136، «اليوم».';
    const tokens = tokenize(original);
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['أسقطت', 'word'], ['الدفاعات', 'word'], ['24', 'number'], ['مسيّرة', 'word'], ['من', 'word'], ['طراز', 'word'],
      ['Shahed-136', 'latin'], ['،', 'punct'], ['«', 'punct'], ['اليوم', 'word'], ['»', 'punct'], ['.', 'punct'],
    ]);
    for (const token of tokens) expect(original.slice(token.start, token.end)).toBe(token.text);
  });

  it('folds each token for matching and keeps the text as written', () => {
    const token = only('دبابةً');
    expect(token.text).toBe('دبابةً');
    expect(token.norm).toBe('دبابه');
  });

  it('reads دبابة and دبابه as the same stem', () => {
    expect(only('والدبابة').stem).toBe(only('والدبابه').stem);
    expect(only('والدبابة').prefixes).toEqual(['و', 'ال']);
  });

  it('strips the conjunction and the article before a known word', () => {
    expect(only('والقوات')).toMatchObject({ stem: 'قوات', prefixes: ['و', 'ال'] });
  });

  it('strips a conjunction, a preposition and the article in writing order', () => {
    expect(only('وبالصواريخ')).toMatchObject({ stem: 'صواريخ', prefixes: ['و', 'ب', 'ال'] });
  });

  it('reads لل as the preposition ل with the article', () => {
    expect(only('للقوات')).toMatchObject({ stem: 'قوات', prefixes: ['ل', 'ال'] });
    expect(only('وللمفاوضات')).toMatchObject({ stem: 'مفاوضات', prefixes: ['و', 'ل', 'ال'] });
  });

  it('reads للقاء as ل + ال + لقاء, the article lam merged into the stem', () => {
    expect(only('للقاء')).toMatchObject({ stem: 'لقاء', prefixes: ['ل', 'ال'] });
  });

  it.each([
    ['فالمحادثات', 'محادثات', ['ف', 'ال']],
    ['كالجيش', 'جيش', ['ك', 'ال']],
    ['الطائرات', 'طايرات', ['ال']],
  ])('strips the prefixes of %s', (word, stem, prefixes) => {
    expect(only(word)).toMatchObject({ stem, prefixes });
  });

  // Names are a pack's: the built-in lexicon holds common words only, and a caller passes the names it reads with.
  const names = new Set(['روسيا', 'موسكو', 'أوكرانيا'].map(foldArabic));
  it.each([
    ['وبروسيا', 'روسيا', ['و', 'ب']],
    ['ولموسكو', 'موسكو', ['و', 'ل']],
    ['بأوكرانيا', 'اوكرانيا', ['ب']],
  ])('strips the prefixes of %s when the names are passed in', (word, stem, prefixes) => {
    expect(only(word, names)).toMatchObject({ stem, prefixes });
  });

  it('keeps a name whole when no lexicon names it: the built-in one knows no places', () => {
    expect(only('ولموسكو')).toMatchObject({ stem: 'ولموسكو', prefixes: [] });
  });

  it.each(['وفد', 'وزير', 'واشنطن', 'بوتين', 'كييف', 'لافروف', 'فرنسا', 'بيان', 'لقاء'])(
    'keeps %s whole: its first letters are part of the word', (word) => {
      expect(only(word)).toMatchObject({ stem: foldArabic(word), prefixes: [] });
    },
  );

  it('strips the article and conjunction from a word that itself starts with و', () => {
    expect(only('والوفد')).toMatchObject({ stem: 'وفد', prefixes: ['و', 'ال'] });
    expect(only('ووزير')).toMatchObject({ stem: 'وزير', prefixes: ['و'] });
  });

  it('keeps a word whole when the remainder is not a known word', () => {
    expect(only('وقال')).toMatchObject({ stem: 'وقال', prefixes: [] });
    expect(only('كالعادة')).toMatchObject({ stem: 'كالعاده', prefixes: [] });
  });

  it('never strips the article down to a single letter', () => {
    expect(only('الف')).toMatchObject({ stem: 'الف', prefixes: [] });
    expect(only('بألف')).toMatchObject({ stem: 'الف', prefixes: ['ب'] });
  });

  it.each([
    ['و24', ['و']],
    ['بـ24', ['ب']],
    ['الـ24', ['ال']],
    ['للـ24', ['ل', 'ال']],
    ['وبـ5', ['و', 'ب']],
  ])('reads %s as one number token with its prefixes', (written, prefixes) => {
    const token = only(written);
    expect(token.kind).toBe('number');
    expect(token.prefixes).toEqual(prefixes);
    expect(token.stem).toMatch(/^\d+$/u);
  });

  it('reads Eastern digits after a prefix', () => {
    expect(only('و٢٤')).toMatchObject({ kind: 'number', stem: '24', prefixes: ['و'] });
  });

  it('keeps separators inside numbers', () => {
    expect(tokenize('1.243.840 و3,5 و١٬٢٤٣').map((t) => t.stem)).toEqual(['1.243.840', '3,5', '1,243']);
  });

  it('splits a word from digits it is not a prefix of', () => {
    expect(tokenize('عام2022').map((t) => [t.text, t.kind])).toEqual([['عام', 'word'], ['2022', 'number']]);
  });

  it('uses a lexicon passed in on top of the built-in one', () => {
    expect(only('وسيفيرسك')).toMatchObject({ stem: 'وسيفيرسك', prefixes: [] });
    expect(only('وسيفيرسك', new Set(['سيفيرسك']))).toMatchObject({ stem: 'سيفيرسك', prefixes: ['و'] });
  });

  it('never splits a word the lexicon knows whole', () => {
    expect(only('وفد', new Set(['فد']))).toMatchObject({ stem: 'وفد', prefixes: [] });
  });

  it('ignores tatweel and diacritics when recognising prefixes', () => {
    expect(only('الـــقواتُ')).toMatchObject({ stem: 'قوات', prefixes: ['ال'], text: 'الـــقواتُ' });
  });

  it('keeps a zero-width non-joiner inside a word', () => {
    expect(tokenize('القوات\u200cالروسية')).toHaveLength(1);
  });

  it('reads Latin words with inner hyphens and dots, lowercased in norm', () => {
    expect(tokenize('F-16 S-400 HIMARS U.S.').map((t) => [t.text, t.kind, t.norm])).toEqual([
      ['F-16', 'latin', 'f-16'], ['S-400', 'latin', 's-400'], ['HIMARS', 'latin', 'himars'], ['U.S', 'latin', 'u.s'], ['.', 'punct', '.'],
    ]);
  });

  it('keeps a prefix written with tatweel before a quote as its own word', () => {
    expect(tokenize('بـ"مؤججي الحرب"').slice(0, 2).map((t) => [t.text, t.stem])).toEqual([['بـ', 'ب'], ['"', '"']]);
  });

  it('returns no tokens for blank text', () => {
    expect(tokenize(' \n\u200f ')).toEqual([]);
  });
});

describe('stripClitics', () => {
  it('returns the stem and prefixes of a folded word', () => {
    expect(stripClitics('وبالحرب')).toEqual({ stem: 'حرب', prefixes: ['و', 'ب', 'ال'] });
  });

  it('leaves one-letter words alone', () => {
    expect(stripClitics('و')).toEqual({ stem: 'و', prefixes: [] });
  });

  it('accepts any object with has() as a lexicon', () => {
    const lexicon = { has: (word: string) => word === 'زابوروجيا' };
    expect(stripClitics('والزابوروجيا', lexicon)).toEqual({ stem: 'زابوروجيا', prefixes: ['و', 'ال'] });
  });
});
