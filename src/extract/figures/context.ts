/**
 * The words around a figure that say whose it is and what it counts when the noun does not:
 * parties next to the noun ("جندي أوكراني", "تابعة للقوات المسلحة الأوكرانية"), a running count
 * ("بلغ عدد القتلى من الجنود الأوكرانيين 55 ألفا"), the places and the day it happened.
 */
import { mentionAs, type EntityMention } from '../../packs/matcher.ts';
import { foldArabic } from '../../text/normalize.ts';
import type { AttributionLexicon } from '../attribution/pack-lexicon.ts';
import { isPreposition } from '../sentence/function-words.ts';
import { COUNT_HEADS, COUNT_LINKS } from './cues.ts';
import { isQuote, wordAt, type Population, type SentenceReader } from './nouns.ts';

/** The party a mention stands for, as an adjective, a name, a metonym or an organization's side. */
function partyOfMention(lexicon: AttributionLexicon, mention: EntityMention, allowNames: boolean): string | undefined {
  if (mention.kind === 'party_adjective') return mention.id;
  if (mention.kind === 'organization') return lexicon.organizations.get(mention.id)?.party;
  if (allowNames && (mention.kind === 'party' || mention.kind === 'party_metonym')) return mention.id;
  return undefined;
}

/**
 * The first party named in words `from`..`to` (inclusive), stopping at punctuation. Adjectives and
 * organizations always count; a bare name ("روسيا") only when `allowNames` (a verb's subject).
 */
export function partyNear(reader: SentenceReader, lexicon: AttributionLexicon, from: number, to: number, allowNames = false): string | undefined {
  const { words, mentionAt } = reader.sw;
  for (let k = Math.max(0, from); k <= to && k < words.length; k++) {
    if (words[k]!.punct) return undefined;
    const mention = mentionAt[k];
    const party = mention ? partyOfMention(lexicon, mention, allowNames) : undefined;
    if (party) return party;
  }
  return undefined;
}

/** The party named right before word `k` (a verb's subject: "القوات الروسية استهدفت"). */
export function partyBefore(reader: SentenceReader, lexicon: AttributionLexicon, k: number): string | undefined {
  const word = reader.sw.words[k];
  const previous = reader.sw.words[k - 1];
  if (!word || !previous || previous.punct) return undefined;
  const mention = reader.sentence.mentions.find((m) => m.end > previous.start && m.end <= previous.end);
  return mention ? partyOfMention(lexicon, mention, true) : undefined;
}

/** Words after a bare number that still let it be the value of a running count. */
const AFTER_COUNT = new Set(['في', 'منذ', 'خلال', 'حتى', 'وفق', 'بحسب', 'حسب', 'علي'].map(foldArabic));
const MAX_COUNT_DISTANCE = 7;
/** Losses as a noun ("خسائر الجيش الروسي … إلى 950 ألف جندي"), read by text where a longer scope phrase holds it. */
const LOSS_WORDS = new Set(['خسائر', 'خسارة'].map(foldArabic));
/** Words (punctuation included) a linked count may reach back over a scope phrase with a full date: "منذ بداية الحرب الروسية على أوكرانيا في 24 فبراير(شباط) 2022، إلى". */
const MAX_COUNT_REACH = 24;
/** Punctuation inside a count's scope phrase once its link is read: "2022، إلى", "فبراير(شباط) 2022". */
/** "في صفوف": in the ranks of. */
const RANKS = foldArabic('صفوف');
const COMMAS = new Set(['،', ',', '(', ')']);

function bare(word: string): string {
  let text = word;
  if (text.startsWith('و') || text.startsWith('ف')) text = text.slice(1);
  return text.startsWith('ال') ? text.slice(2) : text;
}

/** headed: "عدد/حصيلة …" — a running total; otherwise a loss noun ("خسائر بلغت…") that may be of one day. */
export type CountHead = { readonly casualty: string; readonly headed: boolean; readonly population?: Population; readonly side?: string };

/**
 * A running count the number is the value of: "ارتفاع عدد قتلى وجرحى العسكريين الروس … إلى مليون…",
 * "وبلغ عدد القتلى من الجنود الأوكرانيين "55 ألفا"", "بلغت الخسائر البشرية … نحو…". The number must
 * count nothing else (only punctuation or a preposition after it), and be linked by إلى/بلغ or near.
 */
