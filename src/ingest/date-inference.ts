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

function readDayClues(body: string): DayClues {
  const mentions = findDates(body);
  const votes = new Map<number, number>();
  const names: string[] = [];
  const firstSentenceEnd = splitSentences(body)[0]?.end ?? body.length;
  let leadWeekday: number | undefined;
  for (const mention of mentions) {
    if (mention.kind !== 'weekday' || mention.weekday === undefined) continue;
    // "أمس الأربعاء": yesterday was Wednesday, so the article's day is the day after.
    const before = body.slice(Math.max(0, mention.start - 12), mention.start);
    const shift = /(?:^|[\s(\-–])(?:أمس|الأمس|البارحة)[\s\-–]*$/u.test(before) ? 1 : 0;
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

/**
 * Infer the date of an undated article. `storyMates` are dated articles of its story cluster;
 * `knownDates` are days the store knows (article dates and dates stated inside articles).
 */
export function inferArticleDate(body: string, storyMates: readonly StoryMate[], knownDates: readonly KnownDate[]): DateInference {
  const clues = readDayClues(body);
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
