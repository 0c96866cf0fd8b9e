/**
 * One sentence as the talks extractors read it: every cue in article offsets (one scan of the
 * combined matcher), its words, the clause a cue sits in, the runs of party names and the words
 * around an offset. Built once per sentence and shared by rounds, delegations, outcomes, positions
 * and next steps.
 */
import { mentionAs, type EntityMention } from '../../packs/matcher.ts';
import { foldArabic } from '../../text/normalize.ts';
import type { SentenceView } from '../sentence/article-view.ts';
import { sliceArticle, wordIndexAt, wordsOf, type SentenceWords, type Word } from '../attribution/words.ts';
import { isPreposition } from '../sentence/function-words.ts';
import { LOCATIVE, PURPOSE, type Cue, type CueGroup, type TalksLexicon } from './lexicon.ts';

/** A stretch of the article body (offsets in the original text). */
export type Span = { readonly start: number; readonly end: number };

/** A cue found in the sentence, article offsets; `folded` is the matched text folded. */
export type Hit = Span & { readonly cues: readonly Cue[]; readonly folded: string };

/** A sentence read for talks cues (readSentence). */
export type TalksSentence = {
  readonly view: SentenceView;
  readonly hits: readonly Hit[];
  readonly words: SentenceWords;
  /** Where clauses break: a cut at `at`; the next clause starts at `resume` (after a speech verb's subject). */
  readonly cuts: readonly { readonly at: number; readonly resume: number }[];
  /** The issues the sentence names, from its hits. */
  readonly issues: readonly IssueHit[];
};

const QUOTE_OPENERS = new Set(['«', '"', '“', ':', '”']);
const PARTY_KINDS = new Set(['party', 'party_metonym', 'party_adjective']);
const NAME_KINDS = new Set(['person', 'title', 'organization']);

/** Whether a hit has a reading in `group` (and `label`, when given). Called per hit everywhere, so a plain loop. */
export function is(hit: Hit, group: CueGroup, label?: string): boolean {
  const { cues } = hit;
  for (let k = 0; k < cues.length; k++) {
    const cue = cues[k]!;
    if (cue.group === group && (label === undefined || cue.label === label)) return true;
  }
  return false;
}

/** The label of a hit's reading in `group`, if it has one. */
export function labelOf(hit: Hit, group: CueGroup): string | undefined {
  const { cues } = hit;
  for (let k = 0; k < cues.length; k++) if (cues[k]!.group === group) return cues[k]!.label;
  return undefined;
}

/** The hits of one group inside a span, in text order. */
export function hitsIn(ts: TalksSentence, group: CueGroup, span: Span, label?: string): Hit[] {
  const out: Hit[] = [];
  for (const hit of ts.hits) if (hit.start >= span.start && hit.end <= span.end && is(hit, group, label)) out.push(hit);
  return out;
}

/** Whether any hit of one group lies inside a span. */
export function hasIn(ts: TalksSentence, group: CueGroup, span: Span, label?: string): boolean {
  for (const hit of ts.hits) if (hit.start >= span.start && hit.end <= span.end && is(hit, group, label)) return true;
  return false;
}

/** Diacritics and tatweel that folding drops; a span ending before them is widened over them. */
function isMark(code: number): boolean {
  return code === 0x0640 || (code >= 0x064b && code <= 0x065f) || code === 0x0670;
}

/** Read a sentence's cues once. */
export function readSentence(lexicon: TalksLexicon, view: SentenceView): TalksSentence {
  const { offsets, text } = view.normalized;
  const original = view.sentence.text;
  const base = view.sentence.start;
  const matches = view.cueMatches.talks;
  const hits: Hit[] = [];
  // Words inside a name are the name's: "المبعوث الروسي للمفاوضات مع أوكرانيا" holds no talks and no "مع".
  const names = view.mentions.filter((mention) => NAME_KINDS.has(mention.kind));
  let n = 0;
  for (const match of matches) {
    // Folded offsets map back one to one here: every cue is Arabic letters, digits and spaces.
    const start = base + offsets[match.start]!;
    let end = offsets[match.end - 1]! + 1;
    while (end < original.length && isMark(original.charCodeAt(end))) end++;
    end += base;
    while (n < names.length && names[n]!.end <= start) n++;
    const name = names[n];
    if (name && name.start <= start && end <= name.end) continue;
    hits.push({ start, end, cues: lexicon.cuesOf(match.id), folded: text.slice(match.start, match.end) });
  }
  const words = wordsOf(view);
  const issues: IssueHit[] = [];
  for (const hit of hits) {
    for (const cue of hit.cues) if (cue.group === 'issue') issues.push({ start: hit.start, end: hit.end, id: cue.label });
  }
  return { view, hits, words, cuts: cutsOf(hits, words.words), issues };
}

/**
 * Connectors and participles end a clause; a speech verb does too, and the reported words start at
 * the complementizer, colon or quote after it — so in "أعلنت موسكو الخميس عن تقدم في المحادثات"
 * the Thursday is when Moscow spoke, outside the clause of the talks.
 */
