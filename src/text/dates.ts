/**
 * Dates in Arabic news text: full and partial dates in the Gregorian month names of every region and
 * in the Hijri calendar, numeric dates, ranges, weekdays, relative days and vague horizons, each with
 * its span in the original text and, when an article's day is given, the calendar day it means.
 *
 * Matching runs on the folded text (normalize.ts) so أ/ا, ة/ه and Eastern digits never matter, and
 * spans are mapped back so the mention is always quoted as written.
 */
import { daysFromCivil, daysInMonth, daysToIso, isoToDays, parseIsoDate, weekdayOf, type IsoDate } from './calendar.ts';
import { scanDates, type DayParts, type RawMention, type RelativeDay, type VagueTime } from './date-scan.ts';
import { gregorianToHijri, hijriDayCount, hijriToGregorian } from './hijri.ts';
import { foldArabic, normalizeArabic, toOriginalSpan, type NormalizedText } from './normalize.ts';

export type { IsoDate } from './calendar.ts';
export type { RelativeDay, VagueTime } from './date-scan.ts';
export { addDays, isIsoDate, weekdayOf } from './calendar.ts';
export { gregorianToHijri, hijriToGregorian } from './hijri.ts';

/** One date expression found in a text. Month-only mentions ("فبراير 2026") stand for the month's first day. */
export type DateMention = {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'date' | 'range' | 'weekday' | 'relative' | 'vague';
  /** The (first) day meant, when it can be resolved. */
  readonly date?: IsoDate;
  /** Last day of a range, of a night across two days, or of a relative week, month or year. */
  readonly endDate?: IsoDate;
  readonly yearStated?: boolean;
  /** 0 = Sunday … 6 = Saturday, when a weekday is named. */
  readonly weekday?: number;
  readonly relative?: RelativeDay;
  readonly vague?: VagueTime;
  readonly calendar: 'gregorian' | 'hijri';
  readonly hijri?: { readonly year: number; readonly month: number; readonly day: number };
};

/**
 * `reference` is the article's day; without it only fully stated dates resolve. `normalized` is
 * normalizeArabic(original) when the caller already has it, so the text is not folded twice.
 */
export type FindDatesOptions = {
  readonly reference?: IsoDate;
  readonly normalized?: NormalizedText;
  /** Added to every offset returned: a sentence's dates then come out in article offsets without a copy. */
  readonly offsetBy?: number;
  /**
   * Without a reference, the years a day and month with a weekday ("الثلاثاء 29 مارس") may fall in: the
   * one year of the window where that day is that weekday dates it; none or several, no date.
   */
  readonly yearWindow?: { readonly from: number; readonly to: number };
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A leap year, to check a day without a year: 29 February exists in some year, 30 February in none. */
const LEAP_YEAR = 2024;

type Reference = { readonly days: number; readonly year: number; readonly month: number; readonly hijriYear: number };

/** A day resolved in its own calendar: the year it was put in and its day count since 1970. */
type Resolved = { readonly year: number; readonly month: number; readonly day: number; readonly days: number };

function dayCount(calendar: DayParts['calendar'], year: number, month: number, day: number): number | undefined {
  if (calendar === 'hijri') return day <= 30 ? hijriDayCount(year, month, day) : undefined;
  return day <= daysInMonth(year, month) ? daysFromCivil(year, month, day) : undefined;
}

/** Resolve a day's month and year; `yearFrom` forces the year (a range's other end decided it). */
function resolveParts(parts: DayParts, ref: Reference | undefined, yearFrom?: number): Resolved | undefined {
  let { month, year } = parts;
  if (month === undefined) {
    if (!ref || parts.monthOffset === undefined) return undefined;
    const index = ref.year * 12 + ref.month - 1 + parts.monthOffset;
    month = (index % 12) + 1;
    year = Math.floor(index / 12);
  }
  year ??= yearFrom;
  if (year === undefined && parts.yearOffset !== undefined && ref) {
    year = (parts.calendar === 'hijri' ? ref.hijriYear : ref.year) + parts.yearOffset;
  }
  if (year !== undefined) {
    const days = dayCount(parts.calendar, year, month, parts.day);
    return days === undefined ? undefined : { year, month, day: parts.day, days };
  }
  if (!ref) return undefined;
  // The year that puts the day nearest the article's day; "الماضي"/"المقبل" pick a side.
  const base = parts.calendar === 'hijri' ? ref.hijriYear : ref.year;
  let best: Resolved | undefined;
  for (const candidate of [base - 1, base, base + 1]) {
    const days = dayCount(parts.calendar, candidate, month, parts.day);
    if (days === undefined) continue;
    if (parts.hint === 'past' && days > ref.days) continue;
    if (parts.hint === 'future' && days < ref.days) continue;
    const better = !best ||
      (parts.hint === 'past' ? days > best.days : parts.hint === 'future' ? days < best.days : Math.abs(days - ref.days) < Math.abs(best.days - ref.days));
    if (better) best = { year: candidate, month, day: parts.day, days };
  }
  return best;
}

function hasYear(parts: DayParts, ref: Reference | undefined): boolean {
  return parts.year !== undefined || (parts.yearOffset !== undefined && ref !== undefined) || parts.month === undefined;
}

function laterInYear(a: DayParts, b: DayParts): boolean {
  return (a.month ?? 0) > (b.month ?? 0) || (a.month === b.month && a.day > b.day);
}

/** Resolve both ends of a range, letting the end that states its year date the other. */
function resolveRange(first: DayParts, last: DayParts, ref: Reference | undefined): [Resolved | undefined, Resolved | undefined] {
  const wraps = laterInYear(first, last);
  if (!hasYear(first, ref) && hasYear(last, ref)) {
    const end = resolveParts(last, ref);
    return [end ? resolveParts(first, ref, wraps ? end.year - 1 : end.year) : undefined, end];
  }
  const start = resolveParts(first, ref);
  if (hasYear(last, ref)) return [start, resolveParts(last, ref)];
  return [start, start ? resolveParts(last, ref, wraps ? start.year + 1 : start.year) : undefined];
}

function isoOf(calendar: DayParts['calendar'], resolved: Resolved): IsoDate {
  return calendar === 'hijri' ? hijriToGregorian(resolved.year, resolved.month, resolved.day) : daysToIso(resolved.days);
}

function resolveWeekday(raw: RawMention, ref: Reference): number {
  const refWeekday = (((ref.days + 4) % 7) + 7) % 7;
  const weekday = raw.weekday ?? refWeekday;
  if (raw.direction === 'next') return ref.days + (((weekday - refWeekday + 7) % 7) || 7);
  const back = (refWeekday - weekday + 7) % 7;
  return ref.days - (raw.direction === 'last' ? back || 7 : back);
}

/** First and last day of a relative day or period; weeks run Monday to Sunday (ISO 8601). */
function resolveRelative(relative: RelativeDay, ref: Reference): [number, number] {
  const single: Partial<Record<RelativeDay, number>> = {
    today: 0, tonight: 0, yesterday: -1, last_night: -1, day_before_yesterday: -2, tomorrow: 1, day_after_tomorrow: 2,
  };
  const shift = single[relative];
  if (shift !== undefined) return [ref.days + shift, ref.days + shift];
  const step = relative.startsWith('last') ? -1 : relative.startsWith('next') ? 1 : 0;
  if (relative.endsWith('week')) {
    const monday = ref.days - ((((ref.days + 4) % 7) + 7) % 7 + 6) % 7 + step * 7;
    return [monday, monday + 6];
  }
  if (relative.endsWith('month')) {
    const index = ref.year * 12 + ref.month - 1 + step;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const first = daysFromCivil(year, month, 1);
    return [first, first + daysInMonth(year, month) - 1];
  }
  const year = ref.year + step;
  return [daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31)];
}

