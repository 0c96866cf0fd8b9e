/**
 * What one sentence says about a round of talks: its number, venue, days, format, who takes part
 * and who mediates, and whether it is held, under way or planned. Rounds of several sentences are
 * put together in talks-rounds.ts; here each clause that names talks is read on its own.
 */
import type { EntityMention } from '../packs/matcher.ts';
import { isoToDays } from '../text/calendar.ts';
import { addDays, type DateMention } from '../text/dates.ts';
import { ordinalValue } from '../text/numbers.ts';
import type { IsoDate, RoundStatus, TalksFormat } from './facts.ts';
import { sliceArticle, wordIndexAt } from './attribution-words.ts';
import { CONTINUATION, DAY_WORDS, DAYS_WORDS, DEMONSTRATIVE, RELATIVE, SINCE, YEAR_WORDS, type TalksLexicon } from './talks-lexicon.ts';
import {
  bare, clauseAround, hitsIn, is, isLocative, issuesOf, labelOf, partyOfMention, partyRuns, placeOf, wordAfter, wordBefore,
  type Hit, type Span, type TalksSentence,
} from './talks-sentence.ts';

/** What the article around a sentence tells: its day and where its quotes are. */
export type ArticleFrame = {
  readonly reference?: IsoDate;
  readonly quotes: readonly Span[];
};

export type RoundMention = {
  readonly sentence: TalksSentence;
  readonly scope: Span;
  readonly number?: number;
  /** "الجولة المقبلة", "جولة جديدة ستعقد…": the round after the current one. */
  readonly next: boolean;
  readonly venue?: string;
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  /** "منذ الأربعاء": the first day only. */
  readonly durationDays?: number;
  readonly format?: TalksFormat;
  readonly direct?: boolean;
  readonly parties: readonly string[];
  readonly mediators: readonly string[];
  readonly status?: RoundStatus;
  /** Earlier talks told as background ("سبق أن أجريت مفاوضات … عام 2022"). */
  readonly historical: boolean;
  /** Refers back to the talks of the previous sentence ("هذه المحادثات", "وكانت أول مفاوضات…"). */
  readonly continues: boolean;
};

/** Talks cue labels that name negotiations; meetings, summits and calls need more to be a round. */
const STRONG = new Set(['negotiations', 'round', 'working_group']);
const WEAK = new Set(['meeting', 'summit']);
const NUMBERED = new Set(['round', 'meeting', 'working_group', 'summit']);
/** "جولة جديدة", "جولة أخرى": the next round only when it is still to come. */
const NEW_OR_OTHER = /جديد|اخر/u;
const BLANKS = /\s+/u;
/** Days a historical mention may lie before the article and still be part of the current series. */
const SERIES_DAYS = 90;

function isTalksHit(hit: Hit): boolean {
  const label = labelOf(hit, 'talks');
  return (label !== undefined && (STRONG.has(label) || WEAK.has(label))) || is(hit, 'next', 'new_round');
}

/** The round number an ordinal gives: "الجولة الثانية", "جولة ثانية", "ثاني جولة", "الاجتماع الأول". */
function numberOf(ts: TalksSentence, hit: Hit, scope: Span): number | undefined {
  const label = labelOf(hit, 'talks');
  if (label !== undefined && !NUMBERED.has(label) && !is(hit, 'next')) {
    // "المحادثات الثانية" may carry a number; "أول مفاوضات علنية" is a first, not round one.
    const after = wordAfter(ts, hit.end);
    return after && after.start < scope.end ? ordinalValue(after.text) : undefined;
  }
  const words = ts.words.words;
  const from = wordIndexAt(words, hit.start + 1);
  for (let w = from; w < words.length && words[w]!.start < hit.end; w++) {
    const value = ordinalValue(words[w]!.text);
    if (value !== undefined) return value;
  }
  const after = wordAfter(ts, hit.end);
  const value = after && after.start < scope.end ? ordinalValue(after.text) : undefined;
  if (value !== undefined) return value;
  const before = wordBefore(ts, hit.start);
  if (!before || before.text.startsWith('ال')) return undefined;
  const first = ordinalValue(before.text);
  // "أول جولة مباشرة منذ 2022" is the first since 2022, not round one.
  const since = ts.words.words.some((word) => word.start > hit.end && word.start < scope.end && word.text === SINCE);
  return first !== undefined && !(first === 1 && since) ? first : undefined;
}

