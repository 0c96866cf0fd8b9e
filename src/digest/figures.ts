/**
 * Figures sorted into what the battlefield section shows: the General Staff tally, strikes,
 * casualties, the other side's claims and the rest. A figure claimed by the other side is never
 * put into the tally, and figures that disagree are grouped so they are shown side by side.
 */
import { EVENT_METRICS, isTallyMetric, type EventMetric, type FigureFact, type FigureMetric } from '../extract/facts.ts';
import { toFormKey } from '../packs/form-key.ts';
import { claimantKey, figurePlaces, figureSubjectKey, type Merged } from './merge.ts';
import type { NameIndex } from './names.ts';
import { compareOptionalDays, compareText, type ArticleIndex } from './sources.ts';
import type { DisplayName, FigureClaim, FigureGroup, IsoDate } from './types.ts';

const STRIKE_METRICS: ReadonlySet<FigureMetric> = new Set<EventMetric>([
  'drones_launched', 'missiles_launched', 'ballistic_missiles_launched', 'cruise_missiles_launched', 'drones_intercepted', 'missiles_intercepted',
]);
const CASUALTY_METRICS: ReadonlySet<FigureMetric> = new Set<EventMetric>(['killed', 'injured', 'killed_or_injured', 'missing']);
/** The engine's event metrics rank after every tally category (which rank in the pack's order: NameIndex.tallyMetrics). */
const EVENT_RANK: ReadonlyMap<string, number> = new Map(EVENT_METRICS.map((m, i) => [m, 1_000 + i]));

/** Where a metric stands in lists: the pack's tally order, then the engine's event metrics. */
function metricRank(metric: FigureMetric, names: NameIndex): number {
  const event = EVENT_RANK.get(metric);
  if (event !== undefined) return event;
  const index = names.tallyMetrics.indexOf(metric);
  return index === -1 ? EVENT_RANK.size + 1_000 : index;
}


/** A claim with the keys needed to compare it; kept out of the model. */
export { isTallyMetric };

export type KeyedClaim = { readonly claim: FigureClaim; readonly subject: string; readonly claimant: string; readonly rank: number };

/** A stable key for a display name: the pack id, else the folded wording. */
export function nameKey(name: DisplayName | undefined): string {
  if (name === undefined) return '';
  return name.id ?? `text:${toFormKey(name.asWritten ?? '')}`;
}

/** The display name of a figure's place, or of its several places joined. */
function placeName(fact: FigureFact, names: NameIndex): { place: DisplayName } | undefined {
  const ids = figurePlaces(fact);
  if (ids.length === 0) return undefined;
  if (ids.length === 1) return { place: names.place(ids[0]!) };
  const each = ids.map((id) => names.place(id));
  const join = (lang: 'ar' | 'en', separator: string) => each.map((name) => name[lang] ?? name.asWritten ?? name.id ?? '').join(separator);
  return { place: { id: ids.join('+'), ar: join('ar', '، '), en: join('en', ', ') } };
}

/**
 * Whether two reports tell one claim in other words: the same number of the same thing on the same
 * day, on the same side, claimed by one claimant named two ways (a state, "أعلنت موسكو", and its
 * ministry, "وزارة الدفاع الروسية"), with its places told by one of them or the same in both. Two
 * claimants of one side with the same number are not merged (the General Staff and an outlet).
 */
function sameClaimTold(a: FigureFact, b: FigureFact, dayA: IsoDate | undefined, dayB: IsoDate | undefined, names: NameIndex): boolean {
  if (a.metric !== b.metric || a.scope !== b.scope || a.value !== b.value || a.qualifier !== b.qualifier || a.side !== b.side
    || a.population !== b.population || dayA !== dayB) return false;
  const placesA = figurePlaces(a).join('+');
  const placesB = figurePlaces(b).join('+');
  if (placesA !== '' && placesB !== '' && placesA !== placesB) return false;
  if (claimantKey(a.claimant) === claimantKey(b.claimant)) return true;
  // One names the side itself and the other a body of that side.
  const sideOf = (fact: FigureFact) => (fact.claimant.kind === 'party' ? fact.claimant.id : undefined);
  const party = sideOf(a) ?? sideOf(b);
  const other = sideOf(a) !== undefined ? b : a;
  return party !== undefined && other.claimant.kind !== 'party' && names.claimantParty(other.claimant) === party;
}

/** The report that names the claim best: a body or person over a side, then the one with places. */
function better(a: Merged<FigureFact>, b: Merged<FigureFact>): Merged<FigureFact> {
  const score = (m: Merged<FigureFact>) => (m.fact.claimant.kind === 'party' ? 0 : 2) + (figurePlaces(m.fact).length > 0 ? 1 : 0);
  return score(b) > score(a) ? b : a;
}

/** Figures with one claim told in other words by several reports merged into one, with every report behind it. */
export function mergeSameClaims(figures: readonly Merged<FigureFact>[], names: NameIndex): Merged<FigureFact>[] {
  const out: Merged<FigureFact>[] = [];
  // Candidates share metric, value and day: looked up by them, so a long span stays linear.
  const byNumber = new Map<string, number[]>();
  for (const figure of figures) {
    const key = `${figure.fact.metric}|${figure.fact.value}|${figure.day ?? ''}`;
    const slots = byNumber.get(key) ?? [];
    const at = slots.find((slot) => sameClaimTold(out[slot]!.fact, figure.fact, out[slot]!.day, figure.day, names));
    if (at === undefined) {
      byNumber.set(key, [...slots, out.length]);
      out.push(figure);
      continue;
    }
    const kept = out[at]!;
    const best = better(kept, figure);
    out[at] = { ...best, articleIds: [...new Set([...kept.articleIds, ...figure.articleIds])], evidence: [...kept.evidence, ...figure.evidence] };
  }
  return out;
}

