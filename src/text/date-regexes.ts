/**
 * The compiled date patterns, over folded text (normalizeArabic): month, weekday, ordinal and
 * relative words come from date-names.ts, so a new spelling is a data edit there.
 *
 * Speed: every pattern that scans a whole text starts on a digit or a literal word, which V8 finds
 * with a fast skip-ahead; word boundaries, clitics and words standing before the anchor are checked
 * afterwards by the *_BEFORE_* / *_PREFIX_* patterns, which date-scan.ts runs ($-anchored) on a short
 * window that ends at the anchor. Quantifiers are bounded and never nested.
 */
import {
  alternation, CURRENT_WORDS, DAY_ORDINALS, FUTURE_WORDS, MONTH_NAMES, PAST_WORDS, WEEKDAY_STEMS, WEEKDAY_VARIANTS,
} from './date-names.ts';
import { foldArabic } from './normalize.ts';

/** Characters that continue a word in folded text; the boundaries below are built from them. */
const W = '\\u0621-\\u064A\\u066E-\\u06D3\\u06D5\\u06FA-\\u06FFA-Za-z0-9_';
const B = `(?<![${W}])`;
const E = `(?![${W}])`;
/** A non-capturing alternation of folded words, safe to splice anywhere in a pattern. */
const words = (...list: string[]): string => `(?:${alternation(list.map(foldArabic))})`;

const PAST = `(?:${alternation(PAST_WORDS)})`;
const FUTURE = `(?:${alternation(FUTURE_WORDS)})`;
const REL_WORD = `(?:${alternation([...PAST_WORDS, ...FUTURE_WORDS, ...CURRENT_WORDS])})`;
const MONTH = `(?:${alternation(MONTH_NAMES.keys())})`;
const ORDINAL = `(?:${alternation(DAY_ORDINALS.keys()).replace(/\\s\+و/gu, '\\s+و\\s*')})`;
const WEEKDAY = `(?:${alternation([...WEEKDAY_STEMS, ...WEEKDAY_VARIANTS.keys()])})`;

/** "فبراير/شباط", "كانون الثاني / يناير", "فبراير (شباط)": the second name only repeats the first. */
const ALT_MONTH = `(?:\\s*[/\\\\-]\\s*(?<alta>${MONTH})${E}|\\s*\\(\\s*(?<altb>${MONTH})\\s*\\))?`;
const YEAR_WORDS = `(?:${words('من')}\\s+)?(?:(?:ال)?${words('عام', 'سنة')}\\s*)?`;
const YEAR_MARK = `(?:\\s*${words('م', 'هـ', 'هجري', 'هجرية', 'ميلادي', 'ميلادية')}${E})?`;
const YEAR_TAIL = `\\s*${YEAR_WORDS}(?<year>(?:19|20|13|14|15)\\d\\d)(?!\\d)${YEAR_MARK}`;
const REL_YEAR_TAIL = `\\s+(?:${words('من')}\\s+)?(?:${words('العام', 'السنة')}\\s+(?<relyear>${REL_WORD})${E}|(?<thisyear>${words('هذا العام', 'هذه السنة')})${E})`;
const MOD_TAIL = `\\s+(?<mod>${REL_WORD})${E}`;
const TAIL = `(?:${YEAR_TAIL}|${REL_YEAR_TAIL}|${MOD_TAIL})?`;
const MONTH_WORD = `(?:${words('من')}\\s+)?(?:${words('شهر')}\\s+)?(?<month>${MONTH})${E}`;
const RANGE_LINK = `(?:-|${words('و', 'إلى', 'حتى', 'لغاية', 'وحتى', 'ولغاية')})`;

/** "5 فبراير 2026", "23 و24 يناير الماضي", "من 23 إلى 25 يناير": anchored on the first day number. */
export const DAY_MONTH_RE = new RegExp(
  `(?<d1>\\d{1,2})(?!\\d)(?:\\s*(?<conn>${RANGE_LINK})\\s*(?:ال)?(?<d2>\\d{1,2})(?!\\d))?\\s*${MONTH_WORD}${ALT_MONTH}${TAIL}`, 'dg');
/** "الرابع والعشرين من فبراير", "5 من الشهر الجاري": anchored on "من", the day is looked back for. */
export const OF_MONTH_RE = new RegExp(
  `${words('من')}\\s+(?:(?:${words('شهر')}\\s+)?(?<month>${MONTH})${E}${ALT_MONTH}${TAIL}|(?<thismonth>${words('هذا الشهر')})${E}|${words('الشهر')}\\s+(?<rel>${REL_WORD})${E})`, 'dg');
