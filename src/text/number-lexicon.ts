/**
 * Word tables behind numbers.ts: cardinal words, ordinal words, clitic prefixes and the nouns
 * whose dual form means "two". Entries are written as the press spells them and folded once at
 * load, so a table line reads like Arabic and still matches the folded text.
 */
import { foldArabic } from './normalize.ts';

/** How a scale word (ألف، مليون…) says its count: ألف/ألفا, ألفان/ألفين, ألفي (construct), آلاف. */
export type ScaleForm = 'singular' | 'dual' | 'construct-dual' | 'plural';

/** One cardinal word, as the chain parser in numbers.ts consumes it. */
export type CardinalWord =
  /** 1–9; `teen` if it can precede عشر/عشرة, `hundred` if it can precede مئة as a separate word */
  | { readonly kind: 'unit'; readonly value: number; readonly teen: boolean; readonly hundred: boolean; readonly role: 'free' | 'dependent' | 'teen-only' }
  | { readonly kind: 'ten'; readonly value: 10 }
  | { readonly kind: 'tens'; readonly value: number }
  | { readonly kind: 'hundreds'; readonly value: number }
  | { readonly kind: 'scale'; readonly value: number; readonly form: ScaleForm }
  | { readonly kind: 'fraction'; readonly value: number };

const cardinals = new Map<string, CardinalWord>();

function addUnit(value: number, words: string, role: 'free' | 'dependent' | 'teen-only' = 'free', teen = true): void {
  for (const word of words.split(' ')) {
    cardinals.set(foldArabic(word), { kind: 'unit', value, teen, hundred: value >= 3 && role === 'free', role });
  }
}

function add(entry: CardinalWord, words: string): void {
  for (const word of words.split(' ')) cardinals.set(foldArabic(word), entry);
}

// واحد counts on its own; أحد/إحدى only inside أحد عشر or إحدى وعشرون ("أحد المسؤولين" is "one of").
addUnit(1, 'واحد واحدة واحدا', 'free', false);
addUnit(1, 'أحد إحدى', 'dependent');
addUnit(2, 'اثنان اثنين اثنتان اثنتين ثنتان ثنتين إثنان إثنين', 'free', false);
// اثنا/اثني/اثنتا/اثنتي exist only as the first half of twelve.
addUnit(2, 'اثنا اثني اثنتا اثنتي', 'teen-only');
addUnit(3, 'ثلاث ثلاثة');
addUnit(4, 'أربع أربعة');
addUnit(5, 'خمس خمسة');
addUnit(6, 'ست ستة');
addUnit(7, 'سبع سبعة');
addUnit(8, 'ثمان ثماني ثمانية');
addUnit(9, 'تسع تسعة');
add({ kind: 'ten', value: 10 }, 'عشر عشرة');

const TENS: readonly (readonly [number, string])[] = [
  [20, 'عشرون عشرين'], [30, 'ثلاثون ثلاثين'], [40, 'أربعون أربعين'], [50, 'خمسون خمسين'],
  [60, 'ستون ستين'], [70, 'سبعون سبعين'], [80, 'ثمانون ثمانين'], [90, 'تسعون تسعين'],
];
for (const [value, words] of TENS) add({ kind: 'tens', value }, words);

add({ kind: 'hundreds', value: 100 }, 'مئة مائة مية ماية');
// مئتا/مئتي are the construct forms before a scale word: "مئتي ألف".
add({ kind: 'hundreds', value: 200 }, 'مئتان مئتين مائتان مائتين مئتا مئتي مائتا مائتي');
const HUNDRED_STEMS: readonly (readonly [number, string])[] = [
  [3, 'ثلاث ثلث'], [4, 'أربع'], [5, 'خمس'], [6, 'ست'], [7, 'سبع'], [8, 'ثمان ثماني'], [9, 'تسع'],
];
for (const [unit, stems] of HUNDRED_STEMS) {
  for (const stem of stems.split(' ')) add({ kind: 'hundreds', value: unit * 100 }, `${stem}مئة ${stem}مائة`);
}

