import { addDays, findDates, weekdayOf, type DateMention } from '../text/dates.ts';
import { splitSentences } from '../text/sentences.ts';
import type { IsoDate, KnownDate } from '../store/article-store.ts';
import { fingerprintWords } from './fingerprint.ts';

/**
 * Dating an article that arrived without a date, from evidence only: a dated article of the same
 * story, or the weekdays it names checked against days the store already knows. Never today's
 * date by default: with no support the article stays undated.
 */
export type DateInference =
  | { readonly basis: 'inferred'; readonly date: IsoDate; readonly evidence: string }
  | { readonly basis: 'unknown'; readonly evidence: string };

export type StoryMate = { readonly articleId: string; readonly date: IsoDate };

const WEEKDAY_NAMES = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const;

/** What the article's own words say about the day it was written. */
type DayClues = {
  /** Weekdays named as the reporting day or the day before it, with the offset each implies. */
  readonly weekdayVotes: ReadonlyMap<number, number>;
  readonly leadWeekday?: number;
  readonly names: readonly string[];
};

function readDayClues(body: string, mentions: readonly DateMention[]): DayClues {
  const votes = new Map<number, number>();
  const names: string[] = [];
  const firstSentenceEnd = splitSentences(body)[0]?.end ?? body.length;
  let leadWeekday: number | undefined;
  for (const mention of mentions) {
    if (mention.kind !== 'weekday' || mention.weekday === undefined) continue;
    // "أمس الأربعاء": yesterday was Wednesday, so the article's day is the day after.
    const before = body.slice(Math.max(0, mention.start - 12), mention.start);
    // "غدا الإثنين": tomorrow is Monday, so the article's day is the day before.
    const shift = /(?:^|[\s(\-–])(?:أمس|الأمس|البارحة)[\s\-–]*$/u.test(before) ? 1 : /(?:^|[\s(\-–])(?:غدا|غداً|غدًا)[\s\-–]*$/u.test(before) ? 6 : 0;
    const day = (mention.weekday + shift) % 7;
    votes.set(day, (votes.get(day) ?? 0) + 1);
    names.push(mention.text);
    if (leadWeekday === undefined && mention.start < firstSentenceEnd) leadWeekday = day;
  }
  return leadWeekday === undefined ? { weekdayVotes: votes, names } : { weekdayVotes: votes, leadWeekday, names };
}

function weekdayScore(clues: DayClues, date: IsoDate): number {
  const day = weekdayOf(date);
  return (clues.weekdayVotes.get(day) ?? 0) + (clues.leadWeekday === day ? 2 : 0);
}

function contradicts(clues: DayClues, date: IsoDate): boolean {
  return clues.weekdayVotes.size > 0 && weekdayScore(clues, date) === 0;
}

const STOP_WORDS = new Set(['الذي', 'التي', 'الذين', 'بين', 'على', 'الى', 'الي', 'عن', 'من', 'في', 'مع', 'بعد', 'قبل', 'هذا', 'هذه', 'ذلك', 'كان', 'كانت', 'قال', 'وقال', 'انه', 'ان']);

function contentWords(text: string): Set<string> {
  return new Set(fingerprintWords(text).filter((word) => word.length >= 4 && !STOP_WORDS.has(word) && !/^\d+$/u.test(word)));
}

/** How far into the text a dateline may stand (outlet, city and date lines come before the lead). */
const DATELINE_REACH = 400;
/** What may stand around a date alone on its line: a time, separators ("الأربعاء 18 فبراير 2026 - 10:20"). */
const DATELINE_REST = /^[\s\-–|:،,.()0-9٠-٩صمamp]*$/iu;
const TODAY = /(?:^|[\s(])اليوم[\s(]*$/u;
/** A clock time after a date on its line: "06:19 ص", "- 10:20". */
const CLOCK = /(?:^|[\s\-–|])[0-9٠-٩]{1,2}:[0-9٠-٩]{2}(?![0-9٠-٩])/u;
/** A date in digits only ("02.12.2025", "2025/12/02"): a page's stamp rather than a date told in the story. */
const NUMERIC_STAMP = /^[\d٠-٩]{1,4}[./-][\d٠-٩]{1,2}[./-][\d٠-٩]{1,4}$/u;

/**
 * The day an undated article states for itself, if it states exactly one: a full date given as
 * today ("اليوم الإثنين (15 ديسمبر 2025)", "اليوم الأربعاء 18 فبراير 2026"), or a dateline (a full
 * date alone on a line near the top) that the weekdays of the text agree with. A weekday named with
 * it must agree; a date of anything else (the war's start, an earlier round) is never the article's day.
 */
export function statedDayOf(body: string): { readonly date: IsoDate; readonly evidence: string } | undefined {
  const mentions = findDates(body);
  return statedDayIn(body, mentions, readDayClues(body, mentions));
}

function statedDayIn(body: string, mentions: readonly DateMention[], clues: DayClues): { readonly date: IsoDate; readonly evidence: string } | undefined {
  const found: { date: IsoDate; text: string }[] = [];
  const todayWeekdays = new Set(mentions.filter((m) => m.kind === 'weekday' && m.weekday !== undefined && m.start < DATELINE_REACH &&
    TODAY.test(body.slice(Math.max(0, m.start - 12), m.start))).map((m) => m.weekday!));
  mentions.forEach((mention, k) => {
    if (mention.kind !== 'date' || !mention.yearStated || mention.date === undefined) return;
    if (mention.weekday !== undefined && mention.weekday !== weekdayOf(mention.date)) return;
    // A weekday right before the date ("اليوم الإثنين (15 ديسمبر 2025)") must agree with it, and "اليوم" may precede that.
    const previous = mentions[k - 1];
    const weekdayBefore = previous?.kind === 'weekday' && /^[\s(]*$/u.test(body.slice(previous.end, mention.start)) ? previous : undefined;
    if (weekdayBefore && weekdayBefore.weekday !== weekdayOf(mention.date)) return;
    const opening = weekdayBefore?.start ?? mention.start;
    const today = TODAY.test(body.slice(Math.max(0, opening - 12), opening));
    const lineStart = body.lastIndexOf('\n', opening - 1) + 1;
    const lineEnd = body.indexOf('\n', mention.end);
    // A date alone on a line may be the page's banner (the day it was read, not written): it dates the article only
    // when the weekdays the article names agree with it ("وصل روبيو الأحد" under a Sunday dateline).
    // A bare date line ("6 مارس 2022", no weekday) in a text that names no weekday is a dateline: banners name the weekday.
    const bare = weekdayBefore === undefined && mention.weekday === undefined && clues.weekdayVotes.size === 0;
    const agrees = bare || (weekdayScore(clues, mention.date) > 0 && (clues.leadWeekday === undefined || clues.leadWeekday === weekdayOf(mention.date)));
    const alone = DATELINE_REST.test(body.slice(lineStart, opening)) && DATELINE_REST.test(body.slice(mention.end, lineEnd < 0 ? body.length : lineEnd));
    // A numeric stamp beside other words ("02.12.2025، وكالة …") dates the article when the top of the text names
    // the same weekday as today ("اليوم الثلاثاء"); a date written out in words may be any event's.
    const stamped = NUMERIC_STAMP.test(mention.text) && todayWeekdays.size === 1 && todayWeekdays.has(weekdayOf(mention.date));
    // A date line with its clock time ("الخميس 2026-02-05 06:19 ص") is the page's publication stamp, not a banner
    // (banners show the day only): the weekdays the story names are its events', often the day before.
    const clocked = alone && mention.yearStated && CLOCK.test(body.slice(mention.end, lineEnd < 0 ? body.length : lineEnd));
    const dateline = opening < DATELINE_REACH && ((agrees && (alone || stamped)) || clocked);
    if (today || dateline) found.push({ date: mention.date, text: `${today ? 'اليوم ' : ''}${body.slice(opening, mention.end).trim()}` });
  });
  const days = new Set(found.map((f) => f.date));
  if (days.size !== 1) return undefined;
  return { date: found[0]!.date, evidence: `the text states its day: «${found[0]!.text}»` };
}

/**
 * Infer the date of an undated article. `storyMates` are dated articles of its story cluster;
 * `knownDates` are days the store knows (article dates and dates stated inside articles).
 */
export function inferArticleDate(body: string, storyMates: readonly StoryMate[], knownDates: readonly KnownDate[]): DateInference {
  const mentions = findDates(body);
  const clues = readDayClues(body, mentions);
  const own = statedDayIn(body, mentions, clues);
  if (own) return { basis: 'inferred', date: own.date, evidence: own.evidence };
  const weekdayText = clues.names.length > 0 ? ` ('${[...new Set(clues.names)].join("', '")}' fits that day)` : '';

  const mates = [...storyMates].filter((mate) => !contradicts(clues, mate.date));
  if (mates.length > 0) {
    const best = mates.sort((a, b) => weekdayScore(clues, b.date) - weekdayScore(clues, a.date) || a.date.localeCompare(b.date))[0]!;
    return { basis: 'inferred', date: best.date, evidence: `same story as article ${best.articleId}, dated ${best.date}${weekdayText}` };
  }

  if (clues.weekdayVotes.size === 0) {
    return { basis: 'unknown', evidence: storyMates.length > 0 ? 'its story mates are dated but on days it contradicts' : 'no dated article of the same story and no weekday named in the text' };
  }

  const words = contentWords(body);
  const scored = new Map<IsoDate, { score: number; known: KnownDate; overlap: number }>();
  for (const known of knownDates) {
    const byWeekday = weekdayScore(clues, known.date);
    if (byWeekday === 0) continue;
    let overlap = 0;
    for (const word of contentWords(known.context)) if (words.has(word)) overlap++;
    const score = byWeekday + Math.min(overlap, 6);
    const previous = scored.get(known.date);
    if (!previous || score > previous.score) scored.set(known.date, { score, known, overlap });
  }
  const ranked = [...scored.values()].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best || best.overlap < 2) {
    return { basis: 'unknown', evidence: `names ${[...new Set(clues.names)].join(', ')} but no day the store knows matches it and its subject` };
  }
  if (ranked[1] && ranked[1].score >= best.score) {
    return { basis: 'unknown', evidence: `ambiguous: ${best.known.date} and ${ranked[1].known.date} both fit ${[...new Set(clues.names)].join(', ')}` };
  }
  const snippet = best.known.context.length > 90 ? `${best.known.context.slice(0, 90)}…` : best.known.context;
  return {
    basis: 'inferred',
    date: best.known.date,
    evidence: `${[...new Set(clues.names)].join(', ')} matches ${best.known.date} (${WEEKDAY_NAMES[weekdayOf(best.known.date)]}), a day known from article ${best.known.articleId}: «${snippet}»`,
  };
}

/** The days an article makes known: its own date, and every full date it states, with their sentences. */
export function knownDatesOf(articleId: string, body: string, title: string | undefined, date: IsoDate): KnownDate[] {
  const known: KnownDate[] = [{ date, articleId, context: title ?? splitSentences(body)[0]?.text ?? '' }];
  const sentences = splitSentences(body);
  for (const mention of findDates(body, { reference: date }) as DateMention[]) {
    if (mention.kind !== 'date' && mention.kind !== 'range') continue;
    if (mention.date === undefined) continue;
    const sentence = sentences.find((s) => s.start <= mention.start && mention.end <= s.end)?.text ?? mention.text;
    const last = mention.endDate ?? mention.date;
    for (let day = mention.date; day <= last; day = addDays(day, 1)) known.push({ date: day, articleId, context: sentence });
  }
  return known;
}
