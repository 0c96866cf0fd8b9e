/**
 * Where each side stands and where they disagree. A stance word ("تطالب", "تقترح", "ترفض", "تشدد على")
 * opens a clause that names issues from the pack. Its side: for a verb, the side named right after it
 * ("تطالب موسكو كييف بسحب…") or right before it ("روسيا ترفض"), else the subject of the stance it is
 * coordinated with ("وفيما ترفض كييف…، تقترح تجميد…"); for a noun, its owner after it ("اقتراح نظيره
 * الروسي"), or before it when a pronoun stands for the owner ("بوتين الذي تتمثل مطالبه…"). A stance in
 * a relative clause ("المناطق التي تطالب بها موسكو") or the object of another ("لن تقبل التنازل") is
 * no position of its own.
 *
 * A sticking point is an issue named after a phrase like "نقطة الخلاف الرئيسية", or before one like
 * "لم تُحل بعد".
 */
import type { EntityMention } from '../../packs/matcher.ts';
import { evidenceOf } from '../sentence/article-view.ts';
import { partyOfClaimant, speakerNear } from '../attribution/attribution.ts';
import { readSubject } from '../attribution/subject.ts';
import { sliceArticle, wordIndexAt } from '../attribution/words.ts';
import type { PositionFact, Stance, StickingPointFact } from '../facts.ts';
import { foldArabic } from '../../text/normalize.ts';
import { CARRY_ON, CONDITIONS, LIST_NOUNS, PRONOUN_COMPLEMENTS, PRONOUN_OBJECTS, RELATIVE, STANCE_NOUNS } from './lexicon.ts';
import { textOf } from './outcomes.ts';
import {
  bare, clauseAround, hasWord, gapWords, gluedBefore, hitsIn, is, isLocative, labelOf, partyOfMention, wordAfter, wordBefore,
  type Hit, type IssueHit, type Span, type TalksSentence,
} from './sentence.ts';
import type { TalksArticle } from './article.ts';

const SUBJECT_KINDS = new Set(['party', 'party_metonym', 'person', 'title', 'organization']);
const COMMA = /[،,]/u;
/** A pronoun of the owner at the end of a noun as written ("مطالبهُ", "شروطها"); ة is no pronoun. */
const POSSESSIVE = /(?:هما|هم|ها|ه)[\u064B-\u065F]*$/u;
const PAST_VERB_LOOKALIKES = new Set(['رفض', 'عرض', 'طرح'].map(foldArabic));

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
  return ts.issues.filter((issue) => {
    if (issue.start < span.start || issue.end > span.end) return false;
    const near = article.lexicon.issueNear.get(issue.id);
    return near === undefined || [...near].some((place) => places.has(place));
  });
}

/**
 * The side a stance word names right after it ("تطالب موسكو", "مطالب موسكو", "التي تطالب بها موسكو"),
 * and where that name ends. Only a name in the first word counts: in "ترفض الاعتراف بسيادة روسيا"
 * Russia is the object's, not the subject.
 */
function subjectAfter(article: TalksArticle, ts: TalksSentence, hit: Hit): { side?: string; end: number } {
  const { words, inDate, mentionAt } = ts.words;
  let w = wordIndexAt(words, hit.end);
  while (w < words.length && (inDate[w] || PRONOUN_OBJECTS.has(words[w]!.text))) w++;
  const head = mentionAt[w];
  if (!head || !SUBJECT_KINDS.has(head.kind)) return { end: hit.end };
  const subject = readSubject(article.lexicon.attribution, ts.view, ts.words, w);
  if (subject.kind !== 'named' || subject.claimant.kind === 'unknown') return { end: hit.end };
  const side = partyOfClaimant(article.lexicon.attribution, subject.claimant);
  return side !== undefined ? { side, end: subject.end } : { end: subject.end };
}

