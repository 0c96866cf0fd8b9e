/**
 * Who negotiates for whom. Three ways an article says it: a verb of leading ("وترأس الوفد الأوكراني
 * … رستم أوميروف", "برئاسة"), a list of those present ("المحادثات التي تضم المبعوث الأميركي ستيف ويتكوف
 * وجاريد كوشنر", "بحضور …"), and a negotiator's title wherever a speaker is named by it ("كبير المفاوضين
 * الأوكرانيين رستم أوميروف"). Nothing is read from a sentence about earlier talks or about a meeting of
 * two people, and only people who negotiate are taken from a list (the president whose son-in-law is
 * present is not a delegate).
 */
import type { EntityMention } from '../../packs/matcher.ts';
import { foldArabic } from '../../text/normalize.ts';
import { evidenceOf } from '../sentence/article-view.ts';
import { HOLDING_VERBS, isGathering, MEETING_VERBS } from './round-sides.ts';
import { sliceArticle } from '../attribution/words.ts';
import type { DelegationFact } from '../facts.ts';
import { clauseAround, gapWords, hasIn, is, isJoin, isTimeAdverbial, placeOf, wordAfter, wordBefore, wordHolding, type Hit, type TalksSentence } from './sentence.ts';
import type { TalksArticle } from './article.ts';
import { listedPeople, MAX_DESCRIPTOR_WORDS, MAX_DESCRIPTOR_WORDS_BEFORE_COMMA_WAW, negotiates, personAt, roleByRoles, sameSide, seat, sideOf, type Found, type Role, type Skip } from './delegation-lists.ts';
import { COUNTERPART, JOINS, MEETS_WITH, RELATIVE, TO } from './lexicon.ts';

/** A side's adjective inside a list ("ونظيره الروسي سيرغي لافروف") describes the next item; it ends nothing. */
const ADJECTIVES_DESCRIBE = (mention: EntityMention): Skip => (mention.kind === 'party_adjective' ? 'describes' : undefined);

/** Leading as a purpose (folded): "لقيادة فريق المفاوضات", whose leader is named before it. */
const LEAD_AS_PURPOSE: ReadonlySet<string> = new Set(['لقيادة', 'لرئاسة'].map(foldArabic));

