/**
 * Who says so, sentence by sentence. An article is walked once, in order, because Arabic news
 * leans on what came before: "وأضاف أن…" (no subject) is the previous speaker, "وأضاف البيان" is
 * the body whose statement was cited, "وفق الوكالة" the agency last named.
 *
 * Every extractor asks the same questions (who said this sentence, who speaks at this offset), so
 * the walk is made once per article view and kept on each sentence's memo.
 */
import type { EntityMention } from '../../packs/matcher.ts';
import type { Pack } from '../../packs/schema.ts';
import type { ArticleView, ExtractionContext, SentenceView } from '../sentence/article-view.ts';
import { attributionLexiconOf, claimantOfMention, lexiconAt, type AttributionLexicon } from './pack-lexicon.ts';
import { foldArabic } from '../../text/normalize.ts';
import { readSubject, subjectBefore, type Anaphor } from './subject.ts';
import { isBoundaryWord, isPreposition } from '../sentence/function-words.ts';
import { sentenceCuesOf } from './cues.ts';
import { sliceArticle, wordIndexAt, wordsOf, type SentenceWords } from './words.ts';
import type { Claimant } from '../facts.ts';

/** Pack helpers other extractors use with attribution. */
export { attributionLexiconOf, claimantOfMention, partyOfClaimant, type AttributionLexicon } from './pack-lexicon.ts';

/** One speech verb and who speaks with it. */
export type SpeechAct = {
  /** The verb as written, without the conjunction glued to it: "قال", "مؤكدا". */
  readonly verb: string;
  readonly start: number;
  readonly end: number;
  /** Undefined when nobody can be named (a pronoun with no earlier speaker). */
  readonly speaker?: Claimant;
  /** named: the subject is written; continued: a pronoun subject; anaphor: "البيان", "الوكالة"; unresolved: a subject nobody can be read from. */
  readonly how: 'named' | 'continued' | 'anaphor' | 'unresolved';
};

/** An attribution marker (بحسب، وفق، نقلا عن…) and the source it introduces, if one is named. */
export type SourceMark = {
  readonly marker: string;
  readonly start: number;
  readonly end: number;
  readonly source?: Claimant;
};

/** The speech verbs and markers of one sentence, each with who it names. */
export type SentenceAttribution = {
  readonly acts: readonly SpeechAct[];
  readonly marks: readonly SourceMark[];
};

// The attribution is kept on the sentence's memo (see SentenceMemo in sentence/article-view.ts).
declare module '../sentence/article-view.ts' {
  interface SentenceMemo {
    attribution?: SentenceAttribution;
  }
}

/** lastAuthority: the last body that is not an agency or an outlet ("القيادة", "الهيئة" never mean the agency that relays them). */
type WalkState = { lastSpeaker?: Claimant; lastBody?: Claimant; lastAgency?: Claimant; lastAuthority?: Claimant };

const EMPTY: SentenceAttribution = { acts: [], marks: [] };

/**
 * An accusative participle ("مؤكدا", "مضيفا", "لافتا", "معلنة") continues its clause's speaker and
 * never takes a subject of its own; finite verbs are short ("قال", "دعا") or do not end so.
 */
function isParticiple(folded: string): boolean {
  return folded.length >= 5 && (folded.endsWith('ا') || (folded.startsWith('م') && folded.endsWith('ه')));
}

/** Impersonal "it is said/noted that" (يذكر أن، يشار إلى): the outlet's own voice, no speaker. */
const IMPERSONAL = new Set(['يذكر', 'يشار', 'يقال'].map(foldArabic));
/** Verbs whose first noun is usually their object when no name follows ("ووصف اللقاء بأنه…"). */
const OBJECT_FIRST = new Set(['وصف', 'وصفت', 'اعتبر', 'اعتبرت', 'أبدى', 'أبدت'].map(foldArabic));