export function countHeadBefore(reader: SentenceReader, lexicon: AttributionLexicon, firstWord: number): CountHead | undefined {
  const { words } = reader.sw;
  let before = firstWord - 1;
  while (isQuote(words[before])) before--;
  // The verb or preposition that hands the count its value may stand before a scope phrase: "بلغت منذ بداية الحرب قرابة 1050300".
  let linked = false;
  for (let j = before; j >= 0 && firstWord - j <= MAX_COUNT_REACH; j--) {
    const word = words[j]!;
    if (COUNT_LINKS.has(word.text) || COUNT_LINKS.has(word.text.replace(/^[وف]/u, ''))) linked = true;
    // "منذ بدء الغزو في 24 فبراير/شباط 2022": a date inside the count's phrase, slash and all.
    if (reader.sw.inDate[j]) continue;
    // "منذ بداية الغزو في 24 فبراير 2022، إلى نحو مليون…": a comma closing the scope phrase, once the link to the value is read.
    if (word.punct && !isQuote(word) && !(linked && COMMAS.has(word.text))) return undefined;
    if (word.punct) continue;
    if (/^[و]?\d/u.test(word.text)) continue; // "4 سنوات" inside the count's phrase
    const cue = reader.cueAt[j];
    // "عدد قتلى الجنود…", and "عدد الجنود الروس الذين لقوا حتفهم إلى…": the casualty word right after the head, or in a relative clause on the counted people.
    const isHead = COUNT_HEADS.has(bare(word.text));
    const relative = isHead && reader.cueAt[j + 1]?.group === 'populations' ? casualtyBetween(reader, j + 2, firstWord) : undefined;
    const headed = isHead && (reader.cueAt[j + 1]?.group === 'casualties' || relative !== undefined);
    // "إجمالي خسائر": the scope phrase covers the loss word, which then carries no casualty cue of its own.
    const lossWord = LOSS_WORDS.has(bare(word.text));
    const lossNoun = (cue?.group === 'casualties' && cue.label === 'killed_or_injured') || lossWord;
    if (!headed && !lossNoun) continue;
    if (!linked && firstWord - j > MAX_COUNT_DISTANCE) return undefined;
    const casualtyCue: { readonly label: string; readonly end: number } = relative ?? (headed ? reader.cueAt[j + 1]! : cue?.group === 'casualties' ? cue : { label: 'killed_or_injured', end: word.end });
    const runningTotal = headed || (lossWord && j > 0 && COUNT_HEADS.has(bare(words[j - 1]!.text)));
    let population: Population | undefined;
    for (let k = j + 1; k < firstWord; k++) {
      const inner = reader.cueAt[k];
      if (inner?.group === 'populations') {
        population = inner.label === 'soldiers' ? 'soldiers' : inner.label === 'people' ? 'people' : 'civilians';
        break;
      }
      if (reader.sw.mentionAt[k]?.kind === 'metric' && reader.sw.mentionAt[k]?.id === reader.metrics.headcount) population = 'soldiers';
      // "إجمالي عدد الخسائر في صفوف قوات موسكو": losses in the ranks of a force are soldiers.
      if (reader.sw.words[k]!.text === RANKS) population = 'soldiers';
    }
    // Whose dead: named after the casualty word, or on the people a relative clause counts ("عدد الجنود الأوكرانيين الذين قتلوا").
    const side = (relative ? partyNear(reader, lexicon, j + 1, wordAt(reader, relative.end - 1)) : undefined) ??
      partyNear(reader, lexicon, wordAt(reader, casualtyCue.end - 1) + 1, firstWord - 1, true);
    return { casualty: casualtyCue.label, headed: runningTotal, ...(population ? { population } : {}), ...(side ? { side } : {}) };
  }
  return undefined;
}

/** The casualty cue in words `from`..`to` (exclusive), if one. */
function casualtyBetween(reader: SentenceReader, from: number, to: number): { readonly label: string; readonly end: number } | undefined {
  for (let k = from; k < to; k++) {
    const cue = reader.cueAt[k];
    if (cue?.group === 'casualties') return cue;
  }
  return undefined;
}

/** Whether nothing is counted right after the number: it ends the clause or a preposition follows. */
export function isBareNumber(reader: SentenceReader, lastWord: number): boolean {
  const { words } = reader.sw;
  let k = lastWord + 1;
  while (isQuote(words[k])) k++;
  const next = words[k];
  if (next?.punct && (next.text === '%' || next.text === '٪')) return false;
  // "20 في المئة" is a share, not a count.
  if (next?.text === 'في' && /^(ال)?(مئه|مائه)$/u.test(words[k + 1]?.text ?? '')) return false;
  return next === undefined || next.punct || AFTER_COUNT.has(next.text);
}

/**
 * Places a figure happened in: pack places (and a capital read as a city after a preposition,
 * "وفي كييف") between `fromWord` and `toWord`.
 */
export function placesBetween(reader: SentenceReader, fromWord: number, toWord: number): string[] {
  const { words, mentionAt } = reader.sw;
  const places: string[] = [];
  for (let k = Math.max(0, fromWord); k <= toWord && k < words.length; k++) {
    const mention = mentionAt[k];
    if (!mention) continue;
    // "نشرته وكالة تاس من موسكو": where an agency reports from is its dateline, not the place of the event.
    if (k >= 2 && words[k - 1]!.text === 'من' && reader.sentence.mentions.some((m) => m.kind === 'organization' && m.end === words[k - 2]!.end)) continue;
    let place = mention.kind === 'place' ? mention.id : undefined;
    if (!place && mention.kind === 'party_metonym') {
      const governed = words[k]!.start < mention.start || (k > 0 && isPreposition(words[k - 1]!.text));
      if (governed) place = mentionAs(mention, 'place');
    }
    if (place && !places.includes(place)) places.push(place);
  }
  return places;
}