/** "وترأس الفريق التفاوضي الروسي … إيغور كوستيوكوف", "برئاسة ميدينسكي": the first person after a verb of leading. */
function headsLed(article: TalksArticle, ts: TalksSentence, out: Found[]): void {
  const heads = ts.hits.filter((hit) => is(hit, 'role', 'head'));
  heads.forEach((hit, k) => {
    const clause = clauseAround(ts, hit.start);
    const end = Math.min(heads[k + 1]?.start ?? clause.end, clause.end);
    const delegation = ts.hits.some((h) => is(h, 'talks', 'delegation') && h.start >= clause.start && h.start < end && Math.abs(h.start - hit.start) < 40);
    if (!delegation) return;
    // "رستم عمروف، أمين مجلس الأمن الذي قاد الوفد الأوكراني": the relative clause's subject is the name before it.
    const relative = wordBefore(ts, hit.start);
    // Only when the delegation is the verb's object right after it ("الذي قاد الوفد"); in "الوفد الذي يقوده رستم
    // أميروف" the relative is the delegation and its head follows the verb.
    const objectNext = ts.hits.some((h) => is(h, 'talks', 'delegation') && h.start >= hit.end && gapWords(sliceArticle(ts.view, hit.end, h.start)) === 0);
    if (relative && objectNext && RELATIVE.has(relative.text.replace(/^[وف]/u, ''))) {
      const antecedent = [...ts.view.mentions].reverse().find((m) => m.end <= relative.start && (m.kind === 'person' || m.kind === 'title'));
      const near = antecedent !== undefined && gapWords(sliceArticle(ts.view, antecedent.end, relative.start).replace(/[،,]/gu, ' ')) <= MAX_WORDS_NAME_TO_RELATIVE;
      const person = near && antecedent.kind === 'person' ? antecedent.id : undefined;
      const party = person !== undefined ? article.lexicon.index.person(person)?.party : undefined;
      if (person !== undefined && party !== undefined) out.push({ person, side: party, role: 'head' });
      return;
    }
    // "عيّن الرئيس … يرماك لقيادة فريق المفاوضات": leading as a purpose takes the person named right before it.
    if (LEAD_AS_PURPOSE.has(hit.folded.replace(/^[وف]/u, ''))) {
      const named = [...ts.view.mentions].reverse().find((m) => m.end <= hit.start && m.start >= clause.start);
      const party = named?.kind === 'person' ? article.lexicon.index.person(named.id)?.party : undefined;
      if (named?.kind === 'person' && party !== undefined && sliceArticle(ts.view, named.end, hit.start).trim() === '') out.push({ person: named.id, side: party, role: 'head' });
      return;
    }
    const mentions = ts.view.mentions.filter((m) => m.start >= hit.end && m.start < end);
    let side: string | undefined;
    for (let i = 0; i < mentions.length; i++) {
      const mention = mentions[i]!;
      if (mention.kind === 'party_adjective' || mention.kind === 'party' || mention.kind === 'party_metonym') side ??= mention.id;
      const { person, consumed } = personAt(article, ts, mention, mentions[i + 1]);
      if (person === undefined) continue;
      const party = article.lexicon.index.person(person)?.party ?? side;
      if (party !== undefined) out.push({ person, side: party, role: 'head' });
      // "ويقود الفريق الروسي … كاراسين، وسيرجي بيسيدا": co-heads joined by a bare "و" or "، و" lead it together;
      // "برئاسة ميدينسكي وعضوية …" goes on to members, which is not a join.
      let last = consumed ? mentions[i + 1]! : mention;
      for (const next of mentions.slice(consumed ? i + 2 : i + 1)) {
        if (next.kind !== 'person' || !isJoin(sliceArticle(ts.view, last.end, next.start))) break;
        const coParty = article.lexicon.index.person(next.id)?.party;
        if (coParty !== undefined && coParty === party) out.push({ person: next.id, side: coParty, role: 'head' });
        last = next;
      }
      return;
    }
  });
}

/** Present tense of a delegation's members ("يضم الوفد", "تضم"): who is in it now. */
const MEMBERS_NOW: ReadonlySet<string> = new Set(['يضم', 'تضم', 'يضمان'].map(foldArabic));

/** "بحضور", "بمشاركة" (folded): a list of those present. */
const ATTENDANCE: ReadonlySet<string> = new Set(['بحضور', 'بمشاركة', 'حضور'].map(foldArabic));

/** Words between a name and the relative clause about it ("عمروف، أمين مجلس الأمن الذي قاد…"). */
const MAX_WORDS_NAME_TO_RELATIVE = 4;
/** "رئيسي الوفدين: …", "رئيسا الوفود": a list of the delegations' heads. */
const HEADS_OF_DELEGATIONS = /رئيس[يا]\s+(?:ال)?وفد|رؤساء\s+(?:ال)?وفود/u;

/** "يمثل الجانب الأوكراني": the list names a side's representatives, whoever they are. */
const REPRESENTS = /الجانب$/u;

/**
 * People listed after "تضم", "بمشاركة", "بحضور" in a clause about the talks. A list a delegation
 * "يضم" names its members whoever they are; a list of those present at talks is read for people who
 * negotiate only, so a president named in passing ("صهر الرئيس دونالد ترامب") is never a delegate.
 */
