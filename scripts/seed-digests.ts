import { fileURLToPath } from 'node:url';
import { createEngine } from '../src/engine/engine.ts';
import { renderNewsDayDigests } from '../src/engine/news-day-digests.ts';
import { russiaUkrainePack } from '../src/packs/russia-ukraine/index.ts';
import { openBackend } from '../src/store/backend.ts';

export const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/** The digests of the seed articles, rendered from a fresh in-memory store (the same every run). */
export async function renderSeedDigests(): Promise<Map<string, string>> {
  const backend = openBackend(':memory:');
  const { articles } = backend;
  const now = () => new Date('2026-02-06T00:00:00Z');
  const engine = createEngine({ articles, facts: backend.facts, pack: russiaUkrainePack, now });
  try {
    await engine.ingest([`${projectRoot}seeds`], { maxArticleBytes: 1024 * 1024, now, baseDir: projectRoot });
    return await renderNewsDayDigests(engine);
  } finally {
    await articles.close();
  }
}
