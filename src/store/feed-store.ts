/**
 * The feeds port: the operator's feeds with their polling state, and the item URLs already
 * decided. The SQLite implementation is sqlite/sqlite-feed-store.ts.
 */
import { createHash } from 'node:crypto';

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

