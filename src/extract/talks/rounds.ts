/**
 * Rounds of talks told by one article. An article tells its round in pieces — the number in one
 * sentence, the days in another, the venue in a quote — so the clauses read by
 * talks/round-mentions.ts are gathered into rounds first: by number, then by overlapping days, and
 * what names neither (the talks, the venue, "بحضور الأميركيين") joins the round the article is about,
 * the one under way or closest to its day.
 *
 * Background is kept apart: earlier talks ("سبق أن أجريت مفاوضات … عام 2022 … في إسطنبول") never
 * lend their words to the current round, and are reported only with their own dates and without a
 * number, which could collide with this year's rounds. A meeting of two people (Putin and Witkoff in
 * Moscow, Zelensky and Trump in Davos) is not a round of talks between the sides and is not reported
 * as one; "هذا الاجتماع" after it is skipped with it.
 */
import { isoToDays } from '../../text/calendar.ts';
import { addDays } from '../../text/dates.ts';
import type { IsoDate, RoundFact, RoundStatus, TalksFormat } from '../facts.ts';
import type { RoundMention } from './round-mentions.ts';
import type { TalksSentence } from './sentence.ts';

/** The rounds of an article, and which round each sentence's talks belong to. */
export type RoundReading = {
  /** Rounds with their evidence sentence, before the article id is attached. */
  readonly rounds: readonly (Omit<RoundFact, 'evidence'> & { readonly sentence: TalksSentence })[];
  /** The number of the round a sentence tells of, when known. */
  readonly numberOf: ReadonlyMap<TalksSentence, number>;
  /** Sentences that tell of current talks: delegations and outcomes are read from these. */
  readonly current: ReadonlySet<TalksSentence>;
  /** Sentences about earlier talks or a meeting of people: nothing in them is this round's. */
  readonly past: ReadonlySet<TalksSentence>;
  /** Whether the article tells of talks of its own time at all (a round, or the next one). */
  readonly talks: boolean;
};

type Cluster = { mentions: RoundMention[]; number?: number; start?: IsoDate; end?: IsoDate; venue?: string; historical: boolean; next: boolean; people?: boolean };

const RANK: Readonly<Record<RoundStatus, number>> = { scheduled: 0, under_way: 1, held: 2 };

function join(cluster: Cluster, mention: RoundMention): void {
  cluster.mentions.push(mention);
  if (mention.number !== undefined && !cluster.historical) cluster.number ??= mention.number;
  if (mention.start !== undefined && (cluster.start === undefined || mention.start < cluster.start)) cluster.start = mention.start;
  const end = mention.end ?? mention.start;
  if (end !== undefined && (cluster.end === undefined || end > cluster.end)) cluster.end = end;
  if (cluster.venue === undefined && mention.venue !== undefined) cluster.venue = mention.venue;
}

function fresh(mention: RoundMention, historical: boolean, next: boolean): Cluster {
  const cluster: Cluster = { mentions: [], historical, next };
  join(cluster, mention);
  return cluster;
}

/** Days that touch or overlap (a round's second day is reported apart from its first). */
function overlaps(cluster: Cluster, mention: RoundMention): boolean {
  if (cluster.start === undefined || mention.start === undefined) return false;
  const end = cluster.end ?? cluster.start;
  const mentionEnd = mention.end ?? mention.start;
  return isoToDays(mention.start) <= isoToDays(end) + 1 && isoToDays(cluster.start) <= isoToDays(mentionEnd) + 1 &&
    (cluster.venue === undefined || mention.venue === undefined || cluster.venue === mention.venue);
}

/** The round the article is about: under way on its day, else the latest before it, else the only one. */
function currentOf(clusters: readonly Cluster[], reference: IsoDate | undefined): Cluster | undefined {
  // A meeting of people is the article's talks only when it tells of no round between delegations.
  const rounds = clusters.filter((c) => !c.historical && !c.next && !c.people);
  const live = rounds.length > 0 ? rounds : clusters.filter((c) => !c.historical && !c.next);
  if (reference !== undefined) {
    const onDay = live.find((c) => c.start !== undefined && c.start <= reference && (c.end ?? c.start) >= reference);
    if (onDay) return onDay;
  }
  const underWay = live.find((c) => c.mentions.some((m) => m.status === 'under_way'));
  if (underWay) return underWay;
  if (live.length === 1) return live[0];
  const dated = live.filter((c) => c.start !== undefined && (reference === undefined || c.start <= reference));
  return dated.sort((a, b) => (b.start! < a.start! ? -1 : 1))[0];
}

