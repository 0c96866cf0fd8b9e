/**
 * One sentence as the talks extractors read it: every cue in article offsets (one scan of the
 * combined matcher), its words, the clause a cue sits in, and the parties named as taking part.
 * Built once per sentence and shared by rounds, delegations, outcomes, positions and next steps.
 */
import { mentionAs, type EntityMention } from '../packs/matcher.ts';
import type { SentenceView } from './article-view.ts';
import { sliceArticle, toArticleSpan, wordIndexAt, wordsOf, type SentenceWords, type Word } from './attribution-words.ts';
import type { ArticleView, ExtractionContext } from './article-view.ts';
import { isPreposition } from './attribution-subject.ts';
import { LOCATIVE, type Cue, type CueGroup, type TalksLexicon } from './talks-lexicon.ts';
import type { ArticleFrame } from './talks-round-mentions.ts';
import type { RoundReading } from './talks-rounds.ts';

export type Span = { readonly start: number; readonly end: number };

/** A cue found in the sentence, article offsets; `folded` is the matched text folded. */
export type Hit = Span & { readonly cues: readonly Cue[]; readonly folded: string };

export type TalksSentence = {
  readonly view: SentenceView;
  readonly hits: readonly Hit[];
  readonly words: SentenceWords;
  /** Where clauses break: a cut at `at`; the next clause starts at `resume` (after a speech verb's subject). */
  readonly cuts: readonly { readonly at: number; readonly resume: number }[];
};

const QUOTE_OPENERS = new Set(['«', '"', '“', ':', '”']);
const PARTY_KINDS = new Set(['party', 'party_metonym', 'party_adjective']);

/** An article as every talks reader after the rounds sees it. */
export type TalksArticle = {
  readonly view: ArticleView;
  readonly context: ExtractionContext;
  readonly lexicon: TalksLexicon;
  /** Title first, then the body, in order. */
  readonly sentences: readonly TalksSentence[];
  readonly reading: RoundReading;
  readonly frame: ArticleFrame;
};

/** Whether a hit has a reading in `group` (and `label`, when given). */
export function is(hit: Hit, group: CueGroup, label?: string): boolean {
  return hit.cues.some((cue) => cue.group === group && (label === undefined || cue.label === label));
}

/** The label of a hit's reading in `group`, if it has one. */
export function labelOf(hit: Hit, group: CueGroup): string | undefined {
  return hit.cues.find((cue) => cue.group === group)?.label;
}

/** The hits of one group inside a span, in text order. */
export function hitsIn(ts: TalksSentence, group: CueGroup, span: Span, label?: string): Hit[] {
  return ts.hits.filter((hit) => hit.start >= span.start && hit.end <= span.end && is(hit, group, label));
}

/** Read a sentence's cues once. */
export function readSentence(lexicon: TalksLexicon, view: SentenceView): TalksSentence {
  const hits = lexicon.cues.find(view.normalized).map((match): Hit => {
    const span = toArticleSpan(view, match);
    return { ...span, cues: lexicon.cuesOf(match.id), folded: view.normalized.text.slice(match.start, match.end) };
  });
  const words = wordsOf(view);
  return { view, hits, words, cuts: cutsOf(hits, words.words) };
}

/**
 * Connectors and participles end a clause; a speech verb does too, and the reported words start at
 * the complementizer, colon or quote after it — so in "أعلنت موسكو الخميس عن تقدم في المحادثات"
 * the Thursday is when Moscow spoke, outside the clause of the talks.
 */
function cutsOf(hits: readonly Hit[], words: readonly Word[]): { at: number; resume: number }[] {
  const cuts: { at: number; resume: number }[] = [];
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    if (is(hit, 'cut')) cuts.push({ at: hit.start, resume: hit.end });
    else if (is(hit, 'speech') && !is(hit, 'stances') && !is(hit, 'talks') && !afterPreposition(words, hit)) {
      let resume = hit.end;
      const complement = hits.slice(k + 1, k + 6).find((next) => is(next, 'complement') || is(next, 'cut') || is(next, 'speech'));
      const quote = words.slice(wordIndexAt(words, hit.end), wordIndexAt(words, hit.end) + 12).find((word) => word.punct && QUOTE_OPENERS.has(word.text));
      const candidates = [complement && is(complement, 'complement') ? complement.start : undefined, quote?.start].filter((x): x is number => x !== undefined);
      if (candidates.length > 0) resume = Math.min(...candidates);
      cuts.push({ at: hit.start, resume });
    }
  }
  return cuts;
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

/** A folded word without the conjunction glued to it ("وفي" → "في"). */
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
  return previous !== undefined && LOCATIVE.has(bare(previous.text));
}

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
    if (last && isJoin(sliceArticle(ts.view, last.end, mention.start))) run.push(mention);
    else {
      if (run.length > 0) runs.push(run);
      run = [mention];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** A gap that joins two names of one list: spaces, و, a comma, a hyphen or a slash. */
export function isJoin(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c !== 0x20 && c !== 0x648 && c !== 0x060c && c !== 0x2c && c !== 0x2d && c !== 0x2f && c !== 0x640 && c !== 0xa0) return false;
  }
  return true;
}

/** Whether only blanks and punctuation lie between two offsets. */
export function isBlankGap(ts: TalksSentence, from: number, to: number): boolean {
  if (to < from) return false;
  const gap = sliceArticle(ts.view, from, to);
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c !== 0x20 && c !== 0x060c && c !== 0x2c && c !== 0x28 && c !== 0x29 && c !== 0xa0 && c !== 0x22 && c !== 0xab && c !== 0xbb && c !== 0x201c && c !== 0x201d) return false;
  }
  return true;
}

/** The mention starting in the word at an offset, read as a party where it can be one. */
export function mentionAt(ts: TalksSentence, offset: number): EntityMention | undefined {
  const index = wordIndexAt(ts.words.words, offset);
  return ts.words.mentionAt[index];
}

/** An issue named in a sentence, article offsets. */
export type IssueHit = Span & { readonly id: string };

const issueCache = new WeakMap<TalksSentence, IssueHit[]>();

/** The issues a sentence names, read from its cues once. */
export function issuesOf(ts: TalksSentence): readonly IssueHit[] {
  let found = issueCache.get(ts);
  if (found === undefined) {
    found = [];
    for (const hit of ts.hits) {
      for (const cue of hit.cues) if (cue.group === 'issue') found.push({ start: hit.start, end: hit.end, id: cue.label });
    }
    issueCache.set(ts, found);
  }
  return found;
}

/** A place mention used as a place, whatever its first reading ("في كييف" is the city). */
export function placeOf(mention: EntityMention): string | undefined {
  return mentionAs(mention, 'place');
}
