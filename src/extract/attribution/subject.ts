/**
 * Reading the subject of a speech verb or an attribution marker: who is named right after it
 * ("قال الرئيس الأوكراني فولوديمير زيلينسكي إن…"), whether it is a pronoun subject (nothing named:
 * "وأضاف أن…" continues the previous speaker), or a back-reference ("وأضاف البيان").
 *
 * The words listed here are Arabic grammar (back-referring nouns; the function words are in
 * sentence/function-words.ts), not domain knowledge: who can speak comes from the pack's mentions.
 */
import type { EntityMention } from '../../packs/matcher.ts';
import { foldArabic } from '../../text/normalize.ts';
import type { SentenceView } from '../sentence/article-view.ts';
import { claimantOfMention, holderOf, type AttributionLexicon } from './pack-lexicon.ts';
import { sliceArticle, wordIndexAt, type SentenceWords } from './words.ts';
import { BOUNDARY, isBoundaryWord, isPreposition, PREPOSITIONS } from '../sentence/function-words.ts';
import type { Claimant } from '../facts.ts';
import { isOpenName } from '../sentence/open-names.ts';

/** Nouns that refer back to an earlier source: "أضاف البيان", "وفق الوكالة". */
const ANAPHORS: ReadonlyMap<string, Anaphor> = new Map([
  ['البيان', 'statement'], ['الوكالة', 'agency'], ['الوزارة', 'body'], ['الهيئة', 'body'], ['الجيش', 'body'], ['القيادة', 'body'], ['الأركان', 'body'],
  ['التقرير', 'statement'],
].map(([word, anaphor]) => [foldArabic(word!), anaphor as Anaphor]));

const fold = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldArabic));

/** Pronoun-carrying prepositions between a verb and its subject: "التي تطالب بها موسكو". */
const SKIPPABLE = fold(['به', 'بها', 'بهم', 'له', 'لها', 'لهم', 'عليه', 'عليها', 'منه', 'منها', 'فيه', 'فيها', 'عنه', 'عنها', 'إليه', 'إليها']);

/** Punctuation that ends a subject. */
const STOP_PUNCT = new Set(['،', ',', ':', '«', '»', '"', '“', '”', '(', ')', '.', '؛', ';', '!', '؟', '?', '-']);

/** What a back-reference points to: the statement's author, the agency, or a body (ministry, staff). */
export type Anaphor = 'statement' | 'agency' | 'body';

/** named: someone is written there; anaphor: a back-reference; none: nothing (a pronoun subject); unresolved: words no one can be read from. */
export type Subject =
  | { readonly kind: 'named'; readonly claimant: Claimant; readonly end: number }
  | { readonly kind: 'anaphor'; readonly anaphor: Anaphor; readonly text: string; readonly end: number }
  | { readonly kind: 'none' }
  | { readonly kind: 'unresolved' };

const NONE: Subject = { kind: 'none' };
const UNRESOLVED: Subject = { kind: 'unresolved' };
const MAX_UNKNOWN_WORDS = 4;
const CLAIMING_KINDS = new Set(['person', 'title', 'organization', 'party', 'party_metonym']);

function gapIs(sentence: SentenceView, from: number, to: number, allowed: readonly string[]): boolean {
  if (to < from) return false;
  return allowed.includes(sliceArticle(sentence, from, to).trim());
}

/** Mentions joined into one subject: a title and its holder's name, or parties joined by و. */
function chainFrom(sentence: SentenceView, first: EntityMention): EntityMention[] {
  const chain = [first];
  const { mentions } = sentence;
  let k = mentions.indexOf(first) + 1;
  while (k < mentions.length) {
    const previous = chain[chain.length - 1]!;
    const next = mentions[k]!;
    if (!CLAIMING_KINDS.has(next.kind)) break;
    const titleThenName = previous.kind === 'title' && next.kind === 'person' && gapIs(sentence, previous.end, next.start, ['', '،', ',']);
    const conjoined = previous.kind !== 'title' && gapIs(sentence, previous.end, next.start, ['و']) && next.kind !== 'person';
    if (!titleThenName && !conjoined) break;
    chain.push(next);
    k++;
  }
  return chain;
}

