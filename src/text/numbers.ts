/**
 * Numbers in Arabic news text, as digits, words or the press's mix of both ("مليون و243 ألفا و840"),
 * plus the two ways Arabic counts without a numeral: the dual ("غواصتين" = 2) and a noun with
 * واحد ("دبابة واحدة" = 1). Work happens on the folded text in one pass over tokens; spans are
 * mapped back so evidence is always quoted as the article wrote it.
 */
import { analyzeCardinal, readChain, type Chain } from './number-chain.ts';
import {
  ADJECTIVE_LIKE_NOUNS, CLITIC_PREFIXES, COMPOUND_FIRST, COUNTED_NOUNS, FRACTION_LOOKALIKES, IDIOM_BEFORE_ONE,
  isDefinitePrefix, NOT_A_NOUN, ORDINAL_WORDS, ZERO_WORD, dualStem,
} from './number-lexicon.ts';
import { qualifierAfter, qualifierBefore, type NumberQualifier, type QualifierMatch } from './number-qualifiers.ts';
import { scanTokens, type ScanToken } from './number-scan.ts';
import { lastTwo, wordSet } from './word-set.ts';
import { foldArabic, normalizeArabic, toOriginalSpan, type NormalizedText } from './normalize.ts';

export type { NumberQualifier } from './number-qualifiers.ts';

/** How the number was written: digits, words, a mix ("24 ألف"), a dual noun, or noun + واحد. */
export type NumberSource = 'digits' | 'words' | 'mixed' | 'dual' | 'one';

/** One number found in a text, with where it sits in the original and how sure the text is about it. */
export type NumberMention = {
  readonly value: number;
  /** span in the ORIGINAL text of the number itself (digits/words), excluding a glued clitic prefix like و/ب/الـ/بـ/لـ and excluding the qualifier */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly qualifier: NumberQualifier;
  readonly qualifierSpan?: { readonly start: number; readonly end: number };
  readonly source: NumberSource;
  /** for 'dual' and 'one' mentions: the folded singular-ish stem of the counted noun when known */
  readonly countedNoun?: string;
};

/** Options for findNumbers. */
export type FindNumbersOptions = {
  /** extra counted nouns (folded singular forms, e.g. 'دبابه') whose dual forms mean 2; a built-in list of common ones is always used too */
  readonly countedNouns?: ReadonlySet<string>;
  /** Added to every offset returned: a sentence's numbers then come out in article offsets without a copy. */
  readonly offsetBy?: number;
};

/** A mention before its spans are mapped back to the original text. */
type Found = {
  readonly value: number;
  readonly source: NumberSource;
  readonly start: number;
  readonly end: number;
  /** token index of the first token (glued prefix included), for qualifiers before it */
  readonly first: number;
  readonly next: number;
  readonly countedNoun?: string;
};

const TWO_WORDS: ReadonlySet<string> = new Set(['اثنين', 'اثنان', 'اثنتين', 'اثنتان']);
const ONE_WORDS = wordSet(['واحد', 'واحده', 'واحدا']);
const FROM = foldArabic('من');

type DualIndex = {
  readonly byStem: ReadonlyMap<string, string>;
  readonly nouns: ReadonlySet<string>;
  /** The last two letters of every stem in `byStem` (lastTwo). */
  readonly stemEndings: ReadonlySet<number>;
};

function buildDualIndex(extra: ReadonlySet<string> | undefined): DualIndex {
  const nouns = new Set(COUNTED_NOUNS);
  if (extra !== undefined) for (const noun of extra) nouns.add(foldArabic(noun));
  const byStem = new Map<string, string>();
  for (const noun of nouns) byStem.set(dualStem(noun), noun);
  const stemEndings = new Set<number>();
  for (const stem of byStem.keys()) if (stem.length >= 2) stemEndings.add(lastTwo(stem));
  return { byStem, nouns, stemEndings };
}

const BUILT_IN_DUALS = buildDualIndex(undefined);
// Callers pass the same pack set to every call; the index is built once per set.
const dualIndexCache = new WeakMap<ReadonlySet<string>, DualIndex>();

