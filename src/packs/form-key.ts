/**
 * How a pack spelling becomes a match key: folded like the text (normalizeArabic), split into
 * words, joined by one space. "أ.ف.ب" and "ا ف ب" share the key "ا ف ب"; "الـ24" is "ال24".
 */
import { foldArabic } from '../text/normalize.ts';

const WORD_TABLE = (() => {
  const table = new Uint8Array(0x800);
  const mark = (from: number, to: number): void => {
    for (let code = from; code <= to; code++) table[code] = 1;
  };
  mark(0x30, 0x39);
  mark(0x41, 0x5a);
  mark(0x61, 0x7a);
  mark(0xc0, 0x24f);
  table[0xd7] = 0;
  table[0xf7] = 0;
  mark(0x370, 0x3ff); // Greek
  mark(0x400, 0x52f); // Cyrillic
  mark(0x621, 0x63a);
  mark(0x641, 0x64a);
  mark(0x660, 0x669);
  mark(0x66e, 0x66f);
  mark(0x671, 0x6d3);
  table[0x6d5] = 1;
  mark(0x6ee, 0x6ff);
  return table;
})();

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a UTF-16 code unit of folded text belongs to a word (letters and digits of any script). */
export function isWordCode(code: number): boolean {
  if (code < 0x800) return WORD_TABLE[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/**
 * What may separate two words of one phrase in the text: spaces, a hyphen, a dot, a slash or an
 * underscore ("أبو ظبي", "أبو-ظبي", "أ.ف.ب", "24 شباط/فبراير"). A line break never does: a headline
 * does not run into the body.
 */
export function isGapCode(code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x2e || code === 0x2f || code === 0x5f;
}

/** The match key of a spelling: folded, its words joined by single spaces. */
export function toFormKey(form: string): string {
  const folded = foldArabic(form);
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (isWordCode(code)) word += folded[i];
    else if (word !== '') {
      words.push(word);
      word = '';
    }
  }
  if (word !== '') words.push(word);
  return words.join(' ');
}