function claimantOfChain(lexicon: AttributionLexicon, sentence: SentenceView, chain: readonly EntityMention[]): Claimant | undefined {
  const first = chain[0]!;
  const second = chain[1];
  if (first.kind === 'title' && second?.kind === 'person') {
    return { kind: 'person', id: holderOf(lexicon, first.id, second.id), text: sliceArticle(sentence, first.start, second.end) };
  }
  if (second !== undefined) {
    // "موسكو وكييف": a joint claim, named as written; no single id fits it.
    const last = chain[chain.length - 1]!;
    return { kind: 'party', text: sliceArticle(sentence, first.start, last.end) };
  }
  return claimantOfMention(lexicon, first);
}

/** The claimant of a noun phrase that does not begin with a pack name: "مسؤول أوكراني", "مستشار الرئيس الأوكراني ميخايلو بودولياك". */
function claimantOfPhrase(lexicon: AttributionLexicon, inner: readonly EntityMention[], text: string): Claimant | undefined {
  const person = [...inner].reverse().find((m) => m.kind === 'person');
  if (person) return { kind: 'person', id: person.id, text };
  const organization = inner.find((m) => m.kind === 'organization');
  if (organization) return { kind: 'organization', id: organization.id, text };
  // A title after an unknown head is a genitive ("مستشار الرئيس الأوكراني"): only its party is sure.
  const title = inner.find((m) => m.kind === 'title');
  if (title) {
    const party = lexicon.titles.get(title.id)?.party;
    return party ? { kind: 'party', id: party, text } : { kind: 'unknown', text };
  }
  const parties = new Set(inner.filter((m) => m.kind === 'party' || m.kind === 'party_adjective' || m.kind === 'party_metonym').map((m) => m.id));
  // Two sides in one phrase ("قنوات الاتصال بين واشنطن وموسكو") name no one.
  if (parties.size === 1) return { kind: 'party', id: [...parties][0]!, text };
  return parties.size > 1 ? { kind: 'unknown', text } : undefined;
}

/** A person named right after a comma that follows `end` ("…، يوري أوشاكوف،"), when the name closes with a comma or the clause. */
function apposedPerson(sentence: SentenceView, sw: SentenceWords, end: number): EntityMention | undefined {
  const { words } = sw;
  const k = wordIndexAt(words, end);
  const comma = words[k];
  if (!comma?.punct || (comma.text !== '،' && comma.text !== ',')) return undefined;
  const mention = sentence.mentions.find((m) => m.start >= comma.end && m.kind === 'person');
  if (!mention || sliceArticle(sentence, comma.end, mention.start).trim() !== '') return undefined;
  const after = words[wordIndexAt(words, mention.end)];
  return after === undefined || after.punct ? mention : undefined;
}

/** Furthest a title's name may stand after it, set off by commas ("وزير الخارجية ورئيس وفد بلاده إلى المحادثات، سيرغي لافروف،"). */
const MAX_WORDS_TITLE_TO_NAME = 10;

/** Words before a name that describe it ("المساعد الرئاسي"): a few, none a preposition or a complementizer. */
function isDescriptorGap(sw: SentenceWords, from: number, to: number): boolean {
  const { words } = sw;
  const gap = words.slice(wordIndexAt(words, from), wordIndexAt(words, to));
  return gap.length <= MAX_DESCRIPTOR_WORDS && gap.every((word) => !word.punct && !isBoundaryWord(word.text));
}
const MAX_DESCRIPTOR_WORDS = 3;

/**
 * The person a title is set off to name: "رئيس الوفد الأوكراني، وزير الدفاع رستم عمروف،".
 * The name follows the first comma after the title (another title may stand before it), closes
 * its clause (a comma, a complementizer, the end), and belongs to the title's party: "وزير
 * الخارجية الروسي خلال لقائه نظيره التركي، جاويش أوغلو" is not Lavrov.
 */