function statusOf(cluster: Cluster, start: IsoDate | undefined, end: IsoDate | undefined, reference: IsoDate | undefined): RoundStatus | undefined {
  const told = cluster.mentions.map((m) => m.status).filter((s): s is RoundStatus => s !== undefined);
  if (start !== undefined && reference !== undefined) {
    if ((end ?? start) < reference) return 'held';
    if (start > reference) return 'scheduled';
    if (told.includes('under_way')) return 'under_way';
    if (told.includes('held') && (end ?? start) === reference) return 'held';
    return told.includes('scheduled') && !told.includes('held') ? 'scheduled' : 'under_way';
  }
  if (cluster.next) return 'scheduled';
  return told.reduce<RoundStatus | undefined>((best, s) => (best === undefined || RANK[s] > RANK[best] ? s : best), undefined);
}

function mostFrequent<T>(values: readonly (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) if (count > bestCount) [best, bestCount] = [value, count];
  return best;
}

function union(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const id of list) if (!out.includes(id)) out.push(id);
  return out;
}

/** The sentence that best shows the round: its number first, then its days, venue and format. */
function evidenceOf(cluster: Cluster): TalksSentence {
  const score = (m: RoundMention): number => (m.number !== undefined ? 8 : 0) + (m.start !== undefined ? 4 : 0) + (m.venue !== undefined ? 2 : 0) + (m.format !== undefined ? 1 : 0);
  return [...cluster.mentions].sort((a, b) => score(b) - score(a))[0]!.sentence;
}

/**
 * Unstated, the sides at the table tell the format: two are bilateral, three trilateral, more multilateral. A host who
 * received the delegations ("استقبل الرئيس المضيف … وفود المفاوضات") is not counted among them
 * (talks/round-mentions.ts), and a union of states stands for two or more.
 */
function formatOf(sides: readonly string[], unions: ReadonlySet<string>): TalksFormat | undefined {
  // "مسؤولون أوكرانيون وأوروبيون وكنديون": Europe is several states at the table, so with two more sides there are
  // at least four (multilateral), and with one more the count is unknown.
  if (sides.some((id) => unions.has(id))) return sides.length >= 3 ? 'multilateral' : undefined;
  return sides.length === 2 ? 'bilateral' : sides.length === 3 ? 'trilateral' : sides.length >= 4 ? 'multilateral' : undefined;
}

function toRound(cluster: Cluster, reference: IsoDate | undefined, currentNumber: number | undefined, lead: ReadonlySet<TalksSentence>, unions: ReadonlySet<string>): RoundReading['rounds'][number] | undefined {
  const { mentions } = cluster;
  let { start, end } = cluster;
  // A headline that opens on the talks' start or end ("اختتام المحادثات … في إسطنبول") tells the article's own day;
  // an end told so closes talks begun earlier on that day ("انتهاء مباحثات بوتين مع ويتكوف" after midnight).
  const headline = reference !== undefined && !cluster.next && !cluster.historical ? mentions.find((m) => m.phase !== undefined && lead.has(m.sentence)) : undefined;
  if (headline && start === undefined) {
    start = reference;
    end = reference;
  } else if (headline?.phase === 'end' && start !== undefined && start < reference! && (end === undefined || end < reference!)) end = reference;
  const duration = mostFrequent(mentions.map((m) => m.durationDays));
  if (start !== undefined && duration !== undefined && duration > 1 && (end === undefined || end === start)) end = addDays(start, duration - 1);
  const number = cluster.historical ? undefined : cluster.next ? (currentNumber !== undefined ? currentNumber + 1 : undefined) : cluster.number;
  const venue = mostFrequent(mentions.map((m) => m.venue));
  const country = venue === undefined ? mostFrequent(mentions.map((m) => m.country)) : undefined;
  // The talks an article opens with, at a venue and with no verb of their own ("رأى الوزير أن محادثات الوفدين … في جنيف
  // فتحت بابا"), are the talks it reports: held, as news reports what has happened.
  const status = statusOf(cluster, start, end, reference) ??
    ((venue ?? country) !== undefined && !cluster.next && !cluster.people && cluster.mentions.some((m) => lead.has(m.sentence) && !m.continues) ? 'held' : undefined);
  if (status === undefined) return undefined;
  if (cluster.historical ? start === undefined : number === undefined && start === undefined && venue === undefined && country === undefined) return undefined;
  // The sides at the table come from the sentences that tell the meeting itself (its number, days or venue); a
  // bare "مفاوضات فورية مع روسيا" elsewhere is no one at this table, unless nothing else names the sides.
  const meeting = mentions.filter((m) => m.number !== undefined || m.start !== undefined || m.venue !== undefined || m.country !== undefined);
  // Failing those, the other sentences of the round; never talks still to come lent to talks held ("أوكرانيا وافقت على
  // خوض مفاوضات فورية مع روسيا" after the Jeddah talks with the US).
  const others = status === 'scheduled' ? mentions : mentions.filter((m) => m.status !== 'scheduled');
  // Those who join the meeting bring their sides to it ("سينضم إلى اللقاء …").
  const own = [...(meeting.some((m) => m.parties.length > 0 || m.mediators.length > 0) ? meeting : others), ...mentions.filter((m) => m.joins === true && !meeting.includes(m))];
  const parties = union(own.map((m) => m.parties));
  // Unstated, two sides at the table make the talks bilateral ("محادثات بين روبيو ولافروف").
  // Nor the format of talks still to come ("سيكون لدينا اجتماع ثلاثي") lent to talks held.
  const format = mostFrequent<TalksFormat>(others.map((m) => m.format)) ?? formatOf(parties, unions);
  const direct = mentions.some((m) => m.direct === true) ? true : mentions.some((m) => m.direct === false) ? false : undefined;
  return {
    kind: 'round',
    ...(number !== undefined ? { number } : {}),
    ...(venue !== undefined ? { venue } : {}),
    ...(country !== undefined ? { country } : {}),
    ...(start !== undefined ? { startDate: start } : {}),
    ...(end !== undefined && end !== start ? { endDate: end } : {}),
    ...(format !== undefined ? { format } : {}),
    ...(direct !== undefined ? { direct } : {}),
    parties,
    mediators: union(own.map((m) => m.mediators)),
    status,
    sentence: evidenceOf(cluster),
  };
}

