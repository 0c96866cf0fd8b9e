/**
 * What the talks produced and what comes next. An outcome is told as done: a prisoner exchange
 * ("أكدت موسكو وكييف تبادل 157 عسكريا ومدنيا من كل جانب"), an agreement ("تم الاتفاق على…"), a channel
 * resumed ("استئناف الحوار العسكري"). The same words under hope, a future tense or a negation are not
 * outcomes: "يأمل في إجراء عملية تبادل جديدة للأسرى في المستقبل القريب" is a next step.
 */
import type { NumberMention } from '../../text/numbers.ts';
import { evidenceOf } from '../sentence/article-view.ts';
import { partyOfClaimant, speakerNear } from '../attribution/attribution.ts';
import { sliceArticle } from '../attribution/words.ts';
import type { IsoDate, NextStepFact, OutcomeFact } from '../facts.ts';
import { PRONOUN_COMPLEMENTS, RESUMPTION, SINCE, TIME_NOUNS, YEAR_WORDS } from './lexicon.ts';
import { nextOccurrence } from './round-days.ts';
import { jointSpeakers } from './round-sides.ts';
import {
  bare, clauseAround, hasWord, gapWords, gluedBefore, hasIn, hitsIn, is, isLocative, isPurpose, labelOf, partyOfMention, partyRuns, wordAfter, wordBefore,
  type Hit, type Span, type TalksSentence,
} from './sentence.ts';
import type { TalksArticle } from './article.ts';

const OUTCOME_TYPES: Readonly<Record<string, OutcomeFact['type']>> = {
  prisoner_exchange: 'prisoner_exchange', bodies_return: 'other', agreement: 'agreement', ceasefire: 'ceasefire', resumed_channel: 'resumed_channel',
};
const PARTY_SUBJECTS = new Set(['party', 'party_metonym', 'person', 'title', 'organization']);
const EXCHANGE = 'تبادل';
/** Words that make a round or a meeting the next one by themselves (folded). */
const UPCOMING = /مقبل|قادم|تالي|مرتقب|مزمع/u;
const LEADING = /^[\s،,:؛;."«»“”-]+/u;
const EDGE = /[\s،,:؛;."«»“”-]/u;
const SPACE = /\s/u;

/**
 * Without trailing punctuation, nor a dangling "و" left when the next clause was cut off ("…الحالية
 * و"). Read from the end: a regex anchored at the end is tried from every position of the text.
 */
function withoutTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && EDGE.test(text[end - 1]!)) end--;
  if (end >= 2 && text[end - 1] === 'و' && SPACE.test(text[end - 2]!)) {
    end -= 2;
    while (end > 0 && EDGE.test(text[end - 1]!)) end--;
  }
  return text.slice(0, end);
}
const OPENING = /[«“]/gu;
const CLOSING = /[»”]/gu;
const CLOSING_ONE = /[»”]/u;

/**
 * The words of a span as written, without the punctuation around them or a complementizer opening
 * it ("أن جولة جديدة…" reads "جولة جديدة…"); a quote opened in the span is closed in it.
 */
export function textOf(ts: TalksSentence, span: Span): string {
  const opening = ts.hits.find((hit) => hit.start >= span.start && is(hit, 'complement') && sliceArticle(ts.view, span.start, hit.start).trim() === '');
  const start = opening && opening.end < span.end ? opening.end : span.start;
  const raw = sliceArticle(ts.view, start, span.end);
  const lead = LEADING.exec(raw)?.[0].length ?? 0;
  const text = withoutTrailing(raw.slice(lead));
  // "قضية الأراضي … “لم تُحَلّ بعد”": the closing mark right after the span belongs to it.
  const open = (text.match(OPENING)?.length ?? 0) - (text.match(CLOSING)?.length ?? 0);
  if (open <= 0) return text;
  const after = sliceArticle(ts.view, start + lead + text.length, Math.min(start + lead + text.length + 3, ts.view.sentence.end));
  const close = after.search(CLOSING_ONE);
  return close >= 0 ? text + after.slice(0, close + 1) : text;
}

