/**
 * The days of a round as one clause tells them: dated mentions that belong to the talks (not to a
 * speaker, a relative clause or a truce), which day of the round a report is from ("اليوم الثاني من
 * المحادثات"), how long it lasts ("تستمر يومين"), and whether the talks are from an earlier year.
 */
import { isIsoDate, isoToDays } from '../../text/calendar.ts';
import { addDays, type DateMention } from '../../text/dates.ts';
import { ordinalValue } from '../../text/numbers.ts';
import { sliceArticle, wordIndexAt } from '../attribution/words.ts';
import type { IsoDate } from '../facts.ts';
import { DAY_WORDS, DAYS_WORDS, RELATIVE, SINCE, YEAR_WORDS } from './lexicon.ts';
import { bare, gapWords, hasWord, hitsIn, is, isJoin, wordAfter, wordBefore, type Hit, type Span, type TalksSentence } from './sentence.ts';

const DAY = 'يوم';
const ordinals = new Map<string, number | undefined>();
const ORDINAL_CACHE_LIMIT = 4096;

/** ordinalValue of a folded word, remembered: the same few words follow talks nouns in every article. */
export function ordinalOf(word: string): number | undefined {
  if (ordinals.has(word)) return ordinals.get(word);
  const value = ordinalValue(word);
  if (ordinals.size >= ORDINAL_CACHE_LIMIT) ordinals.clear();
  ordinals.set(word, value);
  return value;
}

const BY_PREPOSITION = /^ب/u;
/** A day of the month in a date as written (1–31, not a year); month-and-year mentions have none. */
const DAY_NUMBER = /(?<![\d٠-٩])[\d٠-٩]{1,2}(?![\d٠-٩])/u;

/**
 * Whether a date sits in a relative clause about something else: "الصيغ التي اتبعناها أمس" dates the
 * formats, while "المحادثات التي جرت الجمعة" dates the talks (its verb is one of holding talks).
 */
function inOtherRelative(ts: TalksSentence, scope: Span, date: { readonly start: number }): boolean {
  const words = ts.words.words;
  for (let w = wordIndexAt(words, date.start) - 1; w >= 0 && words[w]!.start >= scope.start; w--) {
    if (!RELATIVE.has(words[w]!.text)) continue;
    const verb = words[w + 1];
    return verb !== undefined && verb.start < date.start && !ts.hits.some((hit) => hit.start <= verb.start && hit.end >= verb.end && (is(hit, 'status') || is(hit, 'talks')));
  }
  return false;
}

