/**
 * "The day in three lines": where the talks stand, the headline tally figure and the day's major
 * strike, in that order, because that is what a reader of the war's news asks first. When one is
 * missing, casualties, an outcome or the next step take its place.
 */
import type { FigureMetric } from '../extract/facts.ts';
import { nameKey } from './figures.ts';
import type { Battlefield, FigureClaim, FigureGroup, Headline, Negotiations } from './types.ts';

const INTERCEPT_OF: Readonly<Partial<Record<FigureMetric, FigureMetric>>> = {
  drones_launched: 'drones_intercepted',
  missiles_launched: 'missiles_intercepted',
  ballistic_missiles_launched: 'missiles_intercepted',
  cruise_missiles_launched: 'missiles_intercepted',
};

function talksLine(negotiations: Negotiations): Headline | undefined {
  const round = negotiations.rounds.at(-1);
  if (round) {
    // Outcomes reached at or after the round began are its results.
    const start = round.startDate;
    const outcomes = negotiations.outcomes.filter((o) => start === undefined || o.day === undefined || o.day >= start);
    return { kind: 'round', round, outcomes };
  }
  const outcome = negotiations.outcomes.at(-1);
  return outcome ? { kind: 'outcome', outcome } : undefined;
}

function tallyLine(battlefield: Battlefield): Headline | undefined {
  const tally = battlefield.tally;
  // Rows come in the pack's order, which puts its headcount first (packs/schema.ts metricSchema).
  const row = tally?.rows[0];
  return tally && row ? { kind: 'tally', tally, row } : undefined;
}

function strikeLine(battlefield: Battlefield): Headline | undefined {
  const launches = battlefield.strikes.filter((g) => INTERCEPT_OF[g.metric] !== undefined);
  const biggest = (groups: readonly FigureGroup[]): FigureGroup | undefined =>
    [...groups].sort((a, b) => (b.claims[0]?.value ?? 0) - (a.claims[0]?.value ?? 0))[0];
  const group = biggest(launches);
  const launched = group?.claims[0];
  if (!group || !launched) return undefined;
  const interceptGroup = battlefield.strikes.find((g) => g.metric === INTERCEPT_OF[group.metric] && g.day === group.day);
  const intercepted: FigureClaim | undefined = interceptGroup?.claims.find((c) => nameKey(c.claimant) === nameKey(launched.claimant)) ?? interceptGroup?.claims[0];
  return intercepted ? { kind: 'strike', launched, intercepted } : { kind: 'strike', launched };
}

function casualtyLine(battlefield: Battlefield): Headline | undefined {
  const placed = battlefield.casualties.filter((p) => p.place !== undefined);
  const total = (claims: readonly FigureClaim[]): number => claims.reduce((sum, c) => sum + c.value, 0);
  const firstClaims = (groups: readonly FigureGroup[]): FigureClaim[] => groups.map((g) => g.claims[0]).filter((c): c is FigureClaim => c !== undefined);
  const worst = [...placed].sort((a, b) => total(firstClaims(b.groups)) - total(firstClaims(a.groups)))[0];
  if (!worst?.place) return undefined;
  return { kind: 'casualties', place: worst.place, claims: firstClaims(worst.groups) };
}

/** Up to three lines, most important first. */
export function pickHeadlines(negotiations: Negotiations, battlefield: Battlefield): Headline[] {
  const talks = talksLine(negotiations);
  const lines = [talks, tallyLine(battlefield), strikeLine(battlefield) ?? casualtyLine(battlefield)].filter((h): h is Headline => h !== undefined);
  const step = negotiations.nextSteps[0];
  if (lines.length < 3 && step) lines.push({ kind: 'next_step', step });
  if (lines.length < 3 && talks?.kind === 'round' && talks.outcomes.length === 0 && negotiations.outcomes.length > 0) {
    const outcome = negotiations.outcomes.at(-1);
    if (outcome) lines.push({ kind: 'outcome', outcome });
  }
  return lines.slice(0, 3);
}