/**
 * Whether a speech-verb match is really a verb that reports: verbs take only و/ف before them (never
 * the article: "النقل", "فاليري" is not "يرى"), a word after a preposition is a noun ("في تعهد
 * كييف"), and a verb after a relative pronoun describes rather than reports.
 */
function isVerbUse(sentence: SentenceView, sw: SentenceWords, start: number): boolean {
  const index = wordIndexAt(sw.words, start + 1) - 1;
  const word = sw.words[index];
  if (!word || word.start > start) return true;
  const prefix = foldArabic(sliceArticle(sentence, word.start, start));
  if (prefix !== '' && prefix !== 'و' && prefix !== 'ف') return false;
  const previous = sw.words[index - 1];
  // "رد فعل قوي" is a reaction, not "he replied".
  const next = sw.words[index + 1];
  if (next && !next.punct && NOUN_COMPOUNDS.get(word.text.replace(/^[وف]/u, ''))?.has(next.text)) return false;
  if (previous && RELATIVES.has(previous.text)) return antecedentOf(sentence, sw, index - 1) !== undefined;
  return !previous || previous.punct || !isPreposition(previous.text);
}

/** A person named right before `offset` with only a comma between ("… ستيف ويتكوف، قال"). */
function personBeforeComma(sentence: SentenceView, sw: SentenceWords, offset: number): EntityMention | undefined {
  const mention = [...sentence.mentions].reverse().find((m) => m.end <= offset);
  if (mention?.kind !== 'person') return undefined;
  const gap = sliceArticle(sentence, mention.end, offset).trim();
  if (gap !== '،' && gap !== ',') return undefined;
  const before = sw.words[wordIndexAt(sw.words, mention.start) - 1];
  return before && !before.punct && isPreposition(before.text) ? undefined : mention;
}

/**
 * The name a relative pronoun refers back to when it follows the name at once: "وفقا للرئيس الأوكراني
 * فولوديمير زيلينسكي الذي قال …" reports Zelensky's words; "التي تطالب بها موسكو" (a demand) has none.
 */
function antecedentOf(sentence: SentenceView, sw: SentenceWords, relativeIndex: number): EntityMention | undefined {
  const relative = sw.words[relativeIndex];
  if (!relative) return undefined;
  const mention = [...sentence.mentions].reverse().find((m) => m.end <= relative.start);
  if (!mention || (mention.kind !== 'person' && mention.kind !== 'title') || sliceArticle(sentence, mention.end, relative.start).trim() !== '') return undefined;
  return mention;
}

/** A verb's spelling that, with the word after it, is a noun: "رد فعل" (a reaction). */
const NOUN_COMPOUNDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([[foldArabic('رد'), new Set(['فعل', 'الفعل', 'افعال'].map(foldArabic))]]);

