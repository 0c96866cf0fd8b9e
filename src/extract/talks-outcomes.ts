/**
 * What the talks produced and what comes next. An outcome is told as done: a prisoner exchange
 * ("أكدت موسكو وكييف تبادل 157 عسكريا ومدنيا من كل جانب"), an agreement ("تم الاتفاق على…"), a channel
 * resumed ("استئناف الحوار العسكري"). The same words under hope, a future tense or a negation are not
 * outcomes: "يأمل في إجراء عملية تبادل جديدة للأسرى في المستقبل القريب" is a next step.
 */
import type { NumberMention } from '../text/numbers.ts';
import { evidenceOf } from './article-view.ts';
import { partyOfClaimant, speakerNear } from './attribution.ts';
import { sliceArticle } from './attribution-words.ts';
import type { IsoDate, NextStepFact, OutcomeFact } from './facts.ts';
import { RESUMPTION, SINCE, TIME_NOUNS, YEAR_WORDS } from './talks-lexicon.ts';
import {
  bare, clauseAround, hitsIn, is, isLocative, issuesOf, labelOf, partyOfMention, wordAfter, wordBefore,
  type Hit, type Span, type TalksArticle, type TalksSentence,
} from './talks-sentence.ts';

const OUTCOME_TYPES: Readonly<Record<string, OutcomeFact['type']>> = {
  prisoner_exchange: 'prisoner_exchange', bodies_return: 'other', agreement: 'agreement', ceasefire: 'ceasefire', resumed_channel: 'resumed_channel',
};
const PARTY_SUBJECTS = new Set(['party', 'party_metonym', 'person', 'title', 'organization']);
/** Words with a pronoun subject: "أنه اتفق", "إنه توصل" — the speaker is the one who agreed. */
const PRONOUN_SUBJECTS = new Set(['انه', 'انها', 'بانه', 'بانها', 'اننا', 'انني']);
const EXCHANGE = 'تبادل';
/** Words that make a round or a meeting the next one by themselves (folded). */
const UPCOMING = /مقبل|قادم|تالي|مرتقب|مزمع/u;
const BLANKS = /\s+/u;
const LEADING = /^[\s،,:؛;."«»“”-]+/u;
/** Trailing punctuation, and a dangling "و" left when the next clause was cut off ("…الحالية و"). */
const TRAILING = /[\s،,:؛;."«»“”-]*(?:\sو)?[\s،,:؛;."«»“”-]*$/u;
const OPENING = /[«“]/gu;
const CLOSING = /[»”]/gu;
const CLOSING_ONE = /[»”]/u;

/** The words of a span as written, without the punctuation around them. */
export function textOf(ts: TalksSentence, span: Span): string {
  const text = sliceArticle(ts.view, span.start, span.end).replace(LEADING, '').replace(TRAILING, '');
  // A quote opened in the span is closed in it: "قضية الأراضي … “لم تُحَلّ بعد”".
  const open = (text.match(OPENING)?.length ?? 0) - (text.match(CLOSING)?.length ?? 0);
  if (open <= 0) return text;
  const rest = sliceArticle(ts.view, span.start, ts.view.sentence.end).slice(sliceArticle(ts.view, span.start, span.end).indexOf(text) + text.length);
  const close = rest.search(CLOSING_ONE);
  return close >= 0 && close <= 2 ? text + rest.slice(0, close + 1) : text;
}

function negated(ts: TalksSentence, hit: Hit): boolean {
  const before = ts.hits.filter((h) => h.end <= hit.start && is(h, 'negation'));
  const last = before[before.length - 1];
  return last !== undefined && sliceArticle(ts.view, last.end, hit.start).trim().split(BLANKS).length <= 3;
}

/** Parties named in a clause as actors (not places: "الحرب في أوكرانيا"); adjectives are left out. */
function actorsIn(article: TalksArticle, ts: TalksSentence, span: Span): string[] {
  const out: string[] = [];
  for (const mention of ts.view.mentions) {
    if (mention.start < span.start || mention.end > span.end || !PARTY_SUBJECTS.has(mention.kind) || isLocative(ts, mention)) continue;
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
    if (before && (bare(before.text) === SINCE || YEAR_WORDS.has(bare(before.text)))) return false;
    const noun = n.countedNoun ?? wordAfter(ts, n.end)?.text ?? '';
    return !TIME_NOUNS.has(noun) && !TIME_NOUNS.has(bare(noun));
  };
  const counts = ts.view.numbers.filter(isCount);
  const after = counts.filter((n) => n.start >= cue.end && n.start - cue.end < 40);
  const first = after[0] ?? counts.filter((n) => n.end <= cue.start && cue.start - n.end < 40).pop();
  if (!first) return {};
  const versus = ts.hits.find((h) => is(h, 'per_side', 'versus') && h.start >= first.end && h.start - first.end < 30);
  const second = versus ? counts.find((n) => n.start >= versus.end && n.start - versus.end < 30) : undefined;
  if (second) return second.value === first.value ? { perSide: first.value, total: first.value * 2 } : { total: first.value + second.value };
  if (hitsIn(ts, 'per_side', clause, 'each').length > 0) return { perSide: first.value, total: first.value * 2 };
  return { total: first.value };
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
  return { start: clause.start, end };
}

/** A clause that starts right after a speech verb with no "أن" ("أكدت موسكو وكييف تبادل…") is shown with its verb. */
function withVerb(ts: TalksSentence, clause: Span): Span {
  const cut = ts.cuts.find((c) => c.resume === clause.start && c.at < c.resume);
  const verb = cut ? ts.hits.find((hit) => hit.start === cut.at) : undefined;
  return verb && verb.end === cut!.resume ? { start: verb.start, end: clause.end } : clause;
}

type Candidate = { fact: Omit<OutcomeFact, 'evidence'>; ts: TalksSentence; key: string };

function outcomeIn(article: TalksArticle, ts: TalksSentence, cue: Hit): Candidate | undefined {
  const clause = clauseAround(ts, cue.start);
  if (negated(ts, cue) || hitsIn(ts, 'hope', clause).length > 0) return undefined;
  // A verb of agreeing decides; the noun alone ("أي اتفاق سلام محتمل") is no outcome.
  const label = labelOf(cue, 'realized') ?? labelOf(cue, 'outcomes');
  let type: OutcomeFact['type'] | undefined;
  if (label === 'agreed' || label === 'reached') {
    const named = ts.hits.find((h) => h.start >= cue.end && h.end <= clause.end && (is(h, 'outcomes', 'agreement') || is(h, 'outcomes', 'ceasefire')));
    if (label === 'reached' && !named) return undefined;
    type = named && is(named, 'outcomes', 'ceasefire') ? 'ceasefire' : 'agreement';
  } else if (label === 'resumed_channel') {
    const resumed = RESUMPTION.some((word) => cue.folded.includes(word)) || hitsIn(ts, 'resume', clause).length > 0;
    if (!resumed) return undefined;
    type = 'resumed_channel';
  } else if (label === 'prisoner_exchange' || label === 'bodies_return') {
    // An exchange still to come is a next step.
    if (hitsIn(ts, 'future', clause).length > 0 || hitsIn(ts, 'next', clause).length > 0) return undefined;
    type = OUTCOME_TYPES[label];
  }
  if (type === undefined) return undefined;
  const agreed = type === 'agreement' || type === 'ceasefire';
  const parties = actorsIn(article, ts, agreed ? agreementSides(ts, cue, clause) : clause);
  if (agreed) {
    const before = wordBefore(ts, cue.start);
    if (before && PRONOUN_SUBJECTS.has(before.text)) {
      const speaker = speakerNear(article.view, ts.view, cue.start, article.context);
      const party = speaker ? partyOfClaimant(article.lexicon.attribution, speaker) : undefined;
      if (party !== undefined && !parties.includes(party)) parties.unshift(party);
    }
  }
  const counts = label === 'prisoner_exchange' && cue.folded.includes(EXCHANGE) ? exchangeCount(ts, cue, clause) : {};
  const issues = [...new Set(issuesOf(ts).filter((i) => i.start >= clause.start && i.end <= clause.end).map((i) => i.id))].sort();
  const text = textOf(ts, withVerb(ts, clause));
  return {
    fact: { kind: 'outcome', type, parties, ...counts, text },
    ts,
    key: [type, counts.perSide ?? '', counts.total ?? '', type === 'agreement' || type === 'ceasefire' ? issues.join(',') : ''].join('|'),
  };
}

/** Outcomes an article reports, one per kind (and count, and issue for agreements), however many sentences repeat it. */
export function readOutcomes(article: TalksArticle): OutcomeFact[] {
  const candidates: Candidate[] = [];
  for (const ts of article.sentences) {
    if (article.reading.past.has(ts)) continue;
    for (const cue of ts.hits) {
      if (!is(cue, 'outcomes') && !is(cue, 'realized', 'agreed') && !is(cue, 'realized', 'reached')) continue;
      const candidate = outcomeIn(article, ts, cue);
      if (candidate) candidates.push(candidate);
    }
  }
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
    if (date.date !== undefined && (reference === undefined || date.date >= reference)) return { date: date.date, whenText: date.text };
  }
  return {};
}