const SCALES: readonly (readonly [number, Record<ScaleForm, string>])[] = [
  [1e3, { singular: 'ألف ألفا', dual: 'ألفان ألفين', 'construct-dual': 'ألفي', plural: 'آلاف ألوف' }],
  [1e6, { singular: 'مليون مليونا', dual: 'مليونان مليونين', 'construct-dual': 'مليوني', plural: 'ملايين' }],
  [1e9, {
    singular: 'مليار مليارا بليون بليونا', dual: 'ملياران مليارين بليونان بليونين',
    'construct-dual': 'ملياري بليوني', plural: 'مليارات بلايين',
  }],
  [1e12, {
    singular: 'تريليون تريليونا ترليون ترليونا', dual: 'تريليونان تريليونين ترليونان ترليونين',
    'construct-dual': 'تريليوني ترليوني', plural: 'تريليونات ترليونات',
  }],
];
for (const [value, forms] of SCALES) {
  for (const form of Object.keys(forms) as ScaleForm[]) add({ kind: 'scale', value, form }, forms[form]);
}
// نصف/ربع count only right before a scale word ("نصف مليون") or as "مليون ونصف".
add({ kind: 'fraction', value: 0.5 }, 'نصف');
add({ kind: 'fraction', value: 0.25 }, 'ربع');

/** Folded cardinal word → its entry; the word must already be stripped of clitics. */
export const CARDINAL_WORDS: ReadonlyMap<string, CardinalWord> = cardinals;

/** The folded spelling of zero; read only by parseArabicNumber, since صفر is also a Hijri month. */
export const ZERO_WORD = foldArabic('صفر');

/** Clitics glued before a word or a digit run, longest-last so the bare word is tried first. */
export const CLITIC_PREFIXES: readonly string[] = [
  '', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل', 'وب', 'ول', 'فب', 'فل', 'وك',
];

/** Prefixes that make a word definite; with them أحد/اثنين name weekdays, so they never count. */
export function isDefinitePrefix(prefix: string): boolean {
  return prefix.includes('ال') || prefix.endsWith('لل');
}

/**
 * Words that a clitic turns into something else: "لست" (I am not), "وست" (West), "الاثنين"
 * (Monday), "الأحد" (Sunday), "الواحد" (per/the single), "المئة" (percent: "في المئة").
 */
export function isBlockedCardinal(stem: string, prefix: string, entry: CardinalWord, continuing: boolean): boolean {
  if (prefix === '') return false;
  // Inside a chain "وست" is "and six" ("وثمانمئة وست وخمسون"), on its own it is "West".
  if (stem === 'ست') return !(prefix === 'ال' || prefix === 'وال' || prefix === 'بال' || prefix === 'ب' || (continuing && prefix === 'و'));
  if (!isDefinitePrefix(prefix)) return false;
  if (entry.kind === 'unit' && entry.value <= 2) return true;
  return entry.kind === 'hundreds' && entry.value === 100;
}

// Ordinal stems 1–10, folded; numbers.ts needs them to tell "الحادي عشر" (11th) from عشر (ten).
const ORDINALS = new Map<string, number>();
const ORDINAL_TABLE: readonly (readonly [number, string])[] = [
  [1, 'أول أولى أولا'], [2, 'ثان ثاني ثانية ثانيا'], [3, 'ثالث ثالثة ثالثا'], [4, 'رابع رابعة رابعا'],
  [5, 'خامس خامسة خامسا'], [6, 'سادس سادسة سادسا'], [7, 'سابع سابعة سابعا'], [8, 'ثامن ثامنة ثامنا'],
  [9, 'تاسع تاسعة تاسعا'], [10, 'عاشر عاشرة عاشرا'],
];
for (const [value, words] of ORDINAL_TABLE) for (const word of words.split(' ')) ORDINALS.set(foldArabic(word), value);

