import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../../errors.ts';
import type {
  ArticleDraft,
  ArticleQuery,
  ArticleStore,
  DateBasis,
  InsertOutcome,
  IsoDate,
  NearDuplicateCandidate,
  StoredArticle,
} from '../article-store.ts';
import { migrations, type Migration } from './migrations.ts';

export type ArticleRow = {
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  body: string;
  language: string;
  published_date: string | null;
  date_basis: DateBasis;
  date_evidence: string | null;
  ingested_at: string;
  cluster_id: string;
};

export type SqliteHandle = Database.Database;

/** Open (creating if needed) the SQLite file at `path` and bring its schema up to date. */
export function openSqliteDatabase(path: string, extraMigrations: readonly Migration[] = []): SqliteHandle {
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    applyMigrations(db, [...migrations, ...extraMigrations]);
    return db;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot open the store at ${path}: ${(error as Error).message} (check MUJAZ_DB and the folder's permissions)`, { cause: error });
  }
}

function applyMigrations(db: SqliteHandle, all: readonly Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((row) => row.version),
  );
  const known = Math.max(0, ...all.map((migration) => migration.version));
  const newest = Math.max(0, ...applied);
  if (newest > known) {
    throw new StoreError(`the store's schema is version ${newest}, newer than this mujaz knows (${known}); upgrade mujaz or point MUJAZ_DB at another file`);
  }
  for (const migration of [...all].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    // SQLite's way to rebuild a referenced table: foreign keys off outside the transaction, checked inside it.
    if (migration.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        for (const statement of migration.statements) db.exec(statement);
        if (migration.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
          throw new StoreError(`migration ${migration.version} would break a reference between tables; the store is left as it was`);
        }
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          migration.version,
          migration.name,
          new Date().toISOString(),
        );
      })();
    } finally {
      if (migration.rebuildsTables) db.pragma('foreign_keys = ON');
    }
  }
}

export function toArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    source: row.source,
    ...(row.outlet === null ? {} : { outlet: row.outlet }),
    ...(row.title === null ? {} : { title: row.title }),
    body: row.body,
    language: row.language,
    ...(row.published_date === null ? {} : { publishedDate: row.published_date }),
    dateBasis: row.date_basis,
    ...(row.date_evidence === null ? {} : { dateEvidence: row.date_evidence }),
    ingestedAt: row.ingested_at,
    clusterId: row.cluster_id,
  };
}