function dualIndexFor(extra: ReadonlySet<string> | undefined): DualIndex {
  if (extra === undefined || extra.size === 0) return BUILT_IN_DUALS;
  let index = dualIndexCache.get(extra);
  if (index === undefined) {
    index = buildDualIndex(extra);
    dualIndexCache.set(extra, index);
  }
  return index;
}

/** Every number in a text, in order and non-overlapping, with qualifiers kept beside the value. */
export function findNumbers(original: string, options?: FindNumbersOptions): NumberMention[] {
  return findNumbersInNormalized(normalizeArabic(original), options);
}

/** findNumbers for a text the caller has already normalized (extractors normalize an article once). */
export function findNumbersInNormalized(normalized: NormalizedText, options?: FindNumbersOptions): NumberMention[] {
  const tokens = scanTokens(normalized.text);
  const duals = dualIndexFor(options?.countedNouns);
  const mentions: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const found = token.kind === 'punct' ? undefined : readNumberAt(normalized, tokens, i, duals);
    if (found === undefined) {
      i++;
      continue;
    }
    const qualifier = qualifierBefore(tokens, found.first) ??
      qualifierAfter(tokens, found.next, (k) => isSkippableWord(tokens, k));
    mentions.push(toMention(normalized, found, qualifier, options?.offsetBy ?? 0));
    i = found.next;
  }
  return mentions;
}

function readNumberAt(normalized: NormalizedText, tokens: readonly ScanToken[], i: number, duals: DualIndex): Found | undefined {
  const chain = readChain(tokens, i);
  if (chain !== undefined) return isFalseChain(tokens, chain) ? undefined : chainToFound(chain);
  return readDual(tokens, i, duals) ?? readOne(normalized, tokens, i, duals);
}

function chainToFound(chain: Chain): Found {
  const source: NumberSource = chain.hasDigits ? (chain.hasWords ? 'mixed' : 'digits') : 'words';
  return { value: chain.value, source, start: chain.start, end: chain.end, first: chain.atoms[0]!.first, next: chain.next };
}

function previousWord(tokens: readonly ScanToken[], index: number): ScanToken | undefined {
  const token = tokens[index - 1];
  return token?.kind === 'word' ? token : undefined;
}

