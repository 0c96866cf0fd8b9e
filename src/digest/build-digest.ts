/**
 * The daily digest and the two status views (talks, figures), built from one window's articles
 * and facts. Pure: the window and the "as of" date are parameters, never the clock.
 */
import type { IsoDate } from '../extract/facts.ts';
import { buildBattlefield, claimsOf, tallyOf } from './battlefield.ts';
import { pickHeadlines } from './headlines.ts';
import { mergeFacts } from './merge.ts';
import { createNameIndex } from './names.ts';
import { buildNegotiations, buildStatements } from './negotiations.ts';
import { createArticleIndex } from './sources.ts';
import type { Digest, DigestArticle, DigestInput, FiguresStatus, Lang, TalksStatus } from './types.ts';

/** The window of a digest and the language asked for. */
export type DigestOptions = { readonly since: IsoDate; readonly until: IsoDate; readonly lang: Lang };

/**
 * Build the digest of a window. Dated articles outside [since, until] are left out; undated ones
 * the caller passed are kept (the caller chose them for this window). Facts of articles not in
 * the window are ignored.
 */
export function buildDigest(input: DigestInput, options: DigestOptions): Digest {
  const { since, until } = options;
  const articles = input.articles.filter((a) => a.publishedDate === undefined || (a.publishedDate >= since && a.publishedDate <= until));
  const index = createArticleIndex(articles);
  const names = createNameIndex(input.pack);
  const merged = mergeFacts(input.facts, index);
  const negotiations = buildNegotiations(merged, names, index, until);
  const battlefield = buildBattlefield(merged, input.previousTally ?? [], names, index);
  return {
    since,
    until,
    lang: options.lang,
    headlines: pickHeadlines(negotiations, battlefield),
    negotiations,
    battlefield,
    statements: buildStatements(merged, names, index),
    stories: index.stories,
  };
}

/** Articles that count at `asOf`: dated on or before it (an undated article cannot be placed in time). */
function articlesAsOf(articles: readonly DigestArticle[], asOf: IsoDate): DigestArticle[] {
  return articles.filter((a) => a.publishedDate !== undefined && a.publishedDate <= asOf);
}

/**
 * Where the negotiations stand at `asOf`: the latest round (a round past its last day is held),
 * earlier rounds, delegations, outcomes, positions, sticking points and next steps, from articles
 * dated on or before `asOf` only.
 */
export function talksStatus(input: Pick<DigestInput, 'facts' | 'articles' | 'pack'>, asOf: IsoDate): TalksStatus {
  const index = createArticleIndex(articlesAsOf(input.articles, asOf));
  const names = createNameIndex(input.pack);
  const negotiations = buildNegotiations(mergeFacts(input.facts, index), names, index, asOf);
  const latestRound = negotiations.rounds.at(-1);
  return {
    asOf,
    ...(latestRound ? { latestRound } : {}),
    earlierRounds: negotiations.rounds.slice(0, -1),
    delegations: negotiations.delegations,
    outcomes: negotiations.outcomes,
    positions: negotiations.positions,
    stickingPoints: negotiations.stickingPoints,
    nextSteps: negotiations.nextSteps,
    stories: index.stories,
  };
}

/**
 * The latest General Staff tally on or before `asOf`, with 24-hour changes stated in it or computed
 * against the tally before it (an earlier one in the facts, else `previousTally`).
 */
export function figuresStatus(input: DigestInput, asOf: IsoDate): FiguresStatus {
  const index = createArticleIndex(articlesAsOf(input.articles, asOf));
  const names = createNameIndex(input.pack);
  const { tally } = tallyOf(claimsOf(mergeFacts(input.facts, index), names, index), input.previousTally ?? [], names, asOf);
  const used = new Set(tally?.rows.flatMap((r) => r.claims.flatMap((c) => [...c.sources.stories, ...(c.change?.basis === 'stated' ? c.change.sources.stories : [])])));
  // Only the stories the tally comes from are listed; they keep their numbers, which the figures' references use.
  return { asOf, ...(tally ? { tally } : {}), stories: index.stories.filter((s) => used.has(s.number)) };
}
