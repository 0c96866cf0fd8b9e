/**
 * People the pack does not list (the open world). Arabic has no capital letters, so a name is told
 * from running text by its shape: one of the pack's given names (pack.givenNames) followed by one
 * or two surname words ("النائب أندريه غوروليوف", "رومان جولوفتشينكو،"). Such a name becomes a
 * person mention like any pack person, with the key `name:` + its folded form, so every reader
 * (speakers, delegations, meetings) treats it as a person and the same spelling is the same person
 * across articles.
 *
 * A false name is worse than a missing one, so a surname word is refused when it carries the
 * article or a preposition (a noun, not a name), is a function word, a number, a date, a cue word
 * (a verb of speech, a talks noun) or a pack mention, and the whole name is refused when its
 * surname is close to a listed person's (a misspelt known person is not a new one).
 */
import type { EntityMention, PhraseMatch } from '../../packs/matcher.ts';
import { isWordCode, toFormKey } from '../../packs/form-key.ts';
import type { Pack } from '../../packs/schema.ts';
import type { DateMention } from '../../text/dates.ts';
import type { Claimant, Fact } from '../facts.ts';
import { toOriginalSpan, type NormalizedText, type Span } from '../../text/normalize.ts';
import { isFunctionWord } from './function-words.ts';

/** The prefix of an open-world person's id; what follows is the name's folded form. */
export const OPEN_NAME_PREFIX = 'name:';

/** Whether a person id is an open-world key rather than a pack id. */
export const isOpenName = (id: string): boolean => id.startsWith(OPEN_NAME_PREFIX);

/** A listed person's one-word surnames, folded, with the given names the pack writes before them. */
type KnownSurname = { readonly surname: string; readonly person: string; readonly givenNames: ReadonlySet<string> };

/** What the reader knows beyond the given names: the pack's one-word surnames, by length. */
export type KnownSurnames = ReadonlyMap<number, readonly KnownSurname[]>;

export function knownSurnamesOf(pack: Pack): KnownSurnames {
  const byLength = new Map<number, KnownSurname[]>();
  for (const person of pack.people) {
    const givenNames = new Set(person.givenNames.map(toFormKey));
    for (const form of person.forms) {
      const surname = toFormKey(form);
      if (surname.includes(' ')) continue;
      const list = byLength.get(surname.length) ?? [];
      list.push({ surname, person: person.id, givenNames });
      byLength.set(surname.length, list);
    }
  }
  return byLength;
}

/** The spans a surname word must not touch: the pack's mentions, the cue phrases and the dates. */
export type TakenSpans = {
  /** Article offsets. */
  readonly mentions: readonly EntityMention[];
  /** Normalized offsets. */
  readonly cues: readonly (readonly PhraseMatch[])[];
  /** Article offsets. */
  readonly dates: readonly DateMention[];
};

const MAX_SURNAME_WORDS = 2;
const MIN_SURNAME_LENGTH = 3;
/** Clitics a given name may carry and still start a name: "وأندريه". A preposition (بـ، لـ) governs it, the article makes it a noun. */
const NAME_PREFIXES = new Set(['', 'و', 'ف']);
/** How a noun, never a surname, begins as written (before folding, which turns "أل" into "ال" too). */
const NOUN_START = /^(?:[وف]?(?:ال|بال|كال)|لل)/u;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Levenshtein distance, or more than `limit` as soon as it is sure to be. */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return false;
    previous = current;
  }
  return previous[b.length]! <= limit;
}

/**
 * Whether a folded surname is a listed person's, written a little differently: one letter off, or
 * two letters off after that person's own given name with the first letter kept ("ستيفن ويتوك" is
 * Witkoff misspelt; "ألكسندر دوغين" is not "ألكسندر فومين"). Such a name is too close to be a new
 * person and too far to be sure who it is, so it is left unnamed.
 */
function nearKnownPerson(known: KnownSurnames, given: string, surname: string): boolean {
  for (let length = surname.length - 2; length <= surname.length + 2; length++) {
    for (const entry of known.get(length) ?? []) {
      if (withinEdits(surname, entry.surname, 1)) return true;
      const sameStart = surname.length >= 5 && surname.charCodeAt(0) === entry.surname.charCodeAt(0);
      if (sameStart && entry.givenNames.has(given) && withinEdits(surname, entry.surname, 2)) return true;
    }
  }
  return false;
}

