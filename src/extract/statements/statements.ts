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
import { foldArabic } from '../../text/normalize.ts';
import { evidenceOf, type ArticleView, type ExtractionContext, type SentenceView } from '../sentence/article-view.ts';
import { attributionLexiconOf, attributionOf, type SpeechAct } from '../attribution/attribution.ts';
import { isRelay } from '../attribution/pack-lexicon.ts';
import { reportedClause } from './reported.ts';
import { wordIndexAt, wordsOf } from '../attribution/words.ts';
import type { Claimant, StatementFact } from '../facts.ts';
import { findQuotes, type QuoteSpan } from './quotes.ts';

/** Quote spans, for extractors that need quoted words too. */
export { findQuotes, type QuoteSpan } from './quotes.ts';

/** Nouns that put a name, not words, in quotation marks: معاهدة “نيو ستارت”، وكالة «تاس». */
const NAMING_NOUNS = new Set([
  'معاهدة', 'معاهدات', 'وكالة', 'قناة', 'صحيفة', 'مجلة', 'موقع', 'منصة', 'تطبيق', 'عملية', 'خطة', 'مبادرة', 'برنامج', 'مشروع',
  'اتفاقية', 'اتفاق', 'صيغة', 'منظومة', 'صواريخ', 'صاروخ', 'طراز', 'مسيرات', 'شركة', 'حزب', 'حركة', 'مجموعة', 'كتيبة', 'لواء',
  // The aircraft, the network or the account a remark was made on: الطائرة “اير فورس وان”, شبكة "أر تي أس".
  'الطائرة', 'طائرة', 'الطائره', 'شبكة', 'إذاعة', 'محطة', 'حساب', 'صفحة', 'قصر', 'فندق', 'منتجع', 'وكالات', 'قنوات',
].map(foldArabic));
/**
 * A quote shorter than this is a statement only when its verb governs it directly ("وتابع قائلا
 * “سنواصل الضغط”"); deep inside a clause it is the outlet marking a term («تقدم», «عدد كبير»,
 * «في المستقبل القريب»), and shown alone it would read as someone's whole answer.
 */
const MIN_QUOTE_WORDS = 3;
/** Words that may stand between a verb and the words it governs: the speaker aside, إن/أن, إلى, على… */
const LINK_WORDS = new Set(['ان', 'انه', 'انها', 'الي', 'علي', 'عن', 'ب', 'ل', 'في', 'للصحافيين', 'للصحفيين', 'قائلا', 'قائله', 'بان', 'بانه', 'بانها'].map(foldArabic));
/** Loose words (neither the speaker nor a link word) a short quote may stand from its verb. */
const MAX_LOOSE_WORDS_TO_SHORT_QUOTE = 2;

/** Whether the verb takes the quote as its own words rather than the quote sitting deep in a clause. */
function governsDirectly(sentence: SentenceView, act: SpeechAct, quote: QuoteSpan): boolean {
  if (act.start >= quote.end) return true;
  const sw = wordsOf(sentence);
  const loose = sw.words
    .slice(wordIndexAt(sw.words, act.end), wordIndexAt(sw.words, quote.start))
    .filter((word) => !word.punct && !LINK_WORDS.has(word.text) && !sentence.mentions.some((m) => m.start <= word.start && word.end <= m.end));
  return loose.length <= MAX_LOOSE_WORDS_TO_SHORT_QUOTE;
}
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

