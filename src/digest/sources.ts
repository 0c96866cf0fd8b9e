/**
 * Articles grouped into stories, and the sources of a fact counted over stories: the same agency
 * copy run by two outlets is one report, not two.
 */
import type { IsoDate } from '../extract/facts.ts';
import type { DigestArticle, Sources, Story } from './types.ts';

/** The articles of one output (digest or status), numbered by story. */
export type ArticleIndex = {
  readonly stories: readonly Story[];
  readonly has: (articleId: string) => boolean;
  readonly dayOf: (articleId: string) => IsoDate | undefined;
  /** Sources of a fact reported by these articles (unknown ids are left out). */
  readonly sources: (articleIds: Iterable<string>) => Sources;
};

/** Undated last; then by date; ties by id, so the order never depends on the input's. */
export function compareArticles(a: DigestArticle, b: DigestArticle): number {
  return compareOptionalDays(a.publishedDate, b.publishedDate) || compareText(a.id, b.id);
}

/** Code-unit order: deterministic and locale-free, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Undefined days sort after every known day. */
export function compareOptionalDays(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return compareText(a, b);
}

/** Index articles (duplicated ids kept once) and number their stories: earliest first, then by cluster id. */
export function createArticleIndex(articles: readonly DigestArticle[]): ArticleIndex {
  const byId = new Map<string, DigestArticle>();
  for (const article of [...articles].sort(compareArticles)) if (!byId.has(article.id)) byId.set(article.id, article);
  const clusters = new Map<string, DigestArticle[]>();
  for (const article of byId.values()) {
    const members = clusters.get(article.clusterId) ?? [];
    members.push(article);
    clusters.set(article.clusterId, members);
  }
  const ordered = [...clusters.entries()].sort(([aId, a], [bId, b]) =>
    compareOptionalDays(a[0]?.publishedDate, b[0]?.publishedDate) || compareText(aId, bId));
  const stories: Story[] = ordered.map(([clusterId, members], i) => ({ number: i + 1, clusterId, articles: members }));
  const storyOf = new Map<string, number>();
  for (const story of stories) for (const article of story.articles) storyOf.set(article.id, story.number);

  return {
    stories,
    has: (id) => byId.has(id),
    dayOf: (id) => byId.get(id)?.publishedDate,
    sources: (ids) => {
      const known = [...new Set(ids)].filter((id) => byId.has(id)).sort(compareText);
      const numbers = [...new Set(known.map((id) => storyOf.get(id) ?? 0))].sort((a, b) => a - b);
      return { reports: numbers.length, articles: known.length, stories: numbers, articleIds: known };
    },
  };
}
