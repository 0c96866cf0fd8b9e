/**
 * PostgreSQL's own versioned migrations. They follow the SQLite schema's tables and columns (the
 * ports map rows the same way), with PostgreSQL's types where SQLite has none. Only the tables of the
 * ports implemented on PostgreSQL so far are here: feeds (issue #18 builds the others).
 */
export type PostgresMigration = { readonly version: number; readonly name: string; readonly statements: readonly string[] };

export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'live feeds: polling state and the items already decided',
    statements: [
      `CREATE TABLE feeds (
        id TEXT PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        outlet TEXT,
        interval_minutes INTEGER NOT NULL CHECK (interval_minutes >= 1),
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
];
