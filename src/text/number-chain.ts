/**
 * Reads one additive number chain from scanned tokens: "مليون و243 ألفا و840", "ثلاثة آلاف
 * وخمسمائة", "1.5 مليون". A chain grows atom by atom; و joins an atom only when the arithmetic
 * still makes sense (each term smaller than the scale before it), so "5 و6" stays two numbers.
 */
import {
  CARDINAL_WORDS, CLITIC_PREFIXES, isBlockedCardinal, isDefinitePrefix, type CardinalWord, type ScaleForm,
} from './number-lexicon.ts';
import type { DigitNumber, ScanToken } from './number-scan.ts';
import { lastThree, lastTwo } from './word-set.ts';

/** A cardinal word with the clitic that was glued to it ("وخمسة" → و + خمسه). */
export type CardinalMatch = { readonly prefix: string; readonly stem: string; readonly entry: CardinalWord };

/**
 * Strip one clitic and look the rest up; the bare word is tried first so "واحد" is not و + احد.
 * `continuing` is true right after a chain atom, where "وست" can only be "and six".
 */
export function analyzeCardinal(word: string, continuing = false): CardinalMatch | undefined {
  // Called for most words of every sentence: a word that ends unlike any number word is turned away
  // before the cache, whose lookups hash the word.
  if (!mayEndInCardinal(word)) return undefined;
  const cache = continuing ? continuingCache : openingCache;
  const cached = cache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  // News vocabulary repeats; the cache keeps a linear pass cheap and is dropped when it grows large.
  if (cache.size > CACHE_LIMIT) cache.clear();
  const match = lookUpCardinal(word, continuing);
  cache.set(word, match ?? null);
  return match;
}

const CACHE_LIMIT = 50_000;
/** Number words of two letters ("ست"), and the last three letters of the longer ones. */
const TWO_LETTER_CARDINALS: ReadonlySet<number> = new Set([...CARDINAL_WORDS.keys()].filter((stem) => stem.length === 2).map((stem) => lastTwo(stem)));
const CARDINAL_ENDINGS: ReadonlySet<number> = new Set([...CARDINAL_WORDS.keys()].filter((stem) => stem.length >= 3).map((stem) => lastThree(stem)));

/** Whether a word can end in a number word: a clitic goes before a number word, never after. */
function mayEndInCardinal(word: string): boolean {
  if (word.length < 2) return false;
  return TWO_LETTER_CARDINALS.has(lastTwo(word)) || (word.length >= 3 && CARDINAL_ENDINGS.has(lastThree(word)));
}

const openingCache = new Map<string, CardinalMatch | null>();
const continuingCache = new Map<string, CardinalMatch | null>();
/** Longer than any clitic plus the longest number word: cannot be a number. */
const MAX_CARDINAL_LENGTH = 14;

function lookUpCardinal(word: string, continuing: boolean): CardinalMatch | undefined {
  if (word.length > MAX_CARDINAL_LENGTH) return undefined;
  for (const prefix of CLITIC_PREFIXES) {
    if (!word.startsWith(prefix) || word.length === prefix.length) continue;
    const stem = prefix === '' ? word : word.slice(prefix.length);
    const entry = CARDINAL_WORDS.get(stem);
    if (entry !== undefined && !isBlockedCardinal(stem, prefix, entry, continuing)) return { prefix, stem, entry };
  }
  return undefined;
}

const WAHID = 'واحد';
const AND_AHAD: CardinalMatch = { prefix: 'و', stem: 'احد', entry: CARDINAL_WORDS.get('احد')! };

const DIGIT_PREFIXES: ReadonlySet<string> = new Set(CLITIC_PREFIXES.filter((prefix) => prefix !== ''));
const TEN_WORDS: ReadonlySet<string> = new Set(['عشر', 'عشره']);

type AtomKind = 'num' | 'unit' | 'ten' | 'teen' | 'tens' | 'hundreds' | 'scale' | 'fraction';

/** One step of a chain: a digit run or a (possibly two-word) number word. */
export type Atom = {
  readonly kind: AtomKind;
  readonly value: number;
  readonly form: ScaleForm | undefined;
  readonly digits: DigitNumber | undefined;
  /** أحد/إحدى: a number only if tens follow ("إحدى وعشرون") */
  readonly dependent: boolean;
  /** joined to what precedes by و */
  readonly connected: boolean;
  /** the clitic glued to the number itself ('' when none) */
  readonly prefix: string;
  /** the folded word without its clitic ('' for digits) */
  readonly stem: string;
  /** token index where the atom begins, glued prefix token included */
  readonly first: number;
  readonly start: number;
  readonly end: number;
  readonly next: number;
};

