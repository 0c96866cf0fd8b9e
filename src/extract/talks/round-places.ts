/**
 * Where a round of talks is held and who hosts it: a venue after في or ب ("في أبوظبي", "بجنيف"), a
 * city that hosted them ("استضافت جدة"), the talks named by their city ("محادثات الرياض"), a country
 * when no city is named, and a host who received the delegations but is not at the table.
 */
import type { EntityMention } from '../../packs/matcher.ts';
import { foldArabic } from '../../text/normalize.ts';
import { sliceArticle } from '../attribution/words.ts';
import { CITY_NOUNS, LOCATIVE, type TalksLexicon } from './lexicon.ts';
import { gapWords, gluedBefore, hasWord, hitsIn, is, isLocative, labelOf, partyOfMention, placeOf, wordBefore, type Hit, type Span, type TalksSentence } from './sentence.ts';

/** Verbs of receiving guests (folded). */
const RECEIVES: ReadonlySet<string> = new Set(['استقبل', 'استقبلت', 'يستقبل', 'تستقبل'].map(foldArabic));

/** Talks cue labels a round can be read from; a call (اتصال هاتفي) never is one. */
const ROUND_CUES = new Set(['negotiations', 'round', 'working_group', 'meeting', 'summit']);

export function isTalksHit(hit: Hit): boolean {
  const label = labelOf(hit, 'talks');
  return (label !== undefined && ROUND_CUES.has(label)) || is(hit, 'next', 'new_round');
}

/** "في أبوظبي", "في مدينة جدة", "استضافت جدة": a place the talks are held in, not one they are about. */
export function isVenueUse(ts: TalksSentence, mention: EntityMention): boolean {
  // "المبعوث الاقتصادي للكرملين", "زيارة لموسكو": ل is "of" or "to", never where talks are held.
  if (gluedBefore(ts, mention).replace(/ال$/u, '').endsWith('ل')) return false;
  if (isLocative(ts, mention)) return true;
  const before = wordBefore(ts, mention.start);
  if (before && hasWord(CITY_NOUNS, before.text)) {
    const preposition = wordBefore(ts, before.start);
    if (preposition && hasWord(LOCATIVE, preposition.text)) return true;
    if (before.text.startsWith('ب') || before.text.startsWith('وب')) return true;
  }
  if (ts.hits.some((hit) => is(hit, 'intro', 'host') && hit.end <= mention.start && gapWords(sliceArticle(ts.view, hit.end, mention.start)) <= 1)) return true;
  // The talks named by their city ("محادثات الرياض", "مفاوضات إسطنبول", "لقاء جنيف"), unless the city also stands for a
  // side ("محادثات موسكو" may be Moscow's own).
  if (mention.kind === 'place' && mention.alternatives === undefined &&
    ts.hits.some((hit) => isTalksHit(hit) && hit.end <= mention.start && sliceArticle(ts.view, hit.end, mention.start).trim() === '')) return true;
  // The city that hosted them, as the subject before its verb: "وكانت مدينة جدة قد شهدت جولة …".
  return ts.hits.some((hit) => is(hit, 'intro', 'host') && hit.start >= mention.end && gapWords(sliceArticle(ts.view, mention.end, hit.start).replace(/[،,]/gu, ' ')) <= MAX_WORDS_CITY_TO_HOST_VERB);
}

/** Words between a city and the verb it is the subject of ("إسطنبول التركية، قد شهدت"). */
const MAX_WORDS_CITY_TO_HOST_VERB = 2;

/** A venue: a place of talks after في or ب in the clause ("في أبوظبي", "بجنيف"); never a region or a front. */
export function venueIn(lexicon: TalksLexicon, ts: TalksSentence, scope: Span, cue: Hit): string | undefined {
  let before: string | undefined;
  for (const mention of ts.view.mentions) {
    if (mention.start < scope.start || mention.end > scope.end) continue;
    const id = placeOf(mention);
    const place = id === undefined ? undefined : lexicon.index.place(id);
    if (!place || (place.kind !== 'venue' && place.kind !== 'city') || !isVenueUse(ts, mention)) continue;
    // "محطة زابوريجيا" is a place the talks are about, not one they are held in.
    if (ts.issues.some((issue) => issue.start < mention.end && issue.end > mention.start)) continue;
    if (mention.start >= cue.start) return place.id;
    before = place.id;
  }
  return before;
}

/** A country the talks are held in ("في المملكة العربية السعودية"), read only when the clause names no city. */
export function countryIn(lexicon: TalksLexicon, ts: TalksSentence, scope: Span): string | undefined {
  for (const mention of ts.view.mentions) {
    if (mention.start < scope.start || mention.end > scope.end || !isLocative(ts, mention)) continue;
    const place = mention.kind === 'place' ? lexicon.index.place(mention.id) : undefined;
    const id = mention.kind === 'party' ? mention.id : place?.kind === 'country' ? place.id : undefined;
    if (id !== undefined && !lexicon.belligerents.has(id)) return id;
  }
  return undefined;
}

/** Words between a receiving host's name and the delegations received ("استقبل الرئيس المضيف وفود المفاوضات"). */
const MAX_WORDS_HOST_TO_GUESTS = 1;

/**
 * The side of a host who received the delegations: "استقبل الرئيس المضيف … وفود المفاوضات برئاسة
 * زيلينسكي" — Germany opened its door; it is not at the table.
 */
export function receivingHost(lexicon: TalksLexicon, ts: TalksSentence, scope: Span): string | undefined {
  for (const verb of hitsIn(ts, 'talks', scope, 'meeting')) {
    if (!RECEIVES.has(verb.folded.replace(/^[وف]/u, ''))) continue;
    const subject = ts.view.mentions.filter((m) => m.start >= verb.end && m.start < scope.end && (m.kind === 'person' || m.kind === 'title'));
    // The host's title and name, then the guests.
    let last = subject[0];
    if (!last) continue;
    const next = subject[1];
    if (next && sliceArticle(ts.view, last.end, next.start).trim() === '') last = next;
    const guests = ts.hits.find((hit) => hit.start >= last!.end && (is(hit, 'talks', 'delegation') || is(hit, 'intro', 'actor')));
    if (guests && gapWords(sliceArticle(ts.view, last.end, guests.start)) <= MAX_WORDS_HOST_TO_GUESTS) return partyOfMention(lexicon, subject[0]!);
  }
  return undefined;
}

/** "قمة ألاسكا": a summit named by a place the pack knows as a venue of this war's talks (not "قمة بكين"). */
export function namedByTalksVenue(lexicon: TalksLexicon, ts: TalksSentence, cues: readonly Hit[]): boolean {
  return cues.some((cue) => ts.view.mentions.some((mention) => {
    const id = placeOf(mention);
    return id !== undefined && lexicon.index.place(id)?.kind === 'venue' && mention.start >= cue.end && sliceArticle(ts.view, cue.end, mention.start).trim() === '';
  }));
}
