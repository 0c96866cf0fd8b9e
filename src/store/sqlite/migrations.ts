/**
 * Versioned schema migrations, applied in order at start-up. The SQL is kept to what SQLite and
 * PostgreSQL both accept (TEXT keys, ISO-8601 text timestamps, no AUTOINCREMENT) so the
 * PostgreSQL store can run the same list.
 */
export type Migration = { readonly version: number; readonly name: string; readonly statements: readonly string[] };

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'articles and near-duplicate fingerprints',
    statements: [
      `CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        outlet TEXT,
        title TEXT,
        body TEXT NOT NULL,
        language TEXT NOT NULL,
        published_date TEXT,
        date_basis TEXT NOT NULL CHECK (date_basis IN ('stated', 'inferred', 'unknown')),
        date_evidence TEXT,
        ingested_at TEXT NOT NULL,
        cluster_id TEXT NOT NULL,
        fingerprint_size INTEGER NOT NULL
      )`,
      `CREATE INDEX articles_by_date ON articles (published_date)`,
      `CREATE INDEX articles_by_cluster ON articles (cluster_id)`,
      `CREATE TABLE article_shingles (
        shingle_hash INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (shingle_hash, article_id)
      )`,
    ],
  },
  {
    version: 2,
    name: 'extracted facts per article',
    statements: [
      `CREATE TABLE article_extractions (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        extractor_version TEXT NOT NULL,
        extracted_at TEXT NOT NULL
      )`,
      `CREATE TABLE article_facts (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        metric TEXT,
        scope TEXT,
        fact TEXT NOT NULL,
        PRIMARY KEY (article_id, seq)
      )`,
      `CREATE INDEX article_facts_by_kind ON article_facts (kind, metric, scope)`,
    ],
  },
];
