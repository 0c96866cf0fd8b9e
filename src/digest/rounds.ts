/**
 * Rounds of talks merged across articles. One round is told by many articles, each knowing part
 * of it (one has the number, another the dates, a third the venue), so facts describing the same
 * round — same number, or same venue and overlapping dates — are merged and their fields filled
 * from each. Where a round stands is judged at a date: past its last day it has been held, even
 * if the article that named it was written while it was under way.
 */
import type { DelegationFact, IsoDate, RoundFact, RoundStatus, TalksFormat } from '../extract/facts.ts';
import { addDays, isoToDays } from '../text/calendar.ts';
import type { Merged } from './merge.ts';
import type { NameIndex } from './names.ts';
import { compareOptionalDays, compareText, type ArticleIndex } from './sources.ts';
import type { DelegationView, RoundView } from './types.ts';

const STATUS_RANK: Readonly<Record<RoundStatus, number>> = { scheduled: 0, under_way: 1, held: 2 };
const ROLE_ORDER: Readonly<Record<DelegationFact['role'], number>> = { head: 0, envoy: 1, mediator: 2, member: 3 };

type Group = { members: Merged<RoundFact>[]; number?: number; venue?: string; start?: IsoDate; end?: IsoDate };

const laterStatus = (a: RoundStatus, b: RoundStatus): RoundStatus => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a);

/**
 * How many days a round whose end no article gives is taken to last: the rounds of these talks
 * have run one or two days, so a round that began more than a day before `asOf` has been held.
 */
export const ASSUMED_ROUND_DAYS = 2;

/** Where a round stands at `asOf` judged by its dates alone, when it has any. */
export function statusByDates(start: IsoDate | undefined, end: IsoDate | undefined, asOf: IsoDate): RoundStatus | undefined {
  if (start === undefined && end === undefined) return undefined;
  const last = end ?? addDays(start as IsoDate, ASSUMED_ROUND_DAYS - 1);
  if (last < asOf) return 'held';
  if (start !== undefined && start > asOf) return 'scheduled';
  return 'under_way';
}

function overlaps(a: { start?: IsoDate; end?: IsoDate }, b: { start?: IsoDate; end?: IsoDate }): boolean {
  const aStart = a.start ?? a.end;
  const bStart = b.start ?? b.end;
  if (aStart === undefined || bStart === undefined) return false;
  const aEnd = a.end ?? aStart;
  const bEnd = b.end ?? bStart;
  return aStart <= bEnd && bStart <= aEnd;
}

const venuesMatch = (a: string | undefined, b: string | undefined): boolean => a === undefined || b === undefined || a === b;

/** An undated, unnumbered report matches a round its status and report day fit: under way that day, held before it, scheduled after. */
function fitsUndated(group: Group, fact: RoundFact, day: IsoDate | undefined): boolean {
  if (day === undefined || group.start === undefined || fact.venue === undefined || group.venue !== fact.venue) return false;
  const end = group.end ?? addDays(group.start, ASSUMED_ROUND_DAYS - 1);
  if (fact.status === 'under_way') return group.start <= day && day <= end;
  if (fact.status === 'held') return group.start <= day;
  return end >= day;
}

function join(group: Group, member: Merged<RoundFact>): void {
  const fact = member.fact;
  group.members.push(member);
  if (group.number === undefined && fact.number !== undefined) group.number = fact.number;
  if (group.venue === undefined && fact.venue !== undefined) group.venue = fact.venue;
  const start = fact.startDate ?? fact.endDate;
  const end = fact.endDate;
  if (start !== undefined && (group.start === undefined || start < group.start)) group.start = start;
  if (end !== undefined && (group.end === undefined || end > group.end)) group.end = end;
}

/**
 * Reports of one round name days at most this far apart. A new format of talks numbers its rounds
 * afresh (Istanbul 2025, Abu Dhabi 2026), so a "first round" weeks away from another is another round.
 */
export const SAME_ROUND_WITHIN_DAYS = 14;

function daysApart(a: { start?: IsoDate; end?: IsoDate }, b: { start?: IsoDate; end?: IsoDate }): number | undefined {
  const aStart = a.start ?? a.end;
  const bStart = b.start ?? b.end;
  if (aStart === undefined || bStart === undefined) return undefined;
  if (overlaps(a, b)) return 0;
  const aEnd = a.end ?? aStart;
  const bEnd = b.end ?? bStart;
  return aEnd < bStart ? isoToDays(bStart) - isoToDays(aEnd) : isoToDays(aStart) - isoToDays(bEnd);
}