function negated(ts: TalksSentence, hit: Hit): boolean {
  const before = ts.hits.filter((h) => h.end <= hit.start && is(h, 'negation'));
  const last = before[before.length - 1];
  return last !== undefined && gapWords(sliceArticle(ts.view, last.end, hit.start)) <= 3;
}

/**
 * Parties named in a clause as actors (not places: "الحرب في أوكرانيا"). Adjectives count only for an
 * exchange, where they name whose prisoners ("84 أسيرا أوكرانيا مقابل 84 أسيرا روسيا"), and never after a
 * mediator's word ("بوساطة إماراتية").
 */
function actorsIn(article: TalksArticle, ts: TalksSentence, span: Span, adjectives = false): string[] {
  const out: string[] = [];
  for (const mention of ts.view.mentions) {
    if (mention.start < span.start || mention.end > span.end || isLocative(ts, mention)) continue;
    const adjective = adjectives && mention.kind === 'party_adjective' && !ts.hits.some((h) => is(h, 'formats', 'mediated') && h.end <= mention.start && mention.start - h.end <= 4);
    if (!PARTY_SUBJECTS.has(mention.kind) && !adjective) continue;
    const party = partyOfMention(article.lexicon, mention);
    if (party !== undefined && !out.includes(party)) out.push(party);
  }
  return out;
}

/** A count of people exchanged: near the cue, not a year, not a span of time ("منذ 4 أشهر"). */
function exchangeCount(ts: TalksSentence, cue: Hit, clause: Span): { perSide?: number; total?: number } {
  const isCount = (n: NumberMention): boolean => {
    if (n.start < clause.start || n.end > clause.end || ts.view.dates.some((d) => d.start <= n.start && d.end >= n.end)) return false;
    const before = wordBefore(ts, n.start);
    if (before && (bare(before.text) === SINCE || hasWord(YEAR_WORDS, before.text))) return false;
    const noun = n.countedNoun ?? wordAfter(ts, n.end)?.text ?? '';
    return !hasWord(TIME_NOUNS, noun);
  };
  const counts = ts.view.numbers.filter(isCount);
  const after = counts.filter((n) => n.start >= cue.end && n.start - cue.end < 40);
  const first = after[0] ?? counts.filter((n) => n.end <= cue.start && cue.start - n.end < 40).pop();
  if (!first) return {};
  // "84 أسيرا أوكرانيا مقابل 84 أسيرا روسيا": a pair around مقابل, the count found being either half.
  const versus = ts.hits.find((h) => is(h, 'per_side', 'versus') && ((h.start >= first.end && h.start - first.end < 30) || (h.end <= first.start && first.start - h.end < 30)));
  const other = versus === undefined ? undefined : versus.start >= first.end
    ? counts.find((n) => n.start >= versus.end && n.start - versus.end < 30)
    : counts.filter((n) => n.end <= versus.start && versus.start - n.end < 30).pop();
  if (other) return other.value === first.value ? { perSide: first.value, total: first.value * 2 } : { total: first.value + other.value };
  // "خمسة عناصر مقابل ضابط": one half counted, the other not; the count is neither per side nor in all.
  if (versus !== undefined || ts.hits.some((h) => is(h, 'per_side', 'versus') && h.start >= first.end && h.end <= clause.end)) return {};
  if (hasIn(ts, 'per_side', clause, 'each')) return { perSide: first.value, total: first.value * 2 };
  if (hasIn(ts, 'per_side', clause, 'total')) return { total: first.value };
  if (hasIn(ts, 'per_side', clause, 'returned')) return { perSide: first.value, total: first.value * 2 };
  // "روسيا تعلن تبادل 390 أسيرا مع أوكرانيا" says neither per side nor in all: no count is better than a wrong one.
  return {};
}

