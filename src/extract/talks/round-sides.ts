/**
 * Who takes part in a round as one clause tells it: the sides named as taking part ("بين روسيا
 * وأوكرانيا", "مفاوضون أوكرانيون وروس", "أوكرانيا وروسيا بدأتا"), the mediators ("بوساطة أمريكية",
 * "بحضور المبعوث الأميركي"), and whether the talks are a meeting of two people rather than of sides.
 * A place ("الحرب في أوكرانيا") or a host ("الإمارات ستستضيف") is neither a side nor a mediator.
 */
import type { EntityMention } from '../../packs/matcher.ts';
import { sliceArticle, wordIndexAt, type Word } from '../attribution/words.ts';
import { foldArabic } from '../../text/normalize.ts';
import { COUNTERPART, LOCATIVE, MEETS_WITH, RANKS, type TalksLexicon } from './lexicon.ts';
import { gapWords, gluedBefore, hasWord, hitsIn, is, isLocative, partyOfMention, partyRuns, wordAfter, wordBefore, type Hit, type Span, type TalksSentence } from './sentence.ts';

const CLITIC_END = /[وف]?(?:ال)?$/u;

/** Whether a word is a delegation's or the talks' own noun ("الوفدين", "المحادثات"), not a rank ("الرئيسين"). */
function isActorNoun(ts: TalksSentence, noun: Word): boolean {
  return ts.hits.some((hit) => hit.start < noun.end && hit.end > noun.start && (is(hit, 'intro', 'actor') || is(hit, 'talks')));
}

/**
 * Whether the talks are a meeting of people (Putin and Witkoff, two presidents), not of sides or
 * delegations: people named after "بين" or "مع", or a rank before two adjectives ("بين الرئيسين
 * الأوكراني … والأميركي", "وعقد الرئيسان الأمريكي والصيني قمة").
 */
/**
 * "جمع", "ضم": a meeting brought them together, but only after a meeting's noun ("اللقاء الذي جمع", "اجتماعا ضم");
 * else it is "collected" or "annexed".
 */
export function isGathering(hit: { readonly folded: string }): boolean {
  const word = hit.folded.replace(/^[وف]/u, '');
  return word !== 'بين' && word !== 'مع';
}

/** Verbs of meeting that take people as subject and object: "استقبل الرئيس الروسي … المبعوث الأمريكي". */
export const MEETING_VERBS: ReadonlySet<string> = new Set(['التقى', 'التقت', 'التقيا', 'اجتمع', 'اجتمعت', 'اجتمعا', 'استقبل', 'استقبلت'].map(foldArabic));

/** Verbs of holding (folded) whose subject, when a person, makes the talks a meeting of people. */
export const HOLDING_VERBS: ReadonlySet<string> = new Set(['عقد', 'عقدا', 'أجرى', 'أجريا'].map(foldArabic));

/** Nouns of a meeting (folded) that take the one met as their object after "ل": "للقاء ترامب", "لاجتماع بوتين". */
const MEETING_NOUNS: ReadonlySet<string> = new Set(['لقاء', 'اجتماع'].map(foldArabic));

