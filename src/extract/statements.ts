/**
 * Attributed statements: a quote exactly as the article wrote it (between « », " " or “ ”), who
 * said it and the speech verb that introduced it.
 *
 * Only quoted words become statements. Reported speech without quotation marks ("قال زيلينسكي إن
 * موسكو ستضطر…") is the outlet's paraphrase: it is not emitted as a statement (figures and talks
 * positions read it through the same attribution instead), because a paraphrase shown as a quote
 * would put words in someone's mouth.
 *
 * A quoted name is not a statement: «تاس», معاهدة “نيو ستارت”. Neither is a quote no speech verb
 * introduces (a headline "– “عمل كثير” –").
 */
import { foldArabic } from '../text/normalize.ts';
import { evidenceOf, type ArticleView, type ExtractionContext, type SentenceView } from './article-view.ts';
import { attributionOf, type SpeechAct } from './attribution.ts';
import { wordIndexAt, wordsOf } from './attribution-words.ts';
import type { StatementFact } from './facts.ts';
import { findQuotes, type QuoteSpan } from './statements-quotes.ts';

/** Quote spans, for extractors that need quoted words too. */
export { findQuotes, type QuoteSpan } from './statements-quotes.ts';

/** Nouns that put a name, not words, in quotation marks: معاهدة “نيو ستارت”، وكالة «تاس». */
const NAMING_NOUNS = new Set([
  'معاهدة', 'معاهدات', 'وكالة', 'قناة', 'صحيفة', 'مجلة', 'موقع', 'منصة', 'تطبيق', 'عملية', 'خطة', 'مبادرة', 'برنامج', 'مشروع',
  'اتفاقية', 'اتفاق', 'صيغة', 'منظومة', 'صواريخ', 'صاروخ', 'طراز', 'مسيرات', 'شركة', 'حزب', 'حركة', 'مجموعة', 'كتيبة', 'لواء',
].map(foldArabic));
/** Words a speech verb may stand from a quote it follows ("“…”، قال بيسكوف"; "…، بحسب ما ذكرت السلطات"). */
const MAX_WORDS_TO_LATE_VERB = 3;

function article(sentence: SentenceView, quote: QuoteSpan): QuoteSpan {
  const base = sentence.sentence.start;
  return { start: quote.start + base, end: quote.end + base, text: quote.text };
}

/** A quote that only names something: the whole quote is one pack name, or a naming noun stands before it. */
function isName(sentence: SentenceView, quote: QuoteSpan): boolean {
  const raw = sentence.sentence.text.slice(quote.start + 1 - sentence.sentence.start, quote.end - 1 - sentence.sentence.start);
  const start = quote.start + 1 + (raw.length - raw.trimStart().length);
  const end = start + quote.text.length;
  if (sentence.mentions.some((m) => m.kind !== 'metric' && m.start <= start && m.end >= end)) return true;
  const sw = wordsOf(sentence);
  const before = sw.words[wordIndexAt(sw.words, quote.start) - 1];
  if (!before || before.punct) return false;
  const bare = before.text.replace(/^[وفبل]?(ال)?/u, '');
  return NAMING_NOUNS.has(before.text) || NAMING_NOUNS.has(bare);
}

/** The speech verb a quote belongs to: the nearest before it, else one right after it (or after a marker). */
function actOf(sentence: SentenceView, acts: readonly SpeechAct[], markEnds: readonly number[], quote: QuoteSpan): SpeechAct | undefined {
  let before: SpeechAct | undefined;
  for (const act of acts) if (act.end <= quote.start) before = act;
  if (before) return before;
  const after = acts.find((act) => act.start >= quote.end);
  if (!after) return undefined;
  const sw = wordsOf(sentence);
  const between = sw.words.slice(wordIndexAt(sw.words, quote.end), wordIndexAt(sw.words, after.start)).filter((w) => !w.punct).length;
  const marked = markEnds.some((end) => end <= after.start && after.start - end <= 4);
  return between <= MAX_WORDS_TO_LATE_VERB || marked ? after : undefined;
}

/** Every quoted statement of an article body (headlines are not read). */
export function extractStatements(view: ArticleView, context: ExtractionContext): StatementFact[] {
  const statements: StatementFact[] = [];
  const seen = new Set<string>();
  for (const sentence of view.sentences) {
    const quotes = findQuotes(sentence.sentence.text);
    if (quotes.length === 0) continue;
    const { acts, marks } = attributionOf(view, sentence, context);
    if (acts.length === 0) continue;
    const markEnds = marks.map((mark) => mark.end);
    for (const local of quotes) {
      const quote = article(sentence, local);
      if (isName(sentence, quote)) continue;
      const act = actOf(sentence, acts, markEnds, quote);
      if (!act?.speaker) continue;
      const key = `${act.speaker.id ?? act.speaker.text}\u0000${quote.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      statements.push({ kind: 'statement', speaker: act.speaker, verb: act.verb, quote: quote.text, evidence: evidenceOf(view, sentence) });
    }
  }
  return statements;
}