/** Before "من": a day number or spelled-out day ("الرابع والعشرين"), with its clitics. */
export const DAY_BEFORE_OF_RE = new RegExp(`${B}(?<pre>[وف]?[بلك]?(?:ال)?)(?:(?<day>\\d{1,2})(?!\\d)|(?<ord>${ORDINAL}))\\s+$`, 'u');
/** "فبراير 2026", "شباط (فبراير) 2022": anchored on the year, the month is looked back for. */
export const YEAR_RE = new RegExp(`(?<year>(?:19|20|13|14|15)\\d\\d)(?!\\d)${YEAR_MARK}`, 'g');
/** Before a year: its month, perhaps with its twin name and "من عام". */
export const MONTH_BEFORE_YEAR_RE = new RegExp(`${B}(?:${words('شهر')}\\s+)?(?<month>${MONTH})${E}${ALT_MONTH}\\s*${YEAR_WORDS}$`, 'u');
/** Before "العام الماضي" and its kin: a month that the relative year places. */
export const MONTH_BEFORE_REL_YEAR_RE = new RegExp(`${B}(?:${words('شهر')}\\s+)?(?<month>${MONTH})${E}${ALT_MONTH}\\s+(?:${words('من')}\\s+)?$`, 'u');
/** Numeric dates: 2026-02-05, 2026/2/5, 5/2/2026, 5-2-2026, 05.02.2026. */
export const NUMERIC_RE = /(?:(?<y1>\d{4})(?<s1>[-/.])(?<m1>\d{1,2})\k<s1>(?<d1>\d{1,2})|(?<d2>\d{1,2})(?<s2>[-/.])(?<m2>\d{1,2})\k<s2>(?<y2>\d{4}))(?!\d|[-/.]\d)/g;
/** Before a day pair: "بين" makes "بين 15 و20 مايو" the days between, not two days. */
export const BETWEEN_BEFORE_RE = new RegExp(`${B}(?:${words('ما')}\\s+)?${words('بين')}\\s+$`, 'u');
/** Clitics a day number may carry: "و24", "بـ5", "الـ24". */
export const DIGIT_PREFIX_RE = new RegExp(`${B}[وف]?[بلك]?(?:ال)?$`, 'u');

const DAY_TIMES = words('يوم', 'صباح', 'مساء', 'ليل', 'ليلة', 'ظهر', 'ظهيرة', 'فجر', 'عصر', 'نهار', 'عشية', 'صبيحة', 'منتصف ليل', 'منتصف ليلة', 'مطلع', 'قبيل');
/** Day words that make "ليل الأربعاء الخميس" a night between two days. */
export const NIGHT_TIMES: ReadonlySet<string> = new Set(['ليل', 'ليلة', 'منتصف ليل', 'منتصف ليلة'].map(foldArabic));
/** A weekday with its article, anchored on the name itself ("الخميس"). */
export const WEEKDAY_RE = new RegExp(`ال(?<wd>${WEEKDAY})${E}`, 'g');
/** Before a weekday: a clitic and a day word ("ويوم", "مساء", "ليل"). */
export const BEFORE_WEEKDAY_RE = new RegExp(`${B}(?<pre>[وف]?[بلك]?)(?:(?<time>${DAY_TIMES})\\s+)?$`, 'u');
/** After a weekday: the next day that closes a night ("ليل الأربعاء الخميس"). */
export const SECOND_WEEKDAY_RE = new RegExp(`\\s*(?:-|/|${words('إلى', 'على')})?\\s*ال(?<wd>${WEEKDAY})${E}`, 'y');
/** After a weekday: "المقبل" / "الماضي" and their kin. */
export const WEEKDAY_MOD_RE = new RegExp(`\\s+(?<mod>${PAST}|${FUTURE})${E}`, 'y');

const TIME_OF_DAY = words('صباح', 'مساء', 'ظهر', 'ظهيرة', 'عصر', 'فجر', 'نهار', 'يوم', 'ليل');
/** Before a relative word: a clitic and a time of day ("صباح اليوم", "يوم أمس"). */
export const BEFORE_RELATIVE_RE = new RegExp(`${B}(?<pre>[وف]?[بلك]?)(?:(?<time>${TIME_OF_DAY})\\s+)?$`, 'u');
/** Relative days and periods and vague horizons, one named group per meaning. */
export const RELATIVE_RE = new RegExp(`(?:${[
  `(?<dby>${words('أول')}\\s+(?:${words('من')}\\s+)?${words('أمس')}|${words('أمس الأول')})`,
  `(?<lastnight>${words('ليلة', 'ليل')}\\s+${words('أمس', 'البارحة')}|${words('الليلة')}\\s+${words('الماضية', 'الفائتة', 'المنصرمة', 'البارحة')})`,
  `(?<yesterday>${words('الأمس', 'أمس', 'البارحة')})`,
  `(?<dat>${words('بعد')}\\s+${words('غدا', 'غد')})`,
  `(?<tomorrow>${words('الغد', 'غدا', 'غد')})`,
  `(?<tonight>${words('هذه')}\\s+${words('الليلة')}|${words('الليلة')})`,
  `(?<today>${words('اليوم')})`,
  `(?<week>${words('الأسبوع')}\\s+(?<weekrel>${REL_WORD})|${words('هذا الأسبوع')})`,
  `(?<month>${words('الشهر')}\\s+(?<monthrel>${REL_WORD})|${words('هذا الشهر')})`,
  `(?<year>${words('العام', 'السنة')}\\s+(?<yearrel>${REL_WORD})|${words('هذا العام', 'هذه السنة')})`,
  `(?<days>${words('الأيام')}\\s+(?:${words('القليلة')}\\s+)?${FUTURE})`,
  `(?<weeks>${words('الأسابيع')}\\s+(?:${words('القليلة')}\\s+)?${FUTURE})`,
  `(?<months>${words('الأشهر', 'الشهور')}\\s+(?:${words('القليلة')}\\s+)?${FUTURE})`,
  `(?<near>${words('المستقبل القريب')})`,
  `(?<soon>${words('القريب العاجل', 'عن قريب', 'وقت قريب', 'قريبا')})`,
  `(?<later>${words('وقت لاحق', 'موعد لاحق', 'لاحقا')})`,
].join('|')})${E}`, 'g');
