/**
 * The article store port. The SQLite implementation is the embedded default; a PostgreSQL one
 * will follow, so every method is asynchronous and the SQL behind it stays portable.
 */
export type IsoDate = string;
export type DateBasis = 'stated' | 'inferred' | 'unknown';

/** An article as ingestion prepares it, before the store gives it a cluster. */
export type ArticleDraft = {
  /** Stable content hash of the body (see `articleIdOf`). */
  readonly id: string;
  /** File path or URL it came from. */
  readonly source: string;
  readonly outlet?: string;
  readonly title?: string;
  /** The body as written (after repairs such as CRLF → LF). */
  readonly body: string;
  readonly language: string;
  readonly publishedDate?: IsoDate;
  readonly dateBasis: DateBasis;
  /** Why an inferred date was chosen, or why none could be. */
  readonly dateEvidence?: string;
  /** Sampled shingle hashes used to find near-duplicates (see fingerprint.ts). */
  readonly fingerprint: readonly number[];
};

export type StoredArticle = Omit<ArticleDraft, 'fingerprint'> & {
  readonly ingestedAt: string;
  readonly clusterId: string;
};

/** An article without its body: what digests and listings need. */
export type ArticleMeta = Omit<StoredArticle, 'body'>;

export type InsertOutcome =
  | { readonly kind: 'added'; readonly article: StoredArticle; readonly nearDuplicateOf?: string }
  | { readonly kind: 'duplicate'; readonly article: StoredArticle };

export type NearDuplicateCandidate = { readonly articleId: string; readonly clusterId: string; readonly shared: number; readonly fingerprintSize: number };

export type ArticleQuery = {
  readonly date?: IsoDate;
  readonly since?: IsoDate;
  readonly until?: IsoDate;
  readonly dateBasis?: DateBasis;
  readonly clusterId?: string;
  /** Ingestion time bounds (ISO-8601, inclusive). */
  readonly ingestedSince?: string;
  readonly ingestedUntil?: string;
  readonly limit?: number;
};

/** A date the store knows from an article, with the text around it (used to date undated articles). */
export type KnownDate = { readonly date: IsoDate; readonly articleId: string; readonly context: string };

export type ArticleStore = {
  /**
   * Store one article in its own transaction. The same id twice is a duplicate; a near-duplicate
   * joins the cluster `chooseCluster` picks from the candidates (or a new one).
   */
  insertArticle(
    draft: ArticleDraft,
    ingestedAt: string,
    chooseCluster: (candidates: readonly NearDuplicateCandidate[]) => NearDuplicateCandidate | undefined,
  ): Promise<InsertOutcome>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** The given articles without their bodies (missing ids are skipped). */
  describeArticles(ids: readonly string[]): Promise<ArticleMeta[]>;
  listArticles(query?: ArticleQuery): Promise<StoredArticle[]>;
  /** Record a date found later for an undated article. */
  setArticleDate(id: string, date: IsoDate | undefined, basis: DateBasis, evidence: string): Promise<void>;
  /** Every distinct dated day, newest first. */
  listNewsDays(): Promise<IsoDate[]>;
  countArticles(): Promise<number>;
  close(): Promise<void>;
};