function titleApposition(lexicon: AttributionLexicon, sentence: SentenceView, sw: SentenceWords, title: EntityMention): EntityMention | undefined {
  const { words } = sw;
  const from = wordIndexAt(words, title.end);
  for (let k = from; k < words.length && k - from <= MAX_WORDS_TITLE_TO_NAME; k++) {
    const word = words[k]!;
    if (!word.punct) {
      if (BOUNDARY.has(word.text) && !PREPOSITIONS.has(word.text)) return undefined;
      continue;
    }
    if (word.text !== '،' && word.text !== ',') return undefined;
    let next = sentence.mentions.find((m) => m.start >= word.end);
    if (next?.kind === 'title' && sliceArticle(sentence, word.end, next.start).trim() === '') {
      const chain = chainFrom(sentence, next);
      next = chain.length === 2 ? chain[1] : undefined;
    } else if (next && !isDescriptorGap(sw, word.end, next.start)) return undefined;
    if (next?.kind !== 'person') return undefined;
    const after = words[wordIndexAt(words, next.end)];
    if (after !== undefined && !after.punct && !BOUNDARY.has(after.text)) return undefined;
    const titleParty = lexicon.titles.get(title.id)?.party;
    const personParty = lexicon.people.get(next.id)?.party;
    return titleParty === undefined || personParty === undefined || titleParty === personParty ? next : undefined;
  }
  return undefined;
}

/** Furthest a described person's full name may stand after the description ends. */
const MAX_WORDS_DESCRIPTION_TO_NAME = 8;

/**
 * The person a descriptor goes on to name: "عضو الوفد الروسي في محادثات إسطنبول فلاديمير
 * ميدينسكي، أن…", "رئيس الإدارة العسكرية في منطقة سومي، دميترو زيفيتسكي، إن…". Only a full name
 * (given name and surname) closing its clause, set off by a comma at most: a surname alone after a
 * noun is a genitive ("في تعليق على تصريحات زيلينسكي"). After a party's descriptor the person is of
 * that party or one the pack does not list; after a descriptor of no party, only one the pack does
 * not list, whose party nothing contradicts.
 */
function describedPerson(lexicon: AttributionLexicon, sentence: SentenceView, sw: SentenceWords, end: number, party: string | undefined): EntityMention | undefined {
  const { words } = sw;
  const from = wordIndexAt(words, end);
  for (let k = from; k < words.length && k - from <= MAX_WORDS_DESCRIPTION_TO_NAME; k++) {
    const word = words[k]!;
    if (word.punct) {
      if ((word.text === '،' || word.text === ',') && sw.mentionAt[k + 1]?.kind === 'person') continue;
      return undefined;
    }
    const mention = sw.mentionAt[k];
    if (mention?.kind === 'person') {
      const full = /\s/u.test(sliceArticle(sentence, mention.start, mention.end).trim());
      const after = words[wordIndexAt(words, mention.end)];
      const closes = after === undefined || after.punct || BOUNDARY.has(after.text);
      const personParty = lexicon.people.get(mention.id)?.party;
      const sameSide = personParty === undefined ? isOpenName(mention.id) : personParty === party;
      return full && closes && sameSide ? mention : undefined;
    }
    if (BOUNDARY.has(word.text) && !PREPOSITIONS.has(word.text)) return undefined;
  }
  return undefined;
}

/**
 * The subject that starts at word `from` (dates in between are skipped: "أعلن الخميس الجيش…").
 * `leadingWords` lets a marker reach past a few words to the name: "وفق بيان نشرته هيئة الأركان".
 */