/** Folded ordinal stem → value; حادي/حادية (1) appear only inside compounds like الحادي عشر. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = ORDINALS;
/** The compound-only spelling of "first": الحادي عشر، الحادية والعشرون. */
export const COMPOUND_FIRST: ReadonlySet<string> = new Set([foldArabic('حادي'), foldArabic('حادية')]);

/**
 * Counted nouns (singular, as written) whose dual means exactly two: equipment, people, places
 * and time units. Nisba adjectives (عسكري، مدني، صحفي) and nouns with a sound masculine plural
 * (مسؤول، مواطن، مقاتل) are left out on purpose: their plural is spelled exactly like the dual.
 */
const COUNTED_NOUN_WORDS = [
  // equipment and strikes
  'دبابة', 'مدرعة', 'آلية', 'عربة', 'ناقلة', 'طائرة', 'مروحية', 'مسيرة', 'مقاتلة', 'قاذفة', 'صاروخ',
  'قذيفة', 'قنبلة', 'سفينة', 'غواصة', 'فرقاطة', 'زورق', 'قارب', 'منظومة', 'بطارية', 'راجمة', 'مدفع',
  'رادار', 'هجوم', 'ضربة', 'غارة', 'انفجار', 'كتيبة', 'لواء', 'فرقة', 'قاعدة', 'مطار', 'جسر', 'محطة',
  'منشأة', 'مستودع', 'مفاعل',
  // people
  'شخص', 'جندي', 'قتيل', 'جريح', 'أسير', 'طفل', 'رجل', 'امرأة', 'ضابط', 'جنرال', 'رئيس', 'وزير',
  'زعيم', 'نائب', 'سفير',
  // places and polities
  'بلد', 'دولة', 'مدينة', 'قرية', 'بلدة', 'منطقة', 'مقاطعة',
  // time and rounds
  'يوم', 'عام', 'سنة', 'شهر', 'أسبوع', 'ساعة', 'دقيقة', 'ليلة', 'عقد', 'قرن', 'مرة', 'جولة', 'مرحلة',
  // documents and money
  'اتفاق', 'اتفاقية', 'وثيقة', 'بند', 'نقطة', 'خطة', 'دولار',
];

/** Built-in counted nouns, folded (e.g. 'غواصه'); numbers.ts adds options.countedNouns to these. */
export const COUNTED_NOUNS: ReadonlySet<string> = new Set(COUNTED_NOUN_WORDS.map(foldArabic));

/**
 * Counted nouns that double as adjectives: "المدعين العامين" (public prosecutors) is no pair of
 * years, so after a plural-looking word their dual is not read as two.
 */
export const ADJECTIVE_LIKE_NOUNS: ReadonlySet<string> = new Set([foldArabic('عام')]);

/** The dual stem of a folded noun: ta marbuta (folded ه) becomes ت before ان/ين ("غواصه" → "غواصت"). */
export function dualStem(noun: string): string {
  return noun.endsWith('ه') ? `${noun.slice(0, -1)}ت` : noun;
}

/** Words after which واحد is a standalone number or an idiom, never "one <noun>". */
export const NOT_A_NOUN: ReadonlySet<string> = new Set(
  ('في من إلى على عن أن إن أنه إنه لا ما هو هي قال قالت كل أي أو و ثم مع بعد قبل حتى غير سوى رقم إلا لكن ' +
    'هذا هذه ذلك تلك منذ عند بين ضد لم لن قد كان كانت يكون هناك هنا سوف نحو حوالي فقط مجرد')
    .split(' ')
    .map(foldArabic),
);

/** After these, واحد is an idiom ("كل واحد" each, "أي واحد" anyone, "غير واحد" several), not 1. */
export const IDIOM_BEFORE_ONE: ReadonlySet<string> = new Set(['كل', 'اي', 'غير', 'لكل', 'ولكل', 'وكل'].map(foldArabic));

/** خمس، سبع، تسع، عشر before a definite noun are fractions (خُمس الأراضي), not counts. */
export const FRACTION_LOOKALIKES: ReadonlySet<string> = new Set(['خمس', 'سبع', 'تسع', 'عشر'].map(foldArabic));
