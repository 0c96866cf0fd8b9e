/**
 * One polling pass over the operator's feeds: fetch each due feed (conditionally), read its items,
 * fetch the page of an item that carries only a summary, keep what concerns the pack and store it
 * as file ingestion does. Feeds run side by side under a small concurrency limit, so a feed that
 * hangs or fails costs only its own slot; a failing feed backs off exponentially.
 */
import { isMujazError } from '../../errors.ts';
import type { ArticleStore } from '../../store/article-store.ts';
import type { ArticleRecord } from '../article-file.ts';
import { latestPossibleDay, storeRecord } from '../ingest-files.ts';
import { redateUndatedArticles } from '../redate.ts';
import { extractArticlePage } from './article-page.ts';
import { decodeHttpBody } from './charset.ts';
import { parseFeed, type FeedItem } from './feed-parse.ts';
import type { Feed, FeedStore } from '../../store/feed-store.ts';
import type { HttpFetcher } from './http-fetch.ts';
import type { RelevanceDecision, RelevanceScorer } from './relevance.ts';
import { canonicalUrl, toUrlKey } from './url-identity.ts';

/** What happened to one item; `seen` items were decided on an earlier poll (or earlier in this one). */
export type ItemReport = {
  readonly feedId: string;
  readonly link: string;
  readonly title?: string;
  readonly decision: 'stored' | 'duplicate' | 'off_topic' | 'seen' | 'refused';
  readonly reason: string;
  readonly relevance?: RelevanceDecision;
  readonly articleId?: string;
  readonly nearDuplicateOf?: string;
};

export type FeedReport = {
  readonly feed: Feed;
  readonly outcome: 'updated' | 'unchanged' | 'failed';
  readonly error?: string;
  readonly items: readonly ItemReport[];
  readonly durationMs: number;
  readonly nextPollAt: string;
};

export type FeedPollOptions = {
  readonly fetcher: HttpFetcher;
  readonly feeds: FeedStore;
  readonly articles: ArticleStore;
  readonly relevance: RelevanceScorer;
  readonly now: () => Date;
  /** Feeds fetched at once (default 4): after downtime every feed is due, and they queue here. */
  readonly concurrency?: number;
  readonly feedTimeoutMs?: number;
  readonly pageTimeoutMs?: number;
  readonly maxFeedBytes?: number;
  readonly maxPageBytes?: number;
  /** Fetch the page of items whose feed text is shorter than `summaryChars` (default true). */
  readonly fullText?: boolean;
  readonly summaryChars?: number;
  /** The longest back-off after failures, in minutes (default 360). */
  readonly maxBackoffMinutes?: number;
  /**
   * Start each feed only once its delay (counted from the start of the pass) has passed, taking
   * feeds in order of delay: the poller spreads a backlog at start-up with it. A `sleep` that
   * resolves false (the poller is stopping) leaves the feeds not yet started unpolled, still due.
   */
  readonly stagger?: FeedStagger;
  readonly onItem?: (item: ItemReport) => void;
};

export type FeedStagger = {
  readonly delayMsOf: (feed: Feed) => number;
  readonly sleep: (ms: number) => Promise<boolean>;
};

export const FEED_DEFAULTS = {
  concurrency: 4,
  feedTimeoutMs: 20_000,
  pageTimeoutMs: 20_000,
  maxFeedBytes: 5 * 1024 * 1024,
  maxPageBytes: 2 * 1024 * 1024,
  summaryChars: 600,
  maxBackoffMinutes: 360,
} as const;

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** Minutes until the next try after `failures` consecutive failures: the interval doubled each time, capped. */
export function backoffMinutes(intervalMinutes: number, failures: number, maxMinutes: number = FEED_DEFAULTS.maxBackoffMinutes): number {
  return Math.min(intervalMinutes * 2 ** Math.min(failures, 20), Math.max(maxMinutes, intervalMinutes));
}

function addMinutes(at: Date, minutes: number): string {
  return new Date(at.getTime() + minutes * 60_000).toISOString();
}

function reasonOf(error: unknown): string {
  return isMujazError(error) ? error.message : (error as Error).message;
}

/**
 * Run `work` over `list` with at most `limit` in flight, keeping the input order in the result.
 * Before each item, `ready` may wait (a staggered start); when it answers false the remaining
 * items are left undone and absent from the result.
 */