export function isMeetingOfPeople(lexicon: TalksLexicon, ts: TalksSentence, scope: Span): boolean {
  // "استقبل الرئيس الروسي فلاديمير بوتين … ستيف ويتكوف": a verb of meeting with a person or a title for subject.
  for (const verb of hitsIn(ts, 'talks', scope, 'meeting')) {
    if (!MEETING_VERBS.has(verb.folded.replace(/^[وف]/u, ''))) continue;
    const first = ts.view.mentions.find((mention) => mention.start >= verb.end && mention.start < scope.end);
    if (first && (first.kind === 'person' || first.kind === 'title') && gapWords(sliceArticle(ts.view, verb.end, first.start)) <= 2) return true;
  }
  // "عقد الرئيس الأمريكي … ونظيره الروسي … اجتماعا": a verb of holding with a person or a title for subject.
  for (const verb of hitsIn(ts, 'status', scope, 'held')) {
    if (!HOLDING_VERBS.has(verb.folded.replace(/^[وف]/u, ''))) continue;
    const first = ts.view.mentions.find((mention) => mention.start >= verb.end && mention.start < scope.end);
    if (first && (first.kind === 'person' || (first.kind === 'title' && !lexicon.headTitles.has(first.id))) &&
      sliceArticle(ts.view, verb.end, first.start).trim() === '') return true;
  }
  // "وصل زيلينسكي … للقاء رئيس الولايات المتحدة، دونالد ترامب": a meeting's noun with a person or a title for object.
  for (const noun of hitsIn(ts, 'talks', scope, 'meeting')) {
    if (MEETING_VERBS.has(noun.folded.replace(/^[وف]/u, '')) || !MEETING_NOUNS.has(noun.folded.replace(/^[وف]/u, ''))) continue;
    const first = ts.view.mentions.find((mention) => mention.start >= noun.end && mention.start < scope.end);
    if (first && (first.kind === 'person' || first.kind === 'title') && !(first.kind === 'title' && lexicon.headTitles.has(first.id)) &&
      sliceArticle(ts.view, noun.end, first.start).trim() === '' && gluedBefore(ts, noun).replace(/^[وف]/u, '') === 'ل') return true;
  }
  for (const between of hitsIn(ts, 'intro', scope, 'participant')) {
    if (!MEETS_WITH.has(between.folded.replace(/^[وف]/u, '')) || (isGathering(between) && !followsTalks(ts, between, scope))) continue;
    const first = ts.view.mentions.find((mention) => mention.start >= between.end && mention.start < scope.end);
    if (!first || gapWords(sliceArticle(ts.view, between.end, first.start)) > 2) continue;
    // "بين وفدين: أحدهما أمريكي والآخر روسي": delegations, not people.
    const next = wordAfter(ts, between.end);
    if (next && next.start < first.start && isActorNoun(ts, next)) continue;
    // "بين رئيس الوفد الروسي … ونظيره الأوكراني": the heads of the delegations meeting are the talks themselves.
    if (first.kind === 'title' && lexicon.headTitles.has(first.id)) continue;
    if (first.kind === 'person' || first.kind === 'title') return true;
    const noun = first.kind === 'party_adjective' ? wordBefore(ts, first.start) : undefined;
    if (noun && noun.start >= between.end && !isActorNoun(ts, noun)) return true;
  }
  for (const run of partyRuns(ts, scope)) {
    if (run.length < 2 || run.some((mention) => mention.kind !== 'party_adjective')) continue;
    // The rank may carry its office: "وزيرا الخارجية الروسي والأوكراني".
    const noun = wordBefore(ts, run[0]!.start);
    const rank = noun ? wordBefore(ts, noun.start) : undefined;
    if ([noun, rank].some((word) => word !== undefined && word.start >= scope.start && hasWord(RANKS, word.text))) return true;
  }
  return false;
}

/** The sides taking part in a round and the ones mediating it, as party ids. */
export type PartyRoles = { parties: string[]; mediators: string[] };

/** Words "بين" may stand after and still belong to the talks before them: "المحادثات الأخيرة بين", "اللقاء الثالث بين". */
const TALKS_REACH = 3;

/** Whether a talks, meeting or delegation word stands within a few words before `hit` ("محادثات … بين", not "الحرب الدائرة بين"). */
function followsTalks(ts: TalksSentence, hit: { readonly start: number }, scope: Span): boolean {
  return ts.hits.some((other) => other.end <= hit.start && other.start >= scope.start && (is(other, 'talks') || is(other, 'intro', 'actor')) &&
    gapWords(sliceArticle(ts.view, other.end, hit.start)) <= TALKS_REACH - 1);
}

/** Words that place a second meeting before or after the clause's own ("في اليوم التالي لاجتماع أمريكي روسي"). */
const SEQUENCE = new Set(['بعد', 'قبل', 'عقب', 'إثر', 'التالي', 'السابق', 'يلي', 'تلا', 'سبق', 'أعقاب'].map(foldArabic));

/**
 * Whether a talks word is a second meeting the clause dates its own by: "اختتمت محادثات بين الأوكرانيين
 * والأمريكيين في اليوم التالي لاجتماع أمريكي روسي" — Russia sat at the other table.
 */
