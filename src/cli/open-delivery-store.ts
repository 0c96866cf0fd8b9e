import { isAbsolute, resolve } from 'node:path';
import { createSqliteArticleStore, openSqliteDatabase, type SqliteHandle } from '../store/sqlite/sqlite-store.ts';
import { createSqliteDeliveryStore } from '../store/sqlite/sqlite-delivery-store.ts';
import type { ArticleStore } from '../store/article-store.ts';
import type { DeliveryStore } from '../store/subscription-store.ts';
import type { CliContext } from './command.ts';

/** The configured database path, resolved against the command's working directory. */
export function databasePathOf(context: CliContext): string {
  const path = context.config.databasePath;
  return path === ':memory:' || isAbsolute(path) ? path : resolve(context.cwd, path);
}

/** Both stores over one open database, as the delivery commands use them. */
export type OpenStores = { readonly db: SqliteHandle; readonly deliveries: DeliveryStore; readonly articles: ArticleStore };

/** Open the configured database for one command and always close it, whatever happens. */
export async function withDeliveryStores<T>(context: CliContext, work: (stores: OpenStores) => Promise<T>): Promise<T> {
  const db = openSqliteDatabase(databasePathOf(context));
  const stores = { db, deliveries: createSqliteDeliveryStore(db), articles: createSqliteArticleStore(db) };
  try {
    return await work(stores);
  } finally {
    await stores.deliveries.close();
  }
}
