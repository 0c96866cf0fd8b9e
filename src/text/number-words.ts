/**
 * Our own writer of Arabic number words, used to test the reader (round trips) and to generate
 * benchmark text. It follows the grammar the press uses: polarity of 3–10 with the counted noun,
 * nominative ون/ان against accusative-genitive ين, ألفًا after 11–99, آلاف after 3–10.
 */

/** Options for toArabicWords; gender is the gender of the counted noun ("ثلاثة جنود", "ثلاث دبابات"). */
export type ArabicWordsOptions = {
  readonly gender?: 'masculine' | 'feminine';
  readonly grammaticalCase?: 'nominative' | 'accusative' | 'genitive';
  /** 'words' spells everything; 'mixed' writes multipliers and the remainder in digits, as the press does */
  readonly style?: 'words' | 'mixed';
  /** مئة (modern) or مائة (classic spelling, still common) */
  readonly hundred?: 'مئة' | 'مائة';
};

type Gender = 'masculine' | 'feminine';
type Case = 'nominative' | 'accusative' | 'genitive';
type Settings = { readonly gender: Gender; readonly grammaticalCase: Case; readonly hundred: string };

/** 3–9 with ة, used with masculine nouns (polarity), and the bare forms used with feminine ones. */
const UNITS_WITH_TA = ['', '', '', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'];
const UNITS_BARE = ['', '', '', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع'];
const TENS_STEMS = ['', '', 'عشر', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'];
const HUNDRED_STEMS = ['', '', '', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'];

type ScaleNouns = {
  readonly singular: string;
  readonly accusative: string;
  readonly plural: string;
  readonly dualNominative: string;
  readonly dualOblique: string;
};

const SCALES: readonly (readonly [number, ScaleNouns])[] = [
  [1e9, { singular: 'مليار', accusative: 'مليارًا', plural: 'مليارات', dualNominative: 'ملياران', dualOblique: 'مليارين' }],
  [1e6, { singular: 'مليون', accusative: 'مليونًا', plural: 'ملايين', dualNominative: 'مليونان', dualOblique: 'مليونين' }],
  [1e3, { singular: 'ألف', accusative: 'ألفًا', plural: 'آلاف', dualNominative: 'ألفان', dualOblique: 'ألفين' }],
];

/** The largest number toArabicWords writes. */
export const MAX_ARABIC_WORDS = 999_999_999_999;

function oblique(settings: Settings): boolean {
  return settings.grammaticalCase !== 'nominative';
}

function tens(value: number, settings: Settings): string {
  return `${TENS_STEMS[value / 10]}${oblique(settings) ? 'ين' : 'ون'}`;
}

/** 1–9 as a standalone count or the unit before و+tens ("إحدى وعشرون" for feminine). */
function unit(value: number, settings: Settings, beforeTens: boolean): string {
  const feminine = settings.gender === 'feminine';
  if (value === 1) return feminine ? (beforeTens ? 'إحدى' : 'واحدة') : 'واحد';
  if (value === 2) return `${feminine ? 'اثنت' : 'اثن'}${oblique(settings) ? 'ين' : 'ان'}`;
  return feminine ? UNITS_BARE[value]! : UNITS_WITH_TA[value]!;
}

function belowHundred(value: number, settings: Settings): string {
  const feminine = settings.gender === 'feminine';
  if (value < 10) return unit(value, settings, false);
  if (value === 10) return feminine ? 'عشر' : 'عشرة';
  if (value < 20) {
    const ten = feminine ? 'عشرة' : 'عشر';
    const ones = value - 10;
    if (ones === 1) return feminine ? `إحدى ${ten}` : `أحد ${ten}`;
    if (ones === 2) return `${feminine ? 'اثنت' : 'اثن'}${oblique(settings) ? 'ي' : 'ا'} ${ten}`;
    return `${feminine ? UNITS_BARE[ones] : UNITS_WITH_TA[ones]} ${ten}`;
  }
  const ones = value % 10;
  const tensWord = tens(value - ones, settings);
  return ones === 0 ? tensWord : `${unit(ones, settings, true)} و${tensWord}`;
}

/** 100, 200 … 900 as one word; `construct` gives مئتا/مئتي before a scale word. */
function hundreds(count: number, settings: Settings, construct: boolean): string {
  const word = settings.hundred;
  if (count === 1) return word;
  const stem = word.slice(0, -1);
  if (count === 2) return `${stem}ت${oblique(settings) ? (construct ? 'ي' : 'ين') : (construct ? 'ا' : 'ان')}`;
  return `${HUNDRED_STEMS[count]}${word}`;
}

function belowThousand(value: number, settings: Settings, construct = false): string {
  const count = Math.floor(value / 100);
  const rest = value % 100;
  if (count === 0) return belowHundred(rest, settings);
  if (rest === 0) return hundreds(count, settings, construct);
  return `${hundreds(count, settings, false)} و${belowHundred(rest, settings)}`;
}

/** "ثلاثة آلاف", "أحد عشر ألفًا", "مئتا ألف": a multiplier agrees with the (masculine) scale noun. */
function scaleWords(mult: number, nouns: ScaleNouns, settings: Settings): string {
  const asScale: Settings = { ...settings, gender: 'masculine' };
  if (mult === 1) return settings.grammaticalCase === 'accusative' ? nouns.accusative : nouns.singular;
  if (mult === 2) return oblique(settings) ? nouns.dualOblique : nouns.dualNominative;
  if (mult <= 10) return `${belowHundred(mult, asScale)} ${nouns.plural}`;
  if (mult < 100) return `${belowHundred(mult, asScale)} ${nouns.accusative}`;
  const rest = mult % 100;
  if (rest === 0) return `${belowThousand(mult, asScale, true)} ${nouns.singular}`;
  const head = hundreds(Math.floor(mult / 100), asScale, false);
  // 101 000 is "مئة ألف وألف" in classical usage; larger remainders join before the scale word.
  if (rest <= 2) return `${head} ${nouns.singular} و${scaleWords(rest, nouns, settings)}`;
  return `${head} و${scaleWords(rest, nouns, settings)}`;
}

/** "3 آلاف", "24 ألفا", "مليون": how the press writes a multiplier with digits. */
function scaleMixed(mult: number, nouns: ScaleNouns, settings: Settings): string {
  if (mult <= 2) return scaleWords(mult, nouns, settings);
  if (mult <= 10) return `${mult} ${nouns.plural}`;
  return `${mult} ${settings.grammaticalCase === 'accusative' ? nouns.accusative.replace('ً', '') : nouns.singular}`;
}

/**
 * Write an integer 0 … 999,999,999,999 in Arabic: `toArabicWords(1243840, { style: 'mixed' })`
 * → "مليون و243 ألفًا و840"; throws a RangeError outside that range or for fractions.
 */
export function toArabicWords(n: number, options?: ArabicWordsOptions): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_ARABIC_WORDS) {
    throw new RangeError(`toArabicWords takes an integer from 0 to ${MAX_ARABIC_WORDS}, got ${n}`);
  }
  const settings: Settings = {
    gender: options?.gender ?? 'masculine',
    grammaticalCase: options?.grammaticalCase ?? 'nominative',
    hundred: options?.hundred ?? 'مئة',
  };
  const mixed = options?.style === 'mixed';
  if (n === 0) return mixed ? '0' : 'صفر';
  const parts: string[] = [];
  let rest = n;
  for (const [scale, nouns] of SCALES) {
    const mult = Math.floor(rest / scale);
    rest -= mult * scale;
    if (mult > 0) parts.push(mixed ? scaleMixed(mult, nouns, settings) : scaleWords(mult, nouns, settings));
  }
  if (rest > 0) parts.push(mixed ? String(rest) : belowThousand(rest, settings));
  return parts.join(' و');
}
