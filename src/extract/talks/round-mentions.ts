/**
 * What one sentence says about a round of talks: its number, venue, days, format, who takes part
 * and who mediates, and whether it is held, under way or planned. Rounds of several sentences are
 * put together in talks/rounds.ts; here each clause that names talks is read on its own.
 */
import type { EntityMention } from '../../packs/matcher.ts';
import { isoToDays } from '../../text/calendar.ts';
import { foldArabic } from '../../text/normalize.ts';
import { addDays } from '../../text/dates.ts';
import type { IsoDate, RoundStatus, TalksFormat } from '../facts.ts';
import { sliceArticle, wordIndexAt, type Word } from '../attribution/words.ts';
import { CONTINUATION, COUNTERPART, DEMONSTRATIVE, JOINS, PURPOSE, RANKS, SINCE, TIME_NOUNS, TO, type TalksLexicon } from './lexicon.ts';
import { dayOfRound, daysIn, durationIn, hasPastYear, ordinalOf } from './round-days.ts';
import { isMeetingOfPeople, jointSpeakers, partiesIn, sideDuring, subjectWithParty } from './round-sides.ts';
import {
  clauseAround, gluedBefore, hasWord, gapWords, hasIn, hitsIn, is, labelOf, partyOfMention, partyRuns, isPurpose, wordAfter, wordBefore,
  type Hit, type Span, type TalksSentence,
} from './sentence.ts';
import { countryIn, isTalksHit, namedByTalksVenue, receivingHost, venueIn } from './round-places.ts';

/** What the article around a sentence tells: its day. */
export type ArticleFrame = {
  readonly reference?: IsoDate;
};

/** One clause's account of a round: what it names of the round, and whether it is background or the next one. */
export type RoundMention = {
  readonly sentence: TalksSentence;
  readonly scope: Span;
  readonly number?: number;
  /** "الجولة المقبلة", "جولة جديدة ستعقد…": the round after the current one. */
  readonly next: boolean;
  readonly venue?: string;
  /** A country after في when no city is named (never a side of the war: "محادثات السلام في أوكرانيا" are about it). */
  readonly country?: string;
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
  /**
   * A meeting of people (Rubio and Lavrov in Riyadh, Putin receiving Witkoff): a meeting of their
   * sides at its venue, kept apart from the rounds between the delegations.
   */
  readonly ofPeople: boolean;
  /** "سينضم إلى اللقاء …": people join the talks told before, with their sides. */
  readonly joins?: boolean;
  /** "اختتام المحادثات … في إسطنبول": opened by a verbal noun of the talks' start or end, as a headline is. */
  readonly phase?: 'start' | 'end';
};

/** First words of a photo caption (folded). */
const CAPTION_WORDS: ReadonlySet<string> = new Set(['صورة', 'الصورة', 'صور', 'بالصورة', 'صورة:'].map(foldArabic));

const NUMBERED = new Set(['round', 'meeting', 'working_group', 'summit']);
/** "جولة جديدة", "جولة أخرى": the next round only when it is still to come. */
const NEW_OR_OTHER = /جديد|اخر/u;
const BLANKS = /\s+/u;
/** Days a historical mention may lie before the article and still be part of the current series. */
const SERIES_DAYS = 90;

/** The round number an ordinal gives: "الجولة الثانية", "جولة ثانية", "ثاني جولة", "الاجتماع الأول". */
function numberOf(ts: TalksSentence, hit: Hit, scope: Span): number | undefined {
  const label = labelOf(hit, 'talks');
  if (label !== undefined && !NUMBERED.has(label) && !is(hit, 'next')) {
    // "المحادثات الثانية" may carry a number; "أول مفاوضات علنية" is a first, not round one.
    const after = wordAfter(ts, hit.end);
    return after && after.start < scope.end ? ordinalOf(after.text) : undefined;
  }
  const words = ts.words.words;
  const from = wordIndexAt(words, hit.start + 1);
  for (let w = from; w < words.length && words[w]!.start < hit.end; w++) {
    const value = ordinalOf(words[w]!.text);
    if (value !== undefined) return value;
  }
  const after = wordAfter(ts, hit.end);
  const value = after && after.start < scope.end ? ordinalOf(after.text) : undefined;
  if (value !== undefined) return value;
  const before = wordBefore(ts, hit.start);
  if (!before || before.text.startsWith('ال')) return undefined;
  const first = ordinalOf(before.text);
  // "أول جولة مباشرة منذ 2022" is the first since 2022, not round one.
  const since = ts.words.words.some((word) => word.start > hit.end && word.start < scope.end && word.text === SINCE);
  return first !== undefined && !(first === 1 && since) ? first : undefined;
}

