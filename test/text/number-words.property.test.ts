import { describe, expect, it } from 'vitest';
import { MAX_ARABIC_WORDS, toArabicWords, type ArabicWordsOptions } from '../../src/text/number-words.ts';
import { findNumbers, parseArabicNumber } from '../../src/text/numbers.ts';
import { mulberry32 } from '../support/random.ts';


/** Integers spread over every magnitude: pick a digit count first, then the digits. */
function randomIntegers(count: number, seed: number): number[] {
  const random = mulberry32(seed);
  const numbers: number[] = [];
  for (let k = 0; k < count; k++) {
    const digits = 1 + Math.floor(random() * 12);
    const low = digits === 1 ? 1 : 10 ** (digits - 1);
    const high = Math.min(10 ** digits - 1, MAX_ARABIC_WORDS);
    numbers.push(low + Math.floor(random() * (high - low + 1)));
  }
  return numbers;
}

const GENDERS = ['masculine', 'feminine'] as const;
const CASES = ['nominative', 'accusative', 'genitive'] as const;
const STYLES = ['words', 'mixed'] as const;
const HUNDREDS = ['مئة', 'مائة'] as const;

const ALL_OPTIONS: ArabicWordsOptions[] = GENDERS.flatMap((gender) =>
  CASES.flatMap((grammaticalCase) =>
    STYLES.flatMap((style) => HUNDREDS.map((hundred) => ({ gender, grammaticalCase, style, hundred })))));

const SENTENCES: readonly ((number: string) => string)[] = [
  (number) => `وأعلنت وزارة الدفاع أن ${number} جنديا شاركوا في العملية.`,
  (number) => `وقالت المصادر إن الخسائر بلغت ${number} دولار حتى الآن.`,
  (number) => `وفي 12 مارس نزح ${number} شخص من المدينة، حسب الأمم المتحدة.`,
];

const EASTERN = '٠١٢٣٤٥٦٧٨٩';
function toEastern(text: string): string {
  return text.replace(/[0-9]/g, (digit) => EASTERN[Number(digit)]!);
}

function grouped(n: number, mark: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, mark);
}

const NUMBERS = randomIntegers(5000, 20260205);

describe('toArabicWords ↔ parseArabicNumber', () => {
  it('reads back 5000 random integers in every gender, case, style and hundred spelling', () => {
    const failures: string[] = [];
    for (const n of NUMBERS) {
      for (const options of ALL_OPTIONS) {
        const words = toArabicWords(n, options);
        if (parseArabicNumber(words) !== n) failures.push(`${n} ← ${words}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('reads back zero and the largest supported number', () => {
    expect(parseArabicNumber(toArabicWords(0))).toBe(0);
    expect(parseArabicNumber(toArabicWords(MAX_ARABIC_WORDS))).toBe(MAX_ARABIC_WORDS);
    expect(() => toArabicWords(MAX_ARABIC_WORDS + 1)).toThrow(RangeError);
    expect(() => toArabicWords(1.5)).toThrow(RangeError);
  });
});

describe('toArabicWords ↔ findNumbers inside a sentence', () => {
  it('finds exactly the written number in news sentences, for every option set', () => {
    const failures: string[] = [];
    NUMBERS.forEach((n, k) => {
      const sentence = SENTENCES[k % SENTENCES.length]!;
      const options = ALL_OPTIONS[k % ALL_OPTIONS.length]!;
      const words = toArabicWords(n, options);
      const written = options.style === 'mixed' && k % 2 === 0 ? toEastern(words) : words;
      const text = sentence(written);
      const values = findNumbers(text).map((mention) => mention.value);
      const expected = k % SENTENCES.length === 2 ? [12, n] : [n];
      if (JSON.stringify(values) !== JSON.stringify(expected)) failures.push(`${n} in ${text} → ${JSON.stringify(values)}`);
    });
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('keeps the span on the number itself, as written', () => {
    NUMBERS.slice(0, 500).forEach((n, k) => {
      const words = toArabicWords(n, ALL_OPTIONS[k % ALL_OPTIONS.length]!);
      const text = `قال المتحدث إن ${words} جنديا أصيبوا`;
      const [mention] = findNumbers(text);
      expect(mention?.text).toBe(words);
      expect(text.slice(mention!.start, mention!.end)).toBe(words);
    });
  });

  it('reads grouped digits in ASCII, Eastern and Persian numerals with every grouping mark', () => {
    const failures: string[] = [];
    const marks = [',', '٬', '.', '،'];
    NUMBERS.forEach((n, k) => {
      const mark = marks[k % marks.length]!;
      let digits = grouped(n, mark);
      if (k % 3 === 1) digits = toEastern(digits);
      if (k % 3 === 2) digits = digits.replace(/[0-9]/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)]!);
      const values = findNumbers(`وسجلت السلطات ${digits} حالة نزوح جديدة`).map((mention) => mention.value);
      if (values.length !== 1 || values[0] !== n) failures.push(`${digits} → ${JSON.stringify(values)}`);
    });
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