/** Next steps an article announces: a new round, a meeting, another exchange. */
export function readNextSteps(article: TalksArticle): NextStepFact[] {
  const facts: NextStepFact[] = [];
  const seen = new Set<string>();
  for (const ts of article.sentences) {
    if (article.reading.past.has(ts)) continue;
    for (const cue of ts.hits) {
      const what = labelOf(cue, 'next') as NextStepFact['what'] | undefined;
      if (what === undefined || negated(ts, cue)) continue;
      const clause = clauseAround(ts, cue.start);
      const timing = timingIn(ts, clause, article.frame.reference);
      // "الجولة المقبلة" is to come by its words; "جولة جديدة", "الجولة الثالثة" or "عملية تبادل جديدة" only with a future, a hope or a time.
      const coming = UPCOMING.test(cue.folded) || hitsIn(ts, 'future', clause).length > 0 || hitsIn(ts, 'hope', clause).length > 0 ||
        hitsIn(ts, 'status', clause, 'scheduled').length > 0 || timing.date !== undefined || timing.vague !== undefined;
      if (!coming) continue;
      const key = `${what}|${timing.date ?? ''}|${timing.vague ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push({ kind: 'next_step', what, ...timing, text: textOf(ts, clause), evidence: evidenceOf(article.view, ts.view) });
    }
  }
  return facts;
}
