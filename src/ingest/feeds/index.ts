/** Live ingestion from news feeds: the pieces `mujaz feeds` and `mujaz serve` put together. */
export { extractArticlePage, type ArticlePage } from './article-page.ts';
export { decodeHttpBody, type DecodedBody } from './charset.ts';
export { parseFeed, type FeedItem, type ParsedFeed } from './feed-parse.ts';
export { feedIdOf, type Feed, type FeedStore, type ItemDecision } from '../../store/feed-store.ts';
export { createHttpFetcher, DEFAULT_USER_AGENT, FetchFailure, type HttpFetcher, type HttpGetRequest, type HttpGetResult } from './http-fetch.ts';
export { backoffMinutes, FEED_DEFAULTS, pollDueFeeds, pollFeeds, type FeedPollOptions, type FeedReport, type FeedStagger, type ItemReport } from './poll-feeds.ts';
export { createRelevanceScorer, DEFAULT_RELEVANCE_THRESHOLD, DEFAULT_RELEVANCE_WEIGHTS, type RelevanceDecision, type RelevanceScorer } from './relevance.ts';
export { canonicalUrl, toUrlKey } from './url-identity.ts';
export { startFeedPoller, type FeedPoller, type FeedPollerOptions, type Sleep } from './feed-poller.ts';
export { DEFAULT_STARTUP_SPREAD_MS, startupDelayMs } from './startup-spread.ts';