function isOtherEvent(ts: TalksSentence, hit: { readonly start: number }, scope: Span): boolean {
  const before = wordBefore(ts, hit.start);
  if (!before || !SEQUENCE.has(before.text.replace(/^[وف]?(?:ب|ل)?/u, '')) && !SEQUENCE.has(before.text.replace(/^[وف]/u, ''))) return false;
  return ts.hits.some((other) => other.start >= scope.start && other.end <= before.start && is(other, 'talks'));
}

/** "وفدين: أحدهما روسي …": "one of them" between the delegations and their sides. */
const ONE_OF_TWO = /^[:،,\s]*(?:أحدهما|احدهما|أحدها|إحداهما)$/u;

/** How a run of party names relates to the talks: taking part, mediating, or neither (a place, a host). */
function roleOfRun(ts: TalksSentence, run: readonly EntityMention[], scope: Span): 'party' | 'mediator' | undefined {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (isLocative(ts, first)) return undefined;
  const before = ts.hits.filter((hit) => hit.end <= first.start && hit.start >= scope.start).slice(-2).reverse();
  for (const hit of before) {
    const gap = sliceArticle(ts.view, hit.end, first.start).replace(CLITIC_END, '').trim();
    const words = gapWords(gap);
    if (words > 2) break;
    if (is(hit, 'intro', 'host')) return undefined;
    if (is(hit, 'formats', 'mediated') && !is(hit, 'intro', 'participant') && !is(hit, 'role', 'member')) return 'mediator';
    // "الحرب الدائرة بين روسيا وأوكرانيا", "اتفاق سلام بين…": "بين" and "مع" name the talks' sides only after the talks' own words.
    if (is(hit, 'intro', 'participant') && MEETS_WITH.has(hit.folded.replace(/^[وف]/u, '')) && !followsTalks(ts, hit, scope)) return undefined;
    if (is(hit, 'intro', 'participant') || is(hit, 'role', 'member')) return 'party';
    if (is(hit, 'intro', 'actor') && (words === 0 || gap === 'من' || gap === 'عن' || ONE_OF_TWO.test(gap))) return 'party';
    if ((is(hit, 'talks') || is(hit, 'status')) && words === 0) return isOtherEvent(ts, hit, scope) ? undefined : 'party';
  }
  // Subject before its verb: "أوكرانيا وروسيا بدأتا" (a host is not a side: "الإمارات ستستضيف").
  const after = ts.hits.find((hit) => hit.start >= last.end && hit.start < scope.end);
  if (after && !is(after, 'intro', 'host') && (is(after, 'status') || is(after, 'talks')) && sliceArticle(ts.view, last.end, after.start).trim() === '') return 'party';
  return undefined;
}

/** "أنهما", "أنهم", "عن": the reported clause of a joint subject, whose verb the subject did together. */
const JOINT_REPORT = new Set(['انهما', 'بانهما', 'انهم', 'بانهم', 'عن'].map(foldArabic));
/** Words between a speech verb and its joint subject ("أعلنت، الجمعة، روسيا وأوكرانيا"). */
const MAX_WORDS_VERB_TO_SUBJECT = 2;

/**
 * The sides that say together what they did: "أعلنت روسيا وأوكرانيا … أنهما أجرتا عملية تبادل",
 * "أعلنت روسيا وأوكرانيا عن عقد جولة جديدة". Two or more sides as the subject of the speech verb
 * whose reported clause starts at `scope` are the sides of what it reports.
 */
export function jointSpeakers(lexicon: TalksLexicon, ts: TalksSentence, scope: Span): string[] {
  const opener = ts.words.words[wordIndexAt(ts.words.words, scope.start)];
  if (!opener || !JOINT_REPORT.has(opener.text)) return [];
  const speech = ts.hits.filter((hit) => is(hit, 'speech') && hit.end <= scope.start).pop();
  if (!speech) return [];
  const run = partyRuns(ts, { start: speech.end, end: scope.start }).find((r) => r.length >= 2 && r.every((m) => m.kind === 'party' || m.kind === 'party_metonym'));
  if (!run || gapWords(sliceArticle(ts.view, speech.end, run[0]!.start).replace(/[،,]/gu, ' ')) > MAX_WORDS_VERB_TO_SUBJECT + 1) return [];
  return run.map((mention) => partyOfMention(lexicon, mention)).filter((id): id is string => id !== undefined);
}

