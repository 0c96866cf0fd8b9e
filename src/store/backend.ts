/**
 * Every store port mujaz uses, over one database: the only place that chooses an implementation.
 * The CLI, `serve` and the adapters receive these ports and never a database handle, so another
 * backend (PostgreSQL, issue #18) is one more branch here. SQLite at `location` is the embedded default.
 */
import type { ArticleStore } from './article-store.ts';
import type { FactStore } from './fact-store.ts';
import type { FeedStore } from './feed-store.ts';
import type { DeliveryStore } from './subscription-store.ts';
import { createSqliteDeliveryStore } from './sqlite/sqlite-delivery-store.ts';
import { createSqliteFactStore } from './sqlite/sqlite-fact-store.ts';
import { createSqliteFeedStore } from './sqlite/sqlite-feed-store.ts';
import { createSqliteArticleStore, openSqliteDatabase } from './sqlite/sqlite-store.ts';

export type Backend = {
  readonly articles: ArticleStore;
  readonly facts: FactStore;
  /** Subscriptions and the delivery outbox. */
  readonly deliveries: DeliveryStore;
  readonly feeds: FeedStore;
  /** Close the database; every port above stops with it. */
  close(): Promise<void>;
};

/** Open the backend at `location` (a SQLite file path, or `:memory:`), migrating it to this version first. */
export function openBackend(location: string): Backend {
  const db = openSqliteDatabase(location);
  const articles = createSqliteArticleStore(db);
  return {
    articles,
    facts: createSqliteFactStore(db),
    deliveries: createSqliteDeliveryStore(db),
    feeds: createSqliteFeedStore(db),
    close: () => articles.close(),
  };
}
