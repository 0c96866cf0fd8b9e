import type { ArticleStore, KnownDate, StoredArticle } from '../store/article-store.ts';
import { inferArticleDate, knownDatesOf } from './date-inference.ts';

/**
 * Try again to date every article the store holds without a stated or inferred date, using what
 * the store now knows. Returns the articles that gained a date. Runs after each ingestion, since
 * a new dated article can be the evidence an older undated one was waiting for.
 */
export async function redateUndatedArticles(store: ArticleStore): Promise<StoredArticle[]> {
  const undated = await store.listArticles({ dateBasis: 'unknown' });
  if (undated.length === 0) return [];
  const dated = [...(await store.listArticles({ dateBasis: 'stated' })), ...(await store.listArticles({ dateBasis: 'inferred' }))];
  // Only stated dates make days known: an inferred date must not vouch for another inference.
  const known: KnownDate[] = dated
    .filter((article) => article.dateBasis === 'stated' && article.publishedDate !== undefined)
    .flatMap((article) => knownDatesOf(article.id, article.body, article.title, article.publishedDate!));
  const changed: StoredArticle[] = [];
  for (const article of undated) {
    const mates = dated
      .filter((other) => other.clusterId === article.clusterId && other.dateBasis === 'stated' && other.publishedDate !== undefined)
      .map((other) => ({ articleId: other.id, date: other.publishedDate! }));
    const inference = inferArticleDate(article.body, mates, known);
    if (inference.basis === 'inferred') {
      await store.setArticleDate(article.id, inference.date, 'inferred', inference.evidence);
      changed.push({ ...article, publishedDate: inference.date, dateBasis: 'inferred', dateEvidence: inference.evidence });
    } else if (inference.evidence !== article.dateEvidence) {
      await store.setArticleDate(article.id, undefined, 'unknown', inference.evidence);
    }
  }
  return changed;
}