function present(article: TalksArticle, ts: TalksSentence, current: boolean, mediators: ReadonlySet<string>, out: Found[], onlyNow = false): void {
  const atTalks = !onlyNow && (current || hasVenue(article, ts) || toldAsTheTalks(article, ts));
  const intros = ts.hits.filter((hit) => is(hit, 'role', 'member') || (is(hit, 'formats', 'mediated') && !is(hit, 'intro', 'host')));
  for (const intro of intros) {
    if (onlyNow && !MEMBERS_NOW.has(intro.folded.replace(/^[وف]/u, ''))) continue;
    const clause = clauseAround(ts, intro.start);
    const byMediator = !is(intro, 'role', 'member') && !is(intro, 'intro', 'participant');
    // Taking part in the talks names those at the table whoever they are: "وشارك وزير الخارجية السعودي في الاجتماعات".
    const takesPart = atTalks && is(intro, 'role', 'member') && !is(intro, 'formats', 'mediated') && !is(intro, 'intro', 'participant') &&
      ['negotiations', 'meeting', 'round', 'summit', 'working_group'].some((label) => hasIn(ts, 'talks', clause, label));
    // "المحادثات … في جدة، بحضور الوزير المضيف": those present at the talks the article reports were at the table.
    const attends = current && ATTENDANCE.has(intro.folded.replace(/^[وف]/u, ''));
    // "ويضم الوفد الأمريكي … عدة فرق، بحضور المبعوث …": those present with a delegation named before are in it.
    const withDelegation = ATTENDANCE.has(intro.folded.replace(/^[وف]/u, '')) &&
      ts.hits.some((h) => is(h, 'talks', 'delegation') && h.start >= clause.start && h.end <= intro.start);
    // "سينضم إلى اللقاء ممثلون آخرون، من بينهم …": those who join the talks are at them.
    const joinedEnd = JOINS.has(intro.folded.replace(/^[وف]/u, '')) && !hasIn(ts, 'next', clause) ? joinedTalksEnd(ts, intro) : undefined;
    const joinsTalks = joinedEnd !== undefined;
    const explicit = takesPart || attends || withDelegation || joinsTalks || REPRESENTS.test(intro.folded) || ts.hits.some((h) => is(h, 'talks', 'delegation') && h.start >= intro.end && gapWords(sliceArticle(ts.view, intro.end, h.start)) <= 1);
    // Those present at something else ("بحضور" a ceremony) are no delegation: only at the talks, or in a delegation.
    if (!explicit && !atTalks) continue;
    const stop = ts.hits.find((h) => h.start > intro.end && h.start < clause.end && (is(h, 'speech') || (is(h, 'cut') && !isTimeAdverbial(ts.words.words, h))))?.start ??
      clauseEndPast(ts, clause.end);
    const mentions = ts.view.mentions.filter((m) => m.start >= intro.end && m.start < stop);
    // The delegation's own adjective ("يضم الوفد الأوكراني") opens the list; it is not an item.
    // So does a side the list's members come from ("ممثلون آخرون من دول أوروبا، من بينهم …").
    const opens = (mention: EntityMention, first: boolean): Skip =>
      (first && explicit && (mention.kind === 'party_adjective' || mention.kind === 'party' || mention.kind === 'party_metonym') ? 'opens' : undefined);
    const firstName = mentions.find((m) => m.kind === 'person' || m.kind === 'title');
    const heads = firstName !== undefined && HEADS_OF_DELEGATIONS.test(sliceArticle(ts.view, intro.end, firstName.start));
    // "وانضم إلى المحادثات لاحقا المبعوث …": the list of those joining starts after the talks they join.
    const from = joinedEnd ?? intro.end;
    // An adverbial and the subject's whole title may stand before the first ("في وقت لاحق ممثل الرئيس الأمريكي الخاص …").
    const firstWords = joinsTalks ? MAX_DESCRIPTOR_WORDS_BEFORE_COMMA_WAW : MAX_DESCRIPTOR_WORDS;
    const listed = [...listedPeople(article, ts, mentions.filter((m) => m.start >= from), from, opens, firstWords), ...joinedPeople(article, ts, intro, stop)];
    // The delegation's side, for a member the pack does not list and nothing else in the list places.
    const listSide = explicit ? mentions.find((m) => m.start >= from && (m.kind === 'person' || m.kind === 'title' || m.kind === 'party_adjective' || m.kind === 'party')) : undefined;
    const fallback = listSide?.kind === 'party_adjective' || listSide?.kind === 'party' ? listSide.id : undefined;
    for (const person of listed) {
      if (person === undefined || (!explicit && !heads && !negotiates(article, person))) continue;
      const side = sideOf(article, ts, person, fallback);
      if (side === undefined) continue;
      const role = heads ? 'head' : roleByRoles(article, person) ?? ((!explicit || attends) && (byMediator || mediators.has(side)) ? 'envoy' : 'member');
      out.push({ person, side, role });
    }
  }
}