/** Whether the talks after a "بين" are people (Putin and Witkoff), not sides. */
function isMeetingOfPeople(ts: TalksSentence, scope: Span): boolean {
  for (const between of hitsIn(ts, 'intro', scope, 'participant')) {
    if (between.folded !== 'بين') continue;
    const first = ts.view.mentions.find((mention) => mention.start >= between.end && mention.start < scope.end);
    if (!first) continue;
    if (first.kind === 'person' || first.kind === 'title') return true;
    // "بين الرئيسين الأوكراني … والأميركي": adjectives after a rank, not after a delegation.
    if (first.kind === 'party_adjective') {
      // "بين الرئيسين الأوكراني": the noun before the adjective (or before its clitics).
      const noun = wordBefore(ts, first.start);
      if (noun && noun.start >= between.end && !ts.hits.some((hit) => hit.start <= noun.start && hit.end >= noun.end && (is(hit, 'intro', 'actor') || is(hit, 'talks')))) return true;
    }
  }
  return false;
}

type PartyRoles = { parties: string[]; mediators: string[] };

/** How a run of party names relates to the talks: taking part, mediating, or neither (a place, a host). */
function roleOfRun(ts: TalksSentence, run: readonly EntityMention[], scope: Span): 'party' | 'mediator' | undefined {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (isLocative(ts, first)) return undefined;
  const before = ts.hits.filter((hit) => hit.end <= first.start && hit.start >= scope.start).slice(-2).reverse();
  for (const hit of before) {
    const gap = sliceArticle(ts.view, hit.end, first.start).trim();
    const gapWords = gap === '' ? 0 : gap.split(BLANKS).length;
    if (gapWords > 2) break;
    if (is(hit, 'intro', 'host')) return undefined;
    if (is(hit, 'formats', 'mediated') && !is(hit, 'intro', 'participant') && !is(hit, 'role', 'member')) return 'mediator';
    if (is(hit, 'formats', 'mediated') && hit.folded === 'بحضور') return 'mediator';
    if (is(hit, 'intro', 'participant') || is(hit, 'role', 'member')) return 'party';
    if (is(hit, 'intro', 'actor') && (gapWords === 0 || gap === 'من' || gap === 'عن')) return 'party';
    if ((is(hit, 'talks') || is(hit, 'status')) && gapWords === 0) return 'party';
  }
  // Subject before its verb: "أوكرانيا وروسيا بدأتا" (a host is not a side: "الإمارات ستستضيف").
  const after = ts.hits.find((hit) => hit.start >= last.end && hit.start < scope.end);
  if (after && !is(after, 'intro', 'host') && (is(after, 'status') || is(after, 'talks')) && sliceArticle(ts.view, last.end, after.start).trim() === '') return 'party';
  return undefined;
}

/** Parties and mediators named in a clause, and the people mediating ("بحضور المبعوث الأميركي"). */
function partiesIn(lexicon: TalksLexicon, ts: TalksSentence, scope: Span): PartyRoles {
  const roles: PartyRoles = { parties: [], mediators: [] };
  const add = (list: string[], id: string | undefined): void => {
    if (id !== undefined && !list.includes(id)) list.push(id);
  };
  for (const run of partyRuns(ts, scope)) {
    const role = roleOfRun(ts, run, scope);
    if (role) for (const mention of run) add(role === 'party' ? roles.parties : roles.mediators, partyOfMention(lexicon, mention));
  }
  for (const intro of hitsIn(ts, 'formats', scope, 'mediated')) {
    if (is(intro, 'intro', 'host') || (is(intro, 'intro', 'participant') && intro.folded !== 'بحضور')) continue;
    const next = ts.view.mentions.find((mention) => mention.start >= intro.end && mention.start < scope.end);
    if (next && (next.kind === 'person' || next.kind === 'title' || next.kind === 'organization') && sliceArticle(ts.view, intro.end, next.start).trim() === '') {
      add(roles.mediators, partyOfMention(lexicon, next));
    }
  }
  return roles;
}

