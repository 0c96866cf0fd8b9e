import type { Pack } from '../packs/schema.ts';
import { createExtractionContext, viewArticle, type ExtractionContext } from './sentence/article-view.ts';
import type { ArticleInput, Fact } from './facts.ts';
import { extractFigures } from './figures/figures.ts';
import { extractStatements } from './statements/statements.ts';
import { extractTalks } from './talks/talks.ts';
import { withOpenNames } from './sentence/open-names.ts';
import { hash32 } from '../text/hash.ts';

/**
 * Bump when extraction code changes what it reads, so stored facts are refreshed. Pack edits
 * refresh them by themselves: the version includes a hash of the pack.
 */
const EXTRACTION_CODE_VERSION = 5;

export type FactExtractor = {
  /** Identifies code + pack; stored beside each article's facts. */
  readonly version: string;
  readonly context: ExtractionContext;
  extract(article: ArticleInput): Fact[];
};

/** Build the extractor once per pack (the matcher and cue tables are compiled here). */
export function createFactExtractor(pack: Pack): FactExtractor {
  const context = createExtractionContext(pack);
  return {
    version: `${EXTRACTION_CODE_VERSION}.${hash32(JSON.stringify(pack)).toString(36)}`,
    context,
    extract(article) {
      const view = viewArticle(context, article);
      const sentences = view.title ? [view.title, ...view.sentences] : view.sentences;
      return withOpenNames(sentences, ([] as Fact[]).concat(extractFigures(view, context), extractTalks(view, context), extractStatements(view, context)));
    },
  };
}

const extractors = new WeakMap<Pack, FactExtractor>();

/** Every fact in one article, each with its evidence and the article id. */
export function extractFacts(article: ArticleInput, pack: Pack): Fact[] {
  let extractor = extractors.get(pack);
  if (!extractor) {
    extractor = createFactExtractor(pack);
    extractors.set(pack, extractor);
  }
  return extractor.extract(article);
}

export type * from './facts.ts';
export { withAbout } from './statements/about.ts';
