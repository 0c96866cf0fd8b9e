/**
 * What a number counts. A number goes to a category only when the grammar binds it there: the
 * counted noun right after it ("11642 دبابة", "1636 من أنظمة راجمات الصواريخ", "مقتل “55 ألف”
 * جندي"), the noun it is written as ("غواصتين", "صاروخين بالستيين"), or a label before it
 * ("الدبابات: 11642"). Anything else ("4 سنوات", "20%", "1100 مبنى") counts nothing we report.
 */
import type { EntityMention } from '../../packs/matcher.ts';
import type { NumberMention } from '../../text/numbers.ts';
import type { SentenceView } from '../sentence/article-view.ts';
import { wordIndexAt, wordsOf, type SentenceWords, type Word } from '../attribution/words.ts';
import type { FigureFact, TallyMetric } from '../facts.ts';
import type { Pack } from '../../packs/schema.ts';
import { cuesOf, OTHERS_WORDS, type Cue } from './cues.ts';
import { metricTableOf, type MetricTable } from './metric-table.ts';

/** Who was counted: soldiers, civilians, or people unspecified. */
export type Population = NonNullable<FigureFact['population']>;

/** A counted noun: equipment of a tally category, a weapon, people, or a casualty word ("قتلى"). */
export type Noun = {
  readonly kind: 'equipment' | 'weapon' | 'people' | 'casualty';
  readonly start: number;
  readonly end: number;
  /** Index of the noun's last word. */
  readonly lastWord: number;
  readonly tally?: TallyMetric;
  /** Weapons cue label: drones, shahed, missiles, ballistic, cruise, hypersonic… */
  readonly weapon?: string;
  readonly population?: Population;
  /** Casualties cue label: killed, injured, killed_or_injured, missing, captured. */
  readonly casualty?: string;
};

/** A sentence prepared for reading figures: its words, with the cue and mention starting in each. */
export type SentenceReader = {
  readonly sentence: SentenceView;
  readonly sw: SentenceWords;
  readonly cues: readonly Cue[];
  readonly cueAt: readonly (Cue | undefined)[];
  /** The pack's tally categories: which counts people, which count weapons. */
  readonly metrics: MetricTable;
};

const QUOTES = new Set(['"', '“', '”', '«', '»', "'"]);
const MIN_WORD = 'من';

/** Prepare a sentence (words, cues, alignment) once. */
export function readerOf(sentence: SentenceView, pack: Pack): SentenceReader {
  const sw = wordsOf(sentence);
  // "راجمات الصواريخ متعددة الإطلاق": a strike word inside a category's name launches nothing.
  const metrics = sentence.mentions.filter((mention) => mention.kind === 'metric');
  const cues = cuesOf(pack, sentence).filter((cue) => cue.group !== 'strikes' || !metrics.some((m) => m.start <= cue.start && m.end >= cue.end));
  const cueAt: (Cue | undefined)[] = new Array<Cue | undefined>(sw.words.length).fill(undefined);
  let c = 0;
  sw.words.forEach((word, index) => {
    while (c < cues.length && cues[c]!.start < word.start) c++;
    const cue = cues[c];
    if (cue && cue.start < word.end) cueAt[index] = cue;
  });
  return { sentence, sw, cues, cueAt, metrics: metricTableOf(pack) };
}

/** Index of the word holding `offset`. */
export function wordAt(reader: SentenceReader, offset: number): number {
  return Math.max(0, wordIndexAt(reader.sw.words, offset + 1) - 1);
}

/** Whether a word is a quotation mark (skipped between a number and its noun). */
export function isQuote(word: Word | undefined): boolean {
  return word?.punct === true && QUOTES.has(word.text);
}

function populationOf(label: string): Population {
  if (label === 'soldiers') return 'soldiers';
  if (label === 'people') return 'people';
  return 'civilians';
}

function lastWordOf(reader: SentenceReader, end: number): number {
  return wordAt(reader, end - 1);
}

/** "صواريخ … من طراز إسكندر", "صواريخ باليستية": the kind of missile written after the noun. */
function missileKind(reader: SentenceReader, from: number): string | undefined {
  for (let k = from + 1; k <= from + 4 && k < reader.sw.words.length; k++) {
    const word = reader.sw.words[k]!;
    if (word.punct) return undefined;
    const cue = reader.cueAt[k];
    if (cue?.group === 'weapons' && (cue.label === 'ballistic' || cue.label === 'cruise' || cue.label === 'hypersonic')) return cue.label;
  }
  return undefined;
}

