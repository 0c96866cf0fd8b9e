/**
 * The grammatical gender of an Arabic noun phrase, for the verb put before it: "قالت الوزارة",
 * "قال الجيش", "قالت القوات". A phrase agrees with its first noun; a noun in ة (taa marbuta) or a
 * plural in ات is feminine. Broken plurals of things ("مصادر") also take the feminine in careful
 * prose, but the masculine is correct before them too, so they are left masculine.
 */
import { foldArabic } from './normalize.ts';

export type Gender = 'masculine' | 'feminine';

/** The first word of a phrase, folded, without a leading و/ف; undefined for a phrase of no Arabic word. */
function firstWord(text: string): string | undefined {
  const word = foldArabic(text.trim()).split(/[\s،,:]+/u)[0] ?? '';
  return /^[\u0621-\u064a]+$/u.test(word) ? word : undefined;
}

/** The gender of a noun phrase by its first noun, or undefined when it does not start with an Arabic word. */
export function nounPhraseGender(text: string): Gender | undefined {
  const word = firstWord(text);
  if (word === undefined) return undefined;
  // Folded, ة is ه: "وزارة" → "وزاره". A word in ه is feminine unless the ه is a pronoun ("رئيسه" is rare at a phrase's start).
  return word.length > 2 && (word.endsWith('ه') || word.endsWith('ات')) ? 'feminine' : 'masculine';
}