/**
 * The status the verb nearest the talks noun tells. "تنطلق" (begins) is read as still to come, so its
 * day is dated forward; on the article's own day it is under way (readRoundMentions).
 */
function statusIn(ts: TalksSentence, scope: Span, anchor: Hit): { status?: RoundStatus; next: boolean; begins?: boolean } {
  let best: { status: RoundStatus; distance: number; next: boolean; begins: boolean } | undefined;
  for (const hit of ts.hits) {
    if (hit.start < scope.start || hit.end > scope.end) continue;
    let label = labelOf(hit, 'status');
    // "اتفقا على عقد لقاء ثان", "دعا إلى عقد قمة": holding as a verbal noun after على or إلى is a plan, not a meeting held.
    const governed = wordBefore(ts, hit.start);
    if (label === 'held' && governed !== undefined && PLANNED_AFTER.has(governed.text.replace(/^[وف]/u, ''))) label = 'scheduled';
    // "لعقد محادثات", "تمهيدا لإجراء مباحثات": holding as a purpose is still ahead.
    if (label === 'held' && isPurpose(ts, hit)) label = 'scheduled';
    const status: RoundStatus | undefined = label === 'held' || label === 'under_way' || label === 'scheduled' ? label
      : label === 'next' || label === 'begins' || is(hit, 'future') ? 'scheduled' : undefined;
    if (status === undefined) continue;
    const distance = hit.start >= anchor.end ? hit.start - anchor.end : anchor.start - hit.end;
    // An adjective of time right after the talks noun ("المحادثات المقبلة") makes them the next ones.
    const next = label === 'next' && distance <= 2;
    if (label === 'next' && !next) continue;
    if (!best || distance < best.distance) best = { status, distance, next, begins: label === 'begins' };
  }
  return best ? { status: best.status, next: best.next, begins: best.begins } : { next: false };
}

/** Verbal nouns of the talks' start or end (folded) that open a headline: "اختتام المحادثات", "انطلاق الجولة". */
const PHASE_NOUNS: ReadonlySet<string> = new Set(['اختتام', 'انتهاء', 'انطلاق', 'بدء', 'انعقاد'].map(foldArabic));

/** Whether the sentence opens on a verbal noun of phase right before its talks ("اختتام المحادثات الروسية الأوكرانية في إسطنبول"). */
function opensWithPhase(ts: TalksSentence, cues: readonly Hit[]): 'start' | 'end' | undefined {
  // A headline may open on its source and a colon ("الرئاسة الروسية: انتهاء مباحثات …").
  const words = ts.words.words;
  const colon = words.findIndex((word) => word.punct && word.text === ':');
  const from = colon >= 0 && colon <= MAX_WORDS_HEADLINE_SOURCE ? colon + 1 : 0;
  const first = words.slice(from).find((word) => !word.punct);
  if (!first || !PHASE_NOUNS.has(first.text.replace(/^[وف]/u, ''))) return undefined;
  // Right before the talks, the talks' own article aside ("اختتام المحادثات").
  const close = cues.some((cue) => cue.start >= first.end && sliceArticle(ts.view, first.end, cue.start).trim().replace(/^ال$/u, '') === '');
  return !close ? undefined : ENDING_NOUNS.has(first.text.replace(/^[وف]/u, '')) ? 'end' : 'start';
}

/** Words of a headline's source before its colon. */
const MAX_WORDS_HEADLINE_SOURCE = 4;
const ENDING_NOUNS: ReadonlySet<string> = new Set(['اختتام', 'انتهاء'].map(foldArabic));

/** "بعد ثلاثة أيام من القمة": talks a span of time is counted from are an earlier event the news is dated by. */
function countedFrom(ts: TalksSentence, cues: readonly Hit[]): boolean {
  return cues.some((cue) => {
    const from = wordBefore(ts, cue.start);
    const span = from && from.text === FROM ? wordBefore(ts, from.start) : undefined;
    return span !== undefined && TIME_NOUNS.has(span.text);
  });
}

