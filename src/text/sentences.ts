/**
 * Sentence splitting for Arabic news, with offsets into the original text so evidence is quoted as
 * written. A line break always ends a sentence (headlines and subheads carry no full stop); inside a
 * line, . ! ? ؟ ؛ end one, while the Arabic comma ، is clause punctuation and never does.
 *
 * A terminator does not split inside a balanced quote or parenthesis of the same line (an unclosed
 * quote is a typo, not a reason to glue a paragraph together), in numbers (1.243.840, 10.30), in
 * abbreviations (د. محمد، أ.ف.ب، U.S.) or in URLs.
 */

import { isArabicLetter, isArabicMark, isBlank, isDigit, isLatinLetter, isLineBreak } from './chars.ts';
import { foldArabic } from './normalize.ts';

/** One sentence of an article, quoted exactly as written. */
export type Sentence = {
  /** The sentence as written, without surrounding blanks. */
  readonly text: string;
  /** Offsets of `text` in the original. */
  readonly start: number;
  readonly end: number;
};

/** What each character of a line is to the splitter (a byte per character, built by markPairs). */
const Role = { None: 0, Open: 1, CloseQuote: 2, CloseBracket: 3, Url: 4 } as const;
type OpenerKind = 'guillemet' | 'straight' | 'curly' | 'paren' | 'bracket';
type Opener = { readonly index: number; readonly kind: OpenerKind };

/** Two-letter Arabic words (folded) that can end a sentence; any other two letters before a dot are an abbreviation. */
const SHORT_WORDS = new Set([
  'لا', 'له', 'به', 'هو', 'هي', 'هم', 'ما', 'لي', 'لك', 'بي', 'في', 'من', 'عن', 'إن', 'أن', 'ان', 'أو', 'او', 'كل', 'قد', 'لن',
  'لم', 'ثم', 'أي', 'اي', 'مع', 'بل', 'يد', 'دم', 'أب', 'أخ', 'أم', 'ام', 'غد', 'حد', 'جو', 'حر', 'سد', 'مد', 'عم', 'ذا', 'نا',
].map(foldArabic));
const LATIN_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'st', 'vs', 'etc', 'no', 'gen', 'col', 'lt', 'sgt', 'maj', 'capt', 'e.g', 'i.e']);
/** Words right after a closing quote that attribute it ("…؟" تساءل الوزير): the sentence goes on. */
const ATTRIBUTION_WORDS = new Set(['قال', 'قالت', 'وقال', 'وقالت', 'تساءل', 'تساءلت', 'أضاف', 'أضافت', 'بحسب', 'حسب', 'وفق', 'وفقا', 'على', 'كما', 'يقول', 'تقول'].map(foldArabic));

function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x061b || code === 0x2026;
}

/** Where a URL starting at `at` ends, or -1; trailing punctuation belongs to the sentence, not the URL. */
function urlEnd(text: string, at: number, to: number): number {
  const code = text.charCodeAt(at);
  if (code !== 0x68 && code !== 0x48 && code !== 0x77 && code !== 0x57) return -1;
  if (at > 0 && (isLatinLetter(text.charCodeAt(at - 1)) || isDigit(text.charCodeAt(at - 1)))) return -1;
  const head = text.slice(at, at + 8).toLowerCase();
  if (!head.startsWith('http://') && !head.startsWith('https://') && !head.startsWith('www.')) return -1;
  let end = at;
  while (end < to && !isBlank(text.charCodeAt(end))) end++;
  while (end > at && '.,،؛;:!?؟)]»"”'.includes(text[end - 1]!)) end--;
  return end;
}

/**
 * Pairing state of one line. Open counts per kind let a closer with no opener fail at once, and a
 * search pops every opener it passes, so pairing stays linear even on a line of stray brackets.
 */
/**
 * The roles of one line's characters, reused from line to line: a typed array allocated per line
 * showed in profiles. Only `splitLine` reads it, before the next line is marked.
 */
let rolesBuffer = new Uint8Array(1024);

type Pairing = { readonly roles: Uint8Array; readonly from: number; readonly stack: Opener[]; readonly open: Record<OpenerKind, number> };

