/**
 * The words dates are written with, as data: month names of the Egyptian/Gulf, Levantine/Iraqi and
 * Maghreb traditions, Hijri months, weekdays and ordinal day words. Everything is written as the
 * press writes it and folded once here (foldArabic), so the matchers in date-patterns.ts only ever
 * see the folded spelling (أ/إ → ا, ة → ه, ى → ي).
 */
import { foldArabic } from './normalize.ts';

/** What a month name means: its calendar and its number (1–12). */
export type MonthName = { readonly calendar: 'gregorian' | 'hijri'; readonly month: number };

/** Gregorian months: every spelling the Arab press uses for month 1..12. */
const GREGORIAN_MONTHS: readonly (readonly string[])[] = [
  ['يناير', 'ينير', 'كانون الثاني', 'جانفي', 'جانفييه'],
  ['فبراير', 'فبرير', 'شباط', 'فيفري'],
  ['مارس', 'آذار'],
  ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل', 'ابريل'],
  ['مايو', 'أيار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'يوليوز', 'تموز', 'جويلية', 'جويلييه'],
  ['أغسطس', 'آب', 'أوت', 'غشت'],
  ['سبتمبر', 'أيلول', 'شتنبر'],
  ['أكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني', 'نونبر'],
  ['ديسمبر', 'كانون الأول', 'دجنبر'],
];

/** Hijri months; ذو/ذي follow the case the sentence puts them in, الآخر/الثاني are the same month. */
const HIJRI_MONTHS: readonly (readonly string[])[] = [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الأول', 'ربيع الاول'],
  ['ربيع الآخر', 'ربيع الثاني', 'ربيع الاخر'],
  ['جمادى الأولى', 'جمادى الأول', 'جمادي الأولى'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى الثاني'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة', 'ذو القعده'],
  ['ذو الحجة', 'ذي الحجة'],
];

function buildMonthTable(): Map<string, MonthName> {
  const table = new Map<string, MonthName>();
  GREGORIAN_MONTHS.forEach((names, index) => {
    for (const name of names) table.set(foldArabic(name), { calendar: 'gregorian', month: index + 1 });
  });
  HIJRI_MONTHS.forEach((names, index) => {
    for (const name of names) table.set(foldArabic(name), { calendar: 'hijri', month: index + 1 });
  });
  return table;
}

/** Folded month name (words joined by one space) → calendar and month number. */
export const MONTH_NAMES: ReadonlyMap<string, MonthName> = buildMonthTable();

/** Folded weekday stems without the article, 0 = Sunday (الأحد) … 6 = Saturday (السبت). */
export const WEEKDAY_STEMS: readonly string[] = ['احد', 'اثنين', 'ثلاثاء', 'اربعاء', 'خميس', 'جمعه', 'سبت'];

/** Extra folded spellings of weekday stems seen in the press (الإثنين folds already; الثلاثا lacks its hamza). */
export const WEEKDAY_VARIANTS: ReadonlyMap<string, number> = new Map([
  ['ثلاثا', 2],
  ['اربعا', 3],
]);

const UNIT_ORDINALS = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'] as const;

function buildOrdinals(): Map<string, number> {
  const ordinals = new Map<string, number>();
  UNIT_ORDINALS.forEach((word, index) => { ordinals.set(word, index + 1); });
  ordinals.set('العاشر', 10);
  ordinals.set('الحادي عشر', 11);
  UNIT_ORDINALS.slice(1).forEach((word, index) => { ordinals.set(`${word} عشر`, index + 12); });
  ordinals.set('العشرين', 20);
  ordinals.set('الثلاثين', 30);
  for (const [tens, base] of [['العشرين', 20], ['الثلاثين', 30]] as const) {
    const units = base === 30 ? 1 : 9;
    for (let unit = 1; unit <= units; unit++) {
      const word = unit === 1 ? 'الحادي' : UNIT_ORDINALS[unit - 1]!;
      ordinals.set(`${word} و${tens}`, base + unit);
      if (unit === 1) ordinals.set(`الواحد و${tens}`, base + 1);
    }
  }
  return ordinals;
}

/** Folded ordinal day words ("الرابع والعشرين" → 24), the way a day is spelled out before "من". */
export const DAY_ORDINALS: ReadonlyMap<string, number> = buildOrdinals();

/** Folded words after a date or weekday that place it before the article's day. */
export const PAST_WORDS: readonly string[] = ['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'المنقضي', 'المنقضية', 'السابق', 'السابقة'].map(foldArabic);

/** Folded words after a date or weekday that place it after the article's day. */
export const FUTURE_WORDS: readonly string[] = ['المقبل', 'المقبلة', 'القادم', 'القادمة'].map(foldArabic);

/** Folded words after a period that mean the current one. */
export const CURRENT_WORDS: readonly string[] = ['الجاري', 'الجارية', 'الحالي', 'الحالية'].map(foldArabic);

/** Escape a folded phrase for a RegExp, letting any run of spaces stand for its single spaces. */
export function phrasePattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&').replace(/ /gu, '\\s+');
}

/** An alternation of phrases, longest first so "ربيع الاول" wins over any shorter prefix. */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map(phrasePattern).join('|');
}