const FROM = foldArabic('من');

/** "تستمر حتى": each verb of lasting of a clause that "حتى" follows at once, with that word. */
function untilsIn(ts: TalksSentence, scope: Span): { lasting: Hit; until: Word }[] {
  const found: { lasting: Hit; until: Word }[] = [];
  for (const lasting of hitsIn(ts, 'duration', scope, 'lasting')) {
    const until = wordAfter(ts, lasting.end);
    if (until && until.text === UNTIL && until.end <= scope.end) found.push({ lasting, until });
  }
  return found;
}

/** A clause of talks that go on until a day ends at the comma after that day ("… حتى اليوم الثلاثاء، مع توقع عقد اجتماع منفصل"). */
function untilComma(ts: TalksSentence, scope: Span): Span {
  const until = untilsIn(ts, scope)[0]?.until;
  if (!until) return scope;
  const comma = ts.words.words.find((word) => word.start > until.end && word.start < scope.end && word.punct && (word.text === '،' || word.text === ','));
  return comma ? { start: scope.start, end: comma.start } : scope;
}

/** The day talks go on until, right after the talks and a verb of lasting ("ستستمر حتى اليوم الثلاثاء"), if told. */
function lastingUntil(ts: TalksSentence, scope: Span, cues: readonly Hit[]): IsoDate | undefined {
  for (const { lasting, until } of untilsIn(ts, scope)) {
    if (!cues.some((cue) => cue.end <= lasting.start && gapWords(sliceArticle(ts.view, cue.end, lasting.start)) <= 1)) continue;
    const date = ts.view.dates.find((d) => d.start >= until.end && d.start - until.end <= 2 && d.date !== undefined && d.kind !== 'vague');
    if (date?.date !== undefined) return date.endDate ?? date.date;
  }
  return undefined;
}

const UNTIL = foldArabic('حتى');

/** Whether a talks noun is what a verb of joining joins, right after "إلى" ("سينضم إلى اللقاء"). */
function joinsCue(ts: TalksSentence, scope: Span, cues: readonly Hit[]): boolean {
  return cues.some((cue) => {
    if (!is(cue, 'talks') || is(cue, 'talks', 'delegation')) return false;
    const to = wordBefore(ts, cue.start);
    const verb = to && TO.has(to.text) ? wordBefore(ts, to.start) : undefined;
    return verb !== undefined && verb.start >= scope.start && JOINS.has(verb.text.replace(/^[وف]/u, ''));
  });
}

/** Words a purpose phrase may put between its purpose word and the talks ("استعدادا لإجراء محادثات"). */
const MAX_WORDS_PURPOSE_TO_TALKS = 1;

/**
 * Where a purpose phrase before the talks begins ("وصل لافروف أمس إلى أنطاليا استعدادا لإجراء مباحثات"):
 * the talks are a plan, and the days told before it are the trip's, not theirs.
 */
function purposeBefore(ts: TalksSentence, scope: Span, cues: readonly Hit[]): number | undefined {
  const words = ts.words.words;
  for (const cue of cues) {
    const at = wordIndexAt(words, cue.start);
    for (let w = at - 1; w >= 0 && at - w <= MAX_WORDS_PURPOSE_TO_TALKS + 1 && words[w]!.start >= scope.start && !words[w]!.punct; w--) {
      if (PURPOSE.has(words[w]!.text.replace(/^[وف]/u, ''))) return words[w]!.start;
    }
  }
  return undefined;
}

/** Prepositions that make a verb of holding its verbal noun of a plan: "على عقد", "إلى عقد". */
const PLANNED_AFTER: ReadonlySet<string> = new Set(['على', 'إلى', 'الى'].map(foldArabic));