/** A day moved forward to the next time it comes round (a year, or a week for a weekday): talks still to come are not in the past. */
export function nextOccurrence(date: DateMention, day: IsoDate, reference: IsoDate): IsoDate {
  if (date.kind === 'weekday') return addDays(day, 7);
  const next = `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
  return isIsoDate(next) && next >= reference ? next : day;
}

/**
 * The talks' own days in a clause: dated mentions, not vague ones, not a relative clause's about
 * something else. Dates resolve to the nearest day by default; talks still to come ("ستعقد الجمعة",
 * "ستعقد يومي 17 و18 شباط") are on the next such day.
 */
const OPENING = new Set(['“', '«', '"']);
const CLOSING = new Set(['”', '»', '"']);

/** Whether an article offset lies inside a quotation of the sentence. */
function insideQuote(ts: TalksSentence, offset: number): boolean {
  const { sentence } = ts.view;
  let open = false;
  for (let i = 0; i < sentence.text.length && sentence.start + i < offset; i++) {
    const char = sentence.text[i]!;
    if (open && CLOSING.has(char)) open = false;
    else if (!open && OPENING.has(char)) open = true;
  }
  return open;
}

/** Whether "منذ" stands earlier in the date's clause, more than one word before it (a since-phrase the date ends). */
function sinceInClause(ts: TalksSentence, scope: Span, date: DateMention): boolean {
  const words = ts.words.words;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!;
    if (word.start >= date.start) continue;
    if (word.start < scope.start || (word.punct && word.text !== '/')) return false;
    if (bare(word.text) === SINCE) return true;
  }
  return false;
}

export function daysIn(ts: TalksSentence, scope: Span, reference: IsoDate | undefined, future: boolean): { start?: IsoDate; end?: IsoDate; since: boolean; pastYear: boolean } {
  let start: IsoDate | undefined;
  let end: IsoDate | undefined;
  let since = false;
  let pastYear = false;
  const referenceYear = reference?.slice(0, 4);
  let previous: { date: DateMention; day: IsoDate } | undefined;
  for (const date of ts.view.dates) {
    if (date.start < scope.start || date.end > scope.end || date.kind === 'vague' || date.date === undefined) continue;
    if (date.relative !== undefined && (date.relative.endsWith('week') || date.relative.endsWith('month') || date.relative.endsWith('year'))) {
      // Talks of last week, month or year are earlier talks told as background.
      if (date.relative === 'last_year' || date.relative === 'last_week' || date.relative === 'last_month') pastYear = true;
      continue;
    }
    // "في مارس/آذار 2022" names a month, not the days of a round.
    if (inOtherRelative(ts, scope, date) || (date.kind === 'date' && !DAY_NUMBER.test(date.text) && date.weekday === undefined)) continue;
    if (date.yearStated && referenceYear !== undefined && date.date.slice(0, 4) < referenceYear) pastYear = true;
    const before = wordBefore(ts, date.start);
    if (before && bare(before.text) === SINCE) since = true;
    // "منذ بدء حرب روسيا على أوكرانيا في 24 فبراير 2022": the day a since-phrase counts from is no day of talks.
    else if (sinceInClause(ts, scope, date)) continue;
    // "كان اجتماع الأمس … مثمرا" in a quote: yesterday of the day it was said, which the article does not give
    // (a quote's "اليوم" is kept: news reports what was said that day).
    if (date.kind === 'relative' && date.relative !== 'today' && date.relative !== 'tonight' && insideQuote(ts, date.start)) continue;
    let first = date.date;
    let last = date.endDate ?? date.date;
    if (future && reference !== undefined && first < reference && !date.yearStated && date.kind !== 'relative') {
      first = nextOccurrence(date, first, reference);
      last = date.endDate !== undefined ? nextOccurrence(date, date.endDate, reference) : first;
    }
    // "يومي الأربعاء والخميس": the second day of the pair is the day after the first, whatever the article's day.
    if (previous && previous.date.weekday !== undefined && date.kind === 'weekday' && date.weekday === (previous.date.weekday + 1) % 7 &&
      isJoin(sliceArticle(ts.view, previous.date.end, date.start))) {
      first = addDays(previous.day, 1);
      last = first;
    }
    previous = { date, day: first };
    // Two far-apart days in one clause are two events; keep the first.
    if (start !== undefined && Math.abs(isoToDays(first) - isoToDays(start)) > 7) continue;
    if (start === undefined || first < start) start = first;
    if (end === undefined || last > end) end = last;
  }
  if (start === undefined) return { since, pastYear };
  return end !== undefined && !since ? { start, end, since, pastYear } : { start, since, pastYear };
}

/** "اليوم الثاني من المحادثات", "ثاني أيام جولة المحادثات", "في يومها الثاني": which day of the round. */
export function dayOfRound(ts: TalksSentence, scope: Span): number | undefined {
  const words = ts.words.words;
  for (let w = wordIndexAt(words, scope.start); w < words.length - 1 && words[w]!.end <= scope.end; w++) {
    const text = words[w]!.text;
    const next = words[w + 1]!.text;
    // Most words hold no "يوم": test that before slicing off a conjunction.
    if (text.includes(DAY) && hasWord(DAY_WORDS, text)) {
      const value = ordinalOf(next);
      if (value !== undefined) return value;
    }
    if (DAYS_WORDS.has(next) && !text.startsWith('ال')) {
      const value = ordinalOf(bare(text));
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/**
 * "الاجتماعات الثلاثية التي تستمر يومين", "على مدى يومين من المحادثات": how many days the round lasts —
 * a span of days next to the talks, not the length of a truce further on ("لوقف إطلاق النار لمدة 30 يوما").
 */
export function durationIn(ts: TalksSentence, scope: Span, cues: readonly Hit[]): number | undefined {
  for (const lasting of hitsIn(ts, 'duration', scope, 'lasting')) {
    const number = ts.view.numbers.find((n) => n.start >= lasting.end && n.start - lasting.end <= 3 && n.end <= scope.end);
    if (!number) continue;
    const noun = number.countedNoun ?? wordAfter(ts, number.end)?.text ?? '';
    if (!DAY_WORDS.has(noun) && !DAYS_WORDS.has(noun) && noun !== 'يوما') continue;
    const near = cues.some((cue) => (cue.end <= lasting.start && gapWords(sliceArticle(ts.view, cue.end, lasting.start)) <= 3) ||
      (cue.start >= number.end && gapWords(sliceArticle(ts.view, number.end, cue.start)) <= 2));
    if (near) return number.value;
  }
  return undefined;
}

/**
 * A year stated before the article's year ("عام 2022"), not after منذ, and not in a relative clause about
 * something else ("في القاعة التي استضافت قمة عام 2015" dates the hall's past, not the talks).
 */
export function hasPastYear(ts: TalksSentence, scope: Span, reference: IsoDate | undefined): boolean {
  if (reference === undefined) return false;
  const year = Number(reference.slice(0, 4));
  return ts.view.numbers.some((n) => {
    if (n.start < scope.start || n.end > scope.end || n.value < 1990 || n.value >= year || n.source !== 'digits') return false;
    if (inOtherRelative(ts, scope, n)) return false;
    // "عام 2022", or the year of a month or a date ("في آذار/مارس 2022").
    if (ts.view.dates.some((date) => date.start <= n.start && n.end <= date.end)) return true;
    const before = wordBefore(ts, n.start);
    return before !== undefined && YEAR_WORDS.has(bare(before.text).replace(BY_PREPOSITION, ''));
  });
}