/** The clause's end, or past it when a time adverbial cut it ("وانضم إلى المحادثات في وقت لاحق ممثل …"). */
function clauseEndPast(ts: TalksSentence, end: number): number {
  const cut = ts.hits.find((h) => h.start >= end && h.start <= end + 1 && is(h, 'cut') && isTimeAdverbial(ts.words.words, h));
  return cut ? clauseAround(ts, cut.end).end : end;
}

/** Where the talks a verb of joining has for its object end ("انضم إلى المحادثات", "سينضم إلى اللقاء"), if it has them. */
function joinedTalksEnd(ts: TalksSentence, intro: Hit): number | undefined {
  const clause = clauseAround(ts, intro.start);
  const to = ts.words.words.find((word) => word.start >= intro.end && word.end <= clause.end && TO.has(word.text));
  const next = to ? wordAfter(ts, to.end) : undefined;
  if (next === undefined || gapWords(sliceArticle(ts.view, intro.end, to!.start)) > 1) return undefined;
  const talks = ts.hits.find((hit) => hit.start < next.end && hit.end > next.start && is(hit, 'talks') && !is(hit, 'talks', 'delegation'));
  return talks?.end;
}

/** Those a verb of joining names after "إلى" ("انضم روبيو إلى المبعوث ويتكوف وكوشنر"); none when one joins the talks themselves. */
function joinedPeople(article: TalksArticle, ts: TalksSentence, intro: Hit, stop: number): (string | undefined)[] {
  if (!JOINS.has(intro.folded.replace(/^[وف]/u, ''))) return [];
  const to = ts.words.words.find((word) => word.start >= intro.end && word.end <= stop && TO.has(word.text));
  if (!to) return [];
  const next = wordAfter(ts, to.end);
  if (next && ts.hits.some((hit) => hit.start < next.end && hit.end > next.start && (is(hit, 'talks') || is(hit, 'intro', 'actor')))) return [];
  const mentions = ts.view.mentions.filter((m) => m.start >= to.end && m.start < stop);
  return [...listedPeople(article, ts, mentions, to.end, ADJECTIVES_DESCRIBE)];
}

/**
 * The people a meeting is "between" or held "with" ("المحادثات بين وزير الخارجية الأمريكي ماركو
 * روبيو ونظيره الروسي سيرغي لافروف", "محادثات مع المبعوث الأميركي ستيف ويتكوف"): at the table of the
 * talks the sentence tells, each for their side. A side's adjective between two names ("ونظيره
 * الروسي") continues the list.
 */
