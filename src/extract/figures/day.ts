/**
 * The day a figure is as of, and the sentence facts side inference needs: which parties the
 * sentence names, and whether it tells of an earlier bulletin ("وكانت الهيئة قد أعلنت…").
 */
import { foldArabic } from '../../text/normalize.ts';
import { wordSet } from '../../text/word-set.ts';
import type { AttributionLexicon } from '../attribution/pack-lexicon.ts';
import { isPreposition } from '../sentence/function-words.ts';
import { wordAt, type SentenceReader } from './nouns.ts';
import { SINCE } from './cues.ts';
import type { IsoDate } from '../facts.ts';

/** A day after these words is when something began or a bound, not the day of the figure. */
const NOT_THE_DAY = new Set(['منذ', 'قبل', 'بعد', 'مطلع', 'بداية', 'بدء'].map(foldArabic));
const WAS = wordSet(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت'].map(foldArabic));
const QAD = foldArabic('قد');

/**
 * Whether word `first` (a date's first word) ends a "since" phrase within its clause, however long
 * the phrase: "منذ بدء الغزو في 24 فبراير", "منذ بداية الحرب الروسية على الأراضي الأوكرانية في 24 فبراير 2022".
 */
function sinceBefore(reader: SentenceReader, first: number): boolean {
  const { words } = reader.sw;
  for (let k = first - 1; k >= 0; k--) {
    const word = words[k]!;
    if (word.punct && !reader.sw.inDate[k]) return false;
    if (word.text === SINCE || word.text === `و${SINCE}`) return true;
  }
  return false;
}

/**
 * The day a figure at `offset` is as of (with `bulletin`, a tally line's: a day before the
 * article's, told after the number, is when the day's part happened, not the bulletin's day): the stated day nearest before it (else after it) that is
 * a date, a weekday or a relative day, not after the article's day, and not a "since" ("منذ 24
 * فبراير 2022"). "مساء الأربعاء" in a Thursday article is that Wednesday.
 */
export function dayOfFigure(reader: SentenceReader, offset: number, published: IsoDate | undefined, bulletin = false): IsoDate | undefined {
  const { words } = reader.sw;
  let before: IsoDate | undefined;
  let after: IsoDate | undefined;
  for (const mention of reader.sentence.dates) {
    if (mention.date === undefined || (mention.kind !== 'date' && mention.kind !== 'weekday' && mention.kind !== 'relative')) continue;
    if (published !== undefined && mention.date > published) continue;
    const first = wordAt(reader, mention.start);
    const head = words[first]!.text;
    const previous = words[first - 1]?.text ?? '';
    if (NOT_THE_DAY.has(head) || NOT_THE_DAY.has(previous) || NOT_THE_DAY.has(previous.replace(/^[وف]/u, '')) || sinceBefore(reader, first)) continue;
    if (mention.end <= offset) before = mention.date;
    // A bulletin's line is as of the bulletin: "منها 4 دبابات أمس" tells when that part happened, not the tally's day.
    else if (!bulletin || published === undefined || mention.date >= published) after ??= mention.date;
  }
  return before ?? after;
}

/** "وكانت … قد أعلنت": the sentence reports an earlier statement. */
export function isPluperfect(reader: SentenceReader): boolean {
  const { words } = reader.sw;
  let was = false;
  for (const word of words) {
    if (WAS.has(word.text)) was = true;
    else if (was && word.text === QAD) return true;
  }
  return false;
}

/** The parties a sentence names (adjectives, names, metonyms that are not places, organizations' sides). */
export function partiesOf(reader: SentenceReader, lexicon: AttributionLexicon): ReadonlySet<string> {
  const parties = new Set<string>();
  const { words, mentionAt } = reader.sw;
  mentionAt.forEach((mention, k) => {
    if (!mention) return;
    if (mention.kind === 'party' || mention.kind === 'party_adjective') parties.add(mention.id);
    else if (mention.kind === 'party_metonym' && !(words[k]!.start < mention.start || (k > 0 && isPreposition(words[k - 1]!.text)))) parties.add(mention.id);
    else if (mention.kind === 'organization') {
      const party = lexicon.organizations.get(mention.id)?.party;
      if (party) parties.add(party);
    }
  });
  return parties;
}
