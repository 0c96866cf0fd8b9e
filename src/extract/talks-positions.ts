/**
 * Where each side stands and where they disagree. A stance word ("تطالب", "تقترح", "ترفض", "تشدد على")
 * opens a clause that names issues from the pack; its subject is the side named right after it
 * ("تطالب موسكو كييف بسحب…"), else the one named before it ("بوتين الذي تتمثل مطالبه…"), else the
 * subject of the stance before it in the sentence ("وفيما ترفض كييف…، تقترح تجميد…"). A stance in a
 * relative clause ("المناطق التي تطالب بها موسكو") is a description, not a position, and is skipped.
 *
 * A sticking point is an issue named after a phrase like "نقطة الخلاف الرئيسية", or before one like
 * "لم تُحل بعد".
 */
import type { EntityMention } from '../packs/matcher.ts';
import { evidenceOf } from './article-view.ts';
import { partyOfClaimant } from './attribution.ts';
import { readSubject } from './attribution-subject.ts';
import { wordIndexAt } from './attribution-words.ts';
import type { PositionFact, Stance, StickingPointFact } from './facts.ts';
import { CARRY_ON, LIST_NOUNS, RELATIVE } from './talks-lexicon.ts';
import { textOf } from './talks-outcomes.ts';
import {
  bare, clauseAround, hitsIn, is, isLocative, issuesOf, labelOf, partyOfMention, wordAfter, wordBefore,
  type Hit, type IssueHit, type Span, type TalksArticle, type TalksSentence,
} from './talks-sentence.ts';

const SUBJECT_KINDS = new Set(['party', 'party_metonym', 'person', 'title', 'organization']);
const COMMA = /[،,]/u;

/**
 * Where a clause that starts at `from` ends: at `limit`, or at a comma whose next words start a new
 * clause. `carries` says which first words carry the clause on past the comma.
 */
function reach(ts: TalksSentence, from: number, limit: number, carries: (word: string, at: number) => boolean): number {
  for (const word of ts.words.words) {
    if (word.start < from || word.start >= limit) continue;
    if (!word.punct || !COMMA.test(word.text)) continue;
    const next = wordAfter(ts, word.end);
    if (!next || next.start >= limit || !carries(next.text, next.start)) return word.start;
  }
  return limit;
}

/** Issues named in a span, each only where its `near` places are mentioned in this or the previous sentence. */
function issuesIn(article: TalksArticle, index: number, span: Span): IssueHit[] {
  const ts = article.sentences[index]!;
  const places = new Set<string>();
  for (const sentence of [article.sentences[index - 1], ts]) {
    for (const mention of sentence?.view.mentions ?? []) if (mention.kind === 'place') places.add(mention.id);
  }
  return issuesOf(ts).filter((issue) => {
    if (issue.start < span.start || issue.end > span.end) return false;
    const near = article.lexicon.issueNear.get(issue.id);
    return near === undefined || [...near].some((place) => places.has(place));
  });
}

/** The side a stance word names right after it ("تطالب موسكو", "مطالب موسكو"), and where that name ends. */
function subjectAfter(article: TalksArticle, ts: TalksSentence, hit: Hit): { side?: string; end: number } {
  const subject = readSubject(article.lexicon.attribution, ts.view, ts.words, wordIndexAt(ts.words.words, hit.end));
  if (subject.kind !== 'named' || subject.claimant.kind === 'unknown') return { end: hit.end };
  const side = partyOfClaimant(article.lexicon.attribution, subject.claimant);
  return side !== undefined ? { side, end: subject.end } : { end: subject.end };
}

/** The side named last in [from, to) as an actor (not a place), for subject-verb order: "روسيا ترفض". */
function sideBefore(article: TalksArticle, ts: TalksSentence, from: number, to: number): string | undefined {
  let before: EntityMention | undefined;
  for (const mention of ts.view.mentions) {
    if (mention.end > to) break;
    if (mention.start < from || !SUBJECT_KINDS.has(mention.kind) || isLocative(ts, mention)) continue;
    before = mention;
  }
  return before ? partyOfMention(article.lexicon, before) : undefined;
}