/**
 * Who agreed: the names before the verb and its partner after "مع" ("اتفق مع ترمب"), up to the
 * agreement itself — not the names of what was agreed ("…بغية ردع روسيا").
 */
function agreementSides(ts: TalksSentence, cue: Hit, clause: Span): Span {
  const named = ts.hits.find((h) => h.start >= cue.end && h.end <= clause.end && (is(h, 'outcomes', 'agreement') || is(h, 'outcomes', 'ceasefire')));
  let end = named?.end ?? cue.end;
  const partner = ts.hits.find((h) => h.start >= cue.end && h.start - cue.end <= 3 && h.folded === 'مع');
  const next = partner ? ts.view.mentions.find((m) => m.start >= partner.end) : undefined;
  if (next && next.end <= clause.end) end = Math.max(end, next.end);
  // Verb-subject order: "واتفقت روسيا وأوكرانيا على…" names the sides right after the verb.
  const subject = partyRuns(ts, { start: cue.end, end: clause.end })[0];
  if (subject && gapWords(sliceArticle(ts.view, cue.end, subject[0]!.start)) === 0) end = Math.max(end, subject[subject.length - 1]!.end);
  return { start: clause.start, end };
}

/** A clause that starts right after a speech verb with no "أن" ("أكدت موسكو وكييف تبادل…") is shown with its verb. */
function withVerb(ts: TalksSentence, clause: Span): Span {
  const cut = ts.cuts.find((c) => c.resume === clause.start && c.at < c.resume);
  const verb = cut ? ts.hits.find((hit) => hit.start === cut.at) : undefined;
  return verb && cut && verb.end === cut.resume ? { start: verb.start, end: clause.end } : clause;
}

type Candidate = { fact: Omit<OutcomeFact, 'evidence'>; ts: TalksSentence; key: string };

/** Whether the exchange cue is "تبادل" alone (as a verb or a noun), which may exchange anything. */
function bareExchange(cue: Hit): boolean {
  return cue.folded.replace(/^[وف]/u, '') === EXCHANGE && !is(cue, 'next');
}

/** Words after a bare "تبادل" that the people exchanged may take before them ("تبادل الجانبان 84 أسيرا"). */
const EXCHANGED_REACH = 4;
/** Those an exchange of prisoners exchanges (folded stems). */
const EXCHANGED_PEOPLE = /^(?:[وبل]?(?:ال)?)(?:أسر|اسر|أسير|اسير|معتقل|محتجز|عسكري|جند|جنود|مدني|شخص|أشخاص|اشخاص|جثام|جثث|رفات|مقاتل)/u;

/** Whether a bare "تبادل" is followed closely by a count or by the people exchanged. */
function exchangesPeople(ts: TalksSentence, cue: Hit, clause: Span): boolean {
  const words = ts.words.words.filter((word) => word.start >= cue.end && word.end <= clause.end && !word.punct).slice(0, EXCHANGED_REACH);
  const end = words[words.length - 1]?.end ?? cue.end;
  return ts.view.numbers.some((n) => n.start >= cue.end && n.end <= end) || words.some((word) => EXCHANGED_PEOPLE.test(sliceArticle(ts.view, word.start, word.end).trim()));
}

