import type { ArticleStore, KnownDate, StoredArticle } from '../store/article-store.ts';
import { inferArticleDate, knownDatesOf } from './date-inference.ts';

/**
 * Try again to date every article the store holds without a stated or inferred date, using what
 * the store now knows. Returns the articles that gained a date. Runs after each ingestion, since
 * a new dated article can be the evidence an older undated one was waiting for.
 */
/** How far apart in ingestion time an undated article and its evidence may arrive. */
const EVIDENCE_WINDOW_MS = 14 * 24 * 3600 * 1000;

export async function redateUndatedArticles(store: ArticleStore): Promise<StoredArticle[]> {
  const undated = await store.listArticles({ dateBasis: 'unknown' });
  if (undated.length === 0) return [];
  // Evidence for an undated article arrives with it or soon after, so only the stated articles
  // ingested near the undated ones are read (not the whole store); story mates are read at any age.
  const times = undated.map((article) => Date.parse(article.ingestedAt));
  const stated = await store.listArticles({
    dateBasis: 'stated',
    ingestedSince: new Date(Math.min(...times) - EVIDENCE_WINDOW_MS).toISOString(),
    ingestedUntil: new Date(Math.max(...times) + EVIDENCE_WINDOW_MS).toISOString(),
  });
  // Only stated dates make days known: an inferred date must not vouch for another inference.
  const known: KnownDate[] = stated.flatMap((article) => knownDatesOf(article.id, article.body, article.title, article.publishedDate!));
  const changed: StoredArticle[] = [];
  for (const article of undated) {
    const mates = (await store.listArticles({ clusterId: article.clusterId, dateBasis: 'stated' })).map((other) => ({ articleId: other.id, date: other.publishedDate! }));
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
