import { renderDigestMarkdown } from '../render/index.ts';
import type { Engine } from './engine.ts';

/**
 * The Markdown digest of every news day the store holds, in Arabic and English, keyed by file
 * name (`2026-02-05.ar.md`). `npm run digests` writes them to digests/; a test checks they are current.
 */
export async function renderNewsDayDigests(engine: Engine): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const day of [...(await engine.newsDays())].sort()) {
    for (const lang of ['ar', 'en'] as const) {
      files.set(`${day}.${lang}.md`, `${renderDigestMarkdown(await engine.digest({ since: day, until: day }, lang), lang).trimEnd()}\n`);
    }
  }
  return files;
}
