import type { ArticleStore } from '../store/article-store.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../store/sqlite/sqlite-store.ts';
import type { CliContext } from './command.ts';
import { storePathFor, type StoreUse } from './open-delivery-store.ts';

/** Open the configured article store for one command and always close it, whatever happens. */
export async function withArticleStore<T>(context: CliContext, work: (store: ArticleStore) => Promise<T>, use: StoreUse = 'write'): Promise<T> {
  const store = createSqliteArticleStore(openSqliteDatabase(storePathFor(context, use)));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