let lastReference: { readonly text: IsoDate; readonly parsed: Reference } | undefined;

/** Parse the article's day; remembered, since an article's sentences all share one. */
function toReference(reference: IsoDate | undefined): Reference | undefined {
  if (reference === undefined) return undefined;
  if (lastReference?.text === reference) return lastReference.parsed;
  const days = isoToDays(reference);
  const parts = parseIsoDate(reference)!;
  const parsed = { days, year: parts.year, month: parts.month, hijriYear: gregorianToHijri(reference).year };
  lastReference = { text: reference, parsed };
  return parsed;
}

/** Keep the earliest, then longest, of overlapping mentions. */
function dropOverlaps(raws: RawMention[]): RawMention[] {
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawMention[] = [];
  let reached = -1;
  for (const raw of raws) {
    if (raw.start < reached) continue;
    kept.push(raw);
    reached = raw.end;
  }
  return kept;
}

const RANGE_GAP = new RegExp(`^\\s*(?:-|${['إلى', 'حتى', 'لغاية', 'وحتى', 'ولغاية'].map(foldArabic).join('|')})\\s*$`, 'u');
const AND_GAP = new RegExp(`^\\s*${foldArabic('و')}\\s*$`, 'u');
const BETWEEN = new RegExp(`(?:^|\\s)(?:${['بين', 'يومي'].map(foldArabic).join('|')})\\s*$`, 'u');
const WEEKDAY_DATE_GAP = new RegExp(`^[\\s،,-]*(?:${foldArabic('الموافق')}\\s*)?$`, 'u');
const DATE_WEEKDAY_GAP = /^\s*[(،,-]?\s*$/u;

function isDated(raw: RawMention | undefined): boolean {
  return raw?.kind === 'date' || raw?.kind === 'range';
}

/** Join neighbours that make one expression: "30 يناير إلى 2 فبراير", "الخميس 5 فبراير". */
function mergeNeighbours(raws: RawMention[], text: string): RawMention[] {
  const ranges: RawMention[] = [];
  for (const raw of raws) {
    const previous = ranges[ranges.length - 1];
    if (previous?.kind === 'date' && raw.kind === 'date' && previous.first && raw.first) {
      const gap = text.slice(previous.end, raw.start);
      if (RANGE_GAP.test(gap) || (AND_GAP.test(gap) && BETWEEN.test(text.slice(Math.max(0, previous.start - 12), previous.start)))) {
        ranges[ranges.length - 1] = { ...previous, end: raw.end, kind: 'range', last: raw.first };
        continue;
      }
    }
    ranges.push(raw);
  }
  const merged: RawMention[] = [];
  for (const raw of ranges) {
    const previous = merged[merged.length - 1];
    if (previous?.kind === 'weekday' && !previous.night && isDated(raw) && WEEKDAY_DATE_GAP.test(text.slice(previous.end, raw.start))) {
      merged[merged.length - 1] = { ...raw, start: previous.start, weekday: previous.weekday };
      continue;
    }
    if (previous && isDated(previous) && previous.weekday === undefined && raw.kind === 'weekday' && !raw.night &&
      DATE_WEEKDAY_GAP.test(text.slice(previous.end, raw.start))) {
      const closes = text.slice(previous.end, raw.start).includes('(') && text[raw.end] === ')';
      merged[merged.length - 1] = { ...previous, end: closes ? raw.end + 1 : raw.end, weekday: raw.weekday };
      continue;
    }
    merged.push(raw);
  }
  return merged;
}

/** The single year of `window` in which a Gregorian day and month fall on `weekday`, if there is exactly one. */
function yearByWeekday(month: number, day: number, weekday: number, window: { readonly from: number; readonly to: number }): number | undefined {
  let found: number | undefined;
  for (let year = window.from; year <= window.to; year++) {
    if (dayCount('gregorian', year, month, day) === undefined) continue;
    if (weekdayOf(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) !== weekday) continue;
    if (found !== undefined) return undefined;
    found = year;
  }
  return found;
}

function toMention(raw: RawMention, ref: Reference | undefined, original: string, span: { start: number; end: number }, by: number, window?: FindDatesOptions['yearWindow']): DateMention | undefined {
  const calendar = raw.first?.calendar ?? 'gregorian';
  const mention: Mutable<DateMention> = { start: span.start + by, end: span.end + by, text: original.slice(span.start, span.end), kind: raw.kind, calendar };
  if (raw.weekday !== undefined) mention.weekday = raw.weekday;
  if (raw.first) {
    // "الثلاثاء 29 مارس" in an undated article: the weekday picks the year when only one in the window fits.
    const year = !ref && window && !raw.last && raw.first.year === undefined && raw.first.calendar === 'gregorian' && raw.weekday !== undefined && raw.first.month !== undefined
      ? yearByWeekday(raw.first.month, raw.first.day, raw.weekday, window) : undefined;
    const parts = year !== undefined ? { ...raw.first, year } : raw.first;
    const [first, last] = raw.last ? resolveRange(raw.first, raw.last, ref) : [resolveParts(parts, ref), undefined];
    // A day that exists in no year ("31 فبراير") is a misreading, not a date.
    if (!first && raw.first.month !== undefined && dayCount(raw.first.calendar, raw.first.year ?? LEAP_YEAR, raw.first.month, raw.first.day) === undefined) return undefined;
    mention.yearStated = raw.first.year !== undefined || raw.last?.year !== undefined;
    if (first) {
      mention.date = isoOf(calendar, first);
      if (calendar === 'hijri') mention.hijri = { year: first.year, month: first.month, day: first.day };
    }
    if (first && last && raw.last && last.days > first.days) mention.endDate = isoOf(raw.last.calendar, last);
    return mention;
  }
  if (raw.relative !== undefined) mention.relative = raw.relative;
  if (raw.vague !== undefined) mention.vague = raw.vague;
  if (!ref || raw.kind === 'vague') return mention;
  if (raw.kind === 'weekday') {
    const days = resolveWeekday(raw, ref);
    mention.date = daysToIso(days);
    if (raw.night) mention.endDate = daysToIso(days + 1);
  } else if (raw.relative !== undefined) {
    const [from, to] = resolveRelative(raw.relative, ref);
    mention.date = daysToIso(from);
    if (to > from) mention.endDate = daysToIso(to);
  }
  return mention;
}

/**
 * Find every date expression in an article, in text order. Pass the article's day as `reference` to
 * resolve partial dates ("23 يناير"), weekdays ("الخميس" → the last Thursday on or before it) and
 * relative words ("أمس"); without it only fully stated dates get a `date`.
 */
export function findDates(original: string, options: FindDatesOptions = {}): DateMention[] {
  const ref = toReference(options.reference);
  const normalized = options.normalized?.original === original ? options.normalized : normalizeArabic(original);
  const raws = mergeNeighbours(dropOverlaps(scanDates(normalized.text)), normalized.text);
  const mentions: DateMention[] = [];
  for (const raw of raws) {
    const mention = toMention(raw, ref, original, toOriginalSpan(normalized, raw), options.offsetBy ?? 0, options.yearWindow);
    if (mention) mentions.push(mention);
  }
  return mentions;
}
