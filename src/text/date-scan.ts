/**
 * The date scanners: each match of a date-regexes.ts pattern over the folded text of normalizeArabic
 * becomes a RawMention with normalized offsets and parts not yet resolved against the article's day
 * (dates.ts does that, and picks among overlapping mentions).
 */
import { DAY_ORDINALS, FUTURE_WORDS, MONTH_NAMES, PAST_WORDS, WEEKDAY_STEMS, WEEKDAY_VARIANTS, type MonthName } from './date-names.ts';
import {
  BEFORE_RELATIVE_RE, BEFORE_WEEKDAY_RE, BETWEEN_BEFORE_RE, DAY_BEFORE_OF_RE, DAY_MONTH_RE, DIGIT_PREFIX_RE, MONTH_BEFORE_REL_YEAR_RE,
  MONTH_BEFORE_YEAR_RE, NIGHT_TIMES, NUMERIC_RE, OF_MONTH_RE, RELATIVE_RE, SECOND_WEEKDAY_RE, WEEKDAY_MOD_RE, WEEKDAY_RE, YEAR_RE,
} from './date-regexes.ts';
import { foldArabic } from './normalize.ts';

/** Days and periods named relative to the article's day. */
export type RelativeDay =
  | 'today' | 'yesterday' | 'day_before_yesterday' | 'tomorrow' | 'day_after_tomorrow' | 'tonight' | 'last_night'
  | 'this_week' | 'last_week' | 'next_week' | 'this_month' | 'last_month' | 'next_month' | 'this_year' | 'last_year' | 'next_year';
/** Horizons with no day: "في الأيام المقبلة", "قريبا". */
export type VagueTime = 'coming_days' | 'coming_weeks' | 'coming_months' | 'near_future' | 'soon' | 'later';
/** Which side of the article's day a date without a year falls: "الماضي" → past, "المقبل" → future. */
export type YearHint = 'closest' | 'past' | 'future';

/** A day as written: what the text states, and how to find the rest from the article's day. */
export type DayParts = {
  calendar: 'gregorian' | 'hijri';
  day: number;
  /** Absent when the month is given relative to the article's ("5 من الشهر الجاري"). */
  month?: number | undefined;
  monthOffset?: number | undefined;
  year?: number | undefined;
  /** "من العام الماضي" → -1, relative to the article's year. */
  yearOffset?: number | undefined;
  hint: YearHint;
};

/** A mention as scanned: normalized offsets, nothing resolved yet. */
export type RawMention = {
  start: number;
  end: number;
  kind: 'date' | 'range' | 'weekday' | 'relative' | 'vague';
  first?: DayParts | undefined;
  last?: DayParts | undefined;
  weekday?: number | undefined;
  direction?: 'recent' | 'next' | 'last' | undefined;
  /** "ليل الأربعاء الخميس": the night that starts on `weekday` and ends the next day. */
  night?: boolean | undefined;
  relative?: RelativeDay | undefined;
  vague?: VagueTime | undefined;
};

const PAST_SET = new Set(PAST_WORDS);
const FUTURE_SET = new Set(FUTURE_WORDS);
/** Words after اليوم / الليلة that make it "the Nth day", "that same day", not today. */
const NOT_TODAY_NEXT = new Set([
  ...[...DAY_ORDINALS.keys()].map((key) => key.split(' ')[0]!),
  ...['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة', 'الحادية',
    'الأخير', 'الأخيرة', 'التالي', 'التالية', 'السابق', 'السابقة', 'الموالي', 'الموالية', 'المقبل', 'القادم', 'الموعود',
    'العالمي', 'الوطني', 'الدولي', 'المشهود', 'الذي', 'التي', 'نفسه', 'نفسها', 'ذاته', 'ذاتها', 'عينه', 'الواحد', 'الفاصلة',
  ].map(foldArabic),
]);
const NOT_TODAY_PREVIOUS = new Set(['ذلك', 'تلك', 'نفس', 'ذات'].map(foldArabic));
const NEAR_PREPOSITION = foldArabic('من');

function relOffset(word: string): number {
  if (PAST_SET.has(word)) return -1;
  if (FUTURE_SET.has(word)) return 1;
  return 0;
}

function hintOf(word: string): YearHint {
  if (PAST_SET.has(word)) return 'past';
  if (FUTURE_SET.has(word)) return 'future';
  return 'closest';
}

function monthOf(text: string): MonthName | undefined {
  return MONTH_NAMES.get(text.replace(/\s+/gu, ' '));
}

function ordinalOf(text: string): number | undefined {
  return DAY_ORDINALS.get(text.replace(/\s+/gu, ' ').replace(/ و /gu, ' و'));
}

