/**
 * The feeds port: the operator's feeds with their polling state, and the item URLs already
 * decided. The SQLite implementation is sqlite/sqlite-feed-store.ts.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../errors.ts';

export type Feed = {
  readonly id: string;
  readonly url: string;
  readonly outlet?: string;
  readonly intervalMinutes: number;
  readonly addedAt: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly lastPolledAt?: string;
  readonly lastSuccessAt?: string;
  /** What the last successful poll did ("3 stored, 1 off topic", "unchanged (304)"). */
  readonly lastOutcome?: string;
  /** Consecutive failures; 0 when healthy. */
  readonly failures: number;
  readonly lastError?: string;
  readonly nextPollAt: string;
};

export type ItemDecision = 'stored' | 'duplicate' | 'off_topic';

export type FeedStore = {
  addFeed(input: { url: string; outlet?: string; intervalMinutes: number }, now: string): Promise<Feed>;
  removeFeed(idOrUrl: string): Promise<Feed>;
  listFeeds(): Promise<Feed[]>;
  /** Feeds whose next poll is at or before `now`, earliest first. */
  dueFeeds(now: string): Promise<Feed[]>;
  recordSuccess(id: string, update: { etag?: string; lastModified?: string; outcome: string; at: string; nextPollAt: string }): Promise<void>;
  recordFailure(id: string, update: { error: string; at: string; nextPollAt: string }): Promise<void>;
  /** The decision already taken for an item URL key, if any. */
  decisionOf(urlKey: string): Promise<ItemDecision | undefined>;
  recordDecision(item: { urlKey: string; feedId: string; link: string; decision: ItemDecision; articleId?: string; score: number; at: string }): Promise<void>;
};

/** A stable short id for a feed URL, so `mujaz feeds remove` can take either. */
export function feedIdOf(url: string): string {
  return createHash('sha256').update(url, 'utf8').digest('hex').slice(0, 10);
}


/** A feed to add, checked: its address is http(s) and its interval a whole number of minutes. */
export function checkedFeedInput(input: { url: string; intervalMinutes: number }): { id: string; url: string } {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw new InputError(`'${input.url}' is not a URL; give the feed's address, e.g. https://example.com/rss.xml`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`'${input.url}' is not an http(s) address`);
  if (!Number.isInteger(input.intervalMinutes) || input.intervalMinutes < 1) throw new InputError(`the polling interval must be a whole number of minutes, at least 1 (not ${input.intervalMinutes})`);
  return { id: feedIdOf(url.toString()), url: url.toString() };
}

/** A feeds row as both SQL stores keep it (the same columns in SQLite and PostgreSQL). */
export type FeedRow = {
  id: string; url: string; outlet: string | null; interval_minutes: number; added_at: string; etag: string | null; last_modified: string | null;
  last_polled_at: string | null; last_success_at: string | null; last_outcome: string | null; failures: number; last_error: string | null; next_poll_at: string;
};

export function toFeed(row: FeedRow): Feed {
  return {
    id: row.id,
    url: row.url,
    intervalMinutes: row.interval_minutes,
    addedAt: row.added_at,
    failures: row.failures,
    nextPollAt: row.next_poll_at,
    ...(row.outlet !== null ? { outlet: row.outlet } : {}),
    ...(row.etag !== null ? { etag: row.etag } : {}),
    ...(row.last_modified !== null ? { lastModified: row.last_modified } : {}),
    ...(row.last_polled_at !== null ? { lastPolledAt: row.last_polled_at } : {}),
    ...(row.last_success_at !== null ? { lastSuccessAt: row.last_success_at } : {}),
    ...(row.last_outcome !== null ? { lastOutcome: row.last_outcome } : {}),
    ...(row.last_error !== null ? { lastError: row.last_error } : {}),
  };
}
