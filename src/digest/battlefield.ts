/**
 * The battlefield section from figure facts: the tally with its changes, strikes, casualties by
 * place, the other side's claims apart, and every remaining figure, so none is silently dropped.
 */
import type { FigureFact, IsoDate } from '../extract/facts.ts';
import { groupFigures, mergeSameClaims, nameKey, sortFigures, toClaim, type KeyedClaim } from './figures.ts';
import { ofKind, type Merged } from './merge.ts';
import type { NameIndex } from './names.ts';
import { compareText, type ArticleIndex } from './sources.ts';
import { buildTally, previousFromFacts, type TallyResult } from './tally.ts';
import type { Battlefield, PlaceCasualties } from './types.ts';

function byPlace(claims: readonly KeyedClaim[]): PlaceCasualties[] {
  const groups = groupFigures(claims);
  const places = new Map<string, PlaceCasualties>();
  for (const group of groups) {
    const place = group.claims[0]?.place;
    const key = nameKey(place);
    const entry = places.get(key);
    if (entry) places.set(key, { ...entry, groups: [...entry.groups, group] });
    else places.set(key, place ? { place, groups: [group] } : { groups: [group] });
  }
  // Named places in id order; figures without a place (national totals) last.
  return [...places.entries()].sort(([a], [b]) => (a === '') !== (b === '') ? (a === '' ? 1 : -1) : compareText(a, b)).map(([, v]) => v);
}

/** The latest tally among the claims (on or before `asOf` when given), against `previousTally` when the claims hold no earlier one. */
export function tallyOf(claims: readonly KeyedClaim[], previousTally: readonly FigureFact[], names: NameIndex, asOf?: IsoDate): TallyResult & { readonly sorted: ReturnType<typeof sortFigures> } {
  const sorted = sortFigures(claims.filter((k) => asOf === undefined || k.claim.day === undefined || k.claim.day <= asOf), names.otherSide);
  const day = sorted.tally.map((k) => k.claim.day).filter((d): d is IsoDate => d !== undefined).sort(compareText).at(-1);
  const result = buildTally(sorted.tally, sorted.daily, previousFromFacts(previousTally, names, day), names.tallyMetrics);
  return { ...result, sorted };
}

/** Figure claims of merged facts, one claim told in other words by several outlets counted once (sameClaimTold). */
export function claimsOf(merged: readonly Merged[], names: NameIndex, index: ArticleIndex): KeyedClaim[] {
  return mergeSameClaims(ofKind(merged, 'figure'), names).map((m: Merged<FigureFact>) => toClaim(m, names, index));
}

/** Build the battlefield section. */
export function buildBattlefield(merged: readonly Merged[], previousTally: readonly FigureFact[], names: NameIndex, index: ArticleIndex): Battlefield {
  const { tally, usedDaily, sorted } = tallyOf(claimsOf(merged, names, index), previousTally, names);
  const tallyDays = new Set(sorted.tally.map((k) => k.claim.day));
  const unusedDaily = sorted.daily.filter((k) => !usedDaily.has(k));
  // Tallies of earlier days in the window are the base of the computed changes; a tally claim of no day is shown with the rest.
  const stray = sorted.tally.filter((k) => k.claim.day === undefined && tallyDays.size > 1);
  return {
    ...(tally ? { tally } : {}),
    strikes: groupFigures(sorted.strikes),
    casualties: byPlace(sorted.casualties),
    otherSideClaims: groupFigures(sorted.otherSide),
    otherFigures: groupFigures([...sorted.other, ...unusedDaily, ...stray]),
  };
}