async function mapLimited<T, R>(list: readonly T[], limit: number, work: (item: T) => Promise<R>, ready?: (item: T) => Promise<boolean>): Promise<R[]> {
  const done: { index: number; result: R }[] = [];
  let next = 0;
  let stopped = false;
  const worker = async () => {
    while (!stopped && next < list.length) {
      const index = next++;
      if (ready && !(await ready(list[index]!))) {
        stopped = true;
        return;
      }
      done.push({ index, result: await work(list[index]!) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, worker));
  return done.sort((a, b) => a.index - b.index).map((entry) => entry.result);
}

/** Poll the given feeds once each; the store records every outcome. */
export async function pollFeeds(feeds: readonly Feed[], options: FeedPollOptions): Promise<FeedReport[]> {
  const settings = { ...FEED_DEFAULTS, fullText: true, ...stripUndefined(options) };
  const seenThisPass = new Set<string>();

  async function bodyOf(item: FeedItem, link: string): Promise<{ text: string; title?: string; outlet?: string; publishedDay?: string; language?: string; repairs: string[]; note?: string }> {
    const feedText = item.content && item.content.length >= (item.summary?.length ?? 0) ? item.content : item.summary ?? '';
    const base = { text: feedText, repairs: [] as string[], ...(item.title ? { title: item.title } : {}), ...(item.publishedDay ? { publishedDay: item.publishedDay } : {}), ...(item.language ? { language: item.language } : {}) };
    if (!settings.fullText || feedText.length >= settings.summaryChars || !/^https?:/u.test(link)) return base;
    try {
      const page = await settings.fetcher.get({ url: link, accept: PAGE_ACCEPT, maxBytes: settings.maxPageBytes, timeoutMs: settings.pageTimeoutMs });
      if (page.kind !== 'ok') return base;
      const decoded = decodeHttpBody(page.bytes, page.contentType);
      const extracted = extractArticlePage(decoded.text);
      if (extracted.method === 'none') return { ...base, note: feedText ? "its page has no article text; the feed's text was used" : 'the item has no text and its page has no article text' };
      if (extracted.text.length <= feedText.length) return { ...base, note: 'the page had no longer text than the feed' };
      const source = `full text from the article page (${extracted.method})`;
      const repairs = [source, ...(decoded.encoding !== 'utf-8' ? [`page decoded from ${decoded.encoding}`] : [])];
      // What the feed says about its item wins over what the page says about itself.
      const title = item.title ?? extracted.title;
      const publishedDay = item.publishedDay ?? extracted.publishedDay;
      const outlet = extracted.outlet;
      const language = item.language ?? extracted.language;
      return { text: extracted.text, repairs, note: source, ...(title ? { title } : {}), ...(publishedDay ? { publishedDay } : {}), ...(outlet ? { outlet } : {}), ...(language ? { language } : {}) };
    } catch (error) {
      return { ...base, note: `page not fetched (${reasonOf(error)}); the feed's text was used` };
    }
  }

  async function handleItem(feed: Feed, item: FeedItem, feedUrl: string, feedOutlet: string | undefined): Promise<ItemReport> {
    const titled = item.title ? { title: item.title } : {};
    if (!item.link) return { feedId: feed.id, link: '(none)', ...titled, decision: 'refused', reason: 'the item has no link' };
    let absolute: string;
    try {
      absolute = new URL(item.link, feedUrl).toString();
    } catch {
      return { feedId: feed.id, link: item.link, ...titled, decision: 'refused', reason: `the link '${item.link}' is not a URL` };
    }
    const link = canonicalUrl(absolute);
    const urlKey = toUrlKey(absolute);
    const earlier = seenThisPass.has(urlKey) ? 'this poll' : await settings.feeds.decisionOf(urlKey);
    if (earlier) return { feedId: feed.id, link, ...titled, decision: 'seen', reason: earlier === 'this poll' ? 'same article as another link in this poll' : `already decided (${earlier.replace('_', ' ')})` };
    seenThisPass.add(urlKey);
    const body = await bodyOf(item, link);
    const text = body.text.trim();
    if (!text) return { feedId: feed.id, link, ...titled, decision: 'refused', reason: body.note ?? 'the item has no text and no page to read' };
    const at = settings.now().toISOString();
    const relevance = settings.relevance.score(body.title, text);
    if (!relevance.kept) {
      await settings.feeds.recordDecision({ urlKey, feedId: feed.id, link, decision: 'off_topic', score: relevance.score, at });
      return { feedId: feed.id, link, ...titled, decision: 'off_topic', reason: relevance.reasons[relevance.reasons.length - 1]!, relevance };
    }
    const outlet = feed.outlet ?? feedOutlet ?? body.outlet;
    const record: ArticleRecord = {
      source: link,
      body: text,
      repairs: body.repairs,
      ...(outlet ? { outlet } : {}),
      ...(body.title ? { title: body.title } : {}),
      // A day after tomorrow is a feed's error, not the article's day: it is dated from its text instead.
      ...(body.publishedDay && body.publishedDay <= latestPossibleDay(settings.now()) ? { publishedDate: body.publishedDay } : {}),
      ...(body.language ? { language: body.language } : {}),
    };
    const outcome = await storeRecord(settings.articles, record, at);
    await settings.feeds.recordDecision({ urlKey, feedId: feed.id, link, decision: outcome.kind === 'added' ? 'stored' : 'duplicate', articleId: outcome.article.id, score: relevance.score, at });
    const note = body.note ? `; ${body.note}` : '';
    return outcome.kind === 'added'
      ? { feedId: feed.id, link, ...titled, decision: 'stored', reason: `${relevance.reasons[relevance.reasons.length - 1]!}${note}`, relevance, articleId: outcome.article.id, ...(outcome.nearDuplicateOf ? { nearDuplicateOf: outcome.nearDuplicateOf } : {}) }
      : { feedId: feed.id, link, ...titled, decision: 'duplicate', reason: `same text as ${outcome.article.id} (${outcome.article.source})`, relevance, articleId: outcome.article.id };
  }

  async function pollOne(feed: Feed): Promise<FeedReport> {
    const started = Date.now();
    const items: ItemReport[] = [];
    const finish = (report: Omit<FeedReport, 'durationMs' | 'items' | 'feed'>): FeedReport => ({ feed, items, durationMs: Date.now() - started, ...report });
    try {
      const answer = await settings.fetcher.get({
        url: feed.url,
        accept: FEED_ACCEPT,
        maxBytes: settings.maxFeedBytes,
        timeoutMs: settings.feedTimeoutMs,
        ...(feed.etag ? { etag: feed.etag } : {}),
        ...(feed.lastModified ? { lastModified: feed.lastModified } : {}),
      });
      const nextPollAt = addMinutes(settings.now(), feed.intervalMinutes);
      if (answer.kind === 'not_modified') {
        await settings.feeds.recordSuccess(feed.id, { outcome: 'unchanged (304)', at: settings.now().toISOString(), nextPollAt });
        return finish({ outcome: 'unchanged', nextPollAt });
      }
      const parsed = parseFeed(decodeHttpBody(answer.bytes, answer.contentType).text);
      for (const item of parsed.items) {
        let report: ItemReport;
        try {
          report = await handleItem(feed, item, answer.url, parsed.title);
        } catch (error) {
          report = { feedId: feed.id, link: item.link ?? '(none)', ...(item.title ? { title: item.title } : {}), decision: 'refused', reason: reasonOf(error) };
        }
        items.push(report);
        settings.onItem?.(report);
      }
      const count = (decision: ItemReport['decision']) => items.filter((item) => item.decision === decision).length;
      const outcome = `${parsed.items.length} items: ${count('stored')} stored, ${count('duplicate')} duplicate, ${count('off_topic')} off topic, ${count('seen')} seen before, ${count('refused')} refused`;
      await settings.feeds.recordSuccess(feed.id, { outcome, at: settings.now().toISOString(), nextPollAt, ...(answer.etag ? { etag: answer.etag } : {}), ...(answer.lastModified ? { lastModified: answer.lastModified } : {}) });
      return finish({ outcome: 'updated', nextPollAt });
    } catch (error) {
      const reason = reasonOf(error);
      const nextPollAt = addMinutes(settings.now(), backoffMinutes(feed.intervalMinutes, feed.failures + 1, settings.maxBackoffMinutes));
      await settings.feeds.recordFailure(feed.id, { error: reason, at: settings.now().toISOString(), nextPollAt });
      return finish({ outcome: 'failed', error: reason, nextPollAt });
    }
  }

  const stagger = options.stagger;
  const startedAt = settings.now().getTime();
  const ordered = stagger ? [...feeds].sort((a, b) => stagger.delayMsOf(a) - stagger.delayMsOf(b)) : feeds;
  const ready = stagger ? (feed: Feed) => stagger.sleep(Math.max(0, startedAt + stagger.delayMsOf(feed) - settings.now().getTime())) : undefined;
  const reports = await mapLimited(ordered, settings.concurrency, pollOne, ready);
  if (reports.some((report) => report.items.some((item) => item.decision === 'stored'))) await redateUndatedArticles(settings.articles);
  return reports;
}

/** Poll the feeds that are due now. */
export async function pollDueFeeds(options: FeedPollOptions): Promise<FeedReport[]> {
  return pollFeeds(await options.feeds.dueFeeds(options.now().toISOString()), options);
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