function isWordChar(code: number): boolean {
  return (code >= 0x0621 && code <= 0x064a) || (code >= 0x066e && code <= 0x06ff) || (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function wordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  const from = i;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return text.slice(from, i);
}

function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) === 0x20) i--;
  const to = i;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  return text.slice(i, to);
}

type Groups = Record<string, string | undefined>;

/** Rewind a shared global pattern; exec loops avoid matchAll, which clones the pattern on every call. */
function restart(pattern: RegExp): RegExp {
  pattern.lastIndex = 0;
  return pattern;
}
type Indices = Record<string, [number, number] | undefined>;

/** Year, relative year or before/after word following a month, and where the mention ends. */
function readTail(match: RegExpExecArray, groups: Groups, calendar: DayParts['calendar']): Pick<DayParts, 'year' | 'yearOffset' | 'hint'> & { end: number } {
  const indices = (match.indices?.groups ?? {}) as Indices;
  const matchEnd = match.index + match[0].length;
  if (groups.year !== undefined) {
    const year = Number(groups.year);
    if (isPlausibleYear(year, calendar)) return { year, hint: 'closest', end: matchEnd };
    // "5 فبراير 1500 جندي": a count, not a year; the mention stops at the month.
    const altb = indices.altb;
    const monthEnd = altb ? match[0].indexOf(')', altb[1] - match.index) + match.index + 1 : (indices.alta ?? indices.month)?.[1] ?? matchEnd;
    return { hint: 'closest', end: monthEnd };
  }
  if (groups.relyear !== undefined) return { yearOffset: relOffset(groups.relyear), hint: 'closest', end: matchEnd };
  if (groups.thisyear !== undefined) return { yearOffset: 0, hint: 'closest', end: matchEnd };
  if (groups.mod !== undefined) return { hint: hintOf(groups.mod), end: matchEnd };
  return { hint: 'closest', end: matchEnd };
}

function isPlausibleYear(year: number, calendar: DayParts['calendar']): boolean {
  return calendar === 'gregorian' ? year >= 1900 && year <= 2099 : year >= 1300 && year <= 1599;
}

/**
 * Match `pattern` (anchored with $) against the text just before `at`: the words that stand before
 * an anchor. The match must start on a word boundary of the whole text, not of the window.
 */
function lookBack(folded: string, at: number, pattern: RegExp, span: number): { start: number; groups: Groups } | undefined {
  const from = Math.max(0, at - span);
  const match = pattern.exec(folded.slice(from, at));
  if (!match) return undefined;
  const start = from + match.index;
  if (start === from && from > 0 && isWordChar(folded.charCodeAt(from - 1))) return undefined;
  return { start, groups: (match.groups ?? {}) as Groups };
}

/** "1.5 فبراير" or "3/5 فبراير": the digits end a longer number, not a day. */
function continuesNumber(folded: string, at: number): boolean {
  const before = folded[at - 1];
  return (before === '.' || before === ',' || before === '/' || before === ':') && isWordChar(folded.charCodeAt(at - 2)) && /\d/u.test(folded[at - 2] ?? '');
}

function scanDayMonth(folded: string, out: RawMention[]): void {
  for (let match = restart(DAY_MONTH_RE).exec(folded); match; match = DAY_MONTH_RE.exec(folded)) {
    const prefix = lookBack(folded, match.index, DIGIT_PREFIX_RE, 5);
    if (!prefix || continuesNumber(folded, prefix.start)) {
      DAY_MONTH_RE.lastIndex = match.index + 1;
      continue;
    }
    const groups = (match.groups ?? {}) as Groups;
    const month = monthOf(groups.month ?? '');
    const d1 = Number(groups.d1);
    if (!month || d1 < 1 || d1 > 31) continue;
    const { end, ...tail } = readTail(match, groups, month.calendar);
    const first: DayParts = { calendar: month.calendar, day: d1, month: month.month, ...tail };
    if (groups.d2 === undefined) {
      out.push({ start: match.index, end, kind: 'date', first });
      continue;
    }
    const d2 = Number(groups.d2);
    const secondStart = match.indices?.groups?.d2?.[0] ?? match.index;
    const between = d2 === d1 + 1 || groups.conn !== foldArabic('و') || lookBack(folded, prefix.start, BETWEEN_BEFORE_RE, 12) !== undefined;
    if (d2 <= 31 && d1 < d2 && between) {
      out.push({ start: match.index, end, kind: 'range', first, last: { ...first, day: d2 } });
      continue;
    }
    // "يومي 1 و5 فبراير" names two days, not the days between.
    if (d1 < d2) out.push({ start: match.index, end: match.index + (groups.d1?.length ?? 0), kind: 'date', first });
    if (d2 >= 1 && d2 <= 31) out.push({ start: secondStart, end, kind: 'date', first: { ...first, day: d2 } });
  }
}