/** The article store on an open SQLite database. */
export function createSqliteArticleStore(db: SqliteHandle): ArticleStore {
  const selectById = db.prepare('SELECT * FROM articles WHERE id = ?');
  const insertRow = db.prepare(
    `INSERT INTO articles (id, source, outlet, title, body, language, published_date, date_basis, date_evidence, ingested_at, cluster_id, fingerprint_size)
     VALUES (@id, @source, @outlet, @title, @body, @language, @published_date, @date_basis, @date_evidence, @ingested_at, @cluster_id, @fingerprint_size)`,
  );
  const insertShingle = db.prepare('INSERT OR IGNORE INTO article_shingles (shingle_hash, article_id) VALUES (?, ?)');
  const updateDate = db.prepare('UPDATE articles SET published_date = ?, date_basis = ?, date_evidence = ? WHERE id = ?');
  // Facts carry dates resolved against the article's date, so a new date makes them stale.
  const forgetExtraction = db.prepare('DELETE FROM article_extractions WHERE article_id = ?');
  const redate = db.transaction((id: string, date: string | null, basis: DateBasis, evidence: string) => {
    const before = selectById.get(id) as ArticleRow | undefined;
    updateDate.run(date, basis, evidence, id);
    if (before && before.published_date !== date) forgetExtraction.run(id);
  });

  // A shingle shared by this many articles is boilerplate (a standing phrase, a template line),
  // not evidence of one story; counting its postings would make each insert scan the store.
  const COMMON_SHINGLE_POSTINGS = 64;
  const sizeOf = db.prepare('SELECT cluster_id, fingerprint_size FROM articles WHERE id = ?');
  const postingsOf = db.prepare('SELECT article_id FROM article_shingles WHERE shingle_hash = ? LIMIT ?').pluck();

  function findCandidates(fingerprint: readonly number[]): NearDuplicateCandidate[] {
    if (fingerprint.length === 0) return [];
    const shared = new Map<string, number>();
    for (const hash of fingerprint) {
      const postings = postingsOf.all(hash, COMMON_SHINGLE_POSTINGS + 1) as string[];
      if (postings.length > COMMON_SHINGLE_POSTINGS) continue;
      for (const articleId of postings) shared.set(articleId, (shared.get(articleId) ?? 0) + 1);
    }
    const candidates: NearDuplicateCandidate[] = [];
    for (const [articleId, count] of shared) {
      const row = sizeOf.get(articleId) as { cluster_id: string; fingerprint_size: number } | undefined;
      if (row) candidates.push({ articleId, clusterId: row.cluster_id, shared: count, fingerprintSize: row.fingerprint_size });
    }
    return candidates.sort((a, b) => b.shared - a.shared || a.articleId.localeCompare(b.articleId));
  }

  const insertTransaction = db.transaction(
    (draft: ArticleDraft, ingestedAt: string, choose: (c: readonly NearDuplicateCandidate[]) => NearDuplicateCandidate | undefined): InsertOutcome => {
      const existing = selectById.get(draft.id) as ArticleRow | undefined;
      if (existing) return { kind: 'duplicate', article: toArticle(existing) };
      const chosen = choose(findCandidates(draft.fingerprint));
      const clusterId = chosen?.clusterId ?? draft.id;
      insertRow.run({
        id: draft.id,
        source: draft.source,
        outlet: draft.outlet ?? null,
        title: draft.title ?? null,
        body: draft.body,
        language: draft.language,
        published_date: draft.publishedDate ?? null,
        date_basis: draft.dateBasis,
        date_evidence: draft.dateEvidence ?? null,
        ingested_at: ingestedAt,
        cluster_id: clusterId,
        fingerprint_size: new Set(draft.fingerprint).size,
      });
      for (const hash of draft.fingerprint) insertShingle.run(hash, draft.id);
      const article = toArticle(selectById.get(draft.id) as ArticleRow);
      return chosen ? { kind: 'added', article, nearDuplicateOf: chosen.articleId } : { kind: 'added', article };
    },
  );

  return {
    async insertArticle(draft, ingestedAt, chooseCluster) {
      try {
        return insertTransaction.immediate(draft, ingestedAt, chooseCluster);
      } catch (error) {
        throw new StoreError(`could not store article ${draft.id} from ${draft.source}: ${(error as Error).message}`, { cause: error });
      }
    },
    async getArticle(id) {
      const row = selectById.get(id) as ArticleRow | undefined;
      return row ? toArticle(row) : undefined;
    },
    async describeArticles(ids) {
      const metas = [];
      for (let at = 0; at < ids.length; at += 500) {
        const chunk = ids.slice(at, at + 500);
        const rows = db
          .prepare(`SELECT id, source, outlet, title, '' AS body, language, published_date, date_basis, date_evidence, ingested_at, cluster_id FROM articles WHERE id IN (${chunk.map(() => '?').join(',')})`)
          .all(...chunk) as ArticleRow[];
        for (const row of rows) {
          const { body: _body, ...meta } = toArticle(row);
          metas.push(meta);
        }
      }
      return metas;
    },
    async listArticles(query: ArticleQuery = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.date !== undefined) { where.push('published_date = ?'); params.push(query.date); }
      if (query.since !== undefined) { where.push('published_date >= ?'); params.push(query.since); }
      if (query.until !== undefined) { where.push('published_date <= ?'); params.push(query.until); }
      if (query.dateBasis !== undefined) { where.push('date_basis = ?'); params.push(query.dateBasis); }
      if (query.clusterId !== undefined) { where.push('cluster_id = ?'); params.push(query.clusterId); }
      if (query.ingestedSince !== undefined) { where.push('ingested_at >= ?'); params.push(query.ingestedSince); }
      if (query.ingestedUntil !== undefined) { where.push('ingested_at <= ?'); params.push(query.ingestedUntil); }
      const sql = `SELECT * FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY published_date IS NULL, published_date, ingested_at, id ${query.limit ? `LIMIT ${Math.floor(query.limit)}` : ''}`;
      return (db.prepare(sql).all(...params) as ArticleRow[]).map(toArticle);
    },
    async setArticleDate(id, date: IsoDate | undefined, basis, evidence) {
      redate.immediate(id, date ?? null, basis, evidence);
    },
    async listNewsDays() {
      return (db.prepare('SELECT DISTINCT published_date AS d FROM articles WHERE published_date IS NOT NULL ORDER BY d DESC').all() as { d: string }[]).map((row) => row.d);
    },
    async countArticles() {
      return (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
