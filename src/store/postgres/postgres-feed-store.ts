/** The feeds port (../feed-store.ts) on PostgreSQL: the same rows as SQLite's, one statement per change. */
import { InputError, NotFoundError } from '../../errors.ts';
import { checkedFeedInput, toFeed, type FeedRow, type FeedStore, type ItemDecision } from '../feed-store.ts';
import type { PostgresHandle } from './postgres-database.ts';

export function createPostgresFeedStore({ pool }: PostgresHandle): FeedStore {
  const byId = async (id: string, url: string): Promise<FeedRow | undefined> => (await pool.query<FeedRow>('SELECT * FROM feeds WHERE id = $1 OR url = $2', [id, url])).rows[0];
  return {
    async addFeed(input, now) {
      const { id, url } = checkedFeedInput(input);
      if (await byId(id, url)) throw new InputError(`${url} is already a feed (${id}); remove it first to change it`);
      const inserted = await pool.query<FeedRow>(
        'INSERT INTO feeds (id, url, outlet, interval_minutes, added_at, failures, next_poll_at) VALUES ($1, $2, $3, $4, $5, 0, $5) ON CONFLICT DO NOTHING RETURNING *',
        [id, url, input.outlet ?? null, input.intervalMinutes, now],
      );
      const row = inserted.rows[0];
      // Another replica added it between the check and the insert.
      if (!row) throw new InputError(`${url} is already a feed (${id}); remove it first to change it`);
      return toFeed(row);
    },
    async removeFeed(idOrUrl) {
      const removed = await pool.query<FeedRow>('DELETE FROM feeds WHERE id = $1 OR url = $1 RETURNING *', [idOrUrl]);
      const row = removed.rows[0];
      if (!row) throw new NotFoundError(`no feed '${idOrUrl}'; mujaz feeds list shows the ids`);
      return toFeed(row);
    },
    async listFeeds() {
      return (await pool.query<FeedRow>('SELECT * FROM feeds ORDER BY added_at, url')).rows.map(toFeed);
    },
    async dueFeeds(now) {
      return (await pool.query<FeedRow>('SELECT * FROM feeds WHERE next_poll_at <= $1 ORDER BY next_poll_at, url', [now])).rows.map(toFeed);
    },
    async recordSuccess(id, update) {
      await pool.query(
        `UPDATE feeds SET etag = COALESCE($1, etag), last_modified = COALESCE($2, last_modified), last_outcome = $3, last_polled_at = $4, last_success_at = $4,
         failures = 0, last_error = NULL, next_poll_at = $5 WHERE id = $6`,
        [update.etag ?? null, update.lastModified ?? null, update.outcome, update.at, update.nextPollAt, id],
      );
    },
    async recordFailure(id, update) {
      await pool.query('UPDATE feeds SET failures = failures + 1, last_error = $1, last_polled_at = $2, next_poll_at = $3 WHERE id = $4', [update.error, update.at, update.nextPollAt, id]);
    },
    async decisionOf(urlKey) {
      return (await pool.query<{ decision: ItemDecision }>('SELECT decision FROM feed_items WHERE url_key = $1', [urlKey])).rows[0]?.decision;
    },
    async recordDecision(item) {
      await pool.query(
        'INSERT INTO feed_items (url_key, feed_id, link, decision, article_id, score, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (url_key) DO NOTHING',
        [item.urlKey, item.feedId, item.link, item.decision, item.articleId ?? null, item.score, item.at],
      );
    },
  };
}
