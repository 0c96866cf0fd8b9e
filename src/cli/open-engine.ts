import { createEngine, type Engine } from '../engine/engine.ts';
import type { ArticleStore } from '../store/article-store.ts';
import type { Backend } from '../store/backend.ts';
import type { CliContext } from './command.ts';
import { withBackend, type StoreUse } from './open-delivery-store.ts';

/** The engine over a backend, reading with the configured pack. */
export function engineOver(backend: Backend, context: Pick<CliContext, 'config' | 'now'>): Engine {
  return createEngine({ articles: backend.articles, facts: backend.facts, pack: context.config.pack, now: context.now });
}

/** Open the configured store with the engine over it for one command, and always close it. */
export function withEngine<T>(context: CliContext, work: (engine: Engine, articles: ArticleStore) => Promise<T>, use: StoreUse = 'write'): Promise<T> {
  return withBackend(context, (backend) => work(engineOver(backend, context), backend.articles), use);
}
