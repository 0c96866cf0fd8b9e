import type { DeliveryStore } from '../subscription-store.ts';
import { createSqliteOutboxStore } from './sqlite-outbox-store.ts';
import { createSqliteSubscriptionStore } from './sqlite-subscription-store.ts';
import { openSqliteDatabase, type SqliteHandle } from './sqlite-store.ts';

/** Subscriptions and the outbox on one SQLite database; `close` closes the database. */
export function createSqliteDeliveryStore(db: SqliteHandle): DeliveryStore {
  return {
    ...createSqliteSubscriptionStore(db),
    ...createSqliteOutboxStore(db),
    async close() {
      if (db.open) db.close();
    },
  };
}

/** Open the SQLite file at `path` (running every migration) as a delivery store. */
export function openSqliteDeliveryStore(path: string): DeliveryStore {
  return createSqliteDeliveryStore(openSqliteDatabase(path));
}