/**
 * Whether a date sits in a relative clause about something else: "الصيغ التي اتبعناها أمس" dates the
 * formats, while "المحادثات التي جرت الجمعة" dates the talks (its verb is one of holding talks).
 */
function inOtherRelative(ts: TalksSentence, scope: Span, date: DateMention): boolean {
  const words = ts.words.words;
  for (let w = wordIndexAt(words, date.start) - 1; w >= 0 && words[w]!.start >= scope.start; w--) {
    if (!RELATIVE.has(words[w]!.text)) continue;
    const verb = words[w + 1];
    return verb !== undefined && verb.start < date.start && !ts.hits.some((hit) => hit.start <= verb.start && hit.end >= verb.end && (is(hit, 'status') || is(hit, 'talks')));
  }
  return false;
}

/** The talks' own days in a clause: dated mentions, not vague ones, not a relative clause's about something else. */
function daysIn(ts: TalksSentence, scope: Span, frame: ArticleFrame): { start?: IsoDate; end?: IsoDate; since: boolean; pastYear: boolean } {
  let start: IsoDate | undefined;
  let end: IsoDate | undefined;
  let since = false;
  let pastYear = false;
  const referenceYear = frame.reference?.slice(0, 4);
  for (const date of ts.view.dates) {
    if (date.start < scope.start || date.end > scope.end || date.kind === 'vague' || date.date === undefined) continue;
    if (date.relative !== undefined && (date.relative.endsWith('week') || date.relative.endsWith('month') || date.relative.endsWith('year'))) {
      if (date.relative === 'last_year') pastYear = true;
      continue;
    }
    if (inOtherRelative(ts, scope, date)) continue;
    if (date.yearStated && referenceYear !== undefined && date.date.slice(0, 4) < referenceYear) pastYear = true;
    const before = wordBefore(ts, date.start);
    if (before && bare(before.text) === SINCE) since = true;
    const last = date.endDate ?? date.date;
    // Two far-apart days in one clause are two events; keep the first.
    if (start !== undefined && Math.abs(isoToDays(date.date) - isoToDays(start)) > 7) continue;
    if (start === undefined || date.date < start) start = date.date;
    if (end === undefined || last > end) end = last;
  }
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined && !since ? { end } : {}), since, pastYear };
}

