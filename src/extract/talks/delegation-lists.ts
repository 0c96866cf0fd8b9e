/**
 * Who a list of names or an apposition names, and for which side: the readings every way of telling a
 * delegation shares (talks/delegations.ts). A list runs "X وY", with a title and its holder's name or a few
 * words of description between items; a name in the genitive of a description ("صهر ترامب") is no item.
 */
import type { EntityMention } from '../../packs/matcher.ts';
import { foldArabic } from '../../text/normalize.ts';
import { rolesAt } from '../../packs/lookup.ts';
import { holderOf } from '../attribution/pack-lexicon.ts';
import { sliceArticle } from '../attribution/words.ts';
import type { DelegationFact } from '../facts.ts';
import { isOpenName } from '../sentence/open-names.ts';
import { gapWords, isJoin, wordBefore, wordHolding, type TalksSentence } from './sentence.ts';
import type { TalksArticle } from './article.ts';

export type Role = DelegationFact['role'];
export type Found = { person: string; side: string; role: Role };

/** Words of a job or a kinship between two names of one list: "وصهر الرئيس", "ووزير الخارجية". */
export const MAX_DESCRIPTOR_WORDS = 4;
const PUNCT_OR_WAW = /^[\s،,]*و?/u;
const COMMA_THEN_WAW = /،\s*و/u;

/** A longer description may stand between two names when the next item opens with "، و": "دميترييف رئيس صندوق الاستثمار الروسي المباشر، ويوري أوشاكوف". */
export const MAX_DESCRIPTOR_WORDS_BEFORE_COMMA_WAW = 9;
/** Prepositions that make the words after an item a phrase of its own ("مع نظيره", "بين البلدين"), not its description. */
const NOT_DESCRIPTION = new Set(['مع', 'بين', 'ضد', 'عن', 'إلى', 'الى', 'على', 'لدى']);

/** The last "، و" of a gap (offsets in the gap), if any. */
function lastCommaWaw(gap: string): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  for (const match of gap.matchAll(/[،,]\s*و/gu)) found = { start: match.index, end: match.index + match[0].length };
  return found;
}
/** Words that open the list itself after a preamble: "ممثلون آخرون من دول أوروبا، من بينهم …", "كل من …", "…:". */
const LIST_OPENER = /(?:من\s+بينهم|بينهم|ومنهم|منهم|كل\s+من|وهم|:)\s*$/u;

/** Whether the gap before the next name of a list keeps the list going: "، و" or "و" and a few words of description. */
function continuesList(gap: string, first: boolean, firstWords = MAX_DESCRIPTOR_WORDS): boolean {
  if (isJoin(gap)) return true;
  const trimmed = gap.trim();
  if (first && LIST_OPENER.test(trimmed) && !/[.؛]/u.test(trimmed)) return true;
  if (!first && !/[.:؛]/u.test(trimmed)) {
    // "…، بحسب بيان الوزارة، ومستشار الرئيس إبراهيم كالين": a description, then "، و" and the next item's title.
    const commaWaw = lastCommaWaw(trimmed);
    if (commaWaw !== undefined) {
      // The next item's title may be long when it is a plain noun phrase ("، وممثل الرئيس الأمريكي … الخاص للشرق الأوسط").
      const title = trimmed.slice(commaWaw.end);
      const plain = !title.split(/\s+/u).some((word) => NOT_DESCRIPTION.has(word)) && !/[،,]/u.test(title);
      return gapWords(trimmed.slice(0, commaWaw.start)) <= MAX_DESCRIPTOR_WORDS_BEFORE_COMMA_WAW &&
        gapWords(title) <= (plain ? MAX_DESCRIPTOR_WORDS_BEFORE_COMMA_WAW : MAX_DESCRIPTOR_WORDS);
    }
    // "كوستيوكوف من الجانب الروسي وبودانوف": a short description of the item, then و and the next name.
    if (/\sو$/u.test(` ${trimmed}`) && !trimmed.split(/\s+/u).some((word) => NOT_DESCRIPTION.has(word))) {
      return gapWords(trimmed.slice(0, -1)) <= MAX_DESCRIPTOR_WORDS;
    }
  }
  if (trimmed.includes('،') && !COMMA_THEN_WAW.test(trimmed)) return false;
  if (!first && !trimmed.startsWith('و') && !trimmed.startsWith('،')) return false;
  return gapWords(trimmed.replace(PUNCT_OR_WAW, '')) <= (first ? firstWords : MAX_DESCRIPTOR_WORDS);
}

/**
 * Mentions inside the description of a listed person ("مبعوثي الرئاسة الأميركية", "في هيئة الأركان
 * الروسية"), or a place before the first ("وانضم إلى المحادثات في جنيف …"): passed over, not the end of the list.
 */
const DESCRIBING_KINDS = new Set(['party_adjective', 'party', 'party_metonym', 'organization', 'place']);

const COMMA_GAP = /[،,]/u;

/** Words of an apposition between a title and its holder's name ("، المساعد الرئاسي"). */
const APPOSITION_WORDS = 3;

