import type { ArticleStore } from '../store/article-store.ts';
import type { CliContext } from './command.ts';
import { withBackend, type StoreUse } from './open-delivery-store.ts';

/** Open the configured article store for one command and always close it, whatever happens. */
export function withArticleStore<T>(context: CliContext, work: (store: ArticleStore) => Promise<T>, use: StoreUse = 'write'): Promise<T> {
  return withBackend(context, (backend) => work(backend.articles), use);
}