/** Whether a hit's word is glued to و right after a comma ("، واتفقا"). */
function afterCommaWaw(words: readonly Word[], hit: Hit): boolean {
  const index = wordIndexAt(words, hit.start + 1) - 1;
  const word = words[index];
  const before = words[index - 1];
  return word?.text.startsWith('و') === true && word.start < hit.start && before?.punct === true && (before.text === '،' || before.text === ',');
}

/**
 * "في وقت لاحق", "في وقت سابق": "في وقت" there is a time, not "at a time when" that opens a clause. It still
 * cuts a clause ("… وسيجتمعون مرة أخرى في وقت لاحق اليوم" has the later meeting's day after it); a list of
 * those joining the talks reads on past it.
 */
const TIME_AFTER_WAQT: ReadonlySet<string> = new Set(['لاحق', 'سابق', 'متأخر', 'مبكر', 'لاحقا', 'سابقا'].map(foldArabic));

const IN_TIME = foldArabic('في وقت');

export function isTimeAdverbial(words: readonly Word[], hit: Hit): boolean {
  if (hit.folded !== IN_TIME && hit.folded !== `و${IN_TIME}`) return false;
  const next = words[wordIndexAt(words, hit.end)];
  return next !== undefined && TIME_AFTER_WAQT.has(next.text);
}

function cutsOf(hits: readonly Hit[], words: readonly Word[]): { at: number; resume: number }[] {
  const cuts: { at: number; resume: number }[] = [];
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    // "…، واتفقا على عقد لقاء ثان": a comma, then a verb of agreeing glued to و, starts a clause of its own.
    if (is(hit, 'realized', 'agreed') && afterCommaWaw(words, hit)) cuts.push({ at: hit.start, resume: hit.start });
    if (is(hit, 'cut')) cuts.push({ at: hit.start, resume: hit.end });
    else if (is(hit, 'speech') && !is(hit, 'stances') && !is(hit, 'talks') && !afterPreposition(words, hit)) {
      let resume = hit.end;
      // "كان" and "الآن" hold the letters of "أن" behind a clitic; a complementizer stands alone or as "بأن".
      const complement = hits.slice(k + 1, k + 6).find((next) => (is(next, 'complement') && bareComplement(words, next)) || is(next, 'cut') || is(next, 'speech'));
      const quote = words.slice(wordIndexAt(words, hit.end), wordIndexAt(words, hit.end) + 12).find((word) => word.punct && QUOTE_OPENERS.has(word.text));
      const candidates = [complement && is(complement, 'complement') ? complement.start : undefined, quote?.start].filter((x): x is number => x !== undefined);
      if (candidates.length > 0) resume = Math.min(...candidates);
      cuts.push({ at: hit.start, resume });
    }
  }
  return cuts;
}

function bareComplement(words: readonly Word[], hit: Hit): boolean {
  const word = words[wordIndexAt(words, hit.start + 1) - 1];
  if (!word || word.start >= hit.start) return true;
  const glued = word.text.slice(0, word.text.length - hit.folded.length);
  return glued === 'ب' || glued === 'و' || glued === 'وب';
}

/** A speech verb's word after a preposition is a noun: "وفي تعهد كييف عدم الانضمام". */
function afterPreposition(words: readonly Word[], hit: Hit): boolean {
  const index = wordIndexAt(words, hit.start + 1) - 1;
  const previous = words[index - 1];
  return previous !== undefined && !previous.punct && isPreposition(previous.text);
}

/** The clause around an offset: from the last cut before it to the next cut after it. */
export function clauseAround(ts: TalksSentence, offset: number): Span {
  let start = ts.view.sentence.start;
  let end = ts.view.sentence.end;
  for (const cut of ts.cuts) {
    if (cut.at <= offset) start = offset >= cut.resume ? Math.max(start, cut.resume) : Math.max(start, cut.at);
    else if (cut.at < end) end = cut.at;
  }
  return { start, end };
}

/** The word before the one holding an offset (clitics kept): for "في المحادثات" at "محادثات", "في". */
export function wordBefore(ts: TalksSentence, offset: number): Word | undefined {
  const { words } = ts.words;
  let index = wordIndexAt(words, offset) - 1;
  while (index >= 0 && words[index]!.end > offset) index--;
  return words[index];
}

/** The clitics glued before a hit in its word, folded ("ك" of "كشرط", "ال" of "التوصل"). */
export function gluedBefore(ts: TalksSentence, hit: Span): string {
  const word = wordHolding(ts, hit.start);
  return word && word.start < hit.start ? sliceArticle(ts.view, word.start, hit.start) : '';
}

/**
 * Whether a verb of holding is a purpose, still ahead: a verbal noun after ل ("لعقد محادثات") or after a word of
 * purpose ("تمهيدا لإجراء مباحثات").
 */
