/**
 * Arabic normalization for matching, keeping a map back to the original text so that quotes and
 * evidence are always shown exactly as the article wrote them.
 *
 * Matching folds the spelling variants the press mixes freely: أ/إ/آ/ٱ → ا, ى → ي, ة → ه,
 * ؤ → و, ئ → ي, Persian/Urdu letters to their Arabic twins, Eastern digits to ASCII; it drops
 * tatweel, diacritics, bidi and zero-width controls, and turns every exotic space into ' '.
 */

export type NormalizedText = {
  /** The folded text, used for every match. */
  readonly text: string;
  /** The text as written. */
  readonly original: string;
  /** offsets[i] is the index in `original` of the character that produced text[i]; one extra entry maps the end. */
  readonly offsets: readonly number[];
};

export type Span = { readonly start: number; readonly end: number };

const LETTER_FOLDS: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ے': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۃ': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ە': 'ه',
  'ؤ': 'و', 'ۄ': 'و', 'ۅ': 'و',
  'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك',
  'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'ڤ': 'ف', 'ڨ': 'ق', 'ٹ': 'ت', 'ڈ': 'د', 'ڑ': 'ر',
  '٫': '.', '٬': ',',
  '–': '-', '—': '-', '−': '-', '‐': '-',
};

function isDropped(code: number): boolean {
  return (
    code === 0x0640 || // tatweel
    (code >= 0x064b && code <= 0x065f) || // harakat, tanween, shadda, sukun
    code === 0x0670 || // superscript alef
    (code >= 0x06d6 && code <= 0x06ed) || // Quranic annotation marks
    (code >= 0x0610 && code <= 0x061a) ||
    code === 0x061c || // Arabic letter mark
    code === 0x200b || code === 0x200c || code === 0x200d || code === 0x200e || code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff || code === 0x00ad
  );
}

function isExoticSpace(code: number): boolean {
  return code === 0x00a0 || code === 0x202f || code === 0x2007 || code === 0x2009 || code === 0x200a ||
    (code >= 0x2000 && code <= 0x2006) || code === 0x3000 || code === 0x2008 || code === 0x205f || code === 0x09;
}

function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}

/** Fold one code point to its matching form ('' when it is dropped). */
function foldCodePoint(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (isDropped(code)) return '';
  if (isExoticSpace(code)) return ' ';
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  const folded = LETTER_FOLDS[char];
  if (folded !== undefined) return folded;
  if (isPresentationForm(code)) {
    let expanded = '';
    for (const part of char.normalize('NFKC')) expanded += foldCodePoint(part);
    return expanded;
  }
  if (code >= 0x41 && code <= 0x5a) return char.toLowerCase();
  return char;
}

// Folding is the hottest loop of extraction: each BMP code unit's fold is computed once and kept.
const foldTable: (string | undefined)[] = new Array<string | undefined>(0x10000);

/** The fold of one BMP code unit (not a high surrogate with a partner: see isPairAt). */
function foldOfCode(code: number): string {
  let folded = foldTable[code];
  if (folded === undefined) {
    folded = foldCodePoint(String.fromCharCode(code));
    foldTable[code] = folded;
  }
  return folded;
}

/** Whether a surrogate pair starts at `index`; the pair is folded as one code point. */
function isPairAt(original: string, code: number, index: number): boolean {
  return code >= 0xd800 && code <= 0xdbff && index + 1 < original.length;
}

/** Normalize text for matching and keep the map back to the original. */
export function normalizeArabic(original: string): NormalizedText {
  // Sized up front: the text rarely changes length, and growing by push costs more than the fold.
  const offsets = new Array<number>(original.length + 1);
  let mapped = 0;
  // Joined once at the end: a string built by += is a rope, and every later scan of it pays for that.
  const parts: string[] = [];
  // Runs of characters that fold to themselves are copied as one slice, not char by char.
  let runStart = 0;
  for (let index = 0; index < original.length; ) {
    const code = original.charCodeAt(index);
    const pair = isPairAt(original, code, index);
    const folded = pair ? foldCodePoint(String.fromCodePoint(original.codePointAt(index)!)) : foldOfCode(code);
    if (!pair && folded.length === 1 && folded.charCodeAt(0) === code) {
      offsets[mapped++] = index;
      index++;
      continue;
    }
    if (runStart < index) parts.push(original.slice(runStart, index));
    for (let k = 0; k < folded.length; k++) offsets[mapped++] = index;
    parts.push(folded);
    index += pair ? String.fromCodePoint(original.codePointAt(index)!).length : 1;
    runStart = index;
  }
  if (runStart < original.length) parts.push(runStart === 0 ? original : original.slice(runStart));
  offsets[mapped++] = original.length;
  offsets.length = mapped;
  return { text: parts.length === 1 ? parts[0]! : parts.join(''), original, offsets };
}

/** The folded form only, for keys and pack terms where no offsets are needed. */
export function foldArabic(text: string): string {
  let out = '';
  let runStart = 0;
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    const pair = isPairAt(text, code, index);
    const folded = pair ? foldCodePoint(String.fromCodePoint(text.codePointAt(index)!)) : foldOfCode(code);
    if (!pair && folded.length === 1 && folded.charCodeAt(0) === code) {
      index++;
      continue;
    }
    if (runStart < index) out += text.slice(runStart, index);
    out += folded;
    index += pair ? String.fromCodePoint(text.codePointAt(index)!).length : 1;
    runStart = index;
  }
  return runStart === 0 ? text : runStart < text.length ? out + text.slice(runStart) : out;
}

/** Map a span of the normalized text back to the span of the original that produced it. */
export function toOriginalSpan(normalized: NormalizedText, span: Span): Span {
  const start = normalized.offsets[span.start] ?? normalized.original.length;
  const lastIndex = span.end - 1;
  if (lastIndex < span.start) return { start, end: start };
  const lastStart = normalized.offsets[lastIndex] ?? normalized.original.length;
  // The end is the end of the original code point behind the last normalized character,
  // plus any dropped marks (diacritics, tatweel) that trail it inside the same word.
  let end = lastStart + (normalized.original.codePointAt(lastStart)! > 0xffff ? 2 : 1);
  const nextMapped = normalized.offsets[span.end] ?? normalized.original.length;
  while (end < nextMapped && isDropped(normalized.original.charCodeAt(end))) end++;
  return { start, end };
}

/** The original text behind a span of the normalized text. */
export function originalSlice(normalized: NormalizedText, span: Span): string {
  const { start, end } = toOriginalSpan(normalized, span);
  return normalized.original.slice(start, end);
}