/** Words a talks noun may carry before "مع" ("محادثاتهم رفيعة المستوى مع"). */
const MAX_WORDS_TALKS_TO_WITH = 2;
/** How far into a sentence its subject stands after the verb ("وافقت أوكرانيا", "قال المسؤولون الأوكرانيون"). */
const SUBJECT_REACH = 3;
/** How far an actor noun's description may carry its side ("مسؤولون بارزون في إدارة الرئيس الأمريكي"). */
const ACTOR_SUBJECT_REACH = 7;

/** Words of an opening adverbial before its comma ("وفي الوقت نفسه،"). */
const MAX_WORDS_OPENING_ADVERBIAL = 5;

/** The side of a sentence's subject right after its opening verb: a party, an adjective on an actor noun, or a person. */
function openingSubject(lexicon: TalksLexicon, ts: TalksSentence, words: readonly Word[]): string | undefined {
  const verb = words[0];
  // A sentence opening on a preposition or a noun with the article has no verb first.
  // ("التقى" is a verb though it starts like an article: a word the grammar knows is read as what it knows.)
  const known = verb !== undefined && ts.hits.some((hit) => hit.start <= verb.start && hit.end >= verb.end);
  if (!verb || (!known && verb.text.replace(/^[وف]/u, '').startsWith('ال')) || hasWord(LOCATIVE, verb.text) || MEETS_WITH.has(verb.text)) return undefined;
  // An actor noun for subject may carry its side in a description ("مسؤولون بارزون في إدارة الرئيس الأمريكي").
  const actorFirst = words[1] !== undefined && isActorNoun(ts, words[1]);
  const limit = words[Math.min(actorFirst ? ACTOR_SUBJECT_REACH : SUBJECT_REACH, words.length - 1)]!.end;
  const mention = ts.view.mentions.find((m) => m.start >= verb.end && m.start < limit);
  if (!mention || (isLocative(ts, mention) && !actorFirst)) return undefined;
  if (actorFirst && sliceArticle(ts.view, verb.end, mention.start).split(/\s+/u).some((word) => MEETS_WITH.has(foldArabic(word)))) return undefined;
  if (mention.kind === 'party_adjective' && !actorFirst) {
    const noun = wordBefore(ts, mention.start);
    if (!noun || !isActorNoun(ts, noun)) return undefined;
  }
  return partyOfMention(lexicon, mention);
}

/**
 * The subject's own side in talks it holds "with" another ("وافقت أوكرانيا … بعد محادثات مع المسؤولين
 * الأمريكيين", "قال المسؤولون الأوكرانيون إن محادثاتهم مع الولايات المتحدة …"): a side of the talks too.
 */
export function subjectWithParty(lexicon: TalksLexicon, ts: TalksSentence, scope: Span, cues: readonly Hit[]): string | undefined {
  let all = ts.words.words;
  // An opening adverbial ends at its comma ("وفي الوقت نفسه، قال …").
  const comma = all.findIndex((word) => word.punct && (word.text === '،' || word.text === ','));
  if (comma > 0 && comma <= MAX_WORDS_OPENING_ADVERBIAL && hasWord(LOCATIVE, all[0]!.text)) all = all.slice(comma + 1);
  const words = all.filter((word) => !word.punct);
  const verb = words[0];
  if (!verb) return undefined;
  // "التقى مسؤولون أمريكيون، الأحد، مع مفاوضين أوكرانيين": the opening verb of meeting has its subject's side at the table.
  const opensWithMeeting = MEETING_VERBS.has(verb.text.replace(/^[وف]/u, '')) && cues.some((cue) => cue.start <= verb.start && cue.end >= verb.end);
  const withHit = hitsIn(ts, 'intro', scope, 'participant').find((hit) => hit.folded.replace(/^[وف]/u, '') === 'مع' && (opensWithMeeting ||
    cues.some((cue) => cue.end <= hit.start && cue.start > verb.end && is(cue, 'talks') && gapWords(sliceArticle(ts.view, cue.end, hit.start)) <= MAX_WORDS_TALKS_TO_WITH)));
  if (!withHit) return undefined;
  // "اقترح بوتين إجراء مفاوضات مع أوكرانيا": talks proposed or hoped for are not the ones the article reports.
  if (ts.hits.some((hit) => hit.start < verb.end && hit.end > verb.start && (is(hit, 'hope') || is(hit, 'stances', 'proposes') || is(hit, 'stances', 'demands')))) return undefined;
  return openingSubject(lexicon, ts, words);
}