/** The side named last in [from, to) as an actor (not a place), and whether it stands right before `to`. */
function sideBefore(article: TalksArticle, ts: TalksSentence, from: number, to: number): { side?: string; adjacent: boolean } {
  let before: EntityMention | undefined;
  for (const mention of ts.view.mentions) {
    if (mention.end > to) break;
    if (mention.start < from || !SUBJECT_KINDS.has(mention.kind) || isLocative(ts, mention)) continue;
    before = mention;
  }
  if (!before) return { adjacent: false };
  const side = partyOfMention(article.lexicon, before);
  // Subject-verb order: "موسكو تطالب", "أوكرانيا لن تقبل" (a negation may stand between).
  const adjacent = gapWords(sliceArticle(ts.view, before.end, to)) <= 1;
  return side !== undefined ? { side, adjacent } : { adjacent };
}

/** Whether a stance word is a verb, a noun ("اقتراح"), or a noun with a pronoun of its owner ("مطالبه"). */
function wordKind(ts: TalksSentence, hit: Hit): 'verb' | 'noun' | 'possessed' {
  const original = sliceArticle(ts.view, hit.start, hit.end);
  const suffix = POSSESSIVE.exec(original);
  if (suffix && STANCE_NOUNS.has(foldArabic(original.slice(0, suffix.index)))) return 'possessed';
  const glued = gluedBefore(ts, hit);
  // Among the verbs' forms "رفض" and "عرض" are also past verbs: bare, they stay verbs.
  if ((STANCE_NOUNS.has(hit.folded) && !PAST_VERB_LOOKALIKES.has(hit.folded)) || glued.endsWith('ال') || glued.endsWith('ب') || glued.endsWith('ل')) return 'noun';
  return 'verb';
}

/** The owner named after a stance noun, even behind a description: "اقتراح نظيره الروسي فلاديمير بوتين", "خطة السلام الأمريكية". */
function ownerAfter(article: TalksArticle, ts: TalksSentence, hit: Hit): string | undefined {
  let index = wordIndexAt(ts.words.words, hit.end);
  // "اقتراح من الولايات المتحدة", "مقترح مقدم من واشنطن": the proposal's source after "من".
  if (ts.words.words[index]?.text === FROM) index++;
  else if (OFFERED_BY.has(ts.words.words[index]?.text ?? '') && ts.words.words[index + 1]?.text === FROM) index += 2;
  const subject = readSubject(article.lexicon.attribution, ts.view, ts.words, index);
  return subject.kind === 'named' && subject.claimant.kind !== 'unknown' ? partyOfClaimant(article.lexicon.attribution, subject.claimant) : undefined;
}

/** "أكدت أوكرانيا أنها مستعدة…": a pronoun subject after a speech verb is its speaker. */
function speakerSide(article: TalksArticle, ts: TalksSentence, hit: Hit): string | undefined {
  const before = wordBefore(ts, hit.start);
  if (!before || !PRONOUN_COMPLEMENTS.has(before.text)) return undefined;
  const speaker = speakerNear(article.view, ts.view, hit.start, article.context);
  return speaker ? partyOfClaimant(article.lexicon.attribution, speaker) : undefined;
}

/**
 * What a stance word is in its sentence. A position of its own ("تطالب موسكو"); or none: in a relative
 * clause or under a negation right before it ("التي تطالب بها موسكو"), the object of the stance before
 * it ("لن تقبل التنازل عن أراضيها" rejects, it offers nothing), or an adverb of condition that ends the
 * clause before it ("…دونباس كشرط لوقف القتال" says what the demand is for, not a second demand).
 */
