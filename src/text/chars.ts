/**
 * Character classes shared by the sentence splitter and the tokenizer, on UTF-16 code units of the
 * original text (before folding), so offsets stay those of the article as written.
 */

/** Line and paragraph separators: each ends a sentence. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/** Spaces, controls and the invisible bidi / zero-width marks that editors leave around words. */
export function isBlank(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x200f) || (code >= 0x202a && code <= 0x202f) ||
    (code >= 0x2066 && code <= 0x2069) || code === 0x205f || code === 0x3000 || code === 0xfeff || code === 0x061c;
}

/** ASCII, Arabic-Indic and Persian digits. */
export function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9);
}

/** Latin letters, accented ones included (names such as Gerasimov may come with diacritics). */
export function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** Arabic letters proper (not marks), including Persian/Urdu letters and presentation forms. */
export function isArabicLetter(code: number): boolean {
  return (code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3) ||
    code === 0x06d5 || (code >= 0x06fa && code <= 0x06ff) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}

/** Tatweel, harakat and Quranic marks: they sit inside a word but are not letters. */
export function isArabicMark(code: number): boolean {
  return code === 0x0640 || (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06ed && code !== 0x06d5);
}