/** "وُصف بأنه"، "وصفت بأنها": what a talks noun is described as follows (quotes and diacritics allowed). */
const DESCRIBED_AS = /^[وف]?[\u064B-\u0652]*(?:وُ?صِ?ف[َتْ]*|يوصف|توصف|وصفه|وصفها|وصفاه|وصفوه)[\u064B-\u0652]*\s+ب?[أا]نه[اـ]?[\s"«“]*$/u;

function formatIn(ts: TalksSentence, scope: Span, cues: readonly Hit[]): { format?: TalksFormat; direct?: boolean } {
  let format: TalksFormat | undefined;
  let direct: boolean | undefined;
  // "في لقاء وُصف بأنه "ثلاثي"": a format the talks are described as, past the verb of describing (which cuts the clause).
  const described = ts.hits.filter((hit) => hit.start >= scope.end && is(hit, 'formats') && cues.some((cue) => DESCRIBED_AS.test(sliceArticle(ts.view, cue.end, hit.start).trim())));
  for (const hit of [...hitsIn(ts, 'formats', scope), ...described]) {
    const label = labelOf(hit, 'formats');
    // A format word belongs to the talks noun it follows ("مشاورات ثلاثية", "مفاوضات علنية مباشرة"), or names the format itself ("بصيغة ثلاثية").
    const close = described.includes(hit) || hit.folded.startsWith('بصيغه') || hit.folded.startsWith('الصيغه') || cues.some((cue) => {
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

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...a, ...b.filter((id) => !a.includes(id))];
}

/** The sides of the people a meeting of people names ("بين وزير الخارجية الأمريكي ماركو روبيو ونظيره الروسي سيرغي لافروف"). */
function peoplesParties(lexicon: TalksLexicon, ts: TalksSentence, scope: Span): string[] {
  const parties: string[] = [];
  const add = (mention: EntityMention) => {
    const party = partyOfMention(lexicon, mention);
    if (party !== undefined && !parties.includes(party)) parties.push(party);
  };
  for (const mention of ts.view.mentions) {
    if (mention.start >= scope.start && mention.end <= scope.end && (mention.kind === 'person' || mention.kind === 'title')) add(mention);
  }
  // People by rank and adjective ("وزيرا الخارجية الروسي والأوكراني"), never an adjective on something else ("النزاع الأوكراني").
  for (const run of partyRuns(ts, scope)) {
    if (run.some((mention) => mention.kind !== 'party_adjective')) continue;
    const noun = wordBefore(ts, run[0]!.start);
    const rank = noun ? wordBefore(ts, noun.start) : undefined;
    // "ونظيره الروسي": the counterpart of the one named is a person of the adjective's side.
    if ([noun, rank].some((word) => word !== undefined && hasWord(RANKS, word.text)) || (noun !== undefined && COUNTERPART.test(noun.text))) run.forEach(add);
  }
  return parties;
}

/** Connectors of "after" (folded): what follows them happened before the clause they end. */
const AFTER_CONNECTORS: ReadonlySet<string> = new Set(['عقب', 'إثر', 'اثر'].map(foldArabic));

/**
 * The clause of a talks cue; talks right after "عقب" or "إثر" ("عقد ترامب وبوتين في أنكوريدج مؤتمرا صحافيا
 * عقب اجتماع مغلق") share the people, place and day of the clause they follow, which is read with them.
 */
function talksClause(ts: TalksSentence, offset: number): Span {
  const scope = untilComma(ts, clauseAround(ts, offset));
  const connector = ts.hits.find((hit) => is(hit, 'cut') && hit.end === scope.start && AFTER_CONNECTORS.has(hit.folded.replace(/^[وف]/u, '')));
  if (!connector || gapWords(sliceArticle(ts.view, connector.end, offset)) > 0) return scope;
  // Only an event held before it ("عقد … مؤتمرا صحافيا عقب اجتماع"), not a statement ("لا يعتزم تقديم معلومات اليوم عقب المشاورات").
  const before = clauseAround(ts, connector.start - 1);
  return hitsIn(ts, 'status', before, 'held').length > 0 ? { start: before.start, end: scope.end } : scope;
}

/** Group a sentence's talks cues by clause: one mention per clause. */
function cueGroups(ts: TalksSentence): { scope: Span; cues: Hit[] }[] {
  const groups: { scope: Span; cues: Hit[] }[] = [];
  for (const hit of ts.hits) {
    if (!isTalksHit(hit)) continue;
    const scope = talksClause(ts, hit.start);
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
  // A photo's caption ("صورة نشرها المكتب الإعلامي … تظهر الرئيس خلال اجتماع …") shows an earlier moment, not the news.
  if (CAPTION_WORDS.has(ts.words.words[0]?.text ?? '')) return { mentions, people: false };
  // Rounds in general ("جولات من المحادثات") and summits of leaders are no round of talks between the sides.
  // A summit of this war's leaders at a venue (Trump and Putin in Anchorage) is read as a meeting of people below.
  const groups = cueGroups(ts).filter(({ cues, scope }) => !cues.every((cue) => is(cue, 'generic')) &&
    (!cues.every((cue) => labelOf(cue, 'talks') === 'summit') || isMeetingOfPeople(lexicon, ts, scope) || namedByTalksVenue(lexicon, ts, cues)));
  const ofPeople = groups.filter(({ scope }) => isMeetingOfPeople(lexicon, ts, scope));
  // Meetings of people are read as mentions of their own (ofPeople); `people` stays for sentences that tell nothing else.
  const people = false;
  for (const { scope, cues } of groups) {
    const anchor = cues[0]!;
    let number: number | undefined;
    for (const cue of cues) number ??= numberOf(ts, cue, scope);
    const told = statusIn(ts, scope, anchor);
    const { next: nextByAdjective } = told;
    // With no verb, a time still ahead says the talks are to come ("جولة ثالثة في جنيف الأسبوع المقبل").
    const ahead = hitsIn(ts, 'vague', scope).some((hit) => labelOf(hit, 'vague') !== 'this_week');
    let status = told.status ?? (ahead ? 'scheduled' : undefined);
    // "توصل الوفدان المشاركان في الجولة الثانية إلى تفاهم": talks that reached something were held.
    if (status === undefined && hasIn(ts, 'realized', scope) && !hasIn(ts, 'future', scope) && !hasIn(ts, 'hope', scope) && !hasIn(ts, 'negation', scope)) status = 'held';
    const purpose = purposeBefore(ts, scope, cues);
    if (purpose !== undefined && (told.status === undefined || statusIn(ts, { start: purpose, end: scope.end }, anchor).status === undefined)) status = 'scheduled';
    const future = status === 'scheduled';
    const nextCue = cues.find((cue) => is(cue, 'next', 'new_round') && number === undefined);
    const next = number === undefined && (nextByAdjective || (nextCue !== undefined && (!NEW_OR_OTHER.test(nextCue.folded) || future)));
    const { format, direct } = formatIn(ts, scope, cues);
    const ofPeopleHere = ofPeople.some((group) => group.scope === scope);
    // A meeting of people none of whom is a side of this war (a summit in Beijing) is not this war's talks.
    if (ofPeopleHere && !peoplesParties(lexicon, ts, scope).some((id) => lexicon.belligerents.has(id))) continue;
    const found = partiesIn(lexicon, ts, scope);
    const subject = found.parties.length === 1 ? subjectWithParty(lexicon, ts, scope, cues) : undefined;
    const during = sideDuring(lexicon, ts, scope, cues);
    const joint = [...jointSpeakers(lexicon, ts, scope), ...(subject !== undefined ? [subject] : []), ...(during !== undefined ? [during] : [])];
    const roles = { parties: union(found.parties, joint.filter((id) => !found.mediators.includes(id))), mediators: found.mediators };
    const { mediators } = roles;
    // A meeting of people is a meeting of their sides; one present as a mediator ("بحضور وزير الخارجية السعودي") is not at the table.
    const host = ofPeopleHere ? receivingHost(lexicon, ts, scope) : undefined;
    let parties = ofPeopleHere ? union(roles.parties, peoplesParties(lexicon, ts, scope).filter((id) => !mediators.includes(id) && id !== host)) : roles.parties;
    // "جولة" alone is also a tour ("جولة أوروبية"): it names talks with a talks noun, a number or "المقبلة".
    const talksNoun = cues.some((cue) => labelOf(cue, 'talks') === 'negotiations' || labelOf(cue, 'talks') === 'working_group');
    const strong = talksNoun || number !== undefined || next || (cues.some((cue) => is(cue, 'next')) && hasIn(ts, 'talks', scope));
    // "لقاءات دريسكول ستستمر حتى اليوم الثلاثاء": talks that go on until a day are under way until then.
    const until = lastingUntil(ts, scope, cues);
    if (until !== undefined && frame.reference !== undefined && status === undefined) status = until === frame.reference ? 'under_way' : until < frame.reference ? 'held' : 'scheduled';
    const days = until !== undefined ? { start: until, end: until, since: false, pastYear: false }
      : daysIn(ts, purpose !== undefined && status === 'scheduled' ? { start: purpose, end: scope.end } : scope, frame.reference, future);
    // A meeting or a summit is a round only when the talks are between sides or have a format or number, or
    // when it was held at a talks venue on a stated day ("لقاء عقد في الرياض يوم 3 مارس بين وفدين").
    // Undated, a meeting held at a talks venue with a side or a mediator named ("وجرت مراسم توقيع الاتفاق في قصر … بحضور …").
    const placedAndDated = told.status === 'held' && (days.start !== undefined || parties.length + mediators.length > 0) && venueIn(lexicon, ts, scope, anchor) !== undefined;
    // "سينضم إلى اللقاء قادة آخرون، من بينهم …": those joining the meeting told before bring their sides to it.
    const joined = joinsCue(ts, scope, cues);
    if (joined) parties = union(parties, peoplesParties(lexicon, ts, { start: anchor.end, end: scope.end }).filter((id) => !mediators.includes(id)));
    // "إن الاجتماع الذي عقد أمس الأربعاء الموافق 13 تموز": the talks told before, now with their day.
    const toldAgain = told.status === 'held' && days.start !== undefined && cues.some((cue) => is(cue, 'talks') && gluedBefore(ts, cue).replace(/^[وف]/u, '') === 'ال');
    // "قمة ألاسكا" alone, or "اجتماع جدة" with a side at it: talks named by a talks venue.
    const phase = opensWithPhase(ts, cues);
    const namedSummit = namedByTalksVenue(lexicon, ts, cues) && (cues.every((cue) => labelOf(cue, 'talks') === 'summit') || parties.length > 0);
    if (!strong && format === undefined && number === undefined && parties.length < 2 && !placedAndDated && !joined && !toldAgain && !namedSummit && until === undefined) continue;
    const dayIndex = dayOfRound(ts, scope);
    let { start, end } = days;
    if (dayIndex !== undefined && start !== undefined) {
      const day = end ?? start;
      start = addDays(day, 1 - dayIndex);
      if (dayIndex > 1) end = day;
    }
    // A day after the article's own with no verb of planning ("وتم الإعلان عن استمرار المحادثات غدا") is when the talks
    // go on, not a day they were held: it dates neither this round nor a new one.
    if (start !== undefined && frame.reference !== undefined && start > frame.reference && status === undefined && !next) start = end = undefined;
    // (With a time still ahead and no day, "تستضيف جنيف الأسبوع المقبل محادثات" is to come.)
    if (told.begins && ((start === undefined && !ahead) || start === frame.reference)) status = 'under_way';
    const durationDays = durationIn(ts, scope, cues);
    const old = start !== undefined && frame.reference !== undefined && isoToDays(frame.reference) - isoToDays(start) > SERIES_DAYS;
    const historical = days.pastYear || old || hasPastYear(ts, scope, frame.reference) || hasIn(ts, 'history', scope) || countedFrom(ts, cues);
    const first = ts.words.words[0];
    const continues = toldAgain || (first !== undefined && CONTINUATION.has(first.text)) ||
      cues.some((cue) => hasWord(DEMONSTRATIVE, wordBefore(ts, cue.start)?.text ?? '') || DEMONSTRATIVE.has(wordAfter(ts, cue.end)?.text ?? ''));
    const venue = venueIn(lexicon, ts, scope, anchor);
    const country = venue === undefined ? countryIn(lexicon, ts, scope) : undefined;
    // Talks that name nothing of their own in a sentence about a meeting of people are that meeting ("…بعد محادثات استمرت ثلاث ساعات").
    if (!ofPeopleHere && ofPeople.length > 0 && number === undefined && start === undefined && venue === undefined && format === undefined) continue;
    mentions.push({
      sentence: ts, scope, next, parties, mediators, historical, continues, ofPeople: ofPeopleHere,
      ...(number !== undefined ? { number } : {}),
      ...(venue !== undefined ? { venue } : {}),
      ...(country !== undefined ? { country } : {}),
      ...(start !== undefined ? { start } : {}),
      ...(end !== undefined ? { end } : {}),
      ...(durationDays !== undefined ? { durationDays } : {}),
      ...(format !== undefined ? { format } : {}),
      ...(direct !== undefined ? { direct } : {}),
      ...(status !== undefined ? { status } : {}),
      ...(joined ? { joins: true } : {}),
      ...(phase !== undefined ? { phase } : {}),
    });
  }
  return { mentions, people };
}