/** Whether a folded word is an ordinal 1–10 (or the compound-only حادي), clitics allowed. */
function ordinalStem(word: string): number | undefined {
  for (const prefix of CLITIC_PREFIXES) {
    if (!word.startsWith(prefix) || word.length === prefix.length) continue;
    const stem = word.slice(prefix.length);
    const value = ORDINAL_WORDS.get(stem) ?? (COMPOUND_FIRST.has(stem) ? 1 : undefined);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Words that look like numbers in context but are not counts: the عشر of "الحادي عشر", the
 * العشرون of "الحادي والعشرون", the fraction in "خمس الأراضي", and "كل واحد" (each one).
 */
function isFalseChain(tokens: readonly ScanToken[], chain: Chain): boolean {
  const head = chain.atoms[0]!;
  const before = previousWord(tokens, head.first);
  if (chain.atoms.length !== 1 || head.kind === 'num') return false;
  if (before !== undefined && (head.kind === 'ten' || (head.kind === 'tens' && isDefinitePrefix(head.prefix))) &&
    ordinalStem(before.text) !== undefined) return true;
  if (head.kind === 'unit' && ONE_WORDS.has(head.stem)) return isIdiomaticOne(tokens, chain, before, true);
  if ((head.prefix === '' || head.prefix === 'و') && FRACTION_LOOKALIKES.has(head.stem)) {
    const after = tokens[chain.next];
    return after?.kind === 'word' && after.text.startsWith('ال') && analyzeCardinal(after.text) === undefined;
  }
  return false;
}

/**
 * واحد that counts nothing: "كل واحد" (each), "وأحد المسؤولين" (folds to واحد; a cardinal never
 * precedes a definite noun), "واحدة من أعنف الهجمات" (one of the most…). After a noun a definite
 * word may just be the object ("ضربة واحدة الجسر"), so `definiteMeansOneOf` is false there.
 */
function isIdiomaticOne(tokens: readonly ScanToken[], chain: Chain, before: ScanToken | undefined, definiteMeansOneOf: boolean): boolean {
  if (before !== undefined && IDIOM_BEFORE_ONE.has(before.text)) return true;
  const after = tokens[chain.next];
  if (after?.kind !== 'word') return false;
  if (definiteMeansOneOf && after.text.startsWith('ال') && analyzeCardinal(after.text) === undefined) return true;
  const next = tokens[chain.next + 1];
  return after.text === FROM && next?.kind === 'word' && isSuperlative(next.text);
}

/** The أفعل pattern after folding: "اكبر", "ابرز", "اهم", "اعنف". */
function isSuperlative(word: string): boolean {
  return word.startsWith('ا') && (word.length === 3 || word.length === 4) && ordinalStem(word) === undefined;
}

/** "غواصتين", "والطائرتين", "يومين اثنين": a listed noun in the dual means two. */
function readDual(tokens: readonly ScanToken[], i: number, duals: DualIndex): Found | undefined {
  const token = tokens[i]!;
  if (token.kind !== 'word') return undefined;
  const text = token.text;
  if (!text.endsWith('ين') && !text.endsWith('ان')) return undefined;
  // Most words ending in ين/ان are not duals of a counted noun: their stem's ending says so without a lookup.
  if (text.length < 4 || !duals.stemEndings.has(lastTwo(text, text.length - 2))) return undefined;
  const body = text.slice(0, -2);
  for (const prefix of CLITIC_PREFIXES) {
    if (!body.startsWith(prefix) || body.length - prefix.length < 2) continue;
    const noun = duals.byStem.get(body.slice(prefix.length));
    if (noun === undefined) continue;
    if (ADJECTIVE_LIKE_NOUNS.has(noun) && looksPlural(previousWord(tokens, i))) return undefined;
    const following = tokens[i + 1];
    const paired = following?.kind === 'word' && TWO_WORDS.has(following.text);
    return {
      value: 2, source: 'dual', start: token.start + prefix.length, end: paired ? following.end : token.end,
      first: i, next: paired ? i + 2 : i + 1, countedNoun: noun,
    };
  }
  return undefined;
}

/** "المدعين العامين": an adjective agreeing with a plural, not a dual noun. */
function looksPlural(word: ScanToken | undefined): boolean {
  return word !== undefined && word.text.length > 4 && (word.text.endsWith('ين') || word.text.endsWith('ون'));
}

/** "دبابة واحدة", "يوم واحد": a noun followed by واحد(ة) means one of it. */
function readOne(normalized: NormalizedText, tokens: readonly ScanToken[], i: number, duals: DualIndex): Found | undefined {
  const noun = tokens[i]!;
  const one = tokens[i + 1];
  if (noun.kind !== 'word' || one?.kind !== 'word' || !ONE_WORDS.has(one.text)) return undefined;
  if (noun.text.length < 2 || NOT_A_NOUN.has(noun.text) || IDIOM_BEFORE_ONE.has(noun.text)) return undefined;
  if (analyzeCardinal(noun.text) !== undefined || ordinalStem(noun.text) !== undefined) return undefined;
  // "واحد وعشرون" is twenty-one, not "one".
  const chain = readChain(tokens, i + 1);
  if (chain === undefined || chain.next !== i + 2) return undefined;
  // Only "وأحد" written with its hamza is و + أحد ("جندي وأحد المدنيين"); plain واحد follows its noun.
  const hamza = normalized.original[normalized.offsets[one.start + 1] ?? 0] === 'أ';
  if (isIdiomaticOne(tokens, chain, noun, hamza)) return undefined;
  let start = noun.start;
  let countedNoun = noun.text;
  for (const prefix of CLITIC_PREFIXES) {
    if (!noun.text.startsWith(prefix)) continue;
    const stem = noun.text.slice(prefix.length);
    // "جنديا واحدا": the accusative alif is not part of the noun.
    const known = duals.nouns.has(stem) ? stem : stem.endsWith('ا') && duals.nouns.has(stem.slice(0, -1)) ? stem.slice(0, -1) : undefined;
    if (known !== undefined) {
      start = noun.start + prefix.length;
      countedNoun = known;
      break;
    }
  }
  return { value: 1, source: 'one', start, end: one.end, first: i, next: i + 2, countedNoun };
}

/** A counted noun may sit between a number and "على الأقل"; another number or a glued clitic may not. */
function isSkippableWord(tokens: readonly ScanToken[], k: number): boolean {
  const token = tokens[k];
  if (token?.kind !== 'word') return false;
  const after = tokens[k + 1];
  if (after?.kind === 'num' && after.start === token.end) return false;
  return analyzeCardinal(token.text) === undefined;
}

function toMention(normalized: NormalizedText, found: Found, qualifier: QualifierMatch | undefined, by: number): NumberMention {
  const span = toOriginalSpan(normalized, { start: found.start, end: found.end });
  const value = found.value;
  const start = span.start + by;
  const end = span.end + by;
  const text = normalized.original.slice(span.start, span.end);
  const qualified = qualifier?.qualifier ?? 'exact';
  const source = found.source;
  const qualifierSpan = qualifier === undefined ? undefined : toOriginalSpan(normalized, { start: qualifier.start, end: qualifier.end });
  // Built whole rather than spread step by step; the key order (which JSON output shows) is unchanged.
  const moved = qualifierSpan === undefined ? undefined : { start: qualifierSpan.start + by, end: qualifierSpan.end + by };
  if (found.countedNoun === undefined) {
    return moved === undefined
      ? { value, start, end, text, qualifier: qualified, source }
      : { value, start, end, text, qualifier: qualified, source, qualifierSpan: moved };
  }
  const countedNoun = found.countedNoun;
  return moved === undefined
    ? { value, start, end, text, qualifier: qualified, source, countedNoun }
    : { value, start, end, text, qualifier: qualified, source, countedNoun, qualifierSpan: moved };
}

/** Read a phrase that must be exactly one number ("ثلاثة آلاف وخمسمائة", "1.5 مليون", "٢٤"); else undefined. */
export function parseArabicNumber(phrase: string): number | undefined {
  const tokens = scanTokens(normalizeArabic(phrase).text);
  const only = tokens[0];
  if (only === undefined) return undefined;
  if (tokens.length === 1 && only.text === ZERO_WORD) return 0;
  const chain = readChain(tokens, 0);
  if (chain === undefined || chain.next !== tokens.length) return undefined;
  const head = chain.atoms[0]!;
  return head.first === 0 && head.prefix === '' ? chain.value : undefined;
}

const TENS_ORDINAL_PREFIXES = ['ال', 'وال'];

/** The tens of an ordinal like "العشرون"/"والعشرين" (20th); a bare عشرون is a cardinal. */
function ordinalTens(word: string): number | undefined {
  for (const prefix of TENS_ORDINAL_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const match = analyzeCardinal(word.slice(prefix.length));
    if (match?.prefix === '' && match.entry.kind === 'tens') return match.entry.value;
  }
  return undefined;
}

/** Value of an ordinal word or compound: "الأولى" → 1, "الحادي عشر" → 11, "الخامس والعشرون" → 25; undefined otherwise. */
export function ordinalValue(word: string): number | undefined {
  const parts = foldArabic(word).trim().split(/\s+/);
  const head = parts[0];
  if (head === undefined || head === '' || parts.length > 2) return undefined;
  const unit = ordinalStem(head);
  const compoundOnly = COMPOUND_FIRST.has(head.replace(/^(?:ال|وال|بال|لل)/, ''));
  if (parts.length === 1) return compoundOnly ? undefined : unit ?? ordinalTens(head);
  const tail = parts[1]!;
  if (unit === undefined || unit === 10) return undefined;
  if (tail === 'عشر' || tail === 'عشره') return 10 + unit;
  const tens = ordinalTens(tail);
  return tens !== undefined && tail.startsWith('و') ? tens + unit : undefined;
}