function outcomeIn(article: TalksArticle, ts: TalksSentence, cue: Hit): Candidate | undefined {
  const clause = clauseAround(ts, cue.start);
  // Hoped for or aimed at ("يأمل في إجراء عملية تبادل", "من أجل التوصل إلى اتفاق"): not done. A purpose after it is no matter.
  if (negated(ts, cue) || hasIn(ts, 'hope', { start: clause.start, end: cue.start })) return undefined;
  // A verb of agreeing decides; the noun alone ("أي اتفاق سلام محتمل", "التوصل إلى اتفاق") is no outcome.
  const realized = labelOf(cue, 'realized');
  if (realized !== undefined && gluedBefore(ts, cue).endsWith('ال')) return undefined;
  // "في عملية تبادل جديدة" told as done is an exchange; told as hoped for, a next step.
  const label = realized ?? labelOf(cue, 'outcomes') ?? (is(cue, 'next', 'prisoner_exchange') ? 'prisoner_exchange' : undefined);
  let type: OutcomeFact['type'] | undefined;
  if (label === 'agreed' || label === 'reached') {
    const named = ts.hits.find((h) => h.start >= cue.end && h.end <= clause.end && (is(h, 'outcomes', 'agreement') || is(h, 'outcomes', 'ceasefire')));
    if (label === 'reached' && !named) return undefined;
    type = named && is(named, 'outcomes', 'ceasefire') ? 'ceasefire' : 'agreement';
  } else if (label === 'resumed_channel') {
    const resumed = RESUMPTION.some((word) => cue.folded.includes(word)) || hasIn(ts, 'resume', clause);
    if (!resumed) return undefined;
    type = 'resumed_channel';
  } else if (label === 'prisoner_exchange' || label === 'bodies_return') {
    // "تبادل" alone exchanges anything ("وتبادل الجانبان الاتهامات"): an exchange of prisoners counts or names people.
    if (bareExchange(cue) && !exchangesPeople(ts, cue, clause)) return undefined;
    // An exchange still to come is a next step; one agreed on is part of the agreement ("اتفقتا على تبادل…").
    if (hasIn(ts, 'future', clause) || (hasIn(ts, 'next', clause) && !is(cue, 'next'))) return undefined;
    if (ts.hits.some((h) => h.start >= clause.start && h.end <= cue.start && (is(h, 'realized', 'agreed') || is(h, 'outcomes', 'agreement')))) return undefined;
    type = OUTCOME_TYPES[label];
  }
  if (type === undefined) return undefined;
  const agreed = type === 'agreement' || type === 'ceasefire';
  const named = actorsIn(article, ts, agreed ? agreementSides(ts, cue, clause) : clause, type === 'prisoner_exchange');
  // "قالت روسيا وأوكرانيا إنهما تبادلتا مئات الأسرى": the sides that report together are the exchange's.
  const parties = [...named, ...jointSpeakers(article.lexicon, ts, clause).filter((id) => !named.includes(id))];
  if (agreed) {
    const before = wordBefore(ts, cue.start);
    if (before && PRONOUN_COMPLEMENTS.has(before.text)) {
      const speaker = speakerNear(article.view, ts.view, cue.start, article.context);
      const party = speaker ? partyOfClaimant(article.lexicon.attribution, speaker) : undefined;
      if (party !== undefined && !parties.includes(party)) parties.unshift(party);
    }
  }
  const counts = label === 'prisoner_exchange' && cue.folded.includes(EXCHANGE) ? exchangeCount(ts, cue, clause) : {};
  const issues = [...new Set(ts.issues.filter((i) => i.start >= clause.start && i.end <= clause.end).map((i) => i.id))].sort();
  const text = textOf(ts, withVerb(ts, clause));
  return {
    fact: { kind: 'outcome', type, parties, ...counts, text },
    ts,
    key: [type, counts.perSide ?? '', counts.total ?? '', type === 'agreement' || type === 'ceasefire' ? issues.join(',') : ''].join('|'),
  };
}

/** Words of people held and returned ("157 جنديا روسيا من الأسر"), for a count told after the exchange. */
const CAPTIVES = /أسر|أسير|جند|عسكري|مدني/u;

/**
 * The count of an exchange told in the next sentence by what one side got back: "أجرتا عملية لتبادل الأسرى …
 * وأكدت وزارة الدفاع عودة 157 جنديا روسيا من الأسر الأوكراني".
 */
function countAfter(article: TalksArticle, index: number): { perSide?: number; total?: number } {
  const next = article.sentences[index + 1];
  if (!next || article.reading.past.has(next)) return {};
  const back = next.hits.find((hit) => is(hit, 'per_side', 'returned'));
  if (!back) return {};
  const clause = clauseAround(next, back.start);
  if (!CAPTIVES.test(sliceArticle(next.view, back.end, clause.end))) return {};
  return exchangeCount(next, back, clause);
}