/** Turn a merged figure into a claim with resolved names and counted sources. */
export function toClaim(merged: Merged<FigureFact>, names: NameIndex, index: ArticleIndex): KeyedClaim {
  const fact = merged.fact;
  const party = names.claimantParty(fact.claimant);
  const claim: FigureClaim = {
    metric: fact.metric,
    metricName: names.metric(fact.metric),
    scope: fact.scope,
    value: fact.value,
    qualifier: fact.qualifier,
    valueText: fact.valueText,
    ...(fact.side !== undefined ? { side: names.party(fact.side) } : {}),
    ...(placeName(fact, names) ?? {}),
    ...(fact.population !== undefined ? { population: fact.population } : {}),
    claimant: names.claimant(fact.claimant),
    claimantKind: fact.claimant.kind,
    ...(party !== undefined ? { claimantParty: party } : {}),
    ...(merged.day !== undefined ? { day: merged.day } : {}),
    sources: index.sources(merged.articleIds),
    evidence: merged.evidence,
  };
  return { claim, subject: figureSubjectKey(fact, merged.day), claimant: nameKey(claim.claimant), rank: metricRank(fact.metric, names) };
}

/** Most-reported claim first; then a fixed order so output is stable. */
export function compareClaims(a: KeyedClaim, b: KeyedClaim): number {
  return b.claim.sources.reports - a.claim.sources.reports
    || b.claim.sources.articles - a.claim.sources.articles
    || compareText(a.claimant, b.claimant)
    || a.claim.value - b.claim.value
    || compareText(a.claim.qualifier, b.claim.qualifier);
}

function compareGroups([a, aRank]: readonly [FigureGroup, number], [b, bRank]: readonly [FigureGroup, number]): number {
  const first = (g: FigureGroup): FigureClaim | undefined => g.claims[0];
  return compareOptionalDays(a.day, b.day)
    || aRank - bRank
    || compareText(a.scope, b.scope)
    || compareText(nameKey(first(a)?.side), nameKey(first(b)?.side))
    || compareText(nameKey(first(a)?.place), nameKey(first(b)?.place))
    || compareText(first(a)?.population ?? '', first(b)?.population ?? '');
}

/**
 * Whether one claimant gives one subject two numbers: that is a conflict to flag. Two claimants
 * with two numbers are two claims, each shown with its claimant (the General Staff's exact count
 * and an outlet's rounded one), not "conflicting figures"; several claimants agreeing is not either.
 */
export function disagree(claims: readonly FigureClaim[]): boolean {
  const byClaimant = new Map<string, Set<string>>();
  for (const claim of claims) {
    const key = nameKey(claim.claimant);
    const values = byClaimant.get(key) ?? new Set<string>();
    values.add(`${claim.value}|${claim.qualifier}`);
    byClaimant.set(key, values);
  }
  return [...byClaimant.values()].some((values) => values.size > 1);
}

/** Group claims by subject; each group lists its claims most-reported first. */
export function groupFigures(claims: readonly KeyedClaim[]): FigureGroup[] {
  const bySubject = new Map<string, KeyedClaim[]>();
  for (const keyed of claims) bySubject.set(keyed.subject, [...(bySubject.get(keyed.subject) ?? []), keyed]);
  return [...bySubject.values()].map((members): [FigureGroup, number] => {
    const keyed = [...members].sort(compareClaims);
    const sorted = keyed.map((k) => k.claim);
    const head = sorted[0] as FigureClaim;
    return [{ metric: head.metric, scope: head.scope, ...(head.day !== undefined ? { day: head.day } : {}), claims: sorted, conflicting: disagree(sorted) }, keyed[0]!.rank];
  }).sort(compareGroups).map(([group]) => group);
}

/** Figures sorted by where they are shown. */
export type SortedFigures = {
  /** Cumulative tally categories from this side's claimants. */
  readonly tally: readonly KeyedClaim[];
  /** Daily tally categories (the stated 24-hour changes). */
  readonly daily: readonly KeyedClaim[];
  readonly strikes: readonly KeyedClaim[];
  readonly casualties: readonly KeyedClaim[];
  readonly otherSide: readonly KeyedClaim[];
  readonly other: readonly KeyedClaim[];
};

/**
 * Sort claims by section; the other side's claims (`otherSide`: NameIndex.otherSide) go apart whatever
 * their metric: the digest reads both sides' sources, and the tally is one side's.
 */
export function sortFigures(claims: readonly KeyedClaim[], otherSide: string | undefined): SortedFigures {
  const out = { tally: [] as KeyedClaim[], daily: [] as KeyedClaim[], strikes: [] as KeyedClaim[], casualties: [] as KeyedClaim[], otherSide: [] as KeyedClaim[], other: [] as KeyedClaim[] };
  for (const keyed of claims) {
    const { claim } = keyed;
    if (otherSide !== undefined && claim.claimantParty === otherSide) out.otherSide.push(keyed);
    else if (isTallyMetric(claim.metric) && claim.scope === 'cumulative') out.tally.push(keyed);
    else if (isTallyMetric(claim.metric) && claim.scope === 'daily') out.daily.push(keyed);
    else if (STRIKE_METRICS.has(claim.metric)) out.strikes.push(keyed);
    else if (CASUALTY_METRICS.has(claim.metric)) out.casualties.push(keyed);
    else out.other.push(keyed);
  }
  return out;
}
