/**
 * Versioned schema migrations, applied in order at start-up. The SQL is kept plain (TEXT keys,
 * ISO-8601 text timestamps, no AUTOINCREMENT) so a PostgreSQL store can follow the same versions.
 */
export type Migration = {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
  /**
   * The migration rebuilds a table that others reference (SQLite cannot drop a constraint in
   * place): foreign keys are off while it runs, so dropping the old table cascades nowhere, and
   * checked before it commits.
   */
  readonly rebuildsTables?: true;
};

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
  {
    version: 3,
    name: 'subscriptions, delivery outbox and scheduler watermark',
    statements: [
      `CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL CHECK (platform IN ('telegram', 'slack', 'console')),
        chat_id TEXT NOT NULL,
        thread_id TEXT,
        local_time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('ar', 'en')),
        sections TEXT NOT NULL CHECK (sections IN ('talks', 'figures', 'all')),
        when_empty TEXT NOT NULL CHECK (when_empty IN ('notice', 'skip')),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('active', 'paused')),
        paused_reason TEXT,
        active_since TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `CREATE INDEX subscriptions_by_state ON subscriptions (state, time_zone, local_time)`,
      // One row per (subscription, briefing day): the UNIQUE constraint is what makes enqueueing
      // idempotent across schedulers and restarts (INSERT ... ON CONFLICT DO NOTHING).
      `CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        briefing_day TEXT NOT NULL,
        due_at TEXT NOT NULL,
        enqueued_at TEXT NOT NULL,
        late INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'delivered', 'skipped', 'failed', 'missed', 'cancelled')),
        attempts INTEGER NOT NULL,
        failures INTEGER NOT NULL,
        next_attempt_at TEXT NOT NULL,
        claimed_by TEXT,
        lease_until TEXT,
        parts TEXT,
        parts_sent INTEGER NOT NULL,
        first_reference TEXT,
        last_reference TEXT,
        covered_until TEXT,
        last_error TEXT,
        delivered_at TEXT,
        updated_at TEXT NOT NULL,
        UNIQUE (subscription_id, briefing_day)
      )`,
      `CREATE INDEX outbox_ready ON outbox (state, next_attempt_at)`,
      `CREATE INDEX outbox_leases ON outbox (state, lease_until)`,
      `CREATE INDEX outbox_by_due ON outbox (due_at)`,
      `CREATE TABLE scheduler_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 4,
    name: 'facts carry their article date, so a window is read through an index',
    statements: [
      `ALTER TABLE article_facts ADD COLUMN fact_date TEXT`,
      `UPDATE article_facts SET fact_date = (SELECT published_date FROM articles WHERE articles.id = article_facts.article_id)`,
      `CREATE INDEX article_facts_by_date ON article_facts (fact_date, kind)`,
      `CREATE INDEX article_facts_tally_days ON article_facts (kind, scope, fact_date)`,
    ],
  },
  {
    version: 5,
    name: 'live feeds: polling state and the items already decided',
    statements: [
      `CREATE TABLE feeds (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        outlet TEXT,
        interval_minutes INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        last_polled_at TEXT,
        last_success_at TEXT,
        last_outcome TEXT,
        failures INTEGER NOT NULL,
        last_error TEXT,
        next_poll_at TEXT NOT NULL
      )`,
      `CREATE INDEX feeds_due ON feeds (next_poll_at)`,
      // One row per article URL key (see url-identity.ts): the same article under a second link is
      // recognised before its page is fetched. Off-topic items are remembered, never stored as articles.
      `CREATE TABLE feed_items (
        url_key TEXT PRIMARY KEY,
        feed_id TEXT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        link TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('stored', 'duplicate', 'off_topic')),
        article_id TEXT,
        score INTEGER NOT NULL,
        decided_at TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 6,
    name: 'facts are found by day: drop the kind index that made the planner scan every fact of a kind',
    statements: [
      `DROP INDEX IF EXISTS article_facts_by_kind`,
      `DROP INDEX IF EXISTS article_facts_tally_days`,
      // Led by scope, so only the tally query (which names a scope) takes it; a day's facts go through the date index.
      `CREATE INDEX article_facts_by_scope_day ON article_facts (scope, kind, fact_date)`,
    ],
  },
  {
    version: 7,
    name: 'undated articles, and the stated ones ingested near them, are found by index',
    statements: [
      // Redating runs after every ingestion: it reads the undated articles, then the stated ones ingested within two weeks of them.
      `CREATE INDEX articles_by_basis_ingested ON articles (date_basis, ingested_at)`,
    ],
  },
  {
    version: 8,
    name: 'a subscription chooses the brief or the full digest, and an English one may ask for the Arabic quotes',
    statements: [
      // NULL: the deployment's default (MUJAZ_BRIEFING).
      `ALTER TABLE subscriptions ADD COLUMN detail TEXT CHECK (detail IS NULL OR detail IN ('brief', 'full'))`,
      `ALTER TABLE subscriptions ADD COLUMN arabic_quotes INTEGER NOT NULL DEFAULT 0 CHECK (arabic_quotes IN (0, 1))`,
    ],
  },
  {
    version: 9,
    name: "a subscription's platform is any adapter's name, not one of a fixed list",
    rebuildsTables: true,
    statements: [
      `CREATE TABLE subscriptions_rebuilt (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL CHECK (length(platform) BETWEEN 1 AND 32 AND platform NOT GLOB '*[^a-z0-9_]*' AND platform GLOB '[a-z]*'),
        chat_id TEXT NOT NULL,
        thread_id TEXT,
        local_time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('ar', 'en')),
        sections TEXT NOT NULL CHECK (sections IN ('talks', 'figures', 'all')),
        when_empty TEXT NOT NULL CHECK (when_empty IN ('notice', 'skip')),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('active', 'paused')),
        paused_reason TEXT,
        active_since TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        detail TEXT CHECK (detail IS NULL OR detail IN ('brief', 'full')),
        arabic_quotes INTEGER NOT NULL DEFAULT 0 CHECK (arabic_quotes IN (0, 1))
      )`,
      `INSERT INTO subscriptions_rebuilt (id, platform, chat_id, thread_id, local_time, time_zone, language, sections, when_empty, created_by, created_at, state, paused_reason, active_since, updated_at, detail, arabic_quotes)
        SELECT id, platform, chat_id, thread_id, local_time, time_zone, language, sections, when_empty, created_by, created_at, state, paused_reason, active_since, updated_at, detail, arabic_quotes FROM subscriptions`,
      `DROP TABLE subscriptions`,
      `ALTER TABLE subscriptions_rebuilt RENAME TO subscriptions`,
      `CREATE INDEX subscriptions_by_state ON subscriptions (state, time_zone, local_time)`,
    ],
  },
  {
    version: 10,
    name: "facts are kept per pack, so two packs' facts of one article live side by side",
    rebuildsTables: true,
    statements: [
      // Every fact so far was read with the one pack there was.
      `CREATE TABLE article_extractions_rebuilt (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        pack TEXT NOT NULL,
        extractor_version TEXT NOT NULL,
        extracted_at TEXT NOT NULL,
        PRIMARY KEY (article_id, pack)
      )`,
      `INSERT INTO article_extractions_rebuilt (article_id, pack, extractor_version, extracted_at)
        SELECT article_id, 'russia_ukraine', extractor_version, extracted_at FROM article_extractions`,
      `DROP TABLE article_extractions`,
      `ALTER TABLE article_extractions_rebuilt RENAME TO article_extractions`,
      `CREATE TABLE article_facts_rebuilt (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        pack TEXT NOT NULL,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        metric TEXT,
        scope TEXT,
        fact TEXT NOT NULL,
        fact_date TEXT,
        PRIMARY KEY (article_id, pack, seq)
      )`,
      `INSERT INTO article_facts_rebuilt (article_id, pack, seq, kind, metric, scope, fact, fact_date)
        SELECT article_id, 'russia_ukraine', seq, kind, metric, scope, fact, fact_date FROM article_facts`,
      `DROP TABLE article_facts`,
      `ALTER TABLE article_facts_rebuilt RENAME TO article_facts`,
      `CREATE INDEX article_facts_by_date ON article_facts (pack, fact_date, kind)`,
      `CREATE INDEX article_facts_by_scope_day ON article_facts (pack, scope, kind, fact_date)`,
    ],
  },
];
