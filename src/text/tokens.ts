/**
 * Tokens with original offsets, folded forms and recognised clitic prefixes.
 *
 * Arabic writes the conjunctions و ف, the prepositions ب ك ل and the article ال onto the next word
 * ("وبالقوات" = و + ب + ال + قوات). A prefix is only split off when what remains is a known word or
 * a number; otherwise the letters belong to the word (وفد, وزير, واشنطن, بوتين, كييف, لافروف, فرنسا).
 * "Known" means the built-in news lexicon or the lexicon passed in (a pack's names, for instance).
 */
import { isArabicLetter, isArabicMark, isBlank, isDigit, isLatinLetter, isLineBreak } from './chars.ts';
import { NEWS_LEXICON, type Lexicon } from './news-lexicon.ts';
import { foldArabic } from './normalize.ts';

export type { Lexicon } from './news-lexicon.ts';
export { NEWS_LEXICON } from './news-lexicon.ts';

/** One token of an article, with its folded form and the clitics read off it. */
export type Token = {
  /** The token as written. */
  readonly text: string;
  /** Offsets in the original text. */
  readonly start: number;
  readonly end: number;
  /** The whole token folded (foldArabic). */
  readonly norm: string;
  /** The folded token without its recognised clitic prefixes. */
  readonly stem: string;
  /** Recognised prefixes in writing order, folded: ['و', 'ب', 'ال']. */
  readonly prefixes: readonly string[];
  readonly kind: 'word' | 'number' | 'punct' | 'latin';
};

type Chain = { readonly surface: string; readonly prefixes: readonly string[] };

/** Every conjunction + preposition + article chain, longest first; ل + ال is written "لل". */
const CHAINS: readonly Chain[] = (() => {
  const chains: Chain[] = [];
  for (const conjunction of ['', 'و', 'ف']) {
    for (const preposition of ['', 'ب', 'ك', 'ل']) {
      for (const article of ['', 'ال']) {
        const prefixes = [conjunction, preposition, article].filter((part) => part !== '');
        if (prefixes.length === 0) continue;
        const surface = conjunction + (preposition === 'ل' && article ? 'لل' : preposition + article);
        chains.push({ surface, prefixes });
      }
    }
  }
  return chains.sort((a, b) => b.surface.length - a.surface.length);
})();
const CHAIN_SURFACES = new Set(CHAINS.map((chain) => chain.surface));
const NUMBER = /^\d+(?:[.,]\d+)*$/u;
const MIN_STEM = 2;

function knows(word: string, lexicon: Lexicon | undefined): boolean {
  return NEWS_LEXICON.has(word) || (lexicon?.has(word) ?? false);
}

/**
 * Split recognised clitic prefixes off a folded word: "والقوات" → stem "قوات", prefixes ['و', 'ال'];
 * "وفد" stays whole because "فد" is no known word. A word the lexicon knows whole is never split.
 */
export function stripClitics(foldedWord: string, lexicon?: Lexicon): { stem: string; prefixes: string[] } {
  if (foldedWord.length < 2 || knows(foldedWord, lexicon)) return { stem: foldedWord, prefixes: [] };
  for (const chain of CHAINS) {
    if (!foldedWord.startsWith(chain.surface)) continue;
    const rest = foldedWord.slice(chain.surface.length);
    if (NUMBER.test(rest)) return { stem: rest, prefixes: [...chain.prefixes] };
    if (rest.length >= MIN_STEM && knows(rest, lexicon)) return { stem: rest, prefixes: [...chain.prefixes] };
    // "للقاء" = ل + ال + لقاء: the article's lam merges with a stem that starts with lam.
    if (chain.surface.endsWith('لل') && knows(`ل${rest}`, lexicon)) return { stem: `ل${rest}`, prefixes: [...chain.prefixes] };
  }
  return { stem: foldedWord, prefixes: [] };
}