function between(article: TalksArticle, ts: TalksSentence, out: Found[]): void {
  for (const intro of ts.hits) {
    if (!is(intro, 'intro', 'participant') || !MEETS_WITH.has(intro.folded.replace(/^[وف]/u, ''))) continue;
    const clause = clauseAround(ts, intro.start);
    const mentions = ts.view.mentions.filter((m) => m.start >= intro.end && m.start < clause.end);
    const describes = (mention: EntityMention, first: boolean): Skip => (!first && mention.kind === 'party_adjective' ? 'describes' : undefined);
    const people = [...listedPeople(article, ts, mentions, intro.end, describes)];
    // "اجتماعا جمع … رستم عمروف بمبعوثي واشنطن ويتكوف وكوشنر": who it brought them together with, after ب.
    if (isGathering(intro)) people.push(...withWhom(article, ts, mentions, people, describes));
    // "بين رئيس الوفد الروسي … ونظيره الأوكراني …": the head's counterpart heads the other delegation.
    const first = mentions[0];
    const amongHeads = first?.kind === 'title' && article.lexicon.headTitles.has(first.id) && sliceArticle(ts.view, intro.end, first.start).trim() === '';
    for (const person of people) {
      if (person === undefined) continue;
      const side = article.lexicon.index.person(person)?.party;
      const named = mentions.find((m) => m.kind === 'person' && m.id === person);
      const counterpart = amongHeads && named !== undefined && sliceArticle(ts.view, first.end, named.start).split(/\s+/u).some((word) => COUNTERPART.test(word));
      if (side !== undefined) out.push({ person, side, role: roleByRoles(article, person) ?? (counterpart ? 'head' : 'member') });
    }
  }
}

/** Words between the people a meeting brought together and the "ب" that names whom with ("بمبعوثي واشنطن"). */
const MAX_WORDS_TO_WITH = 3;

/** The second list of a gathering: after the first, a word glued to ب and then names. */
function withWhom(
  article: TalksArticle, ts: TalksSentence, mentions: readonly EntityMention[], first: readonly (string | undefined)[],
  describes: (mention: EntityMention, first: boolean) => Skip,
): (string | undefined)[] {
  const last = first[first.length - 1];
  if (last === undefined) return [];
  const lastMention = mentions.find((m) => m.kind === 'person' && m.id === last);
  if (!lastMention) return [];
  const rest = mentions.filter((m) => m.start >= lastMention.end);
  const next = rest.find((m) => m.kind === 'person' || m.kind === 'title');
  if (!next) return [];
  const gap = sliceArticle(ts.view, lastMention.end, next.start).trim();
  if (!gap.startsWith('ب') || gapWords(gap) > MAX_WORDS_TO_WITH) return [];
  return [...listedPeople(article, ts, rest.filter((m) => m.start >= next.start), next.start, describes)];
}

/** Words a verb's object may stand after, and words between its subject and object: "التقى روبيو بنظيره الروسي لافروف". */
const MAX_MET_GAP = 4;