/** Read the atom at token `index`; a spaced "و" before it marks it as connected. */
export function readAtom(tokens: readonly ScanToken[], index: number, continuing = false): Atom | undefined {
  let i = index;
  let token = tokens[i];
  if (token === undefined || token.kind === 'punct') return undefined;
  let connected = false;
  const after = tokens[i + 1];
  if (token.text === 'و' && after !== undefined && after.kind !== 'punct' && after.start > token.end) {
    connected = true;
    i++;
    token = after;
  }
  const first = i;
  let prefix = '';
  const glued = tokens[i + 1];
  if (token.kind === 'word' && glued?.kind === 'num' && glued.start === token.end && DIGIT_PREFIXES.has(token.text)) {
    prefix = token.text;
    i++;
    token = glued;
  }
  if (token.kind === 'num') {
    const digits = token.digits!;
    return atomOf('num', digits.value, undefined, digits, false, connected || prefix === 'و', prefix, '', first, token.start, token.end, i + 1);
  }
  if (token.kind !== 'word') return undefined;
  let match = analyzeCardinal(token.text, continuing);
  if (match === undefined) return undefined;
  const following = tokens[i + 1];
  const spaced = following?.kind === 'word' && following.start > token.end ? following : undefined;
  // "وأحد عشر" folds to "واحد عشر": before عشر it is و + أحد, never واحد.
  if (match.stem === WAHID && match.prefix === '' && spaced !== undefined && TEN_WORDS.has(spaced.text)) match = AND_AHAD;
  const { entry } = match;
  const wordConnected = connected || match.prefix === 'و';
  const start = token.start + match.prefix.length;
  if (entry.kind === 'unit') {
    // "ثلاثة عشر", "إحدى عشرة", "اثنا عشر": a teen is one atom of two words.
    if (entry.teen && spaced !== undefined && TEN_WORDS.has(spaced.text)) {
      return atomOf('teen', 10 + entry.value, undefined, undefined, false, wordConnected, match.prefix, match.stem, first, start, spaced.end, i + 2);
    }
    if (entry.role === 'teen-only') return undefined;
    // "ثلاث مئة" written apart is still three hundred.
    const hundred = spaced === undefined ? undefined : CARDINAL_WORDS.get(spaced.text);
    if (entry.hundred && hundred?.kind === 'hundreds' && hundred.value === 100) {
      return atomOf('hundreds', entry.value * 100, undefined, undefined, false, wordConnected, match.prefix, match.stem, first, start, spaced!.end, i + 2);
    }
    return atomOf('unit', entry.value, undefined, undefined, entry.role === 'dependent', wordConnected, match.prefix, match.stem, first, start, token.end, i + 1);
  }
  const form = entry.kind === 'scale' ? entry.form : undefined;
  return atomOf(entry.kind, entry.value, form, undefined, false, wordConnected, match.prefix, match.stem, first, start, token.end, i + 1);
}

/** Every atom is built here with its fields in one order, so the chain reader sees one object shape (no spreads per word). */
function atomOf(
  kind: AtomKind, value: number, form: ScaleForm | undefined, digits: DigitNumber | undefined, dependent: boolean, connected: boolean,
  prefix: string, stem: string, first: number, start: number, end: number, next: number,
): Atom {
  return { kind, value, form, digits, dependent, connected, prefix, stem, first, start, end, next };
}

/** A finished chain. */
export type Chain = {
  readonly value: number;
  readonly atoms: readonly Atom[];
  readonly start: number;
  readonly end: number;
  /** token index after the chain */
  readonly next: number;
  readonly hasDigits: boolean;
  readonly hasWords: boolean;
};

type Stage = 'empty' | 'hundreds' | 'unit' | 'closed' | 'decimal' | 'fraction' | 'done';

/** Multiply a digit number by a scale without float drift: "1.5" × 10⁶ → 1500000 exactly. */
function scaleDigits(digits: DigitNumber, scale: number): number {
  const places = Math.round(Math.log10(scale));
  if (digits.fracDigits.length <= places) return Number(digits.intDigits + digits.fracDigits.padEnd(places, '0'));
  return digits.value * scale;
}

/** The running arithmetic of a chain; `apply` either accepts an atom or leaves the state untouched. */
class ChainState {
  total = 0;
  group = 0;
  groupDigits: DigitNumber | undefined;
  stage: Stage = 'empty';
  lastScale = Number.POSITIVE_INFINITY;
  lastMult = 0;
  lastKind: AtomKind | undefined;
  dependent = false;

  get complete(): boolean {
    return this.stage !== 'fraction' && !this.dependent && this.lastKind !== undefined;
  }

  get value(): number {
    return this.total + this.group;
  }