/** One sentence's reading, as talks/round-mentions.ts gives it. */
export type SentenceRounds = { readonly sentence: TalksSentence; readonly mentions: readonly RoundMention[]; readonly people: boolean };

/** Gather an article's round mentions (sentences in order, title first) into rounds; `lead` holds the title and the first sentence. */
export function gatherRounds(
  sentences: readonly SentenceRounds[], reference: IsoDate | undefined, lead: ReadonlySet<TalksSentence> = new Set(), unions: ReadonlySet<string> = new Set(),
): RoundReading {
  const clusters: Cluster[] = [];
  const pending: RoundMention[] = [];
  /** Meetings of people told without a venue, kept apart unless the reported round turns out to be theirs. */
  const venueless: RoundMention[] = [];
  const past = new Set<TalksSentence>();
  const clusterOf = new Map<RoundMention, Cluster>();
  // What "هذه المحادثات" refers to: the last talks read, which may be background or a meeting of people ('past').
  let previous: Cluster | 'past' | 'pending' | undefined;
  let next: Cluster | undefined;
  const place = (mention: RoundMention, cluster: Cluster): Cluster => {
    join(cluster, mention);
    clusterOf.set(mention, cluster);
    return cluster;
  };
  for (const { sentence, mentions, people } of sentences) {
    if (people && mentions.length === 0) {
      past.add(sentence);
      previous = 'past';
      continue;
    }
    for (const mention of mentions) {
      const bare = mention.number === undefined && mention.start === undefined;
      if (mention.ofPeople && !mention.historical && !mention.next) {
        // Its own meeting at its venue: joined only with the same meeting told again (same venue or days), never
        // lent to a round; one told without a venue is only told ("المحادثات التي جرت الجمعة بين بوتين وويتكوف").
        const same = clusters.find((c) => c.people && ((mention.venue !== undefined && c.venue === mention.venue) || overlaps(c, mention)));
        if (same) previous = place(mention, same);
        else if (mention.venue === undefined) {
          past.add(sentence);
          venueless.push(mention);
          previous = 'past';
        } else {
          const cluster: Cluster = { ...fresh(mention, false, false), people: true };
          clusters.push(cluster);
          clusterOf.set(mention, cluster);
          previous = cluster;
        }
        continue;
      }
      if (mention.continues && bare && previous !== undefined && previous !== 'pending') {
        if (previous === 'past' || previous.historical) past.add(sentence);
        if (previous !== 'past') place(mention, previous);
        continue;
      }
      if (mention.historical) {
        past.add(sentence);
        // Background without days of its own cannot be placed: it is only told, never reported.
        if (mention.start === undefined) {
          previous = 'past';
          continue;
        }
        const cluster = clusters.find((c) => c.historical && overlaps(c, mention));
        if (cluster) previous = place(mention, cluster);
        else {
          previous = pushed(clusters, fresh(mention, true, false));
          clusterOf.set(mention, previous);
        }
        continue;
      }
      if (mention.next) {
        next = next ? place(mention, next) : fresh(mention, false, true);
        clusterOf.set(mention, next);
        previous = next;
        continue;
      }
      const existing = mention.number !== undefined
        ? clusters.find((c) => !c.historical && !c.people && c.number === mention.number) ?? clusters.find((c) => !c.historical && !c.people && c.number === undefined && overlaps(c, mention))
        : mention.start !== undefined ? clusters.find((c) => !c.historical && !c.people && overlaps(c, mention)) : undefined;
      if (existing) previous = place(mention, existing);
      else if (!bare) {
        const cluster = pushed(clusters, fresh(mention, false, false));
        clusterOf.set(mention, cluster);
        previous = cluster;
      } else {
        pending.push(mention);
        previous = 'pending';
      }
    }
  }
  let current = currentOf(clusters, reference);
  if (pending.length > 0) {
    if (!current) current = pushed(clusters, { mentions: [], historical: false, next: false });
    // Talks told elsewhere ("ويأتي الاجتماع بعد مباحثات أميركية-أوكرانية … في موسكو") are not the round at another venue.
    const venue = current.venue ?? pending.find((m) => m.venue !== undefined)?.venue;
    // When the only round is a plan ("واتفقا على عقد لقاء ثان في موسكو"), talks at another venue are what was held ("قمة ألاسكا").
    const planOnly = current.mentions.length > 0 && current.mentions.every((m) => m.status === 'scheduled');
    let elsewhere: Cluster | undefined;
    for (const mention of pending) {
      if (mention.venue !== undefined && venue !== undefined && mention.venue !== venue && planOnly) {
        if (elsewhere && elsewhere.venue === mention.venue) place(mention, elsewhere);
        else elsewhere = pushed(clusters, fresh(mention, false, false));
        clusterOf.set(mention, elsewhere);
      } else if (mention.venue !== undefined && venue !== undefined && mention.venue !== venue) past.add(mention.sentence);
      // "سيكون لدينا اجتماع ثلاثي" after the day's meeting: talks to come that name only their format are the next ones.
      else if (mention.status === 'scheduled' && mention.format !== undefined && mention.parties.length === 0 && mention.venue === undefined &&
        current.mentions.some((m) => m.status !== 'scheduled')) {
        next = next ? place(mention, next) : fresh(mention, false, true);
        clusterOf.set(mention, next);
      } else place(mention, current);
    }
  }
  // A meeting of people told without a venue is the round the article reports when that round, the article's only
  // one, names no sides and no venue of its own ("بدأت المفاوضات في الساعة 23:25 مساء الخميس" after "مباحثات بوتين مع ويتكوف").
  if (current && !current.people && current.venue === undefined && current.mentions.every((m) => m.parties.length === 0) && venueless.length > 0 &&
    clusters.filter((c) => !c.historical && !c.next).length === 1 &&
    venueless.every((m) => m.start === undefined || overlaps(current!, m))) {
    for (const mention of venueless) {
      place(mention, current);
      clusterOf.set(mention, current);
      past.delete(mention.sentence);
    }
  }
  const all = next ? [...clusters, next] : clusters;
  const rounds = all.map((c) => toRound(c, reference, current?.number, lead, unions)).filter((r): r is NonNullable<typeof r> => r !== undefined);
  const numberOf = new Map<TalksSentence, number>();
  const currentSentences = new Set<TalksSentence>();
  for (const [mention, cluster] of clusterOf) {
    if (cluster.historical || cluster.next) continue;
    if (!past.has(mention.sentence)) currentSentences.add(mention.sentence);
    if (cluster.number !== undefined && !numberOf.has(mention.sentence)) numberOf.set(mention.sentence, cluster.number);
  }
  return { rounds, numberOf, current: currentSentences, past, talks: currentSentences.size > 0 || next !== undefined };
}

function pushed(clusters: Cluster[], cluster: Cluster): Cluster {
  clusters.push(cluster);
  return cluster;
}
