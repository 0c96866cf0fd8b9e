/** The feeds port (../feed-store.ts) over the SQLite database the articles live in. */
import { InputError, NotFoundError } from '../../errors.ts';
import type { SqliteHandle } from './sqlite-store.ts';
import { checkedFeedInput, toFeed, type FeedRow, type FeedStore, type ItemDecision } from '../feed-store.ts';

/** The feeds store over an open SQLite database (migration 5 creates its tables). */
export function createSqliteFeedStore(db: SqliteHandle): FeedStore {
  const byId = db.prepare<[string, string], FeedRow>('SELECT * FROM feeds WHERE id = ? OR url = ?');
  return {
    async addFeed(input, now) {
      const { id, url } = checkedFeedInput(input);
      if (byId.get(id, url)) throw new InputError(`${url} is already a feed (${id}); remove it first to change it`);
      db.prepare('INSERT INTO feeds (id, url, outlet, interval_minutes, added_at, failures, next_poll_at) VALUES (?, ?, ?, ?, ?, 0, ?)').run(id, url, input.outlet ?? null, input.intervalMinutes, now, now);
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
