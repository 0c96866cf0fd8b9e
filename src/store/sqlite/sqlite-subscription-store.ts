import { randomBytes } from 'node:crypto';
import { StoreError } from '../../errors.ts';
import type {
  Subscription,
  SubscriptionDraft,
  SubscriptionFilter,
  SubscriptionState,
  SubscriptionStore,
} from '../subscription-store.ts';
import type { SqliteHandle } from './sqlite-store.ts';

/** A subscriptions row as SQLite returns it. */
export type SubscriptionRow = {
  id: string;
  platform: Subscription['platform'];
  chat_id: string;
  thread_id: string | null;
  local_time: string;
  time_zone: string;
  language: Subscription['language'];
  sections: Subscription['sections'];
  when_empty: Subscription['whenEmpty'];
  detail: Subscription['detail'] | null;
  arabic_quotes: number;
  created_by: string;
  created_at: string;
  state: SubscriptionState;
  paused_reason: string | null;
  active_since: string;
  updated_at: string;
};

/** Map a row to the port's type (absent optionals stay absent, as exactOptionalPropertyTypes wants). */
export function toSubscription(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    platform: row.platform,
    destination: row.thread_id === null ? { chatId: row.chat_id } : { chatId: row.chat_id, threadId: row.thread_id },
    localTime: row.local_time,
    timeZone: row.time_zone,
    language: row.language,
    sections: row.sections,
    whenEmpty: row.when_empty,
    ...(row.detail === null || row.detail === undefined ? {} : { detail: row.detail }),
    ...(row.arabic_quotes === 1 ? { arabicQuotes: true } : {}),
    createdBy: row.created_by,
    createdAt: row.created_at,
    state: row.state,
    ...(row.paused_reason === null ? {} : { pausedReason: row.paused_reason }),
    activeSince: row.active_since,
    updatedAt: row.updated_at,
  };
}

/** Short ids are typed by hand in the CLI, so 10 hex characters rather than a UUID. */
function newSubscriptionId(): string {
  return `s${randomBytes(5).toString('hex')}`;
}

/** The subscription store on an open SQLite database. */
export function createSqliteSubscriptionStore(db: SqliteHandle): SubscriptionStore {
  const selectById = db.prepare('SELECT * FROM subscriptions WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO subscriptions (id, platform, chat_id, thread_id, local_time, time_zone, language, sections, when_empty, detail, arabic_quotes, created_by, created_at, state, paused_reason, active_since, updated_at)
     VALUES (@id, @platform, @chat_id, @thread_id, @local_time, @time_zone, @language, @sections, @when_empty, @detail, @arabic_quotes, @created_by, @created_at, 'active', NULL, @created_at, @created_at)`,
  );
  const pause = db.prepare(`UPDATE subscriptions SET state = 'paused', paused_reason = ?, updated_at = ? WHERE id = ?`);
  // Pending rows of a paused subscription are cancelled rather than left to burst out on resume;
  // the next delivered briefing covers their news, since it starts from the last delivered one.
  const cancelPending = db.prepare(
    `UPDATE outbox SET state = 'cancelled', last_error = ?, claimed_by = NULL, lease_until = NULL, updated_at = ? WHERE subscription_id = ? AND state = 'pending'`,
  );
  const pauseTransaction = db.transaction((id: string, reason: string, at: string) => {
    if (pause.run(reason, at, id).changes === 0) return undefined;
    cancelPending.run(`subscription paused: ${reason}`, at, id);
    return toSubscription(selectById.get(id) as SubscriptionRow);
  });
  const resume = db.prepare(`UPDATE subscriptions SET state = 'active', paused_reason = NULL, active_since = ?, updated_at = ? WHERE id = ? AND state = 'paused'`);

  function guard<T>(what: string, work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw new StoreError(`${what}: ${(error as Error).message}`, { cause: error });
    }
  }

  return {
    async addSubscription(draft: SubscriptionDraft, at, id = newSubscriptionId()) {
      return guard(`could not add the subscription for ${draft.platform} ${draft.destination.chatId}`, () => {
        insert.run({
          id,
          platform: draft.platform,
          chat_id: draft.destination.chatId,
          thread_id: draft.destination.threadId ?? null,
          local_time: draft.localTime,
          time_zone: draft.timeZone,
          language: draft.language,
          sections: draft.sections,
          when_empty: draft.whenEmpty,
          detail: draft.detail ?? null,
          arabic_quotes: draft.arabicQuotes === true ? 1 : 0,
          created_by: draft.createdBy,
          created_at: at,
        });
        return toSubscription(selectById.get(id) as SubscriptionRow);
      });
    },
    async getSubscription(id) {
      const row = selectById.get(id) as SubscriptionRow | undefined;
      return row ? toSubscription(row) : undefined;
    },
    async listSubscriptions(filter: SubscriptionFilter = {}) {
      const where: string[] = [];
      const params: string[] = [];
      if (filter.state) { where.push('state = ?'); params.push(filter.state); }
      if (filter.platform) { where.push('platform = ?'); params.push(filter.platform); }
      const sql = `SELECT * FROM subscriptions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`;
      return (db.prepare(sql).all(...params) as SubscriptionRow[]).map(toSubscription);
    },
    async removeSubscription(id) {
      return guard(`could not remove subscription ${id}`, () => db.prepare('DELETE FROM subscriptions WHERE id = ?').run(id).changes > 0);
    },
    async pauseSubscription(id, reason, at) {
      return guard(`could not pause subscription ${id}`, () => pauseTransaction.immediate(id, reason, at));
    },
    async resumeSubscription(id, at) {
      return guard(`could not resume subscription ${id}`, () => {
        resume.run(at, at, id);
        const row = selectById.get(id) as SubscriptionRow | undefined;
        return row ? toSubscription(row) : undefined;
      });
    },
    async moveDestination(id, chatId, at) {
      guard(`could not move subscription ${id}`, () => db.prepare('UPDATE subscriptions SET chat_id = ?, updated_at = ? WHERE id = ?').run(chatId, at, id));
    },
    async countSubscriptions() {
      const counts: Record<SubscriptionState, number> = { active: 0, paused: 0 };
      for (const row of db.prepare('SELECT state, COUNT(*) AS n FROM subscriptions GROUP BY state').all() as { state: SubscriptionState; n: number }[]) counts[row.state] = row.n;
      return counts;
    },
    async readSweptUntil() {
      const row = db.prepare('SELECT value FROM scheduler_state WHERE key = ?').get(sweptUntilKey) as { value: string } | undefined;
      return row?.value;
    },
    async ping() {
      guard('the store does not answer', () => db.prepare('SELECT 1').get());
    },
  };
}

/** The scheduler_state key holding the enqueue watermark. */
export const sweptUntilKey = 'swept_until';