/** A span of the sentence's normalized text in article offsets. */
function toArticle(n: NormalizedText, offsetBy: number, span: Span): Span {
  const original = toOriginalSpan(n, span);
  return { start: original.start + offsetBy, end: original.end + offsetBy };
}

/** Whether a span of normalized text touches a pack mention, a date or a cue phrase. */
function isTaken(n: NormalizedText, offsetBy: number, taken: TakenSpans, span: Span): boolean {
  const inArticle = toArticle(n, offsetBy, span);
  for (const mention of taken.mentions) if (overlaps(mention, inArticle)) return true;
  for (const date of taken.dates) if (overlaps(date, inArticle)) return true;
  for (const table of taken.cues) for (const cue of table) if (overlaps(cue, span)) return true;
  return false;
}

/** The word of folded text that starts at `at` (letters and digits), as a normalized span. */
function wordAt(text: string, at: number): Span {
  let end = at;
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  return { start: at, end };
}

/**
 * The open-world person mentions of one sentence, in article offsets: each given name not inside a
 * pack mention, followed by its surname words. `given` are the given-name matches (normalized offsets).
 */
export function openNameMentions(
  known: KnownSurnames,
  n: NormalizedText,
  offsetBy: number,
  given: readonly PhraseMatch[],
  taken: TakenSpans,
): EntityMention[] {
  const found: EntityMention[] = [];
  const { text } = n;
  for (const match of given) {
    let wordStart = match.start;
    while (wordStart > 0 && isWordCode(text.charCodeAt(wordStart - 1))) wordStart--;
    if (!NAME_PREFIXES.has(text.slice(wordStart, match.start))) continue;
    if (match.end < text.length && isWordCode(text.charCodeAt(match.end))) continue;
    if (isTaken(n, offsetBy, taken, match)) continue;
    let end = match.end;
    let surname = '';
    for (let count = 0; count < MAX_SURNAME_WORDS; count++) {
      if (text.charCodeAt(end) !== 0x20) break;
      const word = wordAt(text, end + 1);
      const folded = text.slice(word.start, word.end);
      if (folded.length < MIN_SURNAME_LENGTH || /\d/u.test(folded) || isFunctionWord(folded)) break;
      const original = toOriginalSpan(n, word);
      if (NOUN_START.test(n.original.slice(original.start, original.end)) || isTaken(n, offsetBy, taken, word)) break;
      end = word.end;
      surname = folded;
    }
    if (surname === '' || nearKnownPerson(known, text.slice(match.start, match.end), surname)) continue;
    const span = toArticle(n, offsetBy, { start: match.start, end });
    const written = toOriginalSpan(n, { start: match.start, end });
    const name = n.original.slice(written.start, written.end);
    found.push({ kind: 'person', id: `${OPEN_NAME_PREFIX}${toFormKey(name)}`, start: span.start, end: span.end, text: name });
  }
  return found;
}

/** The article's people the pack does not list: key → the name as first written. */
function openNamesOf(sentences: readonly { readonly mentions: readonly EntityMention[] }[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const sentence of sentences) {
    for (const mention of sentence.mentions) if (isOpenName(mention.id) && !names.has(mention.id)) names.set(mention.id, mention.text);
  }
  return names;
}

/** Each fact about a person the pack does not list, with that person's name as written (in the article's `sentences`) beside the key. */
export function withOpenNames(sentences: readonly { readonly mentions: readonly EntityMention[] }[], facts: Fact[]): Fact[] {
  const names = openNamesOf(sentences);
  if (names.size === 0) return facts;
  const named = (claimant: Claimant): Claimant => {
    const name = claimant.id !== undefined ? names.get(claimant.id) : undefined;
    return name !== undefined ? { ...claimant, name } : claimant;
  };
  return facts.map((fact) => {
    switch (fact.kind) {
      case 'statement': return { ...fact, speaker: named(fact.speaker) };
      case 'figure': return { ...fact, claimant: named(fact.claimant) };
      case 'delegation': {
        const name = names.get(fact.person);
        return name !== undefined ? { ...fact, name } : fact;
      }
      default: return fact;
    }
  });
}