/** "، المساعد الرئاسي " or " في محادثات الرياض ، ": a few words set off by a comma before the name. */
function appositionGap(gap: string): boolean {
  const trimmed = gap.trim();
  const commaAtEdge = trimmed.startsWith('،') || trimmed.startsWith(',') || trimmed.endsWith('،') || trimmed.endsWith(',');
  return commaAtEdge && gapWords(trimmed.replace(/[،,]/gu, ' ')) <= APPOSITION_WORDS && !/[.:؛]/u.test(trimmed);
}

/** A title's complement before its holder's name: a few words, each "ال…" or "ل…" ("للشرق الأوسط", "الخاص لأوكرانيا"). */
function complementGap(gap: string): boolean {
  const words = gap.trim().split(/\s+/u).filter((word) => word !== '');
  return words.length > 0 && words.length <= APPOSITION_WORDS && words.every((word) => /^(?:لل|ل|ال)/u.test(word));
}

export function sameSide(lexicon: TalksArticle['lexicon'], titleId: string, personId: string): boolean {
  const party = lexicon.index.title(titleId)?.party;
  return party !== undefined && party === lexicon.index.person(personId)?.party;
}

/** The person a title or name stands for at the article's date: "المبعوث الأميركي ستيف ويتكوف" → witkoff. */
export function personAt(article: TalksArticle, ts: TalksSentence, mention: EntityMention, next: EntityMention | undefined): { person?: string; consumed: boolean } {
  const { lexicon } = article;
  if (mention.kind === 'person') return { person: mention.id, consumed: false };
  if (mention.kind !== 'title') return { consumed: false };
  if (next?.kind === 'person' && isJoin(sliceArticle(ts.view, mention.end, next.start))) {
    // "صهر الرئيس الأمريكي، جاريد كوشنر", "مستشار الرئيس بوتين، ميدينسكي": a name after a comma is the whole phrase's, never the genitive's.
    if (COMMA_GAP.test(sliceArticle(ts.view, mention.end, next.start))) return { person: next.id, consumed: true };
    return { person: holderOf(lexicon.attribution, mention.id, next.id), consumed: true };
  }
  // "رئيس الوفد الأوكراني، وزير الدفاع رستم عمروف": a name of the title's side right after a short apposition,
  // or after the title's own complement ("المبعوث الأمريكي للشرق الأوسط ستيف ويتكوف", "الخاص لأوكرانيا").
  const gap = next?.kind === 'person' ? sliceArticle(ts.view, mention.end, next.start) : '';
  if (next?.kind === 'person' && sameSide(lexicon, mention.id, next.id) && (appositionGap(gap) || complementGap(gap))) {
    return { person: next.id, consumed: true };
  }
  // The text wins over the pack: a title alone names its holder only when the article's day is known and inside the holder's dated role.
  const holder = article.frame.reference !== undefined ? lexicon.index.holderOf(mention.id, article.frame.reference) : undefined;
  return holder !== undefined ? { person: holder, consumed: false } : { consumed: false };
}

/** Whether a person negotiates: one of their roles is a negotiator's, an envoy's or a delegate's. */
export function negotiates(article: TalksArticle, person: string): boolean {
  return article.lexicon.index.person(person)?.roles.some((role) => article.lexicon.negotiatorRoles.has(role.role)) ?? false;
}

/** A person's part by their roles at the article's date: head of a delegation, an envoy, or neither. */
export function roleByRoles(article: TalksArticle, person: string): Role | undefined {
  const entry = article.lexicon.index.person(person);
  if (!entry) return undefined;
  // Undated, no role is sure: heads change between rounds (Medinsky, then Kostyukov; Arakhamia, then Umerov).
  if (article.frame.reference === undefined) return undefined;
  const roles = rolesAt(entry, article.frame.reference);
  if (roles.some((role) => article.lexicon.headTitles.has(role.role))) return 'head';
  if (roles.some((role) => article.lexicon.envoyRoles.has(role.role))) return 'envoy';
  return undefined;
}

/** Words between a side's title or adjective and the name of a person the pack does not list ("مستشار الرئيس الأوكراني تاراس …"). */
const MAX_WORDS_SIDE_TO_OPEN_NAME = 3;

/**
 * A person's side: the pack's party, or for a person the pack does not list (sentence/open-names.ts), the side
 * of the title or adjective right before the name ("وزير الخارجية الأوكراني …"), else `fallback`
 * (the side of the delegation a list names: "يضم الوفد الأوكراني …"). Nothing else guesses it.
 */