/** Outcomes an article reports, one per kind (and count, and issue for agreements), however many sentences repeat it. */
export function readOutcomes(article: TalksArticle): OutcomeFact[] {
  const candidates: Candidate[] = [];
  article.sentences.forEach((ts, index) => {
    if (article.reading.past.has(ts)) return;
    for (const cue of ts.hits) {
      if (!is(cue, 'outcomes') && !is(cue, 'realized', 'agreed') && !is(cue, 'realized', 'reached') && !is(cue, 'next', 'prisoner_exchange')) continue;
      const candidate = outcomeIn(article, ts, cue);
      if (!candidate) continue;
      if (candidate.fact.type === 'prisoner_exchange' && candidate.fact.total === undefined && candidate.fact.perSide === undefined) {
        const counts = countAfter(article, index);
        if (counts.perSide !== undefined || counts.total !== undefined) {
          candidate.fact = { ...candidate.fact, ...counts };
          candidate.key = ['prisoner_exchange', counts.perSide ?? '', counts.total ?? '', ''].join('|');
        }
      }
      candidates.push(candidate);
    }
  });
  const kept = new Map<string, Candidate>();
  for (const candidate of candidates) {
    // A report without a count ("عملية تبادل الأسرى هذه") is the counted exchange told again.
    const counted = candidate.fact.total === undefined ? candidates.find((c) => c.fact.type === candidate.fact.type && c.fact.total !== undefined) : undefined;
    const key = counted?.key ?? candidate.key;
    const earlier = kept.get(key);
    if (earlier) earlier.fact = { ...earlier.fact, parties: [...new Set([...earlier.fact.parties, ...candidate.fact.parties])] };
    else kept.set(key, counted ? { ...counted, fact: { ...counted.fact, parties: [...new Set([...counted.fact.parties, ...candidate.fact.parties])] } } : { ...candidate });
  }
  return [...kept.values()].map(({ fact, ts }) => ({ ...fact, evidence: evidenceOf(article.view, ts.view) }));
}

/** When a next step is due: a vague time ("في الأسابيع المقبلة") or a day after the article's. */
function timingIn(ts: TalksSentence, clause: Span, reference: IsoDate | undefined): Pick<NextStepFact, 'date' | 'vague' | 'whenText'> {
  const vague = hitsIn(ts, 'vague', clause)[0];
  if (vague) return { vague: labelOf(vague, 'vague')!, whenText: sliceArticle(ts.view, vague.start, vague.end) };
  for (const date of ts.view.dates) {
    if (date.start < clause.start || date.end > clause.end) continue;
    if (date.kind === 'vague' && date.vague !== undefined) return { vague: date.vague, whenText: date.text };
    if (date.relative === 'next_week' || date.relative === 'next_month' || date.relative === 'this_week') return { vague: date.relative, whenText: date.text };
    if (date.date === undefined || (date.kind === 'relative' && reference !== undefined && date.date < reference)) continue;
    // A next step is ahead: "ستعقد يومي 17 و18 شباط" is next February's.
    const day = reference !== undefined && date.date < reference && !date.yearStated ? nextOccurrence(date, date.date, reference) : date.date;
    if (reference === undefined || day >= reference) return { date: day, whenText: date.text };
  }
  return {};
}

/** Vague times that put a meeting ahead by themselves ("لاحقا", later, may be later the same day). */
const AHEAD_VAGUE = new Set(['next_week', 'next_month', 'coming_days', 'coming_weeks', 'coming_months', 'soon', 'near_future']);

/**
 * Whether a clause puts its talks ahead as written: a vague time to come, or a day after the
 * article's (a bare weekday is not moved forward here: "اليوم الأول من المحادثات الأربعاء" is past).
 */
