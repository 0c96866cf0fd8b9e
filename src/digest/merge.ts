/**
 * Identical facts from several articles merged into one, keeping every article that reports it.
 * "Identical" means the same kind and the same key fields (for a figure, its value and claimant
 * too): two values for one figure are a conflict to show, not a duplicate to drop.
 */
import { isTallyMetric, type Claimant, type Evidence, type Fact, type FigureFact, type IsoDate } from '../extract/facts.ts';
import { toFormKey } from '../packs/form-key.ts';
import { compareOptionalDays, compareText, type ArticleIndex } from './sources.ts';

/** One fact as reported by one or more articles; `fact` is the first report in a stable order. */
export type Merged<T extends Fact = Fact> = {
  readonly fact: T;
  readonly articleIds: readonly string[];
  readonly evidence: readonly Evidence[];
  /** For a figure, the day it is as of (its own `asOf`, else its article's date); else the earliest report's date. */
  readonly day?: IsoDate;
};

/** The same claimant however the article spelled it: by pack id when known, else by folded wording. */
export function claimantKey(claimant: Claimant): string {
  return claimant.id !== undefined ? `${claimant.kind}:${claimant.id}` : `text:${toFormKey(claimant.text)}`;
}

/** The day a figure speaks of. */
export function figureDay(fact: FigureFact, index: ArticleIndex): IsoDate | undefined {
  return fact.asOf ?? index.dayOf(fact.evidence.articleId);
}

/**
 * The place ids a figure is about: its one place, or all of them when a report names several
 * ("خيرسون وسومي ودنيبرو"), so figures for different sets of places are never compared as rivals.
 */
export function figurePlaces(fact: FigureFact): readonly string[] {
  if (fact.place !== undefined) return [fact.place];
  return fact.places ? [...fact.places].sort(compareText) : [];
}

/** What a figure is about, regardless of who says it and how much: claims with one subject are compared. */
export function figureSubjectKey(fact: FigureFact, day: IsoDate | undefined): string {
  // A war-long total outside the tally ("55,000 soldiers killed since the war began") is one claim
  // however many days of the window repeat it; the tally keeps its day, which its changes need.
  const dayOfClaim = fact.scope === 'cumulative' && !isTallyMetric(fact.metric) ? '' : (day ?? '');
  return [fact.metric, fact.scope, fact.side ?? '', figurePlaces(fact).join('+'), fact.population ?? '', dayOfClaim].join('|');
}

const sortedList = (values: readonly string[]): string => [...values].sort(compareText).join(',');

/** The identity of a fact: facts with equal keys say the same thing. */
export function factKey(fact: Fact, index: ArticleIndex): string {
  switch (fact.kind) {
    case 'figure':
      return ['figure', figureSubjectKey(fact, figureDay(fact, index)), claimantKey(fact.claimant), fact.value, fact.qualifier].join('|');
    case 'round':
      // Rounds are merged by number, venue and dates in rounds.ts; here only exact repeats.
      return ['round', fact.number ?? '', fact.venue ?? fact.country ?? '', fact.startDate ?? '', fact.endDate ?? '', fact.status, sortedList(fact.parties)].join('|');
    case 'delegation':
      return ['delegation', fact.person, fact.side, fact.role, fact.roundNumber ?? ''].join('|');
    case 'outcome': {
      // An exchange is the same exchange however it is worded; an agreement is told apart by its wording.
      const wording = fact.type === 'agreement' || fact.type === 'other' ? toFormKey(fact.text) : '';
      return ['outcome', fact.type, sortedList(fact.parties), fact.perSide ?? '', fact.total ?? '', wording].join('|');
    }
    case 'position':
      return ['position', fact.party, fact.stance, fact.issue].join('|');
    case 'sticking_point':
      return ['sticking_point', fact.issue].join('|');
    case 'next_step':
      return ['next_step', fact.what, fact.date ?? '', fact.vague ?? (fact.whenText ? toFormKey(fact.whenText) : '')].join('|');
    case 'statement':
      return ['statement', claimantKey(fact.speaker), toFormKey(fact.quote)].join('|');
  }
}

function compareFacts(index: ArticleIndex) {
  return (a: Fact, b: Fact): number =>
    compareOptionalDays(index.dayOf(a.evidence.articleId), index.dayOf(b.evidence.articleId))
    || compareText(a.evidence.articleId, b.evidence.articleId)
    || a.evidence.start - b.evidence.start
    || a.evidence.end - b.evidence.end
    || compareText(a.kind, b.kind)
    || compareText(factKey(a, index), factKey(b, index));
}

/**
 * Merge identical facts of the indexed articles (facts of other articles are left out), in a
 * stable order: by the first report's date, article id and position in the article.
 */
export function mergeFacts(facts: readonly Fact[], index: ArticleIndex): Merged[] {
  const groups = new Map<string, { fact: Fact; articleIds: Set<string>; evidence: Evidence[] }>();
  for (const fact of facts.filter((f) => index.has(f.evidence.articleId)).sort(compareFacts(index))) {
    const key = factKey(fact, index);
    const group = groups.get(key);
    if (group) {
      group.articleIds.add(fact.evidence.articleId);
      group.evidence.push(fact.evidence);
    } else groups.set(key, { fact, articleIds: new Set([fact.evidence.articleId]), evidence: [fact.evidence] });
  }
  return [...groups.values()].map(({ fact, articleIds, evidence }) => {
    const ids = [...articleIds].sort(compareText);
    const day = fact.kind === 'figure'
      ? figureDay(fact, index)
      : ids.map(index.dayOf).filter((d): d is IsoDate => d !== undefined).sort(compareText)[0];
    return day === undefined ? { fact, articleIds: ids, evidence } : { fact, articleIds: ids, evidence, day };
  });
}

/** The merged facts of one kind, typed. */
export function ofKind<K extends Fact['kind']>(merged: readonly Merged[], kind: K): Merged<Extract<Fact, { kind: K }>>[] {
  return merged.filter((m): m is Merged<Extract<Fact, { kind: K }>> => m.fact.kind === kind);
}