/** The people a verb of meeting joins: its subject after it and its object, each for their side (a meeting still to come is not read). */
function met(article: TalksArticle, ts: TalksSentence, out: Found[]): void {
  for (const verb of ts.hits) {
    // The dual and plural of meeting ("التقيا", "اجتمعا") are read as verbs of holding, not as talks of their own.
    // So do verbs of holding talks ("دريسكول أجرى أمس محادثات مع مسؤولين روس"): who held them was at the table.
    const bare = verb.folded.replace(/^[وف]/u, '');
    const meets = (is(verb, 'talks', 'meeting') || is(verb, 'status', 'held')) && MEETING_VERBS.has(bare);
    if (!meets && !(HOLDING_VERBS.has(bare) && is(verb, 'status', 'held'))) continue;
    const clause = clauseAround(ts, verb.start);
    const holds = !meets && ts.hits.some((hit) => hit.start >= verb.end && hit.end <= clause.end && (is(hit, 'talks', 'negotiations') || is(hit, 'talks', 'meeting')));
    if (!meets && !holds) continue;
    if (hasIn(ts, 'future', clause) || hasIn(ts, 'next', clause, 'meeting')) continue;
    // Subject before its verb: "إن كوشنر والمبعوث ويتكوف التقيا مفاوضين أوكرانيين".
    const before = ts.view.mentions.filter((m) => m.start >= clause.start && m.end <= verb.start);
    const last = before[before.length - 1];
    if (last?.kind === 'person' && sliceArticle(ts.view, last.end, verb.start).trim().replace(/^[وف]$/u, '') === '') {
      const first = before.findIndex((m) => m.kind === 'person' || m.kind === 'title');
      const subjects = [...listedPeople(article, ts, before.slice(first), before[first]!.start, () => undefined)];
      if (subjects.includes(last.id)) seat(article, ts, out, subjects);
    }
    const mentions = ts.view.mentions.filter((m) => m.start >= verb.end && m.start < clause.end);
    // The subject right after the verb, then its object: one person, or a list of them ("المبعوث … ستيف ويتكوف، وصهر الرئيس … جاريد كوشنر").
    const subjectAt = mentions.findIndex((m) => m.kind !== 'party_adjective');
    const subject = mentions[subjectAt];
    if (!subject || (subject.kind !== 'person' && subject.kind !== 'title') || gapWords(sliceArticle(ts.view, verb.end, subject.start)) > MAX_MET_GAP) continue;
    // "التقى مسؤولون بارزون في إدارة الرئيس ترامب": the officials met; the name is the genitive of their description.
    if (ts.hits.some((hit) => is(hit, 'intro', 'actor') && hit.start >= verb.end && hit.end <= subject.start)) continue;
    const { person, consumed } = personAt(article, ts, subject, mentions[subjectAt + 1]);
    const rest = mentions.slice(subjectAt + (consumed ? 2 : 1));
    const subjectEnd = consumed ? mentions[subjectAt + 1]!.end : subject.end;
    const firstObject = rest.find((m) => m.kind !== 'party_adjective');
    const objects = firstObject !== undefined && gapWords(sliceArticle(ts.view, subjectEnd, firstObject.start)) <= MAX_MET_GAP
      ? [...listedPeople(article, ts, rest, firstObject.start, ADJECTIVES_DESCRIBE)]
      : [];
    seat(article, ts, out, [person, ...objects]);
  }
}

/** Verbs of arriving (folded): "وصل وزير الخارجية … إلى جنيف" for the talks there. */
const ARRIVES: ReadonlySet<string> = new Set(['وصل', 'وصلت', 'يصل', 'تصل', 'وصلا', 'وصلوا', 'توجه', 'يتوجه', 'توجهت'].map(foldArabic));

/**
 * One who arrives at the venue of the talks the article reports, for talks ("وصل وزير الخارجية ماركو روبيو
 * إلى جنيف … لمحادثات", "روبيو في جنيف لمحادثات"), is at their table.
 */
function arrived(article: TalksArticle, ts: TalksSentence, venues: ReadonlySet<string>, out: Found[]): void {
  if (venues.size === 0 || !ts.hits.some((hit) => is(hit, 'talks', 'negotiations') || is(hit, 'talks', 'meeting'))) return;
  const words = ts.words.words;
  const opening = words.findIndex((word) => !word.punct);
  const verb = words[opening];
  const { mentions } = ts.view;
  const subject = mentions.find((m) => m.kind === 'person' || m.kind === 'title');
  if (!subject || subject.start > (words[opening + MAX_MET_GAP]?.end ?? Infinity)) return;
  // "روبيو في جنيف لمحادثات" (a headline) or "وصل … روبيو إلى جنيف".
  const arrives = verb !== undefined && (ARRIVES.has(verb.text.replace(/^و/u, '')) || ARRIVES.has(verb.text)) && verb.end <= subject.start;
  const headline = subject.start === verb?.start;
  if (!arrives && !headline) return;
  const next = mentions[mentions.indexOf(subject) + 1];
  const { person, consumed } = personAt(article, ts, subject, next);
  const subjectEnd = consumed ? next!.end : subject.end;
  const place = mentions.find((m) => m.start > subjectEnd && placeOf(m) !== undefined && venues.has(placeOf(m)!));
  if (!place || gapWords(sliceArticle(ts.view, subjectEnd, place.start)) > 2) return;
  seat(article, ts, out, [person]);
}

