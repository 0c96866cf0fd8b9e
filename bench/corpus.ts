import { toArabicWords } from '../src/text/number-words.ts';
import { mulberry32 } from '../test/support/random.ts';

/**
 * A generated news corpus for the benchmarks: sentence shapes of the kinds mujaz reads (tallies,
 * strikes, rounds of talks, statements, background), recombined with varied numbers, written in
 * digits, words or mixed chains, and names in several spellings. Nothing large is committed.
 */

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function numberText(random: () => number, value: number): string {
  const style = random();
  if (style < 0.5) return String(value);
  if (style < 0.75 && value < 1e9) return toArabicWords(value, { style: 'mixed' });
  return toArabicWords(value, { gender: pick(random, ['masculine', 'feminine'] as const), grammaticalCase: pick(random, ['nominative', 'accusative', 'genitive'] as const) });
}

const CLAIMANTS = ['هيئة الأركان العامة للقوات المسلحة الأوكرانية', 'هيئة الأركان الأوكرانية', 'الجيش الأوكراني', 'وزارة الدفاع الروسية', 'سلاح الجو الأوكراني'];
const NEGOTIATORS = ['رستم أوميروف', 'رستم عمروف', 'كيريل دميترييف', 'كيريل ديميترييف', 'ستيف ويتكوف', 'جاريد كوشنر', 'إيغور كوستيوكوف'];
const VENUES = ['أبوظبي', 'أبو ظبي', 'إسطنبول', 'جدة', 'جنيف', 'الرياض'];
const DAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'كانون الثاني', 'شباط', 'آذار'];
const TALLY_NOUNS = ['دبابة', 'مركبة قتالية مدرعة', 'نظام مدفعية', 'من أنظمة راجمات الصواريخ', 'طائرة حربية', 'مروحية', 'طائرة مسيرة', 'صاروخ كروز', 'سفينة حربية', 'من المركبات وخزانات الوقود'];
const PLACES = ['خاركيف', 'خيرسون', 'سومي', 'دنيبرو', 'أوديسا', 'زابوريجيا', 'دونيتسك', 'كييف'];

const SHAPES: readonly ((random: () => number) => string)[] = [
  (r) => `وأعلن ${pick(r, CLAIMANTS)} ${pick(r, DAYS)}، ارتفاع عدد قتلى وجرحى العسكريين الروس منذ بداية الحرب إلى ${numberText(r, 900_000 + Math.floor(r() * 400_000))} شخصا، من بينهم ${numberText(r, 300 + Math.floor(r() * 900))} خلال الساعات الـ24 الماضية.`,
  (r) => `ووفق بيان نشرته ${pick(r, CLAIMANTS)}، فإن القوات دمرت منذ بداية الحرب ${numberText(r, 1000 + Math.floor(r() * 20000))} ${pick(r, TALLY_NOUNS)}، و${pick(r, ['نحو ', 'قرابة ', ''])}${numberText(r, 100 + Math.floor(r() * 5000))} ${pick(r, TALLY_NOUNS)}.`,
  (r) => `وأطلقت روسيا مساء ${pick(r, DAYS)} ${numberText(r, 20 + Math.floor(r() * 300))} طائرة مسيرة هجومية و${numberText(r, 1 + Math.floor(r() * 20))} صواريخ على أوكرانيا، بحسب ما أكد سلاح الجو الأوكراني معلنا اعتراض ${numberText(r, 10 + Math.floor(r() * 200))} طائرة مسيرة.`,
  (r) => `وقالت السلطات المحلية إن قصفا روسيا على ${pick(r, PLACES)} أسفر عن مقتل ${numberText(r, 1 + Math.floor(r() * 30))} أشخاص وإصابة ${numberText(r, 1 + Math.floor(r() * 60))} آخرين.`,
  (r) => `وعقدت الجولة ${pick(r, ['الأولى', 'الثانية', 'الثالثة'])} من المحادثات الثلاثية في ${pick(r, VENUES)} يومي ${1 + Math.floor(r() * 20)} و${22 + Math.floor(r() * 5)} ${pick(r, MONTHS)}، وترأس الوفد الأوكراني ${pick(r, NEGOTIATORS)}.`,
  (r) => `وقال ${pick(r, NEGOTIATORS)} للصحافيين "هناك تقدم في المحادثات، لكن ما زال أمامنا عمل كثير"، مشيرا إلى أن جولة جديدة ستعقد في ${pick(r, ['الأسابيع المقبلة', 'الأيام المقبلة', 'المستقبل القريب'])}.`,
  (r) => `وتطالب موسكو كييف بسحب قواتها من إقليم دونباس كشرط مسبق لأي اتفاق، فيما تقترح أوكرانيا تجميد خطوط القتال على طول خط الجبهة الحالية منذ ${numberText(r, 2 + Math.floor(r() * 3))} سنوات.`,
  (r) => `وأكدت موسكو وكييف تبادل ${numberText(r, 50 + Math.floor(r() * 300))} أسيرا من كل جانب، في أول عملية من نوعها منذ ${numberText(r, 2 + Math.floor(r() * 8))} أشهر.`,
  (r) => `وتحتل روسيا حاليا نحو ${Math.floor(r() * 30)}% من الأراضي الأوكرانية، بما في ذلك شبه جزيرة القرم التي ضمتها عام 2014.`,
];

/** One generated article of 6–14 sentences in 2–4 paragraphs. */
export function generateArticle(random: () => number): string {
  const count = 6 + Math.floor(random() * 9);
  const sentences = Array.from({ length: count }, () => pick(random, SHAPES)(random));
  const paragraphs: string[] = [];
  for (let at = 0; at < sentences.length; at += 3) paragraphs.push(sentences.slice(at, at + 3).join(' '));
  return paragraphs.join('\n\n');
}

/** `count` articles from a fixed seed. */
export function generateCorpus(count: number, seed = 20260205): string[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => generateArticle(random));
}