/** Whether a stance word stands in a relative clause or under a negation right before it. */
function isDescription(ts: TalksSentence, hit: Hit): boolean {
  const before = wordBefore(ts, hit.start);
  if (!before) return false;
  return RELATIVE.has(bare(before.text)) || ts.hits.some((h) => is(h, 'negation') && h.end <= hit.start && h.start >= before.start);
}

/** Positions each side takes in an article, one per side, stance and issue. */
export function readPositions(article: TalksArticle): PositionFact[] {
  const facts: PositionFact[] = [];
  const seen = new Set<string>();
  article.sentences.forEach((ts, index) => {
    if (article.reading.past.has(ts)) return;
    const all = ts.hits.filter((hit) => is(hit, 'stances'));
    const stances = all.filter((hit) => !isDescription(ts, hit));
    // Where the words read so far end: a subject already taken, or a relative clause's ("التي تطالب بها موسكو").
    let readTo = ts.view.sentence.start;
    let previous: { side?: string; clause: Span } | undefined;
    for (const hit of all) {
      const clause = clauseAround(ts, hit.start);
      const after = subjectAfter(article, ts, hit);
      if (isDescription(ts, hit)) {
        readTo = Math.max(readTo, after.end);
        continue;
      }
      const next = stances[stances.indexOf(hit) + 1];
      const limit = Math.min(next?.start ?? clause.end, clause.end);
      const end = reach(ts, hit.end, limit, (word) => CARRY_ON.has(bare(word)) || bare(word).startsWith('بال') || bare(word).startsWith('لل'));
      const sameClause = previous !== undefined && previous.clause.start === clause.start;
      // Named after the word, else before it (since the last subject read), else the subject of the stance it is coordinated with.
      const side = after.side ?? sideBefore(article, ts, Math.max(clause.start, readTo), hit.start) ?? (sameClause ? previous?.side : undefined);
      readTo = Math.max(readTo, after.end);
      previous = side !== undefined ? { side, clause } : { clause };
      if (side === undefined) continue;
      const stance = labelOf(hit, 'stances') as Stance;
      for (const issue of issuesIn(article, index, { start: hit.end, end })) {
        const key = `${side}|${stance}|${issue.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        facts.push({ kind: 'position', party: side, stance, issue: issue.id, text: textOf(ts, { start: hit.start, end }), evidence: evidenceOf(article.view, ts.view) });
      }
    }
  });
  return facts;
}

/** Sticking points an article names, one per issue. */
export function readStickingPoints(article: TalksArticle): StickingPointFact[] {
  const facts: StickingPointFact[] = [];
  const seen = new Set<string>();
  article.sentences.forEach((ts, index) => {
    if (article.reading.past.has(ts)) return;
    for (const hit of hitsIn(ts, 'sticking', { start: ts.view.sentence.start, end: ts.view.sentence.end })) {
      const clause = clauseAround(ts, hit.start);
      // A list of disputed questions runs on past commas: "…، ومصير محطة زابوريجيا".
      const end = reach(ts, hit.end, clause.end, (word, at) => {
        const head = bare(word);
        return LIST_NOUNS.has(head) || CARRY_ON.has(head) || issuesOf(ts).some((issue) => issue.start <= at + 2 && issue.end > at);
      });
      let span: Span = { start: hit.end, end };
      let issues = issuesIn(article, index, span);
      if (issues.length === 0) {
        // Said after the issue: "قضية الأراضي … لم تُحل بعد".
        span = { start: clause.start, end: hit.start };
        issues = issuesIn(article, index, span);
      }
      for (const issue of issues) {
        if (seen.has(issue.id)) continue;
        seen.add(issue.id);
        // Shown from the phrase to the issues after it, or from the first issue to the phrase after them.
        const shown = span.start >= hit.end ? { start: hit.start, end: span.end } : { start: issues[0]!.start, end: hit.end };
        facts.push({ kind: 'sticking_point', issue: issue.id, text: textOf(ts, shown), evidence: evidenceOf(article.view, ts.view) });
      }
    }
  });
  return facts;
}