export function sideOf(article: TalksArticle, ts: TalksSentence, person: string, fallback?: string): string | undefined {
  const party = article.lexicon.index.person(person)?.party;
  if (party !== undefined || !isOpenName(person)) return party;
  const { mentions } = ts.view;
  const at = mentions.findIndex((m) => m.id === person);
  const before = mentions[at - 1];
  if (at > 0 && before !== undefined) {
    const gap = sliceArticle(ts.view, before.end, mentions[at]!.start);
    const side = before.kind === 'title' ? article.lexicon.index.title(before.id)?.party
      : before.kind === 'party_adjective' || before.kind === 'party' || before.kind === 'party_metonym' ? before.id : undefined;
    if (side !== undefined && !/[،,.:؛]/u.test(gap) && gapWords(gap) <= MAX_WORDS_SIDE_TO_OPEN_NAME) return side;
  }
  return fallback;
}

/** People at the table of the talks, each for their side (sideOf), with their role by their roles at the article's date, else `role`. */
export function seat(article: TalksArticle, ts: TalksSentence, out: Found[], people: readonly (string | undefined)[], role: Role = 'member'): void {
  for (const person of people) {
    const side = person === undefined ? undefined : sideOf(article, ts, person);
    if (person !== undefined && side !== undefined) out.push({ person, side, role: roleByRoles(article, person) ?? role });
  }
}


/** Nouns whose genitive a person's name is ("صهر ترامب", "إدارة الرئيس ترامب"): the name describes someone else. */
// Only nouns without the article (a head of a genitive has none: "المبعوث ستيف ويتكوف" is an apposition), and not
// the feminine forms in ة: folded, "مستشارة" is "مستشاره" (his adviser), whose name follows as its apposition.
const GENITIVE_HEADS: ReadonlySet<string> = new Set(['صهر', 'نجل', 'ابن', 'زوج', 'شقيق', 'مستشار', 'مساعد', 'حليف', 'صديق', 'ممثل', 'مبعوث'].map(foldArabic));

/** Whether a name is the genitive of a description ("صهر ترامب", "المبعوث الخاص لترامب"), not an item of the list. */
function isGenitiveName(ts: TalksSentence, mention: EntityMention): boolean {
  if (mention.kind !== 'person' && mention.kind !== 'title') return false;
  const word = wordHolding(ts, mention.start);
  if (word && word.start < mention.start && sliceArticle(ts.view, word.start, mention.start).replace(/^[وف]/u, '') === 'ل') return true;
  const before = wordBefore(ts, mention.start);
  return before !== undefined && GENITIVE_HEADS.has(before.text.replace(/^[وف]/u, ''));
}

/** Whether the pack knows a person as a title's bearer. */
function holdsTitle(article: TalksArticle, titleId: string, personId: string): boolean {
  const { attribution } = article.lexicon;
  return attribution.titles.get(titleId)?.person === personId || (attribution.people.get(personId)?.roles.some((role) => role.role === titleId) ?? false);
}

/** A mention that opens a list (and moves its start) or describes an item (and is passed over), else undefined. */
export type Skip = 'opens' | 'describes' | undefined;

/**
 * The people a list of names from `from` names, in order ("X وY", a title with its holder's name,
 * a few words of description between items); undefined for an item no one holds. Stops at anything else.
 */
export function* listedPeople(
  article: TalksArticle, ts: TalksSentence, mentions: readonly EntityMention[], from: number, skip: (mention: EntityMention, first: boolean) => Skip,
  firstWords = MAX_DESCRIPTOR_WORDS,
): Generator<string | undefined> {
  let previousEnd = from;
  let first = true;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const genitive = isGenitiveName(ts, mention);
    const skipped = skip(mention, first) ?? ((DESCRIBING_KINDS.has(mention.kind) && (!first || mention.kind === 'place')) || genitive ? 'describes' : undefined);
    if (skipped === 'opens') previousEnd = mention.end;
    // "وممثل الرئيس الأمريكي دونالد ترامب الخاص …": the genitive title takes its holder's name with it.
    const holder = mentions[i + 1];
    // After a comma the name is the whole phrase's ("وصهر الرئيس الأمريكي، جاريد كوشنر").
    const holderGap = holder ? sliceArticle(ts.view, mention.end, holder.start) : '';
    // The name is the genitive title's only when its bearer holds that title ("وممثل الرئيس الأمريكي دونالد ترامب");
    // "وصهر الرئيس جاريد كوشنر" names the son-in-law.
    if (genitive && mention.kind === 'title' && holder?.kind === 'person' && isJoin(holderGap) && !COMMA_GAP.test(holderGap) &&
      holdsTitle(article, mention.id, holder.id)) i++;
    if (skipped !== undefined) continue;
    if (mention.kind !== 'person' && mention.kind !== 'title') return;
    if (!continuesList(sliceArticle(ts.view, previousEnd, mention.start), first, firstWords)) return;
    const { person, consumed } = personAt(article, ts, mention, mentions[i + 1]);
    previousEnd = consumed ? mentions[i + 1]!.end : mention.end;
    if (consumed) i++;
    first = false;
    // "وصهر الرئيس دونالد ترامب جاريد كوشنر": a name followed at once by another is the genitive of its description.
    const following = mentions[i + 1];
    if (following?.kind === 'person' && sliceArticle(ts.view, previousEnd, following.start).trim() === '') continue;
    yield person;
  }
}