/**
 * The sides of delegation heads a meeting is "between": "اجتماع مغلق بين رئيس الوفد الروسي … ونظيره
 * الأوكراني …" is a meeting of the two delegations, by their heads.
 */
function headsMeeting(lexicon: TalksLexicon, ts: TalksSentence, scope: Span): string[] {
  const sides: string[] = [];
  for (const intro of hitsIn(ts, 'intro', scope, 'participant')) {
    // The heads' titles say the meeting is of the talks, however far its noun stands ("اجتماع مغلق في قصر … بين رئيس الوفد").
    const talksBefore = ts.hits.some((hit) => is(hit, 'talks') && hit.start >= scope.start && hit.end <= intro.start);
    if (!MEETS_WITH.has(intro.folded.replace(/^[وف]/u, '')) || isGathering(intro) || !talksBefore) continue;
    const after = ts.view.mentions.filter((m) => m.start >= intro.end && m.end <= scope.end);
    const first = after[0];
    if (first?.kind !== 'title' || !lexicon.headTitles.has(first.id) || gapWords(sliceArticle(ts.view, intro.end, first.start)) > 0) continue;
    for (const mention of after) {
      const before = wordBefore(ts, mention.start);
      const counterpart = mention.kind === 'party_adjective' && before !== undefined && COUNTERPART.test(before.text);
      const side = (mention.kind === 'title' && lexicon.headTitles.has(mention.id)) || counterpart ? partyOfMention(lexicon, mention) : undefined;
      if (side !== undefined && !sides.includes(side)) sides.push(side);
    }
  }
  return sides;
}

/** "خلال" (during), folded. */
const DURING = foldArabic('خلال');
/** Words between a side and "خلال" (its verb, at most). */
const MAX_WORDS_SIDE_TO_DURING = 1;

/**
 * A side that did something during the talks ("أوكرانيا وافقت خلال اجتماع جدة على…", "وافقت أوكرانيا خلال
 * المحادثات على…") took part in them.
 */
export function sideDuring(lexicon: TalksLexicon, ts: TalksSentence, scope: Span, cues: readonly Hit[]): string | undefined {
  for (const cue of cues) {
    const during = wordBefore(ts, cue.start);
    if (!during || during.text !== DURING || during.start < scope.start) continue;
    const side = [...ts.view.mentions].reverse().find((m) => m.end <= during.start && m.start >= scope.start);
    if (!side || (side.kind !== 'party' && side.kind !== 'party_metonym') || isLocative(ts, side)) continue;
    if (gapWords(sliceArticle(ts.view, side.end, during.start)) > MAX_WORDS_SIDE_TO_DURING) continue;
    return partyOfMention(lexicon, side);
  }
  return undefined;
}

/** Add an id to a list it is not in yet. */
function addOnce(list: string[], id: string | undefined): void {
  if (id !== undefined && !list.includes(id)) list.push(id);
}

/** Parties and mediators named in a clause, and the people mediating ("بحضور المبعوث الأميركي"). */
export function partiesIn(lexicon: TalksLexicon, ts: TalksSentence, scope: Span): PartyRoles {
  const roles: PartyRoles = { parties: [], mediators: [] };
  for (const run of partyRuns(ts, scope)) {
    const role = roleOfRun(ts, run, scope);
    if (role) for (const mention of run) addOnce(role === 'party' ? roles.parties : roles.mediators, partyOfMention(lexicon, mention));
  }
  for (const id of headsMeeting(lexicon, ts, scope)) addOnce(roles.parties, id);
  for (const intro of hitsIn(ts, 'formats', scope, 'mediated')) {
    if (is(intro, 'intro', 'host') || is(intro, 'intro', 'participant')) continue;
    const next = ts.view.mentions.find((mention) => mention.start >= intro.end && mention.start < scope.end);
    if (next && (next.kind === 'person' || next.kind === 'title' || next.kind === 'organization') && sliceArticle(ts.view, intro.end, next.start).trim() === '') {
      addOnce(roles.mediators, partyOfMention(lexicon, next));
    }
  }
  return roles;
}