/** Of the rounds bearing one number, the one nearest in time to a report (its days, else the day it was written). */
function nearestRound<G extends { start?: IsoDate; end?: IsoDate }>(candidates: readonly G[], span: { start?: IsoDate; end?: IsoDate }, day: IsoDate | undefined): G | undefined {
  if (candidates.length <= 1) return candidates[0];
  const reference = span.start !== undefined || span.end !== undefined ? span : day !== undefined ? { start: day } : undefined;
  if (reference === undefined) return candidates.at(-1);
  let best = candidates[0];
  let bestGap = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const gap = daysApart(candidate, reference) ?? Number.POSITIVE_INFINITY;
    if (gap <= bestGap) {
      best = candidate;
      bestGap = gap;
    }
  }
  return best;
}

function findGroup(groups: readonly Group[], member: Merged<RoundFact>): Group | undefined {
  const fact = member.fact;
  const span = { ...(fact.startDate !== undefined ? { start: fact.startDate } : {}), ...(fact.endDate !== undefined ? { end: fact.endDate } : {}) };
  if (fact.number !== undefined) {
    const sameNumber = groups.filter((g) => g.number === fact.number && (daysApart(g, span) ?? 0) <= SAME_ROUND_WITHIN_DAYS);
    return nearestRound(sameNumber, span, member.day)
      ?? groups.find((g) => g.number === undefined && venuesMatch(g.venue, fact.venue) && overlaps(g, span));
  }
  if (fact.startDate !== undefined || fact.endDate !== undefined) return groups.find((g) => venuesMatch(g.venue, fact.venue) && overlaps(g, span));
  const fitting = groups.filter((g) => fitsUndated(g, fact, member.day));
  // Held: the latest round before the report; scheduled: the next one. Under way fits one round at most.
  return fact.status === 'scheduled' ? fitting[0] : fitting.at(-1);
}

/** Most frequent value, ties broken by order so the choice is stable. */
function mostFrequent<T extends string | number | boolean>(values: readonly (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || compareText(String(a), String(b)))[0]?.[0];
}

/** Group round reports into rounds, in order: numbered reports first, then dated, then undated. */
function groupRounds(rounds: readonly Merged<RoundFact>[]): Group[] {
  const rank = (m: Merged<RoundFact>): number => (m.fact.number !== undefined ? 0 : m.fact.startDate !== undefined || m.fact.endDate !== undefined ? 1 : 2);
  const ordered = [...rounds].sort((a, b) => rank(a) - rank(b)
    || (a.fact.number ?? 0) - (b.fact.number ?? 0)
    || compareOptionalDays(a.fact.startDate, b.fact.startDate)
    || compareOptionalDays(a.day, b.day));
  const groups: Group[] = [];
  for (const member of ordered) {
    const group = findGroup(groups, member);
    if (group) join(group, member);
    else {
      const fresh: Group = { members: [] };
      join(fresh, member);
      groups.push(fresh);
      groups.sort((a, b) => compareOptionalDays(a.start, b.start) || (a.number ?? 0) - (b.number ?? 0));
    }
  }
  return groups;
}

function delegationViews(facts: readonly Merged<DelegationFact>[], names: NameIndex, index: ArticleIndex, roundOf: (m: Merged<DelegationFact>) => number | undefined): DelegationView[] {
  const byPerson = new Map<string, { fact: DelegationFact; rounds: Set<number>; articleIds: Set<string> }>();
  for (const merged of facts) {
    const { fact } = merged;
    const key = [fact.person, fact.side, fact.role].join('|');
    const entry = byPerson.get(key) ?? { fact, rounds: new Set<number>(), articleIds: new Set<string>() };
    const round = fact.roundNumber ?? roundOf(merged);
    if (round !== undefined) entry.rounds.add(round);
    for (const id of merged.articleIds) entry.articleIds.add(id);
    byPerson.set(key, entry);
  }
  return [...byPerson.values()]
    .sort((a, b) => compareText(a.fact.side, b.fact.side) || ROLE_ORDER[a.fact.role] - ROLE_ORDER[b.fact.role] || compareText(a.fact.person, b.fact.person))
    .map(({ fact, rounds, articleIds }) => ({
      // A person the pack does not list is shown by the name the article wrote.
      person: fact.name !== undefined ? { id: fact.person, asWritten: fact.name } : names.person(fact.person),
      side: names.party(fact.side),
      role: fact.role,
      rounds: [...rounds].sort((a, b) => a - b),
      sources: index.sources(articleIds),
    }));
}

