import { createSentenceMatcher, toPhraseMap, type EntityMention, type PhraseMatch, type SentenceMatcher } from '../../packs/matcher.ts';
import type { Pack } from '../../packs/schema.ts';
import { findDates, type DateMention } from '../../text/dates.ts';
import { normalizeArabic, type NormalizedText } from '../../text/normalize.ts';
import { findNumbersInNormalized, type NumberMention } from '../../text/numbers.ts';
import { splitSentences, type Sentence } from '../../text/sentences.ts';
import { attributionCuePhrases } from '../attribution/cue-table.ts';
import type { ArticleInput, Evidence } from '../facts.ts';
import { knownSurnamesOf, openNameMentions, type KnownSurnames } from './open-names.ts';
import { talksLexiconOf } from '../talks/lexicon.ts';

/**
 * One article read once: sentences, pack mentions, numbers and dates, each in original offsets.
 * Every extractor works from this view, so an article is normalized and scanned a single time.
 */
export type SentenceView = {
  readonly index: number;
  readonly sentence: Sentence;
  /** Folded text of the sentence, for cue matching; offsets are relative to `sentence.start`. */
  readonly normalized: NormalizedText;
  readonly mentions: readonly EntityMention[];
  /** The cue phrases of attribution (attribution/cues.ts) and of talks (talks/lexicon.ts), in normalized offsets. */
  readonly cueMatches: { readonly attribution: readonly PhraseMatch[]; readonly talks: readonly PhraseMatch[] };
  readonly numbers: readonly NumberMention[];
  readonly dates: readonly DateMention[];
  /** Readings several extractors share, made on first use (attribution/words.ts, attribution/cues.ts). */
  readonly memo: SentenceMemo;
};

/**
 * Fields on the view rather than WeakMaps keyed by it: V8's minor collections keep a WeakMap's
 * values alive while its keys are young, so every dead view survived and was copied (measured:
 * 2.5 MB copied per scavenge with the attribution cache in a WeakMap, 90 KB on the memo; 1.5×
 * extraction throughput).
 */
// Each reading declares its own field where it is made (declaration merging), so this view depends
// on none of the readers built on it.
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each reader's module (see above).
export interface SentenceMemo {}

export type ArticleView = {
  readonly article: ArticleInput;
  readonly sentences: readonly SentenceView[];
  /** The title, when there is one, read as its own sentence (index -1): headlines carry rounded figures that must not pass for the body's exact ones. */
  readonly title?: SentenceView;
};

/** Reusable pieces built once per pack. */
export type ExtractionContext = {
  readonly pack: Pack;
  /** The pack's names, both cue tables and the given names, found in one scan per sentence. */
  readonly matcher: SentenceMatcher;
  readonly countedNouns: ReadonlySet<string>;
  /** For the people the pack does not list (sentence/open-names.ts). */
  readonly knownSurnames: KnownSurnames;
};

export function createExtractionContext(pack: Pack, countedNouns: ReadonlySet<string> = new Set()): ExtractionContext {
  const matcher = createSentenceMatcher(pack, [attributionCuePhrases(pack), talksLexiconOf(pack).phrases, toPhraseMap(pack.givenNames, 'given')]);
  return { pack, matcher, countedNouns, knownSurnames: knownSurnamesOf(pack) };
}

/** How an article's dates are read: from its day, or (undated) within the years it can have been written in. */
type DateFrame = { readonly reference?: string; readonly yearWindow?: { readonly from: number; readonly to: number } };

/** An undated article was written between the pack's first day and the day it reached us. */
function dateFrameOf(context: ExtractionContext, article: ArticleInput): DateFrame {
  if (article.publishedDate !== undefined) return { reference: article.publishedDate };
  const { since } = context.pack;
  if (since === undefined || article.receivedDate === undefined) return {};
  return { yearWindow: { from: Number(since.slice(0, 4)), to: Number(article.receivedDate.slice(0, 4)) } };
}

function viewSentence(context: ExtractionContext, sentence: Sentence, index: number, frame: DateFrame): SentenceView {
  const { reference, yearWindow } = frame;
  const text = sentence.text;
  const normalized = normalizeArabic(text);
  // Every finder adds the sentence's start itself, so nothing is copied to move it to article offsets.
  const offsetBy = sentence.start;
  const { mentions: packMentions, phrases } = context.matcher.find(normalized, offsetBy);
  const cues = [phrases[0]!, phrases[1]!];
  const dates = findDates(text, reference ? { reference, normalized, offsetBy } : yearWindow ? { normalized, offsetBy, yearWindow } : { normalized, offsetBy });
  const given = phrases[2]!;
  const open = given.length === 0 ? [] : openNameMentions(context.knownSurnames, normalized, offsetBy, given, { mentions: packMentions, cues, dates });
  const mentions = open.length === 0 ? packMentions : [...packMentions, ...open].sort((a, b) => a.start - b.start);
  return {
    index,
    sentence,
    normalized,
    mentions,
    cueMatches: { attribution: cues[0]!, talks: cues[1]! },
    numbers: findNumbersInNormalized(normalized, { countedNouns: context.countedNouns, offsetBy }),
    dates,
    memo: {},
  };
}

/** Read an article into its view. */
export function viewArticle(context: ExtractionContext, article: ArticleInput): ArticleView {
  const frame = dateFrameOf(context, article);
  const sentences = splitSentences(article.body).map((sentence, index) => viewSentence(context, sentence, index, frame));
  if (!article.title || article.body.startsWith(article.title)) return { article, sentences };
  const titleSentence: Sentence = { text: article.title, start: 0, end: article.title.length };
  return { article, sentences, title: viewSentence(context, titleSentence, -1, frame) };
}

/** The evidence for a fact read in a sentence of the body. */
export function evidenceOf(view: ArticleView, sentence: SentenceView): Evidence {
  return { articleId: view.article.id, sentence: sentence.sentence.text, start: sentence.sentence.start, end: sentence.sentence.end };
}