export function isPurpose(ts: TalksSentence, hit: Hit): boolean {
  if (gluedBefore(ts, hit).replace(/^[وف]/u, '') === 'ل') return true;
  const governed = wordBefore(ts, hit.start);
  return governed !== undefined && PURPOSE.has(governed.text.replace(/^[وف]/u, ''));
}

/** The word an offset falls in (a mention's span starts after its clitics: "وروسيا" at "روسيا"). */
export function wordHolding(ts: TalksSentence, offset: number): Word | undefined {
  const { words } = ts.words;
  const word = words[wordIndexAt(words, offset + 1) - 1];
  return word && word.start <= offset && word.end > offset ? word : undefined;
}

/** The word that starts at or after an offset. */
export function wordAfter(ts: TalksSentence, offset: number): Word | undefined {
  return ts.words.words[wordIndexAt(ts.words.words, offset)];
}

/** Whether a set of folded words holds a word, as written or without a conjunction glued to it ("وفي", "وزيرا"). */
export function hasWord(set: ReadonlySet<string>, word: string): boolean {
  return set.has(word) || set.has(bare(word));
}

/** A folded word without the conjunction glued to it ("وفي" → "في"); check the word itself first ("وزيرا"). */
export function bare(word: string): string {
  const first = word.charCodeAt(0);
  return word.length > 2 && (first === 0x648 || first === 0x641) ? word.slice(1) : word;
}

/** The party a mention speaks for: a side, a person's or title's side, an organization's; never a place. */
export function partyOfMention(lexicon: TalksLexicon, mention: EntityMention): string | undefined {
  if (mention.kind === 'place' || mention.kind === 'metric') return undefined;
  return lexicon.index.partyOf(mention.kind, mention.id);
}

/** Whether a mention is governed by a locative preposition ("الحرب في أوكرانيا", "في الإمارات"). */
export function isLocative(ts: TalksSentence, mention: EntityMention): boolean {
  // The matcher's span starts after clitics, so "بأوكرانيا" and "لأوكرانيا" show up as a prefix inside the word.
  const word = wordHolding(ts, mention.start);
  if (word && word.start < mention.start) {
    // A clitic chain: و/ف, then ب/ل/ك, then the article. Only ب and ل make a place ("بأوكرانيا", "للإمارات").
    const chain = sliceArticle(ts.view, word.start, mention.start);
    const head = chain.endsWith('ال') ? chain.slice(0, -2) : chain;
    return head.endsWith('ب') || head.endsWith('ل');
  }
  const previous = wordBefore(ts, mention.start);
  return previous !== undefined && hasWord(LOCATIVE, previous.text);
}

const OTHER_OF_TWO: ReadonlySet<string> = new Set(['والآخر', 'والأخرى', 'والثاني', 'والثانية'].map((word) => foldArabic(word)));

/** Runs of party mentions joined by و، commas or hyphens ("أوكرانيا والولايات المتحدة وروسيا", "الروسية-الأوكرانية"). */
export function partyRuns(ts: TalksSentence, span: Span): EntityMention[][] {
  const runs: EntityMention[][] = [];
  let run: EntityMention[] = [];
  for (const mention of ts.view.mentions) {
    if (mention.start < span.start || mention.end > span.end) continue;
    if (!PARTY_KINDS.has(mention.kind)) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    const last = run[run.length - 1];
    const gap = last ? sliceArticle(ts.view, last.end, mention.start) : '';
    // "أحدهما أمريكي والآخر روسي": "the other" joins the two like "و".
    if (last && (isJoin(gap) || OTHER_OF_TWO.has(foldArabic(gap.replace(/[\s،,]/gu, ''))))) run.push(mention);
    else {
      if (run.length > 0) runs.push(run);
      run = [mention];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The clitics of the next word that a mention's span leaves in the gap before it: "وال" of "والأوكراني". */
const CLITIC_TAIL = /[وف]?(?:ال)?$/u;

/** A gap that joins two names of one list: spaces, و, a comma, a hyphen or a slash. */
export function isJoin(gap: string): boolean {
  gap = gap.replace(CLITIC_TAIL, '');
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c !== 0x20 && c !== 0x648 && c !== 0x060c && c !== 0x2c && c !== 0x2d && c !== 0x2f && c !== 0x640 && c !== 0xa0) return false;
  }
  return true;
}

/** How many words stand in a gap, not counting the clitics of the word after it ("الوفدين ال" is one). */
export function gapWords(gap: string): number {
  const words = gap.replace(CLITIC_TAIL, '').trim();
  if (words === '') return 0;
  let count = 1;
  for (let i = 0; i < words.length; i++) if (words.charCodeAt(i) === 0x20 && words.charCodeAt(i + 1) !== 0x20) count++;
  return count;
}

/** An issue named in a sentence, article offsets. */
export type IssueHit = Span & { readonly id: string };

/** A place mention used as a place, whatever its first reading ("في كييف" is the city). */
export function placeOf(mention: EntityMention): string | undefined {
  return mentionAs(mention, 'place');
}
