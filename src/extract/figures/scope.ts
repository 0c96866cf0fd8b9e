/**
 * The scope a count is told over: the war (a since-phrase, even one the cues do not list word for
 * word: "منذ بدء غزوها الشامل"), one day ("خلال الساعات الـ24", "أمس"), or a period that is neither
 * (a month, "منذ بداية العام"). Pure readings of one sentence, used by figures/read.ts.
 */
import type { DateMention } from '../../text/dates.ts';
import { foldArabic } from '../../text/normalize.ts';
import type { Word } from '../attribution/words.ts';
import { SINCE, type Cue } from './cues.ts';
import { isQuote, type SentenceReader } from './nouns.ts';

/** The nearest scope marker before `offset`, else the nearest after it. */
export function scopeAt(reader: SentenceReader, offset: number): 'daily' | 'cumulative' | undefined {
  let before: Cue | undefined;
  let after: Cue | undefined;
  for (const cue of reader.cues) {
    if (cue.group !== 'scopes') continue;
    if (cue.end <= offset) before = cue;
    else if (!after && cue.start >= offset) after = cue;
  }
  // "إلى 678520 جندياً منذ بداية الحرب، مع تسجيل 1340 إصابة خلال الـ24 ساعة الماضية": a day marker in the count's own clause wins over a since before it.
  if (after?.label === 'daily' && before?.label === 'cumulative' && sameClause(reader, offset, after.start)) return 'daily';
  const cue = before ?? after;
  if (cue) return cue.label as 'daily' | 'cumulative';
  return sinceTheWar(reader) ? 'cumulative' : undefined;
}

/** "بدء", "بداية", "اندلاع": the start a since-phrase counts from. */
const STARTS = new Set(['بدء', 'بدايه', 'اندلاع', 'انطلاق'].map(foldArabic));
/** The war as a since-phrase names it, with the article or a pronoun: "الغزو", "غزوها", "العملية", "الحرب". */
const WAR_STEMS = ['حرب', 'غزو', 'عمليه', 'عدوان', 'نزاع', 'اجتياح'].map(foldArabic);
/** The day the full-scale war began, as since-phrases write it without a year ("منذ 24 فبراير الماضي"). */
const WAR_START = { month: 2, day: 24 };

function namesTheWar(word: string): boolean {
  const bare = word.replace(/^ال/u, '');
  return WAR_STEMS.some((stem) => bare === stem || (bare.startsWith(stem) && bare.length - stem.length <= 2));
}

/**
 * A since-phrase the pack's cues do not list word for word: "منذ بدء غزوها الشامل", "منذ بداية
 * العملية العسكرية الروسية", "منذ 24 فبراير الماضي".
 */
function sinceTheWar(reader: SentenceReader): boolean {
  const { words } = reader.sw;
  for (let k = 0; k + 1 < words.length; k++) {
    if (words[k]!.text !== SINCE && words[k]!.text !== `و${SINCE}`) continue;
    if (STARTS.has(words[k + 1]!.text) && namesTheWar(words[k + 2]?.text ?? '')) return true;
    const start = words[k + 1]!.start;
    const date = reader.sentence.dates.find((mention) => mention.start === start && mention.date !== undefined);
    if (date?.date && Number(date.date.slice(5, 7)) === WAR_START.month && Number(date.date.slice(8, 10)) === WAR_START.day) return true;
  }
  return false;
}

/** Whether no clause punctuation stands between two offsets. */
function sameClause(reader: SentenceReader, from: number, to: number): boolean {
  return !reader.sw.words.some((word) => word.start >= from && word.end <= to && word.punct && !isQuote(word) && !inNumber(reader, word));
}

/** Whether a word (a comma or a dot) belongs to a number ("1,243"). */
function inNumber(reader: SentenceReader, word: Word): boolean {
  return reader.sentence.numbers.some((number) => number.start < word.end && number.end > word.start);
}

/** Whether a word ends the reach of a count's day: punctuation, a comma only when not `acrossCommas`. */
function stopsDayReach(word: Word, acrossCommas: boolean): boolean {
  return word.punct && !isQuote(word) && !(acrossCommas && (word.text === '،' || word.text === ','));
}

function dailyAfter(reader: SentenceReader, offset: number): boolean {
  return reader.cues.some((cue) => cue.group === 'scopes' && cue.label === 'daily' && cue.start >= offset);
}

/** The days a bulletin's daily part is told by: "أمس", "أمس السبت", "الليلة الماضية", "اليوم". */
const ONE_DAY: ReadonlySet<string> = new Set(['yesterday', 'last_night', 'today', 'tonight']);
/** How far after a count its day may stand ("1190 جندياً لقوا حتفهم خلال أمس السبت فقط"). */
const DAY_REACH = 6;

/**
 * Whether the count ending at word `last` is told as one day's: a 24-hour marker after it, or
 * "أمس"/"الليلة الماضية" within a few words, in its clause ("منها 4 دبابات أمس", "بعد مقتل 830 جنديا أمس").
 */
export function oneDayAfter(reader: SentenceReader, offset: number, last: number, acrossCommas = false): boolean {
  if (dailyAfter(reader, offset)) return true;
  const { words } = reader.sw;
  let end = last;
  while (end + 1 < words.length && end - last < DAY_REACH && !stopsDayReach(words[end + 1]!, acrossCommas)) end++;
  const limit = words[end]?.end ?? offset;
  return reader.sentence.dates.some((date) => date.kind === 'relative' && date.relative !== undefined && ONE_DAY.has(date.relative) && date.start >= offset && date.start < limit);
}

/** Whether the clause before the number spans a period: "منذ بداية العام", "خلال الأسبوع الماضي". */
export function sinceBefore(reader: SentenceReader, firstWord: number): boolean {
  const { words } = reader.sw;
  let k = firstWord - 1;
  for (; k >= 0 && !words[k]!.punct; k--) if (words[k]!.text === SINCE) return true;
  const clauseStart = k < 0 ? reader.sentence.sentence.start : words[k]!.end;
  const numberStart = words[firstWord]!.start;
  return reader.sentence.dates.some((date) => date.start >= clauseStart && date.end <= numberStart && spansDays(date.date, date.endDate));
}

/** Whether a span of days (a month, a week, a range) is named in the sentence before `offset`: the count is over that period. */
export function periodBefore(reader: SentenceReader, offset: number): boolean {
  return reader.sentence.dates.some((date) => date.end <= offset && (spansDays(date.date, date.endDate) || isMonth(date)) && !(date.kind === 'relative' && date.relative === 'this_year'));
}

/** "شهر نوفمبر 2024": a month named without a day; the war's first month is where a since-phrase starts, not a period. */
function isMonth(date: DateMention): boolean {
  return date.kind === 'date' && date.date !== undefined && !/(^|\D)\d{1,2}(\D|$)/u.test(date.text) && !date.date.startsWith('2022-02');
}

/** More than a night across two days ("ليل الأربعاء الخميس" is one attack; "الأسبوع الماضي" is a period). */
function spansDays(from: string | undefined, to: string | undefined): boolean {
  if (from === undefined || to === undefined) return false;
  return Date.parse(to) - Date.parse(from) > 86_400_000;
}
