/**
 * The cue words figures read: the war cue groups (strikes, weapons, casualties, populations,
 * scopes) and the prisoner-exchange outcome, from the sentence's one cue scan (attribution/cues.ts),
 * where overlapping phrases resolve longest first ("قصف مدفعي" is shelling, not an attack verb).
 *
 * The few words kept here are Arabic grammar, not domain knowledge: "من بينهم" (among them),
 * "آخرين" (others), "من كل جانب" (from each side), "مقارنة بـ" (compared with).
 */
import type { Pack } from '../../packs/schema.ts';
import { foldArabic } from '../../text/normalize.ts';
import { wordSet } from '../../text/word-set.ts';
import type { SentenceView } from '../sentence/article-view.ts';
import { sentenceCuesOf } from '../attribution/cues.ts';

/** The cue groups figures read. */
export type CueGroup = 'strikes' | 'weapons' | 'casualties' | 'populations' | 'scopes' | 'exchange';

/** A cue found in a sentence, in article offsets: group and label ("casualties", "killed"). */
export type Cue = { readonly group: CueGroup; readonly label: string; readonly start: number; readonly end: number };

const FIGURE_GROUPS: ReadonlySet<string> = new Set<CueGroup>(['strikes', 'weapons', 'casualties', 'populations', 'scopes', 'exchange']);

/** The figure cues of one sentence, in text order (from the sentence's single cue scan). */
export function cuesOf(pack: Pack, sentence: SentenceView): readonly Cue[] {
  return sentenceCuesOf(pack, sentence).filter((cue) => FIGURE_GROUPS.has(cue.group)) as readonly Cue[];
}

const fold = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldArabic));

/** "من بينهم 770": a part of the figure before it (with a 24-hour marker, its daily change). */
export const SUBSET_WORDS = fold(['بينهم', 'منهم', 'بينها', 'منها', 'بينهن', 'منهن']);
/** "وإصابة 21 آخرين": people, counted after others. */
export const OTHERS_WORDS = fold(['آخرين', 'آخرون', 'آخر', 'أخريات', 'اخرين']);
/** Words before a number that make it an earlier or comparison value, not a claim of the day. */
export const COMPARISON_WORDS = wordSet(['مقارنة', 'مقابل', 'بالمقارنة', 'مقارنةً'].map(foldArabic));
/** "ارتفاع عدد قتلى… إلى X", "بلغ عدد القتلى X": the head of a running count. */
export const COUNT_HEADS = fold(['عدد', 'حصيلة', 'إجمالي', 'مجموع']);
/** Verbs and prepositions that hand a running count its value. */
export const COUNT_LINKS = fold(['إلى', 'بلغ', 'بلغت', 'ليبلغ', 'لتبلغ', 'ليصل', 'لتصل', 'وصل', 'وصلت', 'يبلغ', 'تبلغ']);
/** "من أصل 95": the whole a part was taken from (launched, when the part was shot down). */
export const OUT_OF = foldArabic('أصل');
/** "40 منها": of them. */
export const OF_THEM = fold(['منها', 'منهم']);
/** "منذ": since — a count over a period. */
export const SINCE = foldArabic('منذ');
/** "ما يصل إلى 1350": up to — a ceiling the number reader leaves exact. */
export const UP_TO = ['يصل', 'تصل'].map(foldArabic);
/** "من كل جانب": a count given per side. */
export const PER_SIDE = ['من كل جانب', 'لكل جانب', 'من كل طرف', 'لكل طرف'].map(foldArabic);
/** "بزيادة 770": the day's change of the figure before it; kept apart from the scope cues, which place a whole list. */
export const INCREMENT_WORDS = fold(['بزيادة', 'زيادة', 'وبزيادة']);
