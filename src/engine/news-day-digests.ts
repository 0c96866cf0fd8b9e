import { renderBriefMarkdown, renderDigestMarkdown } from '../render/index.ts';
import type { Engine } from './engine.ts';

/**
 * The Markdown digest and brief of every news day the store holds, in Arabic and English, keyed
 * by file name (`2026-02-05.ar.md`, `2026-02-05.brief.ar.md`). `npm run digests` writes them to digests/; a test checks they are current.
 */
export async function renderNewsDayDigests(engine: Engine): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const day of [...(await engine.newsDays())].sort()) {
    for (const lang of ['ar', 'en'] as const) {
      const digest = await engine.digest({ since: day, until: day }, lang);
      files.set(`${day}.${lang}.md`, `${renderDigestMarkdown(digest, lang).trimEnd()}\n`);
      files.set(`${day}.brief.${lang}.md`, `${renderBriefMarkdown(digest, { fullDigest: `mujaz digest --date ${day} --full` }, lang).trimEnd()}\n`);
    }
  }
  return files;
}
