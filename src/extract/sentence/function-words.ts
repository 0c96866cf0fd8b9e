/**
 * Arabic function words the readers share: prepositions, complementizers, adverbs and particles.
 * A name never contains one, and a subject or a name ends where one begins. Grammar, not domain
 * knowledge.
 */
import { foldArabic } from '../../text/normalize.ts';

const fold = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldArabic));

/** Prepositions: a name after one is governed by it, never a subject ("في كييف قالت السلطات"). */
export const PREPOSITIONS = fold(['في', 'من', 'إلى', 'على', 'عن', 'مع', 'حول', 'بعد', 'قبل', 'خلال', 'عبر', 'لدى', 'بين', 'أمام', 'ضد', 'نحو']);

/** Complementizers (إن/أن with their pronouns, بأن), folded: where reported words begin. */
export const COMPLEMENTIZERS = fold([
  'أن', 'إن', 'إنه', 'أنه', 'إنها', 'أنها', 'إنهم', 'أنهم', 'أنهما', 'إنهما', 'إننا', 'أننا', 'إنني', 'أنني', 'إني', 'بأن', 'بأنه', 'بأنها',
  'بأنهم', 'بأنهما', 'بأننا',
]);

/** Words that cannot start or continue a named subject: complementizers, prepositions, adverbs. */
export const BOUNDARY = fold([
  ...PREPOSITIONS, ...COMPLEMENTIZERS, 'أيضا', 'كذلك', 'أمس', 'اليوم', 'مساء', 'صباح', 'عقب', 'إثر', 'بشأن', 'إزاء', 'حين', 'عندما', 'ما', 'لا', 'لم',
  'لن', 'قد', 'الذي', 'التي', 'الذين', 'حيث', 'كما', 'لكن', 'بينما', 'فيما', 'إذ', 'أو', 'ثم', 'هذا', 'هذه', 'ذلك', 'تلك', 'آنذاك',
  // The object of an estimate or a report starts here: "قدرت تقارير غربية عدد القتلى الروس…".
  'عدد', 'حصيلة', 'إجمالي',
]);

/** Whether a folded word is a function word, with or without و/ف (never part of a name). */
export function isFunctionWord(word: string): boolean {
  const first = word.charCodeAt(0);
  return BOUNDARY.has(word) || ((first === 0x648 || first === 0x641) && BOUNDARY.has(word.slice(1)));
}

/** Whether a folded word ends a subject (a complementizer, preposition or adverb, with or without و/ف). */
export function isBoundaryWord(word: string): boolean {
  if (BOUNDARY.has(word)) return true;
  const first = word.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return true; // a number is never part of a subject
  if ((first === 0x648 || first === 0x641) && BOUNDARY.has(word.slice(1))) return true; // و ف
  // A preposition glued on: "للصحافيين", "لوسائل إعلام", "بالحرب".
  return (word.length > 3 && first === 0x644) || word.startsWith('بال') || word.startsWith('كال');
}

/** Whether a folded word is a preposition (clitic و/ف allowed). */
export function isPreposition(word: string): boolean {
  const first = word.charCodeAt(0);
  return PREPOSITIONS.has(word) || ((first === 0x648 || first === 0x641) && PREPOSITIONS.has(word.slice(1)));
}

