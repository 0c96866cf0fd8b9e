import type { Fact } from '../extract/facts.ts';
import type { IsoDate, StoredArticle } from './article-store.ts';

/**
 * The facts extracted from each article, kept beside it so a digest reads one day's facts
 * instead of re-reading the store. Each pack's facts are kept apart (one store may serve several
 * packs), and each article's facts for a pack are replaced as a whole, tagged with the extractor
 * version that produced them, so an improved extractor or pack can refresh what is stale.
 */
export type StoredFact = { readonly articleId: string; readonly fact: Fact };

export type FactQuery = {
  readonly since?: IsoDate;
  readonly until?: IsoDate;
  readonly kinds?: readonly Fact['kind'][];
  /** Only figure facts of this scope (with kinds ['figure']). */
  readonly scope?: 'cumulative' | 'daily' | 'event';
  /** Keep only the newest N facts of each kind (by article date), so a status costs the same on any store. */
  readonly newestPerKind?: number;
};

/** One pack's facts. */
export type PackFactStore = {
  replaceFacts(articleId: string, extractorVersion: string, facts: readonly Fact[], extractedAt: string): Promise<void>;
  /** Facts of dated articles in the window (by the article's date), in article-date order. */
  listFacts(query: FactQuery): Promise<StoredFact[]>;
  /** The newest day on or before `onOrBefore` (and before `before`, when given) that has a cumulative tally figure. */
  latestTallyDay(onOrBefore: IsoDate, before?: IsoDate): Promise<IsoDate | undefined>;
  /** Articles this pack never read, or read with another extractor version. */
  articlesNeedingExtraction(extractorVersion: string, limit?: number): Promise<StoredArticle[]>;
};

export type FactStore = {
  /** The facts of the pack with this id. */
  forPack(packId: string): PackFactStore;
};
