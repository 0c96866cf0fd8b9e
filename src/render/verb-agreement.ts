/**
 * A speech verb made to agree with the speaker a line names. The verb comes from the article, where
 * it agreed with the article's own subject ("أفادت وكالة أنباء … بأن زيلينسكي…"); a digest line puts
 * it before another name ("أفاد فولوديمير زيلينسكي"), so it is conjugated again: past tense, third
 * person singular, the forms the press uses. A verb this table does not know is left as written.
 */
import { toFormKey } from '../packs/form-key.ts';
import type { Gender } from '../text/arabic-gender.ts';
import { SPEECH_VERBS } from './labels.ts';

/** Verbs whose last radical is weak: the feminine drops it (دعا → دعت، نفى → نفت، رأى → رأت، أبدى → أبدت). */
const WEAK_ENDINGS = /[اى]$/u;

/** Feminine forms of weak verbs, folded, to their masculine as written. */
const WEAK_FEMININE: ReadonlyMap<string, string> = new Map([['دعت', 'دعا'], ['نفت', 'نفى'], ['رات', 'رأى'], ['ابدت', 'أبدى']]);

/** Whether a folded key is a known speech verb in the masculine. */
function isMasculine(key: string): boolean {
  return SPEECH_VERBS[key] !== undefined && !WEAK_FEMININE.has(key);
}

/** The masculine of a known speech verb as written (أكدت → أكد، دعت → دعا), or undefined for a verb the table does not know. */
function masculineOf(verb: string): string | undefined {
  const key = toFormKey(verb);
  const weak = WEAK_FEMININE.get(key);
  if (weak !== undefined) return weak;
  if (isMasculine(key)) return verb;
  if (key.endsWith('ت') && isMasculine(key.slice(0, -1))) return verb.slice(0, -1);
  return undefined;
}

/** `verb` (a speech verb in the past tense, without و/ف) agreeing with a speaker of `gender`; as written when either is unknown. */
export function agreeingVerb(verb: string, gender: Gender | undefined): string {
  if (gender === undefined) return verb;
  const masculine = masculineOf(verb);
  if (masculine === undefined) return verb;
  if (gender === 'masculine') return masculine;
  return WEAK_ENDINGS.test(masculine) ? `${masculine.slice(0, -1)}ت` : `${masculine}ت`;
}
