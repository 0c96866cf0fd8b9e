import { createEngine, type Engine } from '../engine/engine.ts';
import { createSqliteFactStore } from '../store/sqlite/sqlite-fact-store.ts';
import { createSqliteArticleStore, openSqliteDatabase } from '../store/sqlite/sqlite-store.ts';
import type { ArticleStore } from '../store/article-store.ts';
import type { CliContext } from './command.ts';
import { storePathFor, type StoreUse } from './open-delivery-store.ts';

/** Open the configured store with the engine over it for one command, and always close it. */
export async function withEngine<T>(context: CliContext, work: (engine: Engine, articles: ArticleStore) => Promise<T>, use: StoreUse = 'write'): Promise<T> {
  const db = openSqliteDatabase(storePathFor(context, use));
  const articles = createSqliteArticleStore(db);
  const engine = createEngine({ articles, facts: createSqliteFactStore(db), pack: context.config.pack, now: context.now });
  try {
    return await work(engine, articles);
  } finally {
    await articles.close();
  }
}