/** "عسكريا ومدنيا": two kinds of people counted together are people. */
function mixedPopulation(reader: SentenceReader, noun: Noun): Noun {
  const next = reader.cueAt[noun.lastWord + 1];
  const word = reader.sw.words[noun.lastWord + 1];
  if (next?.group !== 'populations' || !word?.text.startsWith('و') || populationOf(next.label) === noun.population) return noun;
  return { ...noun, population: 'people', end: next.end, lastWord: lastWordOf(reader, next.end) };
}

/** The counted noun that starts in word `k`, if any. */
export function nounAtWord(reader: SentenceReader, k: number): Noun | undefined {
  const word = reader.sw.words[k];
  if (!word || word.punct) return undefined;
  const mention: EntityMention | undefined = reader.sw.mentionAt[k]?.kind === 'metric' ? reader.sw.mentionAt[k] : undefined;
  const cue = reader.cueAt[k];
  const cueLength = cue ? cue.end - cue.start : -1;
  const mentionLength = mention ? mention.end - mention.start : -1;
  if (mention && mentionLength >= cueLength) {
    const end = Math.max(mention.end, cue?.end ?? 0);
    const lastWord = lastWordOf(reader, end);
    if (mention.id === reader.metrics.headcount) {
      if (cue?.group === 'casualties') return { kind: 'casualty', casualty: cue.label, population: 'soldiers', start: mention.start, end, lastWord };
      return mixedPopulation(reader, { kind: 'people', population: 'soldiers', start: mention.start, end, lastWord });
    }
    const tally = mention.id;
    const weapon = reader.metrics.weaponOf.get(tally);
    if (weapon !== undefined) return { kind: 'weapon', weapon, tally, start: mention.start, end, lastWord };
    return { kind: 'equipment', tally, start: mention.start, end, lastWord };
  }
  if (cue) {
    const lastWord = lastWordOf(reader, cue.end);
    const base = { start: cue.start, end: cue.end, lastWord };
    if (cue.group === 'populations') return mixedPopulation(reader, { kind: 'people', population: populationOf(cue.label), ...base });
    if (cue.group === 'casualties') return { kind: 'casualty', casualty: cue.label, ...base };
    if (cue.group === 'weapons') {
      const weapon = cue.label === 'missiles' ? missileKind(reader, lastWord) ?? 'missiles' : cue.label;
      const tally = reader.metrics.byWeapon.get(weapon);
      return tally ? { kind: 'weapon', weapon, tally, ...base } : { kind: 'weapon', weapon, ...base };
    }
    return undefined;
  }
  if (OTHERS_WORDS.has(word.text)) return { kind: 'people', population: 'people', start: word.start, end: word.end, lastWord: k };
  return undefined;
}

/**
 * The noun a number counts: inside it for a dual or "noun + واحد", else the next word, past
 * quotation marks and one "من" ("1636 من أنظمة…").
 */
export function nounAfter(reader: SentenceReader, number: NumberMention): Noun | undefined {
  if (number.source === 'dual' || number.source === 'one') {
    const first = wordAt(reader, number.start);
    return nounAtWord(reader, first);
  }
  const { words } = reader.sw;
  let k = wordAt(reader, number.end - 1) + 1;
  while (isQuote(words[k])) k++;
  const noun = nounAtWord(reader, k);
  if (noun || words[k]?.text !== MIN_WORD) return noun;
  return nounAtWord(reader, k + 1);
}

/** "الدبابات: 11642", "الأفراد – نحو 1243840": a category label right before the number. */
export function labelBefore(reader: SentenceReader, firstWord: number): TallyMetric | undefined {
  const { words, mentionAt } = reader.sw;
  const mark = words[firstWord - 1];
  if (!mark?.punct || (mark.text !== ':' && mark.text !== '-')) return undefined;
  const k = firstWord - 2;
  const word = words[k];
  if (!word) return undefined;
  // The label's last word holds the end of a metric mention.
  for (let j = k; j >= 0 && j >= k - 6; j--) {
    const mention = mentionAt[j];
    if (mention?.kind === 'metric' && mention.end >= word.start && mention.end <= word.end) return mention.id;
    if (words[j]!.punct) break;
  }
  return undefined;
}