/** "اليوم الثاني من المحادثات", "ثاني أيام جولة المحادثات", "في يومها الثاني": which day of the round. */
function dayOfRound(ts: TalksSentence, scope: Span): number | undefined {
  const words = ts.words.words;
  for (let w = wordIndexAt(words, scope.start); w < words.length - 1 && words[w]!.end <= scope.end; w++) {
    const word = bare(words[w]!.text);
    const next = words[w + 1]!.text;
    if (DAY_WORDS.has(word)) {
      const value = ordinalValue(next);
      if (value !== undefined) return value;
    }
    if (DAYS_WORDS.has(next) && !word.startsWith('ال')) {
      const value = ordinalValue(word);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** "الاجتماعات الثلاثية التي تستمر يومين": how many days the round lasts. */
function durationIn(ts: TalksSentence, scope: Span): number | undefined {
  for (const lasting of hitsIn(ts, 'duration', scope, 'lasting')) {
    const number = ts.view.numbers.find((n) => n.start >= lasting.end && n.start - lasting.end <= 3 && n.end <= scope.end);
    if (!number) continue;
    const noun = number.countedNoun ?? wordAfter(ts, number.end)?.text ?? '';
    if (DAY_WORDS.has(noun) || DAYS_WORDS.has(noun) || noun === 'يوما' || noun === 'يوم') return number.value;
  }
  return undefined;
}

/** A year stated before the article's year ("عام 2022"), not after منذ. */
function hasPastYear(ts: TalksSentence, scope: Span, reference: IsoDate | undefined): boolean {
  if (reference === undefined) return false;
  const year = Number(reference.slice(0, 4));
  return ts.view.numbers.some((n) => {
    if (n.start < scope.start || n.end > scope.end || n.value < 1990 || n.value >= year || n.source !== 'digits') return false;
    const before = wordBefore(ts, n.start);
    return before !== undefined && YEAR_WORDS.has(bare(before.text).replace(/^ب/u, ''));
  });
}

function statusIn(ts: TalksSentence, scope: Span, anchor: Hit): { status?: RoundStatus; next: boolean } {
  let best: { status: RoundStatus; distance: number; next: boolean } | undefined;
  for (const hit of ts.hits) {
    if (hit.start < scope.start || hit.end > scope.end) continue;
    const label = labelOf(hit, 'status');
    const status: RoundStatus | undefined = label === 'held' || label === 'under_way' || label === 'scheduled' ? label
      : label === 'next' || is(hit, 'future') ? 'scheduled' : undefined;
    if (status === undefined) continue;
    const distance = hit.start >= anchor.end ? hit.start - anchor.end : anchor.start - hit.end;
    // An adjective of time right after the talks noun ("المحادثات المقبلة") makes them the next ones.
    const next = label === 'next' && distance <= 2;
    if (label === 'next' && !next) continue;
    if (!best || distance < best.distance) best = { status, distance, next };
  }
  return best ? { status: best.status, next: best.next } : { next: false };
}

function formatIn(ts: TalksSentence, scope: Span, cues: readonly Hit[]): { format?: TalksFormat; direct?: boolean } {
  let format: TalksFormat | undefined;
  let direct: boolean | undefined;
  for (const hit of hitsIn(ts, 'formats', scope)) {
    const label = labelOf(hit, 'formats');
    // A format word belongs to the talks noun it follows ("مشاورات ثلاثية", "مفاوضات علنية مباشرة"), or names the format itself ("بصيغة ثلاثية").
    const close = hit.folded.startsWith('بصيغه') || hit.folded.startsWith('الصيغه') || cues.some((cue) => {
      if (hit.start < cue.end) return false;
      const gap = sliceArticle(ts.view, cue.end, hit.start).trim();
      return gap === '' || gap.split(BLANKS).length <= 2;
    });
    if (!close) continue;
    if ((label === 'trilateral' || label === 'bilateral' || label === 'multilateral') && format === undefined) format = label;
    if (label === 'direct') direct ??= true;
    if (label === 'indirect') direct = false;
  }
  return { ...(format !== undefined ? { format } : {}), ...(direct !== undefined ? { direct } : {}) };
}

/** A venue: a place of talks after في or ب in the clause ("في أبوظبي", "بجنيف"); never a region or a front. */
function venueIn(lexicon: TalksLexicon, ts: TalksSentence, scope: Span, cue: Hit): string | undefined {
  let before: string | undefined;
  for (const mention of ts.view.mentions) {
    if (mention.start < scope.start || mention.end > scope.end) continue;
    const id = placeOf(mention);
    const place = id === undefined ? undefined : lexicon.index.place(id);
    if (!place || (place.kind !== 'venue' && place.kind !== 'city') || !isLocative(ts, mention)) continue;
    // "محطة زابوريجيا" is a place the talks are about, not one they are held in.
    if (issuesOf(ts).some((issue) => issue.start < mention.end && issue.end > mention.start)) continue;
    if (mention.start >= cue.start) return place.id;
    before = place.id;
  }
  return before;
}

/** Group a sentence's talks cues by clause: one mention per clause. */
function cueGroups(ts: TalksSentence): { scope: Span; cues: Hit[] }[] {
  const groups: { scope: Span; cues: Hit[] }[] = [];
  for (const hit of ts.hits) {
    if (!isTalksHit(hit)) continue;
    const scope = clauseAround(ts, hit.start);
    const group = groups.find((g) => g.scope.start === scope.start && g.scope.end === scope.end);
    if (group) group.cues.push(hit);
    else groups.push({ scope, cues: [hit] });
  }
  return groups;
}

/**
 * Every clause of a sentence that tells of a round of talks; `people` is set when the sentence
 * tells of a meeting of two people instead (Putin and Witkoff, Zelensky and Trump in Davos).
 */
export function readRoundMentions(lexicon: TalksLexicon, ts: TalksSentence, frame: ArticleFrame): { mentions: RoundMention[]; people: boolean } {
  const mentions: RoundMention[] = [];
  const groups = cueGroups(ts).filter(({ cues }) => !cues.every((cue) => is(cue, 'generic')));
  const ofPeople = groups.filter(({ scope }) => isMeetingOfPeople(ts, scope));
  const people = ofPeople.length > 0;
  for (const { scope, cues } of groups) {
    if (ofPeople.some((group) => group.scope === scope)) continue;
    const anchor = cues[0]!;
    let number: number | undefined;
    for (const cue of cues) number ??= numberOf(ts, cue, scope);
    const { status, next: nextByAdjective } = statusIn(ts, scope, anchor);
    const future = status === 'scheduled';
    const nextCue = cues.find((cue) => is(cue, 'next', 'new_round') && number === undefined);
    const next = number === undefined && (nextByAdjective || (nextCue !== undefined && (!NEW_OR_OTHER.test(nextCue.folded) || future)));
    const { format, direct } = formatIn(ts, scope, cues);
    const { parties, mediators } = partiesIn(lexicon, ts, scope);
    const strong = cues.some((cue) => STRONG.has(labelOf(cue, 'talks') ?? '') || is(cue, 'next'));
    // A meeting or a summit is a round only when the talks are between sides or have a format or number.
    if (!strong && format === undefined && number === undefined && parties.length < 2) continue;
    const days = daysIn(ts, scope, frame);
    const dayIndex = dayOfRound(ts, scope);
    let { start, end } = days;
    if (dayIndex !== undefined && start !== undefined) {
      const day = end ?? start;
      start = addDays(day, 1 - dayIndex);
      if (dayIndex > 1) end = day;
    }
    const durationDays = durationIn(ts, scope);
    const old = start !== undefined && frame.reference !== undefined && isoToDays(frame.reference) - isoToDays(start) > SERIES_DAYS;
    const historical = days.pastYear || old || hasPastYear(ts, scope, frame.reference) || hitsIn(ts, 'history', scope).length > 0;
    const first = ts.words.words[0];
    const continues = (first !== undefined && CONTINUATION.has(first.text)) ||
      cues.some((cue) => DEMONSTRATIVE.has(bare(wordBefore(ts, cue.start)?.text ?? '')) || DEMONSTRATIVE.has(wordAfter(ts, cue.end)?.text ?? ''));
    const venue = venueIn(lexicon, ts, scope, anchor);
    // Talks that name nothing of their own in a sentence about a meeting of people are that meeting ("…بعد محادثات استمرت ثلاث ساعات").
    if (people && number === undefined && start === undefined && venue === undefined && format === undefined) continue;
    mentions.push({
      sentence: ts, scope, next, parties, mediators, historical, continues,
      ...(number !== undefined ? { number } : {}),
      ...(venue !== undefined ? { venue } : {}),
      ...(start !== undefined ? { start } : {}),
      ...(end !== undefined ? { end } : {}),
      ...(durationDays !== undefined ? { durationDays } : {}),
      ...(format !== undefined ? { format } : {}),
      ...(direct !== undefined ? { direct } : {}),
      ...(status !== undefined ? { status } : {}),
    });
  }
  return { mentions, people };
}
