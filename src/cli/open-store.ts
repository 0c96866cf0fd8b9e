import type { ArticleStore } from '../store/article-store.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../store/sqlite/sqlite-store.ts';
import type { CliContext } from './command.ts';
import { isAbsolute, resolve } from 'node:path';

/** Open the configured store for one command and always close it, whatever happens. */
export async function withArticleStore<T>(context: CliContext, work: (store: ArticleStore) => Promise<T>): Promise<T> {
  const path = context.config.databasePath === ':memory:' || isAbsolute(context.config.databasePath) ? context.config.databasePath : resolve(context.cwd, context.config.databasePath);
  const store = createSqliteArticleStore(openSqliteDatabase(path));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