const QUOTE_MARK = /["«“”„]/u;

/** Words of a quote that make it a statement when no verb introduces it. */
const MIN_VERBLESS_QUOTE_WORDS = 5;

/**
 * Quotes of a sentence with no speech verb that still name their speaker: signed after a comma
 * ("“…”، أندري يرماك، رئيس المكتب الرئاسي") or, a sentence that is one quote only, going on from the
 * person who spoke in the sentence just before ("أكد عمروف أنه تم التوصل إلى الاتفاقات. “وافقت جميع الأطراف…”").
 */
function verblessQuotes(sentence: SentenceView, previous: Claimant | undefined): { quote: QuoteSpan; speaker: Claimant }[] {
  const found: { quote: QuoteSpan; speaker: Claimant }[] = [];
  const text = sentence.sentence.text;
  // Most sentences hold no quotation mark: skip them before scanning for quotes.
  if (!QUOTE_MARK.test(text)) return found;
  for (const local of findQuotes(text)) {
    const quote = article(sentence, local);
    if (isName(sentence, quote) || quote.text.trim().split(/\s+/u).length < MIN_VERBLESS_QUOTE_WORDS) continue;
    const after = text.slice(local.end);
    const signed = /^\s*[،,]\s*/u.exec(after);
    if (signed) {
      const at = quote.end + signed[0].length;
      const person = sentence.mentions.find((m) => m.kind === 'person' && m.start >= at && m.start - at <= 1);
      if (person) found.push({ quote, speaker: { kind: 'person', id: person.id, text: person.text } });
      continue;
    }
    // The whole sentence is the quote (its mark first, nothing but punctuation after it).
    const whole = text.slice(0, local.start).trim() === '' && /^[\s.،,!؟?]*$/u.test(after);
    if (whole && previous) found.push({ quote, speaker: previous });
  }
  return found;
}

/** The statements of one article so far, and the speaker and words of each, so one is kept once. */
type Found = { readonly view: ArticleView; readonly statements: StatementFact[]; readonly seen: Set<string> };

function add(found: Found, speaker: Claimant, verb: string, form: StatementFact['form'], text: string, sentence: SentenceView): void {
  const key = `${speaker.id ?? speaker.text}\u0000${text}`;
  if (found.seen.has(key)) return;
  found.seen.add(key);
  found.statements.push({ kind: 'statement', form, speaker, verb, quote: text, evidence: evidenceOf(found.view, sentence) });
}

/** The last person a sentence names as a speaker. */
function lastPersonNamed(acts: readonly SpeechAct[]): Claimant | undefined {
  for (let k = acts.length - 1; k >= 0; k--) {
    const act = acts[k]!;
    if (act.how === 'named' && act.speaker?.kind === 'person') return act.speaker;
  }
  return undefined;
}

/** Every statement of an article body, quoted or reported (headlines are not read). */
export function extractStatements(view: ArticleView, context: ExtractionContext): StatementFact[] {
  const lexicon = attributionLexiconOf(context.pack);
  const statements: StatementFact[] = [];
  const seen = new Set<string>();
  const found: Found = { view, statements, seen };
  let previousSpeaker: Claimant | undefined;
  for (const sentence of view.sentences) {
    const { acts, marks } = attributionOf(view, sentence, context);
    const lastSpeaker = previousSpeaker;
    previousSpeaker = lastPersonNamed(acts);
    if (acts.length === 0) {
      for (const { quote, speaker } of verblessQuotes(sentence, lastSpeaker)) add(found, speaker, '', 'quoted', quote.text, sentence);
      continue;
    }
    const quoted: QuoteSpan[] = [];
    const markEnds = marks.map((mark) => mark.end);
    // Most sentences hold no quotation mark: they are not scanned for quotes.
    const quotes = QUOTE_MARK.test(sentence.sentence.text) ? findQuotes(sentence.sentence.text) : [];
    for (const local of quotes) {
      const quote = article(sentence, local);
      if (isName(sentence, quote)) continue;
      const act = actOf(sentence, acts, markEnds, quote);
      if (!act?.speaker) continue;
      const words = quote.text.trim().split(/\s+/u).length;
      // One quoted word is a term the outlet marks («تقدم», «ثلاثية», «إيجابي»), never someone's statement.
      if (words === 1 || (words < MIN_QUOTE_WORDS && !governsDirectly(sentence, act, quote))) continue;
      quoted.push(quote);
      add(found, act.speaker, act.verb, 'quoted', quote.text, sentence);
    }
    const sentenceEnd = sentence.sentence.start + sentence.sentence.text.length;
    acts.forEach((act, k) => {
      // An agency or an outlet relays what others said; their own reported words are the article's.
      if (!act.speaker || isRelay(lexicon, act.speaker)) return;
      const clause = reportedClause(sentence, act, acts[k + 1]?.start ?? sentenceEnd);
      // A clause that carries a quote already kept is that quote's frame, not a second statement.
      if (!clause || quoted.some((quote) => quote.start >= act.end && quote.start < clause.end)) return;
      add(found, act.speaker, act.verb, 'reported', clause.text, sentence);
    });
  }
  return statements;
}