/** Verbs of signing (folded, with their و): "ووقع وزير الدفاع … على الاتفاق". */
const SIGNS: ReadonlySet<string> = new Set(['وقع', 'وقعت', 'وقعا', 'يوقع', 'توقع', 'سيوقع'].map(foldArabic));

/**
 * Those who sign what the sides agreed, and those they sign it with: "ووقع وزير الدفاع الروسي … على
 * الاتفاق مع نظيره التركي …" — the signatories of the talks' agreement were at its table.
 */
function signed(article: TalksArticle, ts: TalksSentence, out: Found[]): void {
  for (const verb of ts.hits) {
    if (!is(verb, 'realized', 'reached')) continue;
    const word = wordHolding(ts, verb.start);
    const text = word?.text ?? verb.folded;
    if (!SIGNS.has(text) && !SIGNS.has(text.replace(/^[وف]/u, ''))) continue;
    const clause = clauseAround(ts, verb.start);
    const agreement = ts.hits.some((hit) => hit.start > verb.end && hit.end <= clause.end && is(hit, 'outcomes', 'agreement'));
    if (!agreement) continue;
    const mentions = ts.view.mentions.filter((m) => m.start >= verb.end && m.start < clause.end);
    const subjectAt = mentions.findIndex((m) => m.kind !== 'party_adjective');
    const subject = mentions[subjectAt];
    if (!subject || (subject.kind !== 'person' && subject.kind !== 'title') || gapWords(sliceArticle(ts.view, verb.end, subject.start)) > MAX_MET_GAP) continue;
    const people = [...listedPeople(article, ts, mentions.slice(subjectAt), subject.start, ADJECTIVES_DESCRIBE)];
    // "… مع نظيره التركي خلوصي أكار": the one signed with.
    const withHit = ts.hits.find((hit) => hit.start > subject.end && hit.end <= clause.end && is(hit, 'intro', 'participant') && hit.folded.replace(/^[وف]/u, '') === 'مع');
    if (withHit) {
      const rest = mentions.filter((m) => m.start >= withHit.end);
      people.push(...listedPeople(article, ts, rest, withHit.end, ADJECTIVES_DESCRIBE));
    }
    seat(article, ts, out, people);
  }
}

/** Speakers and others named by a negotiator's title: "كبير المفاوضين الأوكرانيين رستم أوميروف", "المفاوض الروسي كيريل دميتريف". */
function titled(article: TalksArticle, ts: TalksSentence, out: Found[]): void {
  const { mentions } = ts.view;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    if (mention.kind !== 'title' || !article.lexicon.index.title(mention.id)?.negotiator) continue;
    // "ومن المقرر أن يلتقي المبعوث الأمريكي ستيف ويتكوف الرئيس الروسي": a meeting still to come, not the talks' delegation.
    if (hasIn(ts, 'next', clauseAround(ts, mention.start), 'meeting')) continue;
    // "فلاديمير ميدينسكي رئيس الوفد الروسي": the name before the title holds it, whatever the pack's table says.
    const previous = mentions[i - 1];
    const named = previous?.kind === 'person' && isJoin(sliceArticle(ts.view, previous.end, mention.start)) && sameSide(article.lexicon, mention.id, previous.id) ? previous.id : undefined;
    // The name after the title, past a place or an adjective in an apposition ("رئيس الوفد الأوكراني في محادثات الرياض ، رستم أوميروف").
    const following = mentions.slice(i + 1).find((m) => m.kind !== 'place' && m.kind !== 'party_adjective');
    const { person } = named !== undefined ? { person: named } : personAt(article, ts, mention, following);
    if (person === undefined) continue;
    const side = article.lexicon.index.person(person)?.party;
    if (side === undefined) continue;
    const byTitle: Role = article.lexicon.headTitles.has(mention.id) ? 'head' : article.lexicon.envoyRoles.has(mention.id) ? 'envoy' : 'member';
    out.push({ person, side, role: roleByRoles(article, person) ?? byTitle });
  }
}