function pushOpener(state: Pairing, index: number, kind: OpenerKind): void {
  state.stack.push({ index, kind });
  state.open[kind]++;
}

function closeOpener(state: Pairing, index: number, kind: OpenerKind): boolean {
  const { stack, open, roles, from } = state;
  if (open[kind] === 0) return false;
  for (let k = stack.length - 1; k >= 0; k--) {
    const opener = stack[k]!;
    if (opener.kind !== kind) continue;
    roles[opener.index - from] = Role.Open;
    roles[index - from] = kind === 'paren' || kind === 'bracket' ? Role.CloseBracket : Role.CloseQuote;
    for (let drop = k; drop < stack.length; drop++) open[stack[drop]!.kind]--;
    stack.length = k;
    return true;
  }
  return false;
}

/** Mark the quotes and brackets of one line that pair up; unpaired ones are ignored. */
function markPairs(text: string, from: number, to: number): Uint8Array {
  if (rolesBuffer.length < to - from) rolesBuffer = new Uint8Array(Math.max(to - from, rolesBuffer.length * 2));
  rolesBuffer.fill(Role.None, 0, to - from);
  const state: Pairing = { roles: rolesBuffer, from, stack: [], open: { guillemet: 0, straight: 0, curly: 0, paren: 0, bracket: 0 } };
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    switch (code) {
      case 0x68: case 0x48: case 0x77: case 0x57: { // h H w W: perhaps a URL
        const end = urlEnd(text, i, to);
        if (end > i) {
          state.roles.fill(Role.Url, i - from, end - from);
          i = end - 1;
        }
        break;
      }
      case 0xab: pushOpener(state, i, 'guillemet'); break; // «
      case 0xbb: closeOpener(state, i, 'guillemet'); break; // »
      case 0x28: pushOpener(state, i, 'paren'); break;
      case 0x29: closeOpener(state, i, 'paren'); break;
      case 0x5b: pushOpener(state, i, 'bracket'); break;
      case 0x5d: closeOpener(state, i, 'bracket'); break;
      // Straight and curly quotes open and close alike, and Arabic text uses “…” and ”…“ both.
      case 0x22: if (!closeOpener(state, i, 'straight')) pushOpener(state, i, 'straight'); break;
      case 0x201c: case 0x201d: case 0x201e: if (!closeOpener(state, i, 'curly')) pushOpener(state, i, 'curly'); break;
      default: break;
    }
  }
  return state.roles;
}

/** The word (letters and marks) ending just before `at`: where it starts, how many letters, whether Latin. */
function wordBefore(text: string, at: number): { start: number; letters: number; latin: boolean } {
  let i = at;
  let letters = 0;
  if (i > 0 && isLatinLetter(text.charCodeAt(i - 1))) {
    while (i > 0 && isLatinLetter(text.charCodeAt(i - 1))) { i--; letters++; }
    return { start: i, letters, latin: true };
  }
  while (i > 0) {
    const code = text.charCodeAt(i - 1);
    if (isArabicLetter(code)) letters++;
    else if (!isArabicMark(code)) break;
    i--;
  }
  return { start: i, letters, latin: false };
}

/** How many one-letter Arabic words, joined by dots or spaces, end at `at` ("أ.ف.ب" → 3); counts to 3 at most. */
function initialChain(text: string, at: number): number {
  let count = 0;
  let i = at;
  while (count < 3) {
    const word = wordBefore(text, i);
    if (word.latin || word.letters !== 1) return count;
    count++;
    i = word.start;
    while (i > 0 && (text[i - 1] === '.' || text[i - 1] === ' ')) i--;
    if (i === word.start) return count;
  }
  return count;
}

