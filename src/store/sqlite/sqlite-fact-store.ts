import type { Fact } from '../../extract/facts.ts';
import { StoreError } from '../../errors.ts';
import type { FactQuery, FactStore, PackFactStore, StoredFact } from '../fact-store.ts';
import { toArticle, type ArticleRow, type SqliteHandle } from './sqlite-store.ts';

/** The fact store on the same SQLite database as the articles; every statement is keyed by pack. */
export function createSqliteFactStore(db: SqliteHandle): FactStore {
  const deleteFacts = db.prepare('DELETE FROM article_facts WHERE article_id = ? AND pack = ?');
  const insertFact = db.prepare('INSERT INTO article_facts (article_id, pack, seq, kind, metric, scope, fact, fact_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const articleDate = db.prepare('SELECT published_date FROM articles WHERE id = ?').pluck();
  const upsertExtraction = db.prepare(
    `INSERT INTO article_extractions (article_id, pack, extractor_version, extracted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id, pack) DO UPDATE SET extractor_version = excluded.extractor_version, extracted_at = excluded.extracted_at`,
  );
  const replace = db.transaction((articleId: string, pack: string, version: string, facts: readonly Fact[], at: string) => {
    deleteFacts.run(articleId, pack);
    // The article's date is copied beside each fact (a new date forgets the extraction, so it is re-copied).
    const date = (articleDate.get(articleId) as string | null | undefined) ?? null;
    facts.forEach((fact, seq) => {
      insertFact.run(articleId, pack, seq, fact.kind, fact.kind === 'figure' ? fact.metric : null, fact.kind === 'figure' ? fact.scope : null, JSON.stringify(fact), date);
    });
    upsertExtraction.run(articleId, pack, version, at);
  });
  const latestTally = db.prepare(
    `SELECT MAX(fact_date) AS day FROM article_facts WHERE pack = ? AND scope = 'cumulative' AND kind = 'figure' AND fact_date <= ? AND fact_date < ?`,
  );

  const forPack = (pack: string): PackFactStore => ({
    async replaceFacts(articleId, extractorVersion, facts, extractedAt) {
      try {
        replace.immediate(articleId, pack, extractorVersion, facts, extractedAt);
      } catch (error) {
        throw new StoreError(`could not store the facts of article ${articleId}: ${(error as Error).message}`, { cause: error });
      }
    },
    async listFacts(query: FactQuery) {
      const where = ['f.pack = ?', 'f.fact_date IS NOT NULL'];
      const params: unknown[] = [pack];
      if (query.since !== undefined) { where.push('f.fact_date >= ?'); params.push(query.since); }
      if (query.until !== undefined) { where.push('f.fact_date <= ?'); params.push(query.until); }
      if (query.kinds?.length) { where.push(`f.kind IN (${query.kinds.map(() => '?').join(',')})`); params.push(...query.kinds); }
      if (query.scope !== undefined) { where.push('f.scope = ?'); params.push(query.scope); }
      const filtered = `SELECT f.article_id, f.seq, f.fact_date, f.fact FROM article_facts f WHERE ${where.join(' AND ')}`;
      const sql =
        query.newestPerKind === undefined
          ? `${filtered} ORDER BY f.fact_date, f.article_id, f.seq`
          : `SELECT article_id, fact FROM (SELECT f.article_id, f.seq, f.fact_date, f.fact,
               ROW_NUMBER() OVER (PARTITION BY f.kind ORDER BY f.fact_date DESC, f.article_id DESC, f.seq DESC) AS newest
             FROM article_facts f WHERE ${where.join(' AND ')}) AS ranked
             WHERE newest <= ${Math.max(1, Math.floor(query.newestPerKind))} ORDER BY fact_date, article_id, seq`;
      const rows = db.prepare(sql).all(...params) as { article_id: string; fact: string }[];
      return rows.map((row): StoredFact => ({ articleId: row.article_id, fact: JSON.parse(row.fact) as Fact }));
    },
    async latestTallyDay(onOrBefore, before) {
      const row = latestTally.get(pack, onOrBefore, before ?? '9999-12-31') as { day: string | null };
      return row.day ?? undefined;
    },
    async articlesNeedingExtraction(extractorVersion, limit) {
      const rows = db
        .prepare(`SELECT a.* FROM articles a LEFT JOIN article_extractions e ON e.article_id = a.id AND e.pack = ?
                  WHERE e.article_id IS NULL OR e.extractor_version <> ? ORDER BY a.published_date, a.id ${limit ? `LIMIT ${Math.floor(limit)}` : ''}`)
        .all(pack, extractorVersion) as ArticleRow[];
      return rows.map(toArticle);
    },
  });
  return { forPack };
}