/** End of a number at `at`: digits, with . , ٫ ٬ kept only between digits (1.243.840, 3,5). */
function numberEnd(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    const separator = text[i];
    if ((separator === '.' || separator === ',' || separator === '٫' || separator === '٬') && i + 1 < text.length && isDigit(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    return i;
  }
}

function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Zero-width joiners inside a word are spelling, not a boundary.
    const joiner = (code === 0x200c || code === 0x200d) && i + 1 < text.length && isArabicLetter(text.charCodeAt(i + 1));
    if (!isArabicLetter(code) && !isArabicMark(code) && !joiner) break;
    i++;
  }
  return i;
}

/** Latin words keep inner hyphens, apostrophes and dots before a letter or digit: F-16, S-400, U.S. */
function latinEnd(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (i < text.length && (isLatinLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) i++;
    const joiner = text[i];
    const after = text.charCodeAt(i + 1);
    if ((joiner === '-' || joiner === "'" || joiner === '’' || joiner === '.') && (isLatinLetter(after) || isDigit(after))) {
      i++;
      continue;
    }
    return i;
  }
}

// News vocabulary repeats heavily, so folding and clitic analysis are memoised per written form:
// a map lookup instead of folding every character again. The maps only ever hold pure results and
// are emptied when full. A caller's lexicon may change between calls, so only the built-in one's
// analyses are kept.
const CACHE_LIMIT = 50_000;
const foldCache = new Map<string, string>();
const builtInAnalyses = new Map<string, { readonly stem: string; readonly prefixes: readonly string[] }>();
const NO_PREFIXES: readonly string[] = Object.freeze([]);

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function foldToken(text: string): string {
  return foldCache.get(text) ?? remember(foldCache, text, foldArabic(text));
}

function analyse(norm: string, lexicon: Lexicon | undefined): { readonly stem: string; readonly prefixes: readonly string[] } {
  if (lexicon) return stripClitics(norm, lexicon);
  const known = builtInAnalyses.get(norm);
  if (known) return known;
  const { stem, prefixes } = stripClitics(norm);
  return remember(builtInAnalyses, norm, { stem, prefixes: prefixes.length === 0 ? NO_PREFIXES : Object.freeze(prefixes) });
}

function makeToken(original: string, start: number, end: number, kind: Token['kind'], lexicon: Lexicon | undefined): Token {
  const text = original.slice(start, end);
  const norm = foldToken(text);
  if (kind === 'punct' || kind === 'latin') return { text, start, end, norm, stem: norm, prefixes: NO_PREFIXES, kind };
  const { stem, prefixes } = analyse(norm, lexicon);
  return { text, start, end, norm, stem, prefixes, kind };
}

/**
 * Split text into word, number, Latin and punctuation tokens with original offsets. A clitic chain
 * written onto a number stays one number token: "و24", "بـ5", "الـ24" (stem "24").
 */
export function tokenize(original: string, lexicon?: Lexicon): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    if (isArabicLetter(code)) {
      const end = wordEnd(original, i);
      if (end < original.length && isDigit(original.charCodeAt(end)) && CHAIN_SURFACES.has(foldToken(original.slice(i, end)))) {
        const numberStop = numberEnd(original, end);
        tokens.push(makeToken(original, i, numberStop, 'number', lexicon));
        i = numberStop;
      } else {
        tokens.push(makeToken(original, i, end, 'word', lexicon));
        i = end;
      }
    } else if (isDigit(code)) {
      const end = numberEnd(original, i);
      tokens.push(makeToken(original, i, end, 'number', lexicon));
      i = end;
    } else if (isLatinLetter(code)) {
      const end = latinEnd(original, i);
      tokens.push(makeToken(original, i, end, 'latin', lexicon));
      i = end;
    } else if (isBlank(code) || isLineBreak(code) || isArabicMark(code)) {
      i++; // blanks, invisible controls and stray marks separate tokens
    } else {
      const end = i + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
      tokens.push(makeToken(original, i, end, 'punct', lexicon));
      i = end;
    }
  }
  return tokens;
}