function roleOfStance(ts: TalksSentence, hit: Hit, previous: Hit | undefined): 'own' | 'inside' | 'ends' {
  const glued = gluedBefore(ts, hit);
  if (glued.includes('ك')) return 'ends';
  // "لن تقبل التنازل عن…", "قبولها مقترحا أمريكيا", "طالبت موسكو كييف بقبول شروطها": a noun after a stance is what that stance is about.
  if (previous && glued.endsWith('ب')) return 'inside';
  const gap = previous ? gapWords(sliceArticle(ts.view, previous.end, hit.start)) : Infinity;
  // "ترفض فيه كييف التنازل": a verbal noun two words after a stance (its subject between) is its object.
  if (gap === 0 || (glued.endsWith('ال') && gap <= 2)) return 'inside';
  const before = wordBefore(ts, hit.start);
  if (!before) return 'own';
  const described = hasWord(RELATIVE, before.text) || ts.hits.some((h) => is(h, 'negation') && h.end <= hit.start && h.start >= before.start);
  return described ? 'inside' : 'own';
}

const FROM = foldArabic('من');
const ON = foldArabic('على');
/** "مقترح مقدم من…": a participle of giving between a proposal and its source. */
const OFFERED_BY = new Set(['مقدم', 'المقدم', 'مقدمة', 'المقدمة', 'صادر', 'الصادر'].map(foldArabic));
/** What a side ready "to" give offers ("الإمارات مستعدة لاستضافة آلية تحقق"): a proposal, not an acceptance. */
const GIVING = new Set(['توفير', 'تقديم', 'استضافة', 'ضمان', 'المساهمة', 'المشاركة', 'إرسال', 'نشر'].map(foldArabic));
/** The verb of insisting (أصر، تصر، يصرون), not of stressing (تشدد على): insisting on a thing demands it. */
const INSIST = /^[وف]?(?:[تيا]?صر|اصر)/u;
/** Readiness words among the accepting stances. */
const READY = /^(?:مستعد|استعداد)/u;

const ANSWERED = new Set(['accepts', 'rejects']);
const GOVERNING = new Set(['على', 'عن'].map(foldArabic));

/**
 * "موافقتها على مقترح أمريكي لوقف إطلاق النار": accepting or rejecting a proposal is a stance on what the
 * proposal is about; the proposal (a noun, right after "على") keeps its own owner's position too.
 */
function answers(ts: TalksSentence, hit: Hit, other: Hit): boolean {
  if (!ANSWERED.has(labelOf(hit, 'stances') ?? '') || labelOf(other, 'stances') !== 'proposes' || wordKind(ts, other) === 'verb') return false;
  const between = sliceArticle(ts.view, hit.end, other.start).trim();
  if (between === '' || GOVERNING.has(foldArabic(between))) return true;
  // "وأيدت أوكرانيا مقترحا أمريكيا": the answering side named between the verb and the proposal.
  const subject = ts.view.mentions.filter((m) => m.start >= hit.end && m.end <= other.start);
  // "وافقت روسيا على اقتراح من تركيا": the side, then على, then the proposal.
  const rest = sliceArticle(ts.view, subject[0]?.end ?? other.start, other.start).trim();
  return subject.length === 1 && SUBJECT_KINDS.has(subject[0]!.kind) && sliceArticle(ts.view, hit.end, subject[0]!.start).trim() === '' &&
    (rest === '' || GOVERNING.has(foldArabic(rest)));
}

/** Whether "على" follows a stance's subject at once: what it insists on is named ("تصر على …"), not a stand kept ("تتمسك بموقفها"). */
function insistsOnThing(ts: TalksSentence, from: number): boolean {
  const next = ts.words.words[wordIndexAt(ts.words.words, from)];
  return next !== undefined && !next.punct && (next.text === ON || next.text.startsWith(ON));
}

/** Whether a readiness word is followed by "ل" and a noun of giving ("مستعدة لتوفير", "استعداده لتقديم"). */
function readyToGive(ts: TalksSentence, hit: Hit): boolean {
  const next = wordAfter(ts, hit.end);
  if (!next) return false;
  const noun = next.text.replace(/^لل/u, 'ال').replace(/^ل/u, '');
  return next.text.startsWith('ل') && (GIVING.has(noun) || GIVING.has(noun.replace(/^ال/u, '')));
}