/** Whether the single dot at `i` ends a sentence that began at `sentenceStart`. */
function dotEnds(text: string, i: number, to: number, sentenceStart: number): boolean {
  const previous = i > 0 ? text.charCodeAt(i - 1) : 0;
  const next = i + 1 < to ? text.charCodeAt(i + 1) : 0;
  if (isDigit(previous) && isDigit(next)) return false; // 1.243.840, 10.30
  if (isLatinLetter(next) || isDigit(next)) return false; // U.S, example.com
  if (i - sentenceStart <= 8 && /^\s*[\d٠-٩۰-۹]{1,3}$/u.test(text.slice(sentenceStart, i))) return false; // "1. " opening a list item
  const word = wordBefore(text, i);
  if (word.letters === 0) return true;
  if (word.latin) {
    const before = word.start > 1 && text[word.start - 1] === '.' && isLatinLetter(text.charCodeAt(word.start - 2));
    const token = text.slice(word.start, i);
    if (before || (token.length === 1 && token === token.toUpperCase()) || LATIN_ABBREVIATIONS.has(token.toLowerCase())) return false;
    return true;
  }
  if (isArabicLetter(next)) return word.letters > 2; // "أ.ف.ب" inside, or "انتهى.وقال" missing its space
  if (word.letters === 1) return initialChain(text, i) >= 3; // "د. محمد" goes on; "... أ ف ب." ends
  if (word.letters === 2) return SHORT_WORDS.has(foldArabic(text.slice(word.start, i)));
  return true;
}

function skipSpaces(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** An ellipsis ends a sentence only before the end of the line or a new Latin capitalised sentence. */
function ellipsisEnds(text: string, after: number, to: number): boolean {
  const next = skipSpaces(text, after, to);
  return next >= to || (text.charCodeAt(next) >= 0x41 && text.charCodeAt(next) <= 0x5a);
}

/** After a closing quote at `closer`: the sentence's end, or -1 when the sentence goes on. */
function quoteEnd(text: string, closer: number, to: number): number {
  let k = closer - 1;
  while (k > 0 && isBlank(text.charCodeAt(k))) k--;
  const last = text.charCodeAt(k);
  if (!isTerminator(last) || last === 0x061b) return -1;
  let end = closer + 1;
  while (end < to && isTerminator(text.charCodeAt(end))) end++;
  const next = skipSpaces(text, end, to);
  if (next >= to) return end;
  if ('،,:;-–)]'.includes(text[next]!)) return -1;
  let wordEnd = next;
  while (wordEnd < to && (isArabicLetter(text.charCodeAt(wordEnd)) || isArabicMark(text.charCodeAt(wordEnd)))) wordEnd++;
  return ATTRIBUTION_WORDS.has(foldArabic(text.slice(next, wordEnd))) ? -1 : end;
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  const roles = markPairs(text, from, to);
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const role = roles[i - from]!;
    if (role === Role.Url) continue;
    if (role === Role.Open) { depth++; continue; }
    if (role === Role.CloseQuote || role === Role.CloseBracket) {
      depth--;
      if (role === Role.CloseQuote && depth === 0) {
        const end = quoteEnd(text, i, to);
        if (end > 0) { pushTrimmed(text, start, end, out); start = end; i = end - 1; }
      }
      continue;
    }
    if (depth > 0 || !isTerminator(text.charCodeAt(i))) continue;
    let runEnd = i + 1;
    while (runEnd < to && isTerminator(text.charCodeAt(runEnd)) && roles[runEnd - from] === Role.None) runEnd++;
    const run = text.slice(i, runEnd);
    const onlyDots = /^[.…]+$/u.test(run);
    // A dot right after a URL is punctuation (urlEnd left it out); any other lone dot is weighed.
    const afterUrl = i > from && roles[i - 1 - from] === Role.Url;
    if (run === '.' && !afterUrl && !dotEnds(text, i, to, start)) continue;
    if (onlyDots && run !== '.' && !ellipsisEnds(text, runEnd, to)) { i = runEnd - 1; continue; }
    // A stray closer after the stop ("انتهى.»" with no opener) stays with the sentence it closes.
    while (runEnd < to && roles[runEnd - from] === Role.None && ')]»"”'.includes(text[runEnd]!)) runEnd++;
    pushTrimmed(text, start, runEnd, out);
    start = runEnd;
    i = runEnd - 1;
  }
  pushTrimmed(text, start, to, out);
}

const COMMA = 0x60c;
const LATIN_COMMA = 0x2c;
const FULL_STOP = 0x2e;

/**
 * Whether the line after the break at `i` continues the sentence: a line cannot start with a comma
 * or a lone full stop, so a page that broke a sentence there ("…ترامب\n، الأحد، مع مفاوضين…") is mended.
 */
