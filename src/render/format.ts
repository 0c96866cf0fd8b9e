/**
 * Formatting shared by every renderer: numbers, dates, counted nouns, names, attributions, quotes
 * and source references. Both languages use Western digits with comma grouping (1,243,840), as
 * most Arabic news sites do, so a number reads the same in either digest.
 */
import { transliterateArabic } from '../text/transliterate.ts';
import type { DisplayName, Lang, Sources } from '../digest/types.ts';
import type { Claimant, IsoDate } from '../extract/facts.ts';
import {
  ARTICLE_NOUN, DEFINITE_NAME_WORDS, MONTHS, QUALIFIER_LABELS, REPORT_NOUN, TEMPLATES, type CountedNoun,
} from './labels.ts';

type Pair = { readonly ar: string; readonly en: string };
type ClaimantKind = Claimant['kind'];

/** 1243840 → "1,243,840"; decimals kept as they are. Locale-free, so output never depends on the machine. */
export function formatNumber(value: number): string {
  const sign = value < 0 ? '-' : '';
  const [whole = '0', fraction] = String(Math.abs(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/** A change with its sign: +770, -5, 0. */
export function formatSigned(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

/** A number with its qualifier: "about 24,000" / "نحو 24,000". Unknown qualifiers (exact) add nothing. */
export function formatValue(value: number, qualifier: string, lang: Lang): string {
  const label = QUALIFIER_LABELS[qualifier]?.[lang];
  return label ? `${label} ${formatNumber(value)}` : formatNumber(value);
}

/**
 * The form of a counted noun for `n`. Arabic: 1 تقرير, 2 تقريران, 3–10 تقارير, 11–99 تقريرا, and
 * the singular again for round hundreds (100 تقرير); English: singular for 1 only.
 */
export function countedForm(n: number, noun: CountedNoun, lang: Lang): string {
  if (n === 1) return noun.one;
  if (lang === 'en') return noun.two;
  if (n === 2) return noun.two;
  const rest = n % 100;
  if (rest >= 3 && rest <= 10) return noun.few;
  if (rest >= 11 && rest <= 99) return noun.many;
  return noun.hundred;
}

/** "3 reports" / "3 تقارير". */
export function countReports(n: number, lang: Lang): string {
  return `${formatNumber(n)} ${countedForm(n, REPORT_NOUN[lang], lang)}`;
}

function parseDay(date: IsoDate): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "5 February 2026" / "5 فبراير 2026"; anything not an ISO day is shown as given. */
export function formatDay(date: IsoDate, lang: Lang): string {
  const parts = parseDay(date);
  const month = parts ? MONTHS[lang][parts.month - 1] : undefined;
  return parts && month ? `${parts.day} ${month} ${parts.year}` : date;
}

/** "23–24 January 2026", "31 January – 1 February 2026", or one day when the range is one day. */
export function formatRange(start: IsoDate | undefined, end: IsoDate | undefined, lang: Lang): string | undefined {
  if (start === undefined) return end === undefined ? undefined : formatDay(end, lang);
  if (end === undefined || end === start) return formatDay(start, lang);
  const a = parseDay(start);
  const b = parseDay(end);
  if (!a || !b) return `${start} – ${end}`;
  const monthB = MONTHS[lang][b.month - 1] ?? '';
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${monthB} ${b.year}`;
  if (a.year === b.year) return `${a.day} ${MONTHS[lang][a.month - 1] ?? ''} – ${b.day} ${monthB} ${b.year}`;
  return `${formatDay(start, lang)} – ${formatDay(end, lang)}`;
}

/** A quote exactly as written; English output says it is Arabic. */
export function quoted(text: string, lang: Lang): string {
  return lang === 'en' ? `${TEMPLATES.en.inArabic} «${text}»` : `«${text}»`;
}

/**
 * What English output may show of the articles' own Arabic words. By default nothing: quotes,
 * outcome wordings and titles are summarised or left out, so every English line is English. A
 * subscription that asks for the Arabic quotes gets them, marked "(in Arabic)".
 */
export type TextOptions = { readonly arabicQuotes?: boolean };

/** Whether English output shows the articles' Arabic words (Arabic output always does). */
export function showsArabic(lang: Lang, options: TextOptions = {}): boolean {
  return lang === 'ar' || options.arabicQuotes === true;
}

/**
 * The name of an entity in `lang`: the pack's name, else the renderer's own label, else the
 * article's wording (in English output, in Latin letters by one fixed scheme), else the id.
 */
export function nameOf(name: DisplayName | undefined, lang: Lang, fallback?: Pair): string {
  if (name === undefined) return '?';
  const own = name[lang];
  if (own !== undefined) return own;
  if (fallback) return fallback[lang];
  if (name.asWritten !== undefined) return lang === 'en' ? transliterateArabic(name.asWritten) : name.asWritten;
  return name.id !== undefined ? name.id.replaceAll('_', ' ') : '?';
}

/** English names of institutions take "the" (the Ukrainian General Staff, the Kremlin); people and most proper names do not. */
function withArticle(name: string, kind: ClaimantKind): string {
  if (kind === 'person' || /^the\s/i.test(name) || name.startsWith('(')) return name;
  if (kind === 'title') return `the ${name}`;
  const words = name.toLowerCase().split(/[\s-]+/);
  return words.some((word) => DEFINITE_NAME_WORDS.has(word)) ? `the ${name}` : name;
}

/** "per the Ukrainian General Staff" / "بحسب هيئة الأركان العامة الأوكرانية". */
export function perClaimant(claimant: DisplayName, kind: ClaimantKind, lang: Lang): string {
  const name = nameOf(claimant, lang);
  return `${TEMPLATES[lang].per} ${lang === 'en' && claimant.en !== undefined ? withArticle(name, kind) : name}`;
}

/** The story numbers: "#1, #3". */
export function storyRefs(stories: readonly number[], lang: Lang): string {
  return stories.map((n) => `#${n}`).join(TEMPLATES[lang].listSep);
}

/** "(2 reports: #1, #3)"; articles are counted too when near-duplicates make them more than the reports. */
export function sourcesRef(sources: Sources, lang: Lang): string {
  const t = TEMPLATES[lang];
  const articles = sources.articles > sources.reports
    ? `${t.listSep}${formatNumber(sources.articles)} ${countedForm(sources.articles, ARTICLE_NOUN[lang], lang)}`
    : '';
  const refs = sources.stories.length > 0 ? `: ${storyRefs(sources.stories, lang)}` : '';
  return `(${countReports(sources.reports, lang)}${articles}${refs})`;
}

/** Join clauses with the language's list separator. */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(TEMPLATES[lang].listSep);
}
