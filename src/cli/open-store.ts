import type { ArticleStore } from '../store/article-store.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../store/sqlite/sqlite-store.ts';
import type { CliContext } from './command.ts';
import { databasePathOf } from './open-delivery-store.ts';

/** Open the configured article store for one command and always close it, whatever happens. */
export async function withArticleStore<T>(context: CliContext, work: (store: ArticleStore) => Promise<T>): Promise<T> {
  const store = createSqliteArticleStore(openSqliteDatabase(databasePathOf(context)));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