/** Delegations an article names, each with the round its sentence tells of when that round has a number. */
export function readDelegations(article: TalksArticle): DelegationFact[] {
  const { reading, view } = article;
  const facts: DelegationFact[] = [];
  const seen = new Set<string>();
  // An article that tells of no talks at all names negotiators for other reasons (a speech, an interview).
  if (!reading.talks) return facts;
  const mediators = new Set(reading.rounds.flatMap((round) => round.mediators));
  // The venues of the talks held or under way, where one who arrives for talks is at their table.
  const heldVenues = new Set(reading.rounds.filter((round) => round.status !== 'scheduled').map((round) => round.venue).filter((v): v is string => v !== undefined));
  for (const ts of article.sentences) {
    const found: Found[] = [];
    if (reading.past.has(ts)) {
      // "ويضم الوفد الأوكراني رستم عمروف، الذي ناقش الوثيقة الأسبوع الماضي": the delegation as it is now,
      // whatever earlier talks the rest of the sentence tells.
      present(article, ts, false, mediators, found, true);
    } else {
      headsLed(article, ts, found);
      present(article, ts, reading.current.has(ts), mediators, found);
      titled(article, ts, found);
      signed(article, ts, found);
      arrived(article, ts, heldVenues, found);
    }
    // Who met whom, in a sentence of the talks or at their venue ("… التقيا بنظيريهما الأوكرانيين في جنيف").
    if (!reading.past.has(ts) && (reading.current.has(ts) || hasVenue(article, ts))) {
      between(article, ts, found);
      met(article, ts, found);
    }
    const roundNumber = reading.numberOf.get(ts);
    for (const { person, side, role } of found) {
      const key = `${person}|${side}|${role}|${roundNumber ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push({ kind: 'delegation', person, side, role, ...(roundNumber !== undefined ? { roundNumber } : {}), evidence: evidenceOf(view, ts.view) });
    }
  }
  // A person reported with a round and without one in the same article: the numbered report says all. A head
  // named again in a list of those at the table ("بين رئيس الوفد الروسي X ونظيره …") is still its head, not a member too.
  return facts.filter((fact) => (fact.roundNumber !== undefined || !facts.some((other) => other !== fact && other.person === fact.person && other.role === fact.role && other.roundNumber !== undefined)) &&
    !(fact.role === 'member' && facts.some((other) => other.person === fact.person && other.side === fact.side && other.role === 'head' && other.roundNumber === fact.roundNumber)));
}

/**
 * "وأكدت وسائل إعلام أن الاجتماع يحضره كذلك كوشنر …": talks named with nothing of their own (no venue, day or
 * number; not earlier, not to come) in an article that reports talks under way or held are those talks.
 */
function toldAsTheTalks(article: TalksArticle, ts: TalksSentence): boolean {
  if (!article.reading.rounds.some((round) => round.status !== 'scheduled')) return false;
  const span = { start: ts.view.sentence.start, end: ts.view.sentence.end };
  const named = ['negotiations', 'meeting', 'round'].some((label) => hasIn(ts, 'talks', span, label));
  return named && !hasIn(ts, 'future', span) && !hasIn(ts, 'history', span) && !hasIn(ts, 'next', span) && !hasIn(ts, 'status', span, 'scheduled') &&
    ts.view.dates.every((date) => date.date === undefined || date.date === article.frame.reference);
}

/** "تقدم مثمر … في أبوظبي بحضور …": a talks venue named in the sentence makes a list of those present a delegation. */
function hasVenue(article: TalksArticle, ts: TalksSentence): boolean {
  const { rounds } = article.reading;
  return ts.view.mentions.some((m) => m.kind === 'place' && rounds.some((round) => round.venue === m.id));
}