function scanOfMonth(folded: string, out: RawMention[]): void {
  for (let match = restart(OF_MONTH_RE).exec(folded); match; match = OF_MONTH_RE.exec(folded)) {
    const back = lookBack(folded, match.index, DAY_BEFORE_OF_RE, 40);
    if (!back) continue;
    const groups = { ...back.groups, ...(match.groups ?? {}) } as Groups;
    // "24 من فبراير" is read by scanDayMonth; here only spelled-out days and "من الشهر الجاري".
    if (groups.day !== undefined && groups.month !== undefined) continue;
    const day = groups.day !== undefined ? Number(groups.day) : ordinalOf(groups.ord ?? '');
    if (day === undefined || day < 1 || day > 31) continue;
    const start = back.start + (groups.pre?.length ?? 0);
    const month = groups.month === undefined ? undefined : monthOf(groups.month);
    if (month) {
      const { end, ...tail } = readTail(match, groups, month.calendar);
      out.push({ start, end, kind: 'date', first: { calendar: month.calendar, day, month: month.month, ...tail } });
    } else {
      const monthOffset = groups.rel === undefined ? 0 : relOffset(groups.rel);
      out.push({ start, end: match.index + match[0].length, kind: 'date', first: { calendar: 'gregorian', day, monthOffset, hint: 'closest' } });
    }
  }
}

/** A month with its year stands for its first day; a month alone ("في فبراير") is not a date. */
function scanMonthYear(folded: string, out: RawMention[]): void {
  for (let match = restart(YEAR_RE).exec(folded); match; match = YEAR_RE.exec(folded)) {
    const back = lookBack(folded, match.index, MONTH_BEFORE_YEAR_RE, 64);
    const month = back && monthOf(back.groups.month ?? '');
    const year = Number(match.groups?.year);
    if (!back || !month || !isPlausibleYear(year, month.calendar)) continue;
    out.push({ start: back.start, end: match.index + match[0].length, kind: 'date', first: { calendar: month.calendar, day: 1, month: month.month, year, hint: 'closest' } });
  }
}

function scanNumeric(folded: string, out: RawMention[]): void {
  for (let match = restart(NUMERIC_RE).exec(folded); match; match = NUMERIC_RE.exec(folded)) {
    // Checked here rather than by a leading lookbehind, which would slow the scan for digits.
    if (/[\d./-]/u.test(folded[match.index - 1] ?? ' ')) {
      NUMERIC_RE.lastIndex = match.index + 1;
      continue;
    }
    const groups = (match.groups ?? {}) as Groups;
    const year = Number(groups.y1 ?? groups.y2);
    let month = Number(groups.m1 ?? groups.m2);
    let day = Number(groups.d1 ?? groups.d2);
    // The Arab press writes day/month; a month above 12 with a day under 13 is the US order.
    if (groups.y2 !== undefined && month > 12 && day <= 12) [month, day] = [day, month];
    const calendar = isPlausibleYear(year, 'hijri') ? 'hijri' : isPlausibleYear(year, 'gregorian') ? 'gregorian' : undefined;
    if (!calendar || month < 1 || month > 12 || day < 1 || day > 31) continue;
    out.push({ start: match.index, end: match.index + match[0].length, kind: 'date', first: { calendar, day, month, year, hint: 'closest' } });
  }
}

function scanWeekdays(folded: string, out: RawMention[]): void {
  for (let match = restart(WEEKDAY_RE).exec(folded); match; match = WEEKDAY_RE.exec(folded)) {
    const weekday = weekdayIndex(match.groups?.wd ?? '');
    const back = lookBack(folded, match.index, BEFORE_WEEKDAY_RE, 24);
    if (weekday === undefined || !back) continue;
    let end = match.index + match[0].length;
    let night: boolean | undefined;
    SECOND_WEEKDAY_RE.lastIndex = end;
    const second = SECOND_WEEKDAY_RE.exec(folded);
    // "ليل الأربعاء الخميس": a night named by the two days it joins.
    if (second && weekdayIndex(second.groups?.wd ?? '') === (weekday + 1) % 7 && NIGHT_TIMES.has((back.groups.time ?? '').replace(/\s+/gu, ' '))) {
      end = SECOND_WEEKDAY_RE.lastIndex;
      night = true;
    }
    WEEKDAY_MOD_RE.lastIndex = end;
    const modifier = WEEKDAY_MOD_RE.exec(folded);
    let direction: RawMention['direction'] = 'recent';
    if (modifier) {
      end = WEEKDAY_MOD_RE.lastIndex;
      direction = PAST_SET.has(modifier.groups?.mod ?? '') ? 'last' : 'next';
    }
    out.push({ start: back.start + (back.groups.pre?.length ?? 0), end, kind: 'weekday', weekday, direction, night });
  }
}