/** Positions each side takes in an article, one per side, stance and issue. */
export function readPositions(article: TalksArticle): PositionFact[] {
  const facts: PositionFact[] = [];
  const seen = new Set<string>();
  article.sentences.forEach((ts, index) => {
    if (article.reading.past.has(ts)) return;
    const all = ts.hits.filter((hit) => is(hit, 'stances'));
    const roles = all.map((hit, k) => roleOfStance(ts, hit, all[k - 1]));
    // Where the words read so far end: a subject already taken, or a relative clause's ("التي تطالب بها موسكو").
    let readTo = ts.view.sentence.start;
    let previous: { side?: string; clause: Span } | undefined;
    all.forEach((hit, k) => {
      const clause = clauseAround(ts, hit.start);
      const after = subjectAfter(article, ts, hit);
      if (roles[k] !== 'own') {
        readTo = Math.max(readTo, after.end);
        return;
      }
      let next = k + 1;
      while (next < all.length && (roles[next] === 'inside' || answers(ts, hit, all[next]!))) next++;
      const limit = Math.min(all[next]?.start ?? clause.end, clause.end);
      const end = reach(ts, hit.end, limit, (word) => hasWord(CARRY_ON, word) || bare(word).startsWith('بال') || bare(word).startsWith('لل'));
      const sameClause = previous !== undefined && previous.clause.start === clause.start;
      // A verb's side is named after it ("تطالب موسكو"), else right before it ("موسكو تطالب"), else it is the
      // subject of the stance it is coordinated with ("…وترفض"), else the last side named, else the speaker
      // of "أنها". A noun's is its owner after it; a noun with a pronoun's ("مطالبه") is named before.
      const before = sideBefore(article, ts, Math.max(clause.start, readTo), hit.start);
      const coordinated = sameClause ? previous?.side : undefined;
      const kind = wordKind(ts, hit);
      const side = kind === 'possessed' ? before.side ?? coordinated ?? speakerSide(article, ts, hit)
        : kind === 'noun' ? ownerAfter(article, ts, hit) ?? coordinated ?? before.side ?? speakerSide(article, ts, hit)
        : after.side ?? (before.adjacent ? before.side : undefined) ?? coordinated ?? before.side ?? speakerSide(article, ts, hit);
      readTo = Math.max(readTo, after.end);
      previous = side !== undefined ? { side, clause } : { clause };
      if (side === undefined) return;
      // "تتمسك موسكو بمطالبة أوكرانيا بتقديم تنازلات": insisting on a demand is demanding.
      const insistsOn = labelOf(hit, 'stances') === 'insists' && all[k + 1] !== undefined && roles[k + 1] === 'inside' && labelOf(all[k + 1]!, 'stances') === 'demands';
      let stance = (insistsOn ? 'demands' : labelOf(hit, 'stances')) as Stance;
      // "تصر موسكو على انسحاب القوات الأوكرانية": insisting on a thing is demanding it.
      if (stance === 'insists' && kind === 'verb' && INSIST.test(hit.folded) && (hit.folded.endsWith(` ${ON}`) || insistsOnThing(ts, after.end))) stance = 'demands';
      // "الإمارات مستعدة لاستضافة آلية تحقق من الهدنة": ready to give is a proposal, not an acceptance.
      if (stance === 'accepts' && READY.test(hit.folded) && readyToGive(ts, hit)) stance = 'proposes';
      // "شروط موسكو لوقف إطلاق النار": what conditions are for is not what is demanded.
      const condition = CONDITIONS.has(hit.folded);
      for (const issue of issuesIn(article, index, { start: hit.end, end })) {
        if (condition && gluedBefore(ts, issue).endsWith('ل')) continue;
        const key = `${side}|${stance}|${issue.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        facts.push({ kind: 'position', party: side, stance, issue: issue.id, text: textOf(ts, { start: hit.start, end }), evidence: evidenceOf(article.view, ts.view) });
      }
    });
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
        return LIST_NOUNS.has(head) || CARRY_ON.has(head) || ts.issues.some((issue) => issue.start <= at + 2 && issue.end > at);
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