function continuesAfterBreak(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  const code = text.charCodeAt(j);
  return code === COMMA || code === LATIN_COMMA || code === FULL_STOP;
}

/** Words a sentence never ends on (folded): a line that ends on one was cut by the page ("بين روسيا و" / "التقى … في"). */
const OPEN_ENDINGS = new Set(['في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'بين', 'أن', 'إن', 'بأن', 'الذي', 'التي', 'الذين', 'حول', 'لدى',
  'عند', 'خلال', 'منذ', 'و', 'أو', 'ثم', 'حيث', 'لكن', 'بل'].map(foldArabic));

/** The longest word of OPEN_ENDINGS: a longer last word is none of them, and is not folded. */
const OPEN_ENDING_MAX = 5;

/** The last word of the line ending at `i`, folded when it is short enough to be one of OPEN_ENDINGS. */
function lastWordBefore(text: string, i: number): string {
  let end = i;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start <= OPEN_ENDING_MAX && !isBlank(text.charCodeAt(start - 1))) start--;
  if (end - start > OPEN_ENDING_MAX || (start > 0 && !isBlank(text.charCodeAt(start - 1)))) return '';
  return foldArabic(text.slice(start, end));
}

/** Whether the line before the break at `i` ends on punctuation that may close a sentence or a heading. */
function endsClosed(text: string, i: number): boolean {
  let end = i;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  return end === 0 || isTerminator(text.charCodeAt(end - 1)) || ':"»”)'.includes(text[end - 1]!);
}

/** Whether the line after the break at `i` is empty (a paragraph break). */
function blankLineAfter(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09 || text.charCodeAt(j) === 0x0d)) j++;
  return j >= text.length || isLineBreak(text.charCodeAt(j));
}

/** The line breaks isLineBreak accepts other than "\n", which most texts never hold. */
const RARE_LINE_BREAKS = /[\r\v\f\u0085\u2028\u2029]/u;

/** The index of the first line break at or after `from`, or the text's length: a native search for "\n" when it is the only kind. */
function nextLineBreak(text: string, from: number, onlyNewlines: boolean): number {
  if (onlyNewlines) {
    const at = text.indexOf('\n', from);
    return at === -1 ? text.length : at;
  }
  let i = from;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}

/** Breaks that plainly cut a sentence before a page is read as hard-wrapped. */
const WRAPPED_EVIDENCE = 2;

/**
 * Whether the page wraps its lines mid-sentence: at least two breaks cut a sentence plainly (a line
 * starting with a comma or a full stop, or ending on a preposition or a conjunction). On such a page
 * every break inside an open sentence is a wrap, not a sentence's end.
 */
function isHardWrapped(text: string, onlyNewlines: boolean): boolean {
  let evidence = 0;
  for (let i = nextLineBreak(text, 0, onlyNewlines); i < text.length; i = nextLineBreak(text, i + 1, onlyNewlines)) {
    if (blankLineAfter(text, i)) continue;
    if (continuesAfterBreak(text, i) || OPEN_ENDINGS.has(lastWordBefore(text, i))) evidence++;
    if (evidence >= WRAPPED_EVIDENCE) return true;
  }
  return false;
}

/**
 * Split an article into sentences with their offsets in the original text; every line break ends
 * one, except before a line that starts with a comma or a full stop, after a line that ends on a
 * word no sentence ends on, and inside an open sentence of a hard-wrapped page.
 */
export function splitSentences(original: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  const onlyNewlines = !RARE_LINE_BREAKS.test(original);
  const wrapped = isHardWrapped(original, onlyNewlines);
  for (let i = nextLineBreak(original, 0, onlyNewlines); i <= original.length; i = i < original.length ? nextLineBreak(original, i + 1, onlyNewlines) : i + 1) {
    if (i < original.length && i > lineStart && !blankLineAfter(original, i) &&
      (continuesAfterBreak(original, i) || OPEN_ENDINGS.has(lastWordBefore(original, i)) || (wrapped && !endsClosed(original, i)))) continue;
    if (i > lineStart) splitLine(original, lineStart, i, out);
    lineStart = i + 1;
  }
  return out;
}
