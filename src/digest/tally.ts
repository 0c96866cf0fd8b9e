/**
 * The General Staff tally of one day with its 24-hour changes: stated when the bulletin gives the
 * day's figure ("770 in the last 24 hours"), otherwise computed against the tally before it and
 * labelled so, since a difference of two bulletins is our arithmetic, not the claimant's words.
 */
import type { FigureFact, IsoDate, TallyMetric } from '../extract/facts.ts';
import { compareClaims, disagree, isTallyMetric, nameKey, type KeyedClaim } from './figures.ts';
import type { NameIndex } from './names.ts';
import { compareText } from './sources.ts';
import type { DisplayName, Tally, TallyChange, TallyClaim, TallyRow } from './types.ts';

/** A figure of the tally before, reduced to what a change is computed from. */
export type PreviousFigure = {
  readonly metric: TallyMetric;
  readonly value: number;
  readonly qualifier: FigureFact['qualifier'];
  readonly claimant: string;
  readonly side: string;
  readonly day?: IsoDate;
};

/** Rounded figures ("about 24 thousand") are not subtracted: the difference would be noise. */
export function isExactQualifier(qualifier: FigureFact['qualifier']): boolean {
  return qualifier === 'exact';
}

const sidesMatch = (a: string, b: string): boolean => a === b || a === '' || b === '';

/** The caller's previous tally as previous figures: only this side's cumulative tally categories before `before`. */
export function previousFromFacts(facts: readonly FigureFact[], names: NameIndex, before: IsoDate | undefined): PreviousFigure[] {
  const usable = facts.filter((f) =>
    isTallyMetric(f.metric) && f.scope === 'cumulative' && (names.otherSide === undefined || names.claimantParty(f.claimant) !== names.otherSide)
    && (before === undefined || f.asOf === undefined || f.asOf < before));
  const latest = usable.map((f) => f.asOf).filter((d): d is IsoDate => d !== undefined).sort(compareText).at(-1);
  return usable.filter((f) => f.asOf === undefined || f.asOf === latest).map((f) => ({
    metric: f.metric,
    value: f.value,
    qualifier: f.qualifier,
    claimant: nameKey(names.claimant(f.claimant)),
    side: f.side ?? '',
    ...(f.asOf !== undefined ? { day: f.asOf } : {}),
  }));
}

function toPrevious(keyed: KeyedClaim): PreviousFigure | undefined {
  const { claim } = keyed;
  if (!isTallyMetric(claim.metric)) return undefined;
  return {
    metric: claim.metric, value: claim.value, qualifier: claim.qualifier, claimant: keyed.claimant,
    side: claim.side?.id ?? '', ...(claim.day !== undefined ? { day: claim.day } : {}),
  };
}

/**
 * The day's figure for this claim's category. Another claimant's daily figure is used only when
 * that claimant gives no total of its own in the row: otherwise it belongs to that total.
 */
function statedChange(keyed: KeyedClaim, daily: readonly KeyedClaim[], used: Set<KeyedClaim>, rowClaimants: ReadonlySet<string>): TallyChange | undefined {
  const side = keyed.claim.side?.id ?? '';
  const candidates = daily
    .filter((d) => d.claim.metric === keyed.claim.metric && d.claim.day === keyed.claim.day && sidesMatch(d.claim.side?.id ?? '', side))
    .filter((d) => d.claimant === keyed.claimant || !rowClaimants.has(d.claimant))
    .sort((a, b) => Number(b.claimant === keyed.claimant) - Number(a.claimant === keyed.claimant) || compareClaims(a, b));
  const chosen = candidates[0];
  if (!chosen) return undefined;
  used.add(chosen);
  return { basis: 'stated', value: chosen.claim.value, qualifier: chosen.claim.qualifier, claimant: chosen.claim.claimant, sources: chosen.claim.sources };
}

function computedChange(keyed: KeyedClaim, previous: readonly PreviousFigure[]): TallyChange | undefined {
  const { claim } = keyed;
  const side = claim.side?.id ?? '';
  const same = previous.filter((p) => p.metric === claim.metric && sidesMatch(p.side, side));
  const sameClaimant = same.filter((p) => p.claimant === keyed.claimant);
  const pool = sameClaimant.length > 0 ? sameClaimant : same;
  // Another claimant's figure is used only when the earlier reports agree; otherwise which to subtract is a guess.
  if (new Set(pool.map((p) => p.value)).size !== 1) return undefined;
  const before = pool[0];
  if (!before || !isExactQualifier(before.qualifier) || !isExactQualifier(claim.qualifier)) return undefined;
  if (before.day !== undefined && claim.day !== undefined && before.day >= claim.day) return undefined;
  return { basis: 'computed', value: claim.value - before.value, previousValue: before.value, ...(before.day !== undefined ? { since: before.day } : {}) };
}

/** The tally built, and the daily figures it used as stated changes (the rest are shown elsewhere). */
export type TallyResult = { readonly tally?: Tally; readonly usedDaily: ReadonlySet<KeyedClaim> };

/**
 * The latest day's tally among `pool` (cumulative tally claims of this side), its changes from
 * `daily` (stated) or from the pool's previous day, else from `previousTally` (computed).
 */
export function buildTally(pool: readonly KeyedClaim[], daily: readonly KeyedClaim[], previousTally: readonly PreviousFigure[], order: readonly TallyMetric[]): TallyResult {
  const usedDaily = new Set<KeyedClaim>();
  if (pool.length === 0) return { usedDaily };
  const days = [...new Set(pool.map((k) => k.claim.day).filter((d): d is IsoDate => d !== undefined))].sort(compareText);
  const day = days.at(-1);
  const current = pool.filter((k) => k.claim.day === day);
  const earlierDay = days.filter((d) => day !== undefined && d < day).at(-1);
  const previous = earlierDay !== undefined
    ? pool.filter((k) => k.claim.day === earlierDay).map(toPrevious).filter((p): p is PreviousFigure => p !== undefined)
    : previousTally.filter((p) => day === undefined || p.day === undefined || p.day < day);

  const rows: TallyRow[] = [];
  for (const metric of order) {
    const claims = current.filter((k) => k.claim.metric === metric).sort(compareClaims);
    const first = claims[0];
    if (!first) continue;
    const rowClaimants = new Set(claims.map((k) => k.claimant));
    const withChanges: TallyClaim[] = claims.map((keyed) => {
      const change = statedChange(keyed, daily, usedDaily, rowClaimants) ?? computedChange(keyed, previous);
      return change ? { ...keyed.claim, change } : keyed.claim;
    });
    rows.push({ metric, metricName: first.claim.metricName, claims: withChanges, conflicting: disagree(withChanges) });
  }

  const claimants: DisplayName[] = [];
  const seen = new Set<string>();
  for (const row of rows) for (const claim of row.claims) {
    const key = nameKey(claim.claimant);
    if (!seen.has(key)) {
      seen.add(key);
      claimants.push(claim.claimant);
    }
  }
  const sides = new Set(current.map((k) => k.claim.side?.id ?? ''));
  const side = sides.size === 1 ? current[0]?.claim.side : undefined;
  const previousDay = earlierDay ?? previous.map((p) => p.day).filter((d): d is IsoDate => d !== undefined).sort(compareText).at(-1);
  const tally: Tally = {
    ...(day !== undefined ? { day } : {}),
    ...(side !== undefined ? { side } : {}),
    claimants,
    rows,
    ...(previousDay !== undefined && rows.some((r) => r.claims.some((c) => c.change?.basis === 'computed')) ? { previousDay } : {}),
  };
  return { tally, usedDaily };
}