  apply(atom: Atom, isFirst: boolean): boolean {
    if (this.stage === 'done') return false;
    const bareScale = atom.kind === 'scale' && !atom.connected && atom.prefix === '';
    if (!isFirst && !atom.connected && !bareScale) return false;
    if (!isFirst && atom.connected && atom.prefix !== 'و' && atom.prefix !== '') return false;
    const accepted = this.accept(atom, isFirst, bareScale);
    if (accepted) this.lastKind = atom.kind;
    return accepted;
  }

  private accept(atom: Atom, isFirst: boolean, bareScale: boolean): boolean {
    const { kind, value } = atom;
    const open = this.stage === 'empty' || this.stage === 'hundreds';
    switch (kind) {
      case 'num':
        if (atom.digits!.fracDigits !== '') {
          if (!isFirst) return false;
          return this.set(value, 'decimal', atom.digits);
        }
        if (this.stage === 'empty' && (isFirst || value < this.lastScale)) return this.set(value, 'closed');
        if (this.stage === 'hundreds' && value < 100) return this.set(this.group + value, 'closed');
        return false;
      case 'unit':
        if (!open) return false;
        this.dependent = atom.dependent;
        return this.set(this.group + value, 'unit');
      case 'ten':
      case 'teen':
        return open && this.set(this.group + value, 'closed');
      case 'tens':
        if (!open && this.stage !== 'unit') return false;
        this.dependent = false;
        return this.set(this.group + value, 'closed');
      case 'hundreds':
        return this.stage === 'empty' && this.set(value, 'hundreds');
      case 'fraction':
        if (isFirst) return this.set(value, 'fraction');
        // "مليون ونصف", "3 ملايين ونصف": half of the scale just closed.
        if (value !== 0.5 || this.stage !== 'empty' || this.lastKind !== 'scale') return false;
        this.total += this.lastScale / 2;
        this.stage = 'done';
        return true;
      case 'scale':
        return this.applyScale(atom, bareScale);
    }
  }

  private set(group: number, stage: Stage, digits?: DigitNumber): true {
    this.group = group;
    this.stage = stage;
    this.groupDigits = digits;
    return true;
  }

  private applyScale(atom: Atom, bareScale: boolean): boolean {
    const scale = atom.value;
    const form = atom.form!;
    let mult: number;
    let product: number;
    if (this.stage === 'empty') {
      // A scale word opening a term says its own count: ألف 1, ألفان 2; آلاف alone is vague.
      if (form === 'plural') return false;
      mult = form === 'singular' ? 1 : 2;
      product = mult * scale;
    } else {
      if (!bareScale || this.dependent || form === 'dual' || form === 'construct-dual') return false;
      if (this.stage === 'fraction' && form !== 'singular') return false;
      mult = this.group;
      product = this.groupDigits === undefined ? mult * scale : scaleDigits(this.groupDigits, scale);
    }
    const smaller = scale < this.lastScale && product < this.lastScale;
    // Classical "مئة ألف وخمسة وعشرون ألفا": a round hundred of thousands, then more thousands.
    const sameScale = scale === this.lastScale && this.lastMult >= 100 && this.lastMult % 100 === 0 && mult < 100;
    if (!smaller && !sameScale) return false;
    this.total += product;
    this.lastScale = scale;
    this.lastMult = sameScale ? this.lastMult + mult : mult;
    this.set(0, 'empty');
    return true;
  }
}

/** Read the longest valid chain starting at token `index`; undefined when no number starts there. */
export function readChain(tokens: readonly ScanToken[], index: number): Chain | undefined {
  const first = readAtom(tokens, index);
  if (first === undefined) return undefined;
  const state = new ChainState();
  const atoms: Atom[] = [];
  let best: Chain | undefined;
  let hasDigits = false;
  let hasWords = false;
  let atom: Atom | undefined = first;
  while (atom !== undefined && state.apply(atom, atoms.length === 0)) {
    atoms.push(atom);
    if (atom.kind === 'num') hasDigits = true;
    else hasWords = true;
    let end = atom.end;
    let next = atom.next;
    if (state.stage === 'done') {
      // "مليون ونصف المليون" repeats the scale after the half.
      const repeat = tokens[next];
      const match = repeat?.kind === 'word' ? analyzeCardinal(repeat.text) : undefined;
      if (match !== undefined && isDefinitePrefix(match.prefix) && match.entry.kind === 'scale') {
        end = repeat!.end;
        next += 1;
      }
    }
    if (state.complete) {
      best = { value: state.value, atoms: atoms.slice(), start: first.start, end, next, hasDigits, hasWords };
    }
    atom = readAtom(tokens, next, true);
  }
  return best;
}
