/** The feeds port (../feed-store.ts) over the SQLite database the articles live in. */
import { InputError, NotFoundError } from '../../errors.ts';
import type { SqliteHandle } from './sqlite-store.ts';
import { feedIdOf, type Feed, type FeedStore, type ItemDecision } from '../feed-store.ts';

type FeedRow = {
  id: string; url: string; outlet: string | null; interval_minutes: number; added_at: string; etag: string | null; last_modified: string | null;
  last_polled_at: string | null; last_success_at: string | null; last_outcome: string | null; failures: number; last_error: string | null; next_poll_at: string;
};

function toFeed(row: FeedRow): Feed {
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

/** The feeds store over an open SQLite database (migration 5 creates its tables). */
export function createSqliteFeedStore(db: SqliteHandle): FeedStore {
  const byId = db.prepare<[string, string], FeedRow>('SELECT * FROM feeds WHERE id = ? OR url = ?');
  return {
    async addFeed(input, now) {
      let url: URL;
      try {
        url = new URL(input.url);
      } catch {
        throw new InputError(`'${input.url}' is not a URL; give the feed's address, e.g. https://example.com/rss.xml`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`'${input.url}' is not an http(s) address`);
      if (!Number.isInteger(input.intervalMinutes) || input.intervalMinutes < 1) throw new InputError(`the polling interval must be a whole number of minutes, at least 1 (not ${input.intervalMinutes})`);
      const id = feedIdOf(url.toString());
      if (byId.get(id, url.toString())) throw new InputError(`${url} is already a feed (${id}); remove it first to change it`);
      db.prepare('INSERT INTO feeds (id, url, outlet, interval_minutes, added_at, failures, next_poll_at) VALUES (?, ?, ?, ?, ?, 0, ?)').run(id, url.toString(), input.outlet ?? null, input.intervalMinutes, now, now);
      return toFeed(byId.get(id, id)!);
    },
    async removeFeed(idOrUrl) {
      const row = byId.get(idOrUrl, idOrUrl);
      if (!row) throw new NotFoundError(`no feed '${idOrUrl}'; mujaz feeds list shows the ids`);
      db.prepare('DELETE FROM feeds WHERE id = ?').run(row.id);
      return toFeed(row);
    },
    async listFeeds() {
      return db.prepare<[], FeedRow>('SELECT * FROM feeds ORDER BY added_at, url').all().map(toFeed);
    },
    async dueFeeds(now) {
      return db.prepare<[string], FeedRow>('SELECT * FROM feeds WHERE next_poll_at <= ? ORDER BY next_poll_at, url').all(now).map(toFeed);
    },
    async recordSuccess(id, update) {
      db.prepare(
        `UPDATE feeds SET etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), last_outcome = ?, last_polled_at = ?, last_success_at = ?,
         failures = 0, last_error = NULL, next_poll_at = ? WHERE id = ?`,
      ).run(update.etag ?? null, update.lastModified ?? null, update.outcome, update.at, update.at, update.nextPollAt, id);
    },
    async recordFailure(id, update) {
      db.prepare('UPDATE feeds SET failures = failures + 1, last_error = ?, last_polled_at = ?, next_poll_at = ? WHERE id = ?').run(update.error, update.at, update.nextPollAt, id);
    },
    async decisionOf(urlKey) {
      return db.prepare<[string], { decision: ItemDecision }>('SELECT decision FROM feed_items WHERE url_key = ?').get(urlKey)?.decision;
    },
    async recordDecision(item) {
      db.prepare('INSERT INTO feed_items (url_key, feed_id, link, decision, article_id, score, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url_key) DO NOTHING').run(
        item.urlKey, item.feedId, item.link, item.decision, item.articleId ?? null, item.score, item.at,
      );
    },
  };
}