/** Rounds (oldest first) and delegations, as they stand at `asOf`. */
export function buildRounds(
  rounds: readonly Merged<RoundFact>[], delegations: readonly Merged<DelegationFact>[], names: NameIndex, index: ArticleIndex, asOf: IsoDate,
): { rounds: RoundView[]; delegations: DelegationView[] } {
  const groups = groupRounds(rounds);
  // A delegation report without a round number belongs to the one round its article tells of, if only one.
  const roundOf = (merged: Merged<DelegationFact>): number | undefined => {
    const told = groups.filter((g) => g.members.some((m) => m.articleIds.some((id) => merged.articleIds.includes(id))));
    return told.length === 1 ? told[0]?.number : undefined;
  };
  const allDelegations = delegationViews(delegations, names, index, roundOf);
  // When two rounds bear one number (two formats of talks), each takes the delegation reports of
  // its own articles; a report from an article that tells of neither goes to the nearer in time.
  const delegationsOf = (group: Group): DelegationView[] => {
    if (group.number === undefined) return [];
    const number = group.number;
    const numbered = groups.filter((g) => g.number === number);
    if (numbered.length === 1) return allDelegations.filter((d) => d.rounds.includes(number));
    const articlesOf = (g: Group): Set<string> => new Set(g.members.flatMap((m) => m.articleIds));
    const own = articlesOf(group);
    const told = numbered.map(articlesOf);
    const mine = delegations.flatMap((merged): Merged<DelegationFact>[] => {
      if ((merged.fact.roundNumber ?? roundOf(merged)) !== number) return [];
      const shared = merged.articleIds.filter((id) => own.has(id));
      if (shared.length > 0) return [{ ...merged, articleIds: shared, evidence: merged.evidence.filter((e) => own.has(e.articleId)) }];
      const elsewhere = told.some((ids) => merged.articleIds.some((id) => ids.has(id)));
      return !elsewhere && nearestRound(numbered, {}, merged.day) === group ? [merged] : [];
    });
    return delegationViews(mine, names, index, () => number);
  };
  const views = groups.map((group): RoundView => {
    const facts = group.members.map((m) => m.fact);
    const reported = facts.map((f) => f.status).reduce(laterStatus, 'scheduled');
    const byDates = statusByDates(group.start, group.end, asOf);
    const format = mostFrequent<TalksFormat>(facts.map((f) => f.format));
    const direct = facts.some((f) => f.direct === true) ? true : facts.some((f) => f.direct === false) ? false : undefined;
    const venue = mostFrequent(facts.map((f) => f.venue));
    // With no city in any report, the country the talks were held in ("في المملكة العربية السعودية").
    const country = venue === undefined ? mostFrequent(facts.map((f) => f.country)) : undefined;
    const roundDelegations = delegationsOf(group);
    return {
      ...(group.number !== undefined ? { number: group.number } : {}),
      ...(venue !== undefined ? { venue: names.place(venue) } : country !== undefined ? { venue: names.entity(country) } : {}),
      ...(group.start !== undefined ? { startDate: group.start } : {}),
      ...(group.end !== undefined && group.end !== group.start ? { endDate: group.end } : {}),
      ...(format !== undefined ? { format } : {}),
      ...(direct !== undefined ? { direct } : {}),
      parties: [...new Set(facts.flatMap((f) => f.parties))].sort(compareText).map(names.party),
      mediators: [...new Set(facts.flatMap((f) => f.mediators))].sort(compareText).map(names.entity),
      status: byDates === undefined ? reported : laterStatus(reported, byDates),
      delegations: roundDelegations,
      sources: index.sources(group.members.flatMap((m) => m.articleIds)),
    };
  });
  return { rounds: views, delegations: allDelegations };
}