function plainlyAhead(ts: TalksSentence, clause: Span, reference: IsoDate | undefined, timing: Pick<NextStepFact, 'date' | 'vague'>): boolean {
  if (timing.vague !== undefined) return AHEAD_VAGUE.has(timing.vague);
  if (reference === undefined) return false;
  return ts.view.dates.some((date) => date.start >= clause.start && date.end <= clause.end && date.date !== undefined && date.date > reference);
}

/** Words a verb of holding may stand from the talks it tells of. */
const STATUS_REACH = 2;

/**
 * Whether the talks are told as held or under way: a verb of holding near them that is not a purpose
 * ("لعقد اجتماع ثنائي" is one still to come; "شرع في الترتيبات" begins the arrangements, not the meeting).
 */
function heldNear(ts: TalksSentence, cue: Hit, clause: Span): boolean {
  return ts.hits.some((hit) => {
    if (hit.start < clause.start || hit.end > clause.end || !(is(hit, 'status', 'held') || is(hit, 'status', 'under_way'))) return false;
    const gap = hit.end <= cue.start ? sliceArticle(ts.view, hit.end, cue.start) : sliceArticle(ts.view, cue.end, hit.start);
    if (gapWords(gap) > STATUS_REACH) return false;
    return !isPurpose(ts, hit);
  });
}

/** Next steps an article announces: a new round, a meeting, another exchange. */
export function readNextSteps(article: TalksArticle): NextStepFact[] {
  const facts: NextStepFact[] = [];
  const seen = new Set<string>();
  for (const ts of article.sentences) {
    if (article.reading.past.has(ts)) continue;
    for (const cue of ts.hits) {
      const named = labelOf(cue, 'next') as NextStepFact['what'] | undefined;
      // Any talks noun with a time still ahead is a next step too: "اجتماع الوفدين … الأسبوع القادم في تركيا",
      // "وقد تعقد لقاءات أخرى مطلع الأسبوع المقبل" (a call is no meeting).
      const talks = named === undefined ? labelOf(cue, 'talks') : undefined;
      const what: NextStepFact['what'] | undefined = named ?? (talks === 'meeting' || talks === 'summit' ? 'meeting' : talks === 'round' || talks === 'negotiations' ? 'new_round' : undefined);
      if (what === undefined || negated(ts, cue)) continue;
      const clause = clauseAround(ts, cue.start);
      const { reference } = article.frame;
      const timing = timingIn(ts, clause, reference);
      // Or a meeting still to come by its tense, of a format or between sides of its own ("سيكون لدينا اجتماع ثلاثي"),
      // unless it is held too: the next meeting is planned without a day.
      const planned = named === undefined && hasIn(ts, 'future', clause) && !heldNear(ts, cue, clause) &&
        hasIn(ts, 'formats', clause) && what === 'meeting' && (timing.date === undefined ? timing.vague === undefined : reference !== undefined && timing.date > reference);
      if (named === undefined && !planned && !plainlyAhead(ts, clause, reference, timing)) continue;
      // "الجولة المقبلة" is to come by its words; "جولة جديدة", "الجولة الثالثة" or "عملية تبادل جديدة" only with
      // a future, a hope or a time still ahead — "جولة جديدة … انطلقت اليوم" has begun.
      const ahead = timing.vague !== undefined || (timing.date !== undefined && (reference === undefined || timing.date > reference));
      const coming = UPCOMING.test(cue.folded) || hasIn(ts, 'future', clause) || hasIn(ts, 'hope', clause) || hasIn(ts, 'status', clause, 'scheduled') ||
        (ahead && !hasIn(ts, 'status', clause, 'held') && !hasIn(ts, 'status', clause, 'under_way'));
      if (!coming) continue;
      const key = `${what}|${timing.date ?? ''}|${timing.vague ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push({ kind: 'next_step', what, ...timing, text: textOf(ts, clause), evidence: evidenceOf(article.view, ts.view) });
    }
  }
  return facts;
}
