import type { Digest, DigestArticle, FiguresStatus, TalksStatus } from '../digest/index.ts';
import { buildDigest, figuresStatus, talksStatus } from '../digest/index.ts';
import type { Fact, FigureFact } from '../extract/facts.ts';
import { createFactExtractor, withAbout, type FactExtractor } from '../extract/index.ts';
import { ingestPaths, type IngestOptions, type IngestSummary } from '../ingest/ingest-files.ts';
import type { Pack } from '../packs/schema.ts';
import { addDays } from '../text/dates.ts';
import type { ArticleMeta, ArticleStore, IsoDate } from '../store/article-store.ts';
import type { FactStore, StoredFact } from '../store/fact-store.ts';

/** How far back the talks status looks: rounds older than this are history, not status. */
export const TALKS_HISTORY_DAYS = 120;
/** The newest facts of each talks kind a status reads: far more than real coverage yields, and a bound on any store. */
export const TALKS_FACTS_PER_KIND = 300;
/** How far back positions, sticking points and next steps count as current. */
export const TALKS_CURRENT_DAYS = 30;

export type Lang = 'ar' | 'en';
export type DigestWindow = { readonly since: IsoDate; readonly until: IsoDate };

/**
 * The engine's I/O side: ingestion keeps each article's facts in the store; digests and statuses
 * read only the days they cover. Everything the bots and the CLI say comes through here.
 */
export type Engine = {
  readonly pack: Pack;
  readonly extractor: FactExtractor;
  ingest(paths: readonly string[], options: IngestOptions): Promise<IngestSummary>;
  /** Extract the articles whose facts are missing or stale; returns how many. */
  refreshFacts(): Promise<number>;
  /** Dated news days, newest first. */
  newsDays(): Promise<IsoDate[]>;
  digest(window: DigestWindow, lang: Lang): Promise<Digest>;
  talksStatus(asOf: IsoDate): Promise<TalksStatus>;
  figuresStatus(asOf: IsoDate): Promise<FiguresStatus>;
};

export type EngineParts = {
  readonly articles: ArticleStore;
  readonly facts: FactStore;
  readonly pack: Pack;
  readonly now: () => Date;
};

function toDigestArticle(article: ArticleMeta): DigestArticle {
  return {
    id: article.id,
    clusterId: article.clusterId,
    dateBasis: article.dateBasis,
    source: article.source,
    ...(article.publishedDate ? { publishedDate: article.publishedDate } : {}),
    ...(article.outlet ? { outlet: article.outlet } : {}),
    ...(article.title ? { title: article.title } : {}),
  };
}

export function createEngine(parts: EngineParts): Engine {
  const { articles, pack, now } = parts;
  // The store keeps each pack's facts apart: this engine reads and writes its own pack's only.
  const factStore = parts.facts.forPack(pack.id);
  const extractor = createFactExtractor(pack);

  async function refreshFacts(): Promise<number> {
    let refreshed = 0;
    for (;;) {
      const stale = await factStore.articlesNeedingExtraction(extractor.version, 200);
      if (stale.length === 0) return refreshed;
      for (const article of stale) {
        const found = extractor.extract({
          id: article.id,
          body: article.body,
          ...(article.title ? { title: article.title } : {}),
          ...(article.publishedDate ? { publishedDate: article.publishedDate } : {}),
          receivedDate: article.ingestedAt.slice(0, 10),
        });
        await factStore.replaceFacts(article.id, extractor.version, found, now().toISOString());
        refreshed++;
      }
    }
  }

  // Stale facts (a new pack or extractor) are refreshed once per process before the first read;
  // after that only ingestion adds articles, and it extracts them itself, so reads stay cheap.
  let checkedForStaleFacts = false;
  async function ensureFreshFacts(): Promise<void> {
    if (checkedForStaleFacts) return;
    await refreshFacts();
    checkedForStaleFacts = true;
  }

  async function articlesOf(stored: readonly StoredFact[], extra: readonly string[] = []): Promise<DigestArticle[]> {
    const ids = [...new Set([...stored.map((entry) => entry.articleId), ...extra])];
    return (await articles.describeArticles(ids)).map(toDigestArticle);
  }

  /** The cumulative tally of the newest tally day before `day`, with asOf filled from the article date. */
  async function tallyBefore(day: IsoDate): Promise<FigureFact[]> {
    const previousDay = await factStore.latestTallyDay(addDays(day, -1));
    if (!previousDay) return [];
    const stored = await factStore.listFacts({ since: previousDay, until: previousDay, kinds: ['figure'], scope: 'cumulative' });
    return stored.map((entry) => entry.fact).filter((fact): fact is FigureFact => fact.kind === 'figure').map((fact) => (fact.asOf ? fact : { ...fact, asOf: previousDay }));
  }

  return {
    pack,
    extractor,
    async ingest(paths, options) {
      const summary = await ingestPaths(articles, paths, options);
      await refreshFacts();
      return summary;
    },
    refreshFacts,
    newsDays: () => articles.listNewsDays(),
    async digest(window, lang) {
      await ensureFreshFacts();
      const inWindow = await articles.listArticles({ since: window.since, until: window.until });
      const stored = await factStore.listFacts({ since: window.since, until: window.until });
      return buildDigest(
        { articles: inWindow.map(toDigestArticle), facts: withAbout(pack, stored.map((entry) => entry.fact)), previousTally: await tallyBefore(window.since), pack },
        { since: window.since, until: window.until, lang },
      );
    },
    async talksStatus(asOf) {
      await ensureFreshFacts();
      // History is counted back from the newest news on or before asOf, so a quiet spell (or an old store) still has a status.
      const anchor = (await articles.listNewsDays()).find((day) => day <= asOf) ?? asOf;
      // Rounds, delegations and outcomes are history; positions, sticking points and next steps are
      // what the sides say now, so older ones are superseded rather than accumulated.
      const history = await factStore.listFacts({ since: addDays(anchor, -TALKS_HISTORY_DAYS), until: asOf, kinds: ['round', 'delegation', 'outcome'], newestPerKind: TALKS_FACTS_PER_KIND });
      const current = await factStore.listFacts({ since: addDays(anchor, -TALKS_CURRENT_DAYS), until: asOf, kinds: ['position', 'sticking_point', 'next_step'], newestPerKind: TALKS_FACTS_PER_KIND });
      const stored = [...history, ...current];
      return talksStatus({ facts: withAbout(pack, stored.map((entry) => entry.fact), { statements: false }), articles: await articlesOf(stored), pack }, asOf);
    },
    async figuresStatus(asOf) {
      await ensureFreshFacts();
      const latest = await factStore.latestTallyDay(asOf);
      const stored: StoredFact[] = latest ? await factStore.listFacts({ since: latest, until: latest, kinds: ['figure'] }) : [];
      const previousTally = latest ? await tallyBefore(latest) : [];
      const facts: Fact[] = stored.map((entry) => entry.fact);
      return figuresStatus({ articles: await articlesOf(stored), facts, previousTally, pack }, asOf);
    },
  };
}