export function readSubject(
  lexicon: AttributionLexicon,
  sentence: SentenceView,
  sw: SentenceWords,
  from: number,
  leadingWords = 0,
): Subject {
  const { words, mentionAt, inDate } = sw;
  let i = from;
  while (i < words.length && (inDate[i] || SKIPPABLE.has(words[i]!.text))) i++;
  const head = words[i];
  if (!head || head.punct) return NONE;
  const headMention = mentionAt[i];
  const named = headMention !== undefined && CLAIMING_KINDS.has(headMention.kind);
  if (!named && isBoundaryWord(head.text)) return NONE;
  const anaphor = ANAPHORS.get(head.text);
  if (anaphor && !headMention) return { kind: 'anaphor', anaphor, text: sliceArticle(sentence, head.start, head.end), end: head.end };

  const inner: EntityMention[] = [];
  let end = head.start;
  let plain = 0;
  for (let j = i; j < words.length; j++) {
    const word = words[j]!;
    if (word.end <= end) continue; // inside a mention already taken
    const mention = mentionAt[j];
    if (mention && CLAIMING_KINDS.has(mention.kind) && (j === i || plain > 0)) {
      const chain = chainFrom(sentence, mention);
      if (j === i || (leadingWords > 0 && inner.length === 0 && plain <= leadingWords && mention.kind !== 'party' && mention.kind !== 'party_metonym')) {
        const last = chain[chain.length - 1]!;
        const named = last.kind === 'title' ? titleApposition(lexicon, sentence, sw, last) : undefined;
        if (named) return { kind: 'named', claimant: { kind: 'person', id: named.id, text: sliceArticle(sentence, mention.start, named.end) }, end: named.end };
        const claimant = claimantOfChain(lexicon, sentence, chain);
        return claimant ? { kind: 'named', claimant, end: last.end } : NONE;
      }
      inner.push(...chain);
      end = chain[chain.length - 1]!.end;
      continue;
    }
    if (mention) {
      // An adjective or a place inside the phrase ("مسؤول أوكراني"): part of it, and after a party
      // adjective the noun phrase is complete ("السلطات الأوكرانية بمقتل…").
      inner.push(mention);
      end = Math.max(word.end, mention.end);
      if (mention.kind === 'party_adjective' && !mentionAt[j + 1]) break;
      continue;
    }
    if (word.punct ? STOP_PUNCT.has(word.text) : isBoundaryWord(word.text)) break;
    if (inDate[j]) break;
    plain++;
    // A marker reaches only a few words for its source ("وفق بيان نشرته هيئة الأركان").
    if (leadingWords > 0 && plain > leadingWords) return NONE;
    if (plain > MAX_UNKNOWN_WORDS) return UNRESOLVED;
    end = word.end;
  }
  if (leadingWords > 0 && inner.length === 0) return NONE;
  // "مساعد بوتين، يوري أوشاكوف": a name set off by a comma after a descriptor is who speaks, not the genitive in it.
  const apposed = apposedPerson(sentence, sw, end);
  if (apposed && inner.length > 0 && !CLAIMING_KINDS.has(mentionAt[i]?.kind ?? '')) {
    return { kind: 'named', claimant: { kind: 'person', id: apposed.id, text: sliceArticle(sentence, head.start, apposed.end) }, end: apposed.end };
  }
  // The words after a person named inside the phrase are the verb's object, not the name: "وصف الباحث … دوغين الاجتماع".
  const person = inner.findLast((m) => m.kind === 'person');
  const text = sliceArticle(sentence, head.start, person?.end ?? end);
  const claimant = claimantOfPhrase(lexicon, inner, text);
  const describes = claimant === undefined || claimant.kind === 'unknown' || (claimant.kind === 'party' && claimant.id !== undefined);
  const described = describes ? describedPerson(lexicon, sentence, sw, end, claimant?.kind === 'party' ? claimant.id : undefined) : undefined;
  if (described) return { kind: 'named', claimant: { kind: 'person', id: described.id, text: sliceArticle(sentence, head.start, described.end) }, end: described.end };
  if (claimant) return { kind: 'named', claimant, end };
  // An unnamed subject ("مصدر", "السلطات"): said by someone, but not anyone the pack knows.
  return plain <= 3 ? { kind: 'named', claimant: { kind: 'unknown', text }, end } : UNRESOLVED;
}

/**
 * The claimant named right before `offset` (subject-verb order: "إلا أن زيلينسكي أوضح", "أوكرانيا
 * تعلن"), unless a preposition governs it ("في كييف قالت السلطات", "بموسكو").
 */
export function subjectBefore(lexicon: AttributionLexicon, sentence: SentenceView, sw: SentenceWords, offset: number): Claimant | undefined {
  const { mentions } = sentence;
  let k = mentions.length - 1;
  while (k >= 0 && mentions[k]!.end > offset) k--;
  const mention = mentions[k];
  if (!mention || !CLAIMING_KINDS.has(mention.kind) || sliceArticle(sentence, mention.end, offset).trim() !== '') return undefined;
  const index = wordIndexAt(sw.words, mention.start + 1) - 1;
  const word = sw.words[index];
  if (word && word.start < mention.start) {
    const clitics = sliceArticle(sentence, word.start, mention.start);
    if (/[بلك]/u.test(clitics)) return undefined;
  }
  const before = sw.words[word && word.start <= mention.start ? index - 1 : index];
  if (before && !before.punct && isPreposition(before.text)) return undefined;
  return claimantOfMention(lexicon, mention);
}