/** A verb in a relative clause ("التي تطالب بها موسكو") says nothing the sentence quotes. */
const RELATIVES = new Set(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي'].map(foldArabic));

function remember(state: WalkState, lexicon: AttributionLexicon, claimant: Claimant | undefined): void {
  if (!claimant) return;
  state.lastSpeaker = claimant;
  if (claimant.kind === 'organization' && claimant.id !== undefined) {
    state.lastBody = claimant;
    const kind = lexicon.organizations.get(claimant.id)?.kind;
    if (kind === 'agency' || kind === 'media') state.lastAgency = claimant;
    else state.lastAuthority = claimant;
  } else if (claimant.kind === 'unknown' || claimant.kind === 'party') {
    state.lastBody = claimant;
    if (claimant.kind === 'party') state.lastAuthority = claimant;
  }
}

function resolveAnaphor(state: WalkState, anaphor: Anaphor, text: string): Claimant | undefined {
  const target = anaphor === 'agency' ? state.lastAgency ?? state.lastBody : anaphor === 'body' ? state.lastAuthority ?? state.lastBody ?? state.lastSpeaker : state.lastBody ?? state.lastSpeaker;
  if (!target) return undefined;
  return target.id !== undefined ? { kind: target.kind, id: target.id, text } : { kind: target.kind, text: target.text };
}

function speakerAfter(
  lexicon: AttributionLexicon, state: WalkState, sentence: SentenceView, sw: SentenceWords, end: number, leading: number,
): Found | undefined {
  const subject = readSubject(lexicon, sentence, sw, wordIndexAt(sw.words, end), leading);
  if (subject.kind === 'named') return { speaker: subject.claimant, how: 'named', end: subject.end };
  if (subject.kind === 'unresolved') return { how: 'unresolved' };
  if (subject.kind === 'anaphor') {
    const speaker = resolveAnaphor(state, subject.anaphor, subject.text);
    return speaker ? { speaker, how: 'anaphor', end: subject.end } : { how: 'anaphor' };
  }
  return undefined;
}

/** A speaker found for a verb; `end` is where its written subject ends. */
type Found = { speaker?: Claimant; how: SpeechAct['how']; end?: number };
type VerbSpan = { readonly start: number; readonly end: number; readonly folded: string };

/** "نقلت وكالة رويترز عن مسؤول أوكراني قوله": the one quoted is the speaker, not the agency. */
const RELAYING = new Set(['نقل', 'نقلت', 'ينقل', 'تنقل'].map(foldArabic));
const FROM = foldArabic('عن');
/** Words between a relaying agency's name and its "عن". */
const RELAY_REACH = 7;
const CLAUSE_ENDS = new Set(['،', ',', '.', ':', '؛', ';']);

/** The subject of the sentence's opening verb ("ورد بيسكوف … قائلا"), for a participle no earlier verb governs. */
function openingSubject(lexicon: AttributionLexicon, sentence: SentenceView, sw: SentenceWords): Claimant | undefined {
  if (sw.mentionAt[0] || sw.words[0]?.punct) return undefined;
  const subject = readSubject(lexicon, sentence, sw, 1);
  return subject.kind === 'named' && subject.claimant.kind !== 'unknown' ? subject.claimant : undefined;
}

function speakerOfVerb(
  lexicon: AttributionLexicon, state: WalkState, sentence: SentenceView, sw: SentenceWords, verb: VerbSpan, next: VerbSpan | undefined, first: boolean,
): Found {
  const participle = isParticiple(verb.folded);
  const start = wordStart(sw, verb.start);
  if (participle) {
    const opening = first ? openingSubject(lexicon, sentence, sw) : undefined;
    if (opening) return { speaker: opening, how: 'named' };
    return state.lastSpeaker ? { speaker: state.lastSpeaker, how: 'continued' } : { how: 'continued' };
  }
  // Subject-verb order first: a name right before a bare verb is its subject ("أوكرانيا تعلن خسائر").
  // "… زيلينسكي الذي قال": the relative clause's subject is the name it follows.
  const relativeIndex = wordIndexAt(sw.words, start) - 1;
  const antecedent = RELATIVES.has(sw.words[relativeIndex]?.text ?? '') ? antecedentOf(sentence, sw, relativeIndex) : undefined;
  if (antecedent) {
    const claimant = claimantOfMention(lexicon, antecedent);
    if (claimant) return { speaker: claimant, how: 'named' };
  }
  const before = start < verb.start ? undefined : subjectBefore(lexicon, sentence, sw, start);
  if (before) return { speaker: before, how: 'named' };
  const after = wordIndexAt(sw.words, verb.end);
  // "وتابع قائلا": a verb followed by another has no subject of its own.
  const chained = next !== undefined && sw.words[after] !== undefined && next.start < sw.words[after]!.end;
  let found: Found | undefined = chained ? undefined : speakerAfter(lexicon, state, sentence, sw, verb.end, 0);
  if (found?.speaker?.kind === 'unknown' && OBJECT_FIRST.has(verb.folded)) found = undefined;
  if (found?.speaker && RELAYING.has(verb.folded)) found = relayed(lexicon, state, sentence, sw, found) ?? found;
  if (!found && IMPERSONAL.has(verb.folded) && start === verb.start) return { how: 'unresolved' };
  // "وكان المبعوث الأمريكي، ستيف ويتكوف، قال أمس …": a name set off by commas, then its verb.
  if (!found && start === verb.start) {
    const named = personBeforeComma(sentence, sw, start);
    const claimant = named ? claimantOfMention(lexicon, named) : undefined;
    if (claimant) return { speaker: claimant, how: 'named' };
  }
  return found ?? (state.lastSpeaker ? { speaker: state.lastSpeaker, how: 'continued' } : { how: 'continued' });
}

/** The source after "عن" once the relaying subject is read. */
function relayed(lexicon: AttributionLexicon, state: WalkState, sentence: SentenceView, sw: SentenceWords, found: Found): Found | undefined {
  if (found.end === undefined) return undefined;
  // The agency's name, its adjective or the day may stand before "عن": "نقلت وكالة أنباء (يوكرين فورم) الأوكرانية اليوم عن…".
  let index = wordIndexAt(sw.words, found.end);
  const limit = index + RELAY_REACH;
  while (index < sw.words.length && index < limit && sw.words[index]!.text !== FROM && !CLAUSE_ENDS.has(sw.words[index]!.text)) index++;
  if (sw.words[index]?.text !== FROM) return undefined;
  return speakerAfter(lexicon, state, sentence, sw, sw.words[index]!.end, 0);
}

function attributeSentence(lexicon: AttributionLexicon, pack: Pack, state: WalkState, sentence: SentenceView): SentenceAttribution {
  const cues = sentenceCuesOf(pack, sentence);
  const verbs = cues.filter((cue) => cue.group === 'speech');
  const markerSpans = cues.filter((cue) => cue.group === 'marker');
  if (verbs.length === 0 && markerSpans.length === 0) return EMPTY;
  const sw = wordsOf(sentence);
  const verbSpans = verbs.filter((verb) => isVerbUse(sentence, sw, verb.start));
  const acts: SpeechAct[] = [];
  const marks: SourceMark[] = [];
  let v = 0;
  let k = 0;
  while (v < verbSpans.length || k < markerSpans.length) {
    const verb = verbSpans[v];
    const marker = markerSpans[k];
    if (verb && (!marker || verb.start < marker.start)) {
      v++;
      const found = speakerOfVerb(lexicon, state, sentence, sw, verb, verbSpans[v], acts.length === 0);
      const text = sliceArticle(sentence, verb.start, verb.end);
      acts.push(found.speaker ? { verb: text, start: verb.start, end: verb.end, speaker: found.speaker, how: found.how } : { verb: text, start: verb.start, end: verb.end, how: found.how });
      remember(state, lexicon, found.speaker);
      continue;
    }
    if (!marker) break;
    k++;
    const source = markerSource(lexicon, state, sentence, sw, marker, verbSpans);
    const text = sliceArticle(sentence, marker.start, marker.end);
    marks.push(source ? { marker: text, start: marker.start, end: marker.end, source } : { marker: text, start: marker.start, end: marker.end });
    if (source && source.kind === 'organization') remember(state, lexicon, source);
  }
  return { acts, marks };
}

/** Start of the word holding `offset`, so a clitic before a verb ("وقال") is not taken for a gap. */
function wordStart(sw: SentenceWords, offset: number): number {
  const index = wordIndexAt(sw.words, offset + 1) - 1;
  const word = sw.words[index];
  return word && word.start <= offset && word.end > offset ? word.start : offset;
}

/** The source a marker names: "بحسب ما أكد سلاح الجو", "وفق بيان نشرته هيئة الأركان", "وفق الوكالة". */
function markerSource(
  lexicon: AttributionLexicon, state: WalkState, sentence: SentenceView, sw: SentenceWords,
  marker: { start: number; end: number }, verbs: readonly { start: number; end: number }[],
): Claimant | undefined {
  // A name the marker itself runs into ("ذكرت وكالة" + "وكالة سبوتنيك") or contains ("مسؤول أمريكي").
  for (const mention of sentence.mentions) {
    if (mention.start >= marker.end || mention.end <= marker.start) continue;
    if (mention.kind === 'party_adjective') return { kind: 'party', id: mention.id, text: sliceArticle(sentence, marker.start, marker.end) };
    const subject = readSubject(lexicon, sentence, sw, wordIndexAt(sw.words, mention.start));
    if (subject.kind === 'named') return subject.claimant;
  }
  let index = wordIndexAt(sw.words, marker.end);
  if (sw.words[index]?.text === 'ما') index++;
  const next = sw.words[index];
  const verb = next ? verbs.find((span) => span.start >= next.start && span.start < next.end) : undefined;
  if (verb) return speakerAfter(lexicon, state, sentence, sw, verb.end, 0)?.speaker;
  const subject = readSubject(lexicon, sentence, sw, index, 2);
  if (subject.kind === 'named') return subject.claimant;
  if (subject.kind === 'anaphor') return resolveAnaphor(state, subject.anaphor, subject.text);
  return closingSource(sentence, sw, index);
}

/** A short unnamed source that closes its clause: "…، وفق السلطات المحلية." */
function closingSource(sentence: SentenceView, sw: SentenceWords, index: number): Claimant | undefined {
  const { words } = sw;
  let k = index;
  while (k < words.length && k - index < 3 && !words[k]!.punct && !isBoundaryWord(words[k]!.text)) k++;
  const next = words[k];
  if (k === index || (next !== undefined && !next.punct)) return undefined;
  return { kind: 'unknown', text: sliceArticle(sentence, words[index]!.start, words[k - 1]!.end) };
}

/** Attribute every sentence of an article (title included, read on its own), once per view; each sentence keeps its own on its memo. */
function attributeArticle(view: ArticleView, context: ExtractionContext): void {
  const lexicon = lexiconAt(attributionLexiconOf(context.pack), view.article.publishedDate);
  const state: WalkState = {};
  for (const sentence of view.sentences) sentence.memo.attribution = attributeSentence(lexicon, context.pack, state, sentence);
  if (view.title) view.title.memo.attribution = attributeSentence(lexicon, context.pack, {}, view.title);
}

/** The attribution of one sentence of `view`. */
export function attributionOf(view: ArticleView, sentence: SentenceView, context: ExtractionContext): SentenceAttribution {
  if (sentence.memo.attribution === undefined) attributeArticle(view, context);
  return sentence.memo.attribution ?? EMPTY;
}

/** Who a sentence is attributed to: its first speaker, else the source of its first marker. */
export function claimantOfSentence(view: ArticleView, sentence: SentenceView, context: ExtractionContext): Claimant | undefined {
  const { acts, marks } = attributionOf(view, sentence, context);
  return acts.find((act) => act.speaker)?.speaker ?? marks.find((mark) => mark.source)?.source;
}

/**
 * Who speaks at `offset` of a sentence (article offsets): the speaker of the nearest speech verb
 * before it, else the source of a marker in the sentence (the nearest after it first: "…، بحسب ما
 * أكد سلاح الجو"). Use for a figure or a position: it is whose claim the words at `offset` are.
 */
export function speakerNear(view: ArticleView, sentence: SentenceView, offset: number, context: ExtractionContext): Claimant | undefined {
  const { acts, marks } = attributionOf(view, sentence, context);
  for (let k = acts.length - 1; k >= 0; k--) {
    const act = acts[k]!;
    if (act.end <= offset && act.speaker) return act.speaker;
  }
  const after = marks.find((mark) => mark.start >= offset && mark.source);
  if (after) return after.source;
  for (let k = marks.length - 1; k >= 0; k--) if (marks[k]!.source) return marks[k]!.source;
  return undefined;
}