function weekdayIndex(stem: string): number | undefined {
  const index = WEEKDAY_STEMS.indexOf(stem);
  return index >= 0 ? index : WEEKDAY_VARIANTS.get(stem);
}

const PERIOD_RELATIVES = {
  week: ['last_week', 'this_week', 'next_week'],
  month: ['last_month', 'this_month', 'next_month'],
  year: ['last_year', 'this_year', 'next_year'],
} as const satisfies Record<string, readonly [RelativeDay, RelativeDay, RelativeDay]>;

const SIMPLE_RELATIVES: readonly (readonly [string, RelativeDay])[] = [
  ['dby', 'day_before_yesterday'], ['lastnight', 'last_night'], ['yesterday', 'yesterday'], ['dat', 'day_after_tomorrow'],
  ['tomorrow', 'tomorrow'], ['tonight', 'tonight'], ['today', 'today'],
];
const VAGUES: readonly (readonly [string, VagueTime])[] = [
  ['days', 'coming_days'], ['weeks', 'coming_weeks'], ['months', 'coming_months'], ['near', 'near_future'], ['soon', 'soon'], ['later', 'later'],
];

function relativeOf(groups: Groups): RelativeDay | undefined {
  for (const [name, relative] of SIMPLE_RELATIVES) if (groups[name] !== undefined) return relative;
  for (const period of ['week', 'month', 'year'] as const) {
    if (groups[period] === undefined) continue;
    const word = groups[`${period}rel`];
    return PERIOD_RELATIVES[period][(word === undefined ? 0 : relOffset(word)) + 1];
  }
  return undefined;
}

/** Relatives that a time of day may precede: "صباح اليوم", "مساء أمس", "يوم الغد". */
const TIMED: ReadonlySet<RelativeDay> = new Set(['today', 'yesterday', 'tomorrow']);

function scanRelatives(folded: string, out: RawMention[]): void {
  for (let match = restart(RELATIVE_RE).exec(folded); match; match = RELATIVE_RE.exec(folded)) {
    const back = lookBack(folded, match.index, BEFORE_RELATIVE_RE, 24);
    if (!back) {
      // Inside a longer word ("خامس" holds "امس"): resume right after this start.
      RELATIVE_RE.lastIndex = match.index + 1;
      continue;
    }
    const groups = (match.groups ?? {}) as Groups;
    const end = match.index + match[0].length;
    const relative = relativeOf(groups);
    const timed = relative !== undefined && TIMED.has(relative) && back.groups.time !== undefined;
    const start = timed ? back.start + (back.groups.pre?.length ?? 0) : match.index;
    if (relative === 'today' || relative === 'tonight') {
      // "اليوم الثاني من المحادثات" is the second day, "ذلك اليوم" that day: neither is today.
      const next = wordAfter(folded, end);
      if (NOT_TODAY_NEXT.has(next) || /^(?:ال)?\d/u.test(next) || NOT_TODAY_PREVIOUS.has(wordBefore(folded, match.index))) continue;
    }
    if (groups.year !== undefined) {
      // "فبراير من العام الماضي": a month placed by a relative year is that month's first day.
      const month = lookBack(folded, match.index, MONTH_BEFORE_REL_YEAR_RE, 64);
      const name = month && monthOf(month.groups.month ?? '');
      if (month && name) {
        const yearOffset = groups.yearrel === undefined ? 0 : relOffset(groups.yearrel);
        out.push({ start: month.start, end, kind: 'date', first: { calendar: name.calendar, day: 1, month: name.month, yearOffset, hint: 'closest' } });
        continue;
      }
    }
    if (relative !== undefined) {
      out.push({ start, end, kind: 'relative', relative });
      continue;
    }
    // "قريبا من الحدود" is near in space, not soon.
    if (groups.soon !== undefined && wordAfter(folded, end) === NEAR_PREPOSITION) continue;
    const vague = VAGUES.find(([name]) => groups[name] !== undefined)?.[1];
    if (vague !== undefined) out.push({ start, end, kind: 'vague', vague });
  }
}

/** Every raw date mention in folded text, overlapping ones included; dates.ts picks and resolves. */
export function scanDates(folded: string): RawMention[] {
  const out: RawMention[] = [];
  scanNumeric(folded, out);
  scanDayMonth(folded, out);
  scanOfMonth(folded, out);
  scanMonthYear(folded, out);
  scanWeekdays(folded, out);
  scanRelatives(folded, out);
  return out;
}
