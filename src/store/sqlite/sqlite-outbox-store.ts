import type Database from 'better-sqlite3';
import { StoreError } from '../../errors.ts';
import type {
  ClaimedDelivery,
  ClaimRequest,
  Delivery,
  DeliveryQuery,
  DeliveryState,
  OutboxStore,
  StoredPart,
} from '../subscription-store.ts';
import { deliveryStates } from '../subscription-store.ts';
import { sweptUntilKey, toSubscription, type SubscriptionRow } from './sqlite-subscription-store.ts';
import type { SqliteHandle } from './sqlite-store.ts';

type Statement = Database.Statement<unknown[]>;

type OutboxRow = {
  id: string;
  subscription_id: string;
  briefing_day: string;
  due_at: string;
  enqueued_at: string;
  late: number;
  state: DeliveryState;
  attempts: number;
  failures: number;
  next_attempt_at: string;
  claimed_by: string | null;
  lease_until: string | null;
  parts: string | null;
  parts_sent: number;
  first_reference: string | null;
  last_reference: string | null;
  covered_until: string | null;
  last_error: string | null;
  delivered_at: string | null;
  updated_at: string;
};

function parseJson(text: string | null): unknown {
  return text === null ? undefined : JSON.parse(text);
}

function toDelivery(row: OutboxRow): Delivery {
  const parts = parseJson(row.parts) as StoredPart[] | undefined;
  const firstReference = parseJson(row.first_reference);
  const lastReference = parseJson(row.last_reference);
  return {
    id: row.id,
    subscriptionId: row.subscription_id,
    briefingDay: row.briefing_day,
    dueAt: row.due_at,
    enqueuedAt: row.enqueued_at,
    late: row.late === 1,
    state: row.state,
    attempts: row.attempts,
    failures: row.failures,
    nextAttemptAt: row.next_attempt_at,
    ...(parts === undefined ? {} : { parts }),
    partsSent: row.parts_sent,
    ...(firstReference === undefined ? {} : { firstReference }),
    ...(lastReference === undefined ? {} : { lastReference }),
    ...(row.covered_until === null ? {} : { coveredUntil: row.covered_until }),
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    ...(row.delivered_at === null ? {} : { deliveredAt: row.delivered_at }),
    updatedAt: row.updated_at,
  };
}

/** The deterministic row id: the idempotency key, readable in logs and the CLI. */
export function deliveryIdOf(subscriptionId: string, briefingDay: string): string {
  return `${subscriptionId}/${briefingDay}`;
}

/** The outbox on an open SQLite database. BEGIN IMMEDIATE serialises claims between processes. */
export function createSqliteOutboxStore(db: SqliteHandle): OutboxStore {
  const insertEntry = db.prepare(
    `INSERT INTO outbox (id, subscription_id, briefing_day, due_at, enqueued_at, late, state, attempts, failures, next_attempt_at, parts_sent, last_error, updated_at)
     VALUES (@id, @subscription_id, @briefing_day, @due_at, @at, @late, @state, 0, 0, @due_at, 0, @last_error, @at)
     ON CONFLICT (subscription_id, briefing_day) DO NOTHING`,
  );
  // The watermark only moves forward, so two schedulers cannot drag it back.
  const advanceMark = db.prepare(
    `INSERT INTO scheduler_state (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE excluded.value > scheduler_state.value`,
  );
  const enqueue = db.transaction((entries: readonly Parameters<OutboxStore['enqueueDeliveries']>[0][number][], at: string, sweptUntil: string) => {
    let created = 0;
    let late = 0;
    let missed = 0;
    for (const entry of entries) {
      const changes = insertEntry.run({
        id: deliveryIdOf(entry.subscriptionId, entry.briefingDay),
        subscription_id: entry.subscriptionId,
        briefing_day: entry.briefingDay,
        due_at: entry.dueAt,
        at,
        late: entry.late ? 1 : 0,
        state: entry.state,
        last_error: entry.state === 'missed' ? 'due while mujaz was not running, beyond the grace window' : null,
      }).changes;
      created += changes;
      if (entry.late) late += changes;
      if (entry.state === 'missed') missed += changes;
    }
    advanceMark.run(sweptUntilKey, sweptUntil);
    return { created, late, missed };
  });

  // Oldest day first per subscription: a later briefing waits until the earlier one is settled,
  // so a chat never receives two briefings interleaved or out of order. Pending rows and lapsed
  // leases are found by two index range scans (an OR across them would scan the whole outbox).
  const waitsForEarlier = `EXISTS (SELECT 1 FROM outbox e WHERE e.subscription_id = o.subscription_id
                           AND e.briefing_day < o.briefing_day AND e.state IN ('pending', 'sending'))`;
  const readyQueries = new Map<number, { pending: Statement; lapsed: Statement }>();
  function readyQueriesFor(platformCount: number) {
    let queries = readyQueries.get(platformCount);
    if (!queries) {
      const platformsIn = `s.platform IN (${Array.from({ length: platformCount }, () => '?').join(', ')})`;
      const select = (condition: string, order: string) =>
        db.prepare<unknown[]>(
          `SELECT o.id FROM outbox o JOIN subscriptions s ON s.id = o.subscription_id
           WHERE ${condition} AND s.state = 'active' AND ${platformsIn} AND NOT ${waitsForEarlier}
           ORDER BY ${order} LIMIT ?`,
        );
      queries = {
        pending: select(`o.state = 'pending' AND o.next_attempt_at <= ?`, 'o.next_attempt_at, o.due_at, o.id'),
        lapsed: select(`o.state = 'sending' AND o.lease_until <= ?`, 'o.lease_until, o.id'),
      };
      readyQueries.set(platformCount, queries);
    }
    return queries;
  }
  const take = db.prepare(
    `UPDATE outbox SET state = 'sending', claimed_by = ?, lease_until = ?, attempts = attempts + 1, updated_at = ?
     WHERE id = ? AND (state = 'pending' OR (state = 'sending' AND lease_until <= ?))`,
  );
  const selectRow = db.prepare('SELECT * FROM outbox WHERE id = ?');
  const selectSubscription = db.prepare('SELECT * FROM subscriptions WHERE id = ?');
  const claimTransaction = db.transaction((request: ClaimRequest): ClaimedDelivery[] => {
    if (request.platforms.length === 0 || request.limit <= 0) return [];
    const queries = readyQueriesFor(request.platforms.length);
    const limit = Math.floor(request.limit);
    const lapsed = queries.lapsed.all(request.now, ...request.platforms, limit) as { id: string }[];
    const pending = lapsed.length < limit ? (queries.pending.all(request.now, ...request.platforms, limit - lapsed.length) as { id: string }[]) : [];
    const claimed: ClaimedDelivery[] = [];
    for (const { id } of [...lapsed, ...pending]) {
      if (take.run(request.token, request.leaseUntil, request.now, id, request.now).changes === 0) continue;
      const row = selectRow.get(id) as OutboxRow;
      const subscription = selectSubscription.get(row.subscription_id) as SubscriptionRow;
      claimed.push({ ...toDelivery(row), subscription: toSubscription(subscription) });
    }
    return claimed;
  });

  const saveParts = db.prepare(
    `UPDATE outbox SET parts = ?, covered_until = ?, parts_sent = 0, updated_at = ? WHERE id = ? AND claimed_by = ? AND state = 'sending' AND parts IS NULL`,
  );
  const partAccepted = db.prepare(
    `UPDATE outbox SET parts_sent = @sent, lease_until = @lease_until, updated_at = @at,
       first_reference = CASE WHEN @index = 0 THEN @reference ELSE first_reference END,
       last_reference = @reference,
       state = CASE WHEN @complete = 1 THEN 'delivered' ELSE state END,
       delivered_at = CASE WHEN @complete = 1 THEN @at ELSE delivered_at END,
       claimed_by = CASE WHEN @complete = 1 THEN NULL ELSE claimed_by END,
       last_error = CASE WHEN @complete = 1 THEN NULL ELSE last_error END
     WHERE id = @id AND claimed_by = @token AND state = 'sending'`,
  );
  const retry = db.prepare(
    `UPDATE outbox SET state = 'pending', claimed_by = NULL, lease_until = NULL, next_attempt_at = ?, last_error = ?, failures = failures + ?, updated_at = ?
     WHERE id = ? AND claimed_by = ? AND state = 'sending'`,
  );
  const finish = db.prepare(
    `UPDATE outbox SET state = ?, claimed_by = NULL, lease_until = NULL, last_error = ?, delivered_at = CASE WHEN ? = 'delivered' THEN ? ELSE delivered_at END, updated_at = ?
     WHERE id = ? AND claimed_by = ? AND state = 'sending'`,
  );
  const release = db.prepare(
    `UPDATE outbox SET state = 'pending', claimed_by = NULL, lease_until = NULL, attempts = MAX(attempts - 1, 0), updated_at = ? WHERE id = ? AND claimed_by = ? AND state = 'sending'`,
  );
  const failAndPause = db.transaction((id: string, token: string, reason: string, at: string) => {
    const row = db.prepare('SELECT subscription_id FROM outbox WHERE id = ? AND claimed_by = ?').get(id, token) as { subscription_id: string } | undefined;
    if (!row) return;
    finish.run('failed', reason, 'failed', at, at, id, token);
    db.prepare(`UPDATE subscriptions SET state = 'paused', paused_reason = ?, updated_at = ? WHERE id = ?`).run(reason, at, row.subscription_id);
    db.prepare(`UPDATE outbox SET state = 'cancelled', last_error = ?, updated_at = ? WHERE subscription_id = ? AND state = 'pending'`).run(
      `subscription paused: ${reason}`,
      at,
      row.subscription_id,
    );
  });

  const lastCovered = db.prepare(`SELECT MAX(covered_until) AS d FROM outbox WHERE subscription_id = ? AND state = 'delivered'`);
  const nextReadyQueries = new Map<number, { pending: Statement; lapsed: Statement }>();
  function nextReadyQueriesFor(platformCount: number) {
    let queries = nextReadyQueries.get(platformCount);
    if (!queries) {
      const platformsIn = `s.platform IN (${Array.from({ length: platformCount }, () => '?').join(', ')})`;
      const select = (column: string, state: string) =>
        db.prepare<unknown[]>(
          `SELECT MIN(o.${column}) AS t FROM outbox o JOIN subscriptions s ON s.id = o.subscription_id
           WHERE o.state = '${state}' AND s.state = 'active' AND ${platformsIn} AND NOT ${waitsForEarlier}`,
        );
      queries = { pending: select('next_attempt_at', 'pending'), lapsed: select('lease_until', 'sending') };
      nextReadyQueries.set(platformCount, queries);
    }
    return queries;
  }

  function guard<T>(what: string, work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw new StoreError(`${what}: ${(error as Error).message}`, { cause: error });
    }
  }

  return {
    async enqueueDeliveries(entries, at, sweptUntil) {
      return guard(`could not enqueue ${entries.length} briefings`, () => enqueue.immediate(entries, at, sweptUntil));
    },
    async claimDeliveries(request) {
      return guard('could not claim deliveries', () => claimTransaction.immediate(request));
    },
    async saveParts(id, token, parts, coveredUntil, at) {
      return guard(`could not store the parts of ${id}`, () => saveParts.run(JSON.stringify(parts), coveredUntil ?? null, at, id, token).changes > 0);
    },
    async recordPartAccepted(id, token, change) {
      return guard(`could not record part ${change.index + 1} of ${id}`, () =>
        partAccepted.run({
          id,
          token,
          sent: change.index + 1,
          index: change.index,
          reference: change.reference === undefined ? null : JSON.stringify(change.reference),
          lease_until: change.leaseUntil,
          at: change.at,
          complete: change.complete ? 1 : 0,
        }).changes > 0,
      );
    },
    async retryDelivery(id, token, change) {
      guard(`could not reschedule ${id}`, () => retry.run(change.nextAttemptAt, change.reason, change.countFailure ? 1 : 0, change.at, id, token));
    },
    async finishDelivery(id, token, change) {
      guard(`could not finish ${id}`, () => finish.run(change.state, change.reason ?? null, change.state, change.at, change.at, id, token));
    },
    async failAndPause(id, token, reason, at) {
      guard(`could not pause after ${id}`, () => failAndPause.immediate(id, token, reason, at));
    },
    async releaseDelivery(id, token, at) {
      guard(`could not release ${id}`, () => release.run(at, id, token));
    },
    async lastCoveredUntil(subscriptionId) {
      const row = lastCovered.get(subscriptionId) as { d: string | null };
      return row.d ?? undefined;
    },
    async nextReadyAt(platforms) {
      if (platforms.length === 0) return undefined;
      const { pending, lapsed } = nextReadyQueriesFor(platforms.length);
      const times = [pending.get(...platforms), lapsed.get(...platforms)].map((row) => (row as { t: string | null }).t).filter((t): t is string => t !== null);
      return times.sort()[0];
    },
    async listDeliveries(query: DeliveryQuery = {}) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (query.states?.length) { where.push(`state IN (${query.states.map(() => '?').join(', ')})`); params.push(...query.states); }
      if (query.since !== undefined) { where.push('due_at >= ?'); params.push(query.since); }
      if (query.subscriptionId !== undefined) { where.push('subscription_id = ?'); params.push(query.subscriptionId); }
      const sql = `SELECT * FROM outbox ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY due_at, id ${query.limit ? `LIMIT ${Math.floor(query.limit)}` : ''}`;
      return (db.prepare(sql).all(...params) as OutboxRow[]).map(toDelivery);
    },
    async countDeliveries() {
      const counts = Object.fromEntries(deliveryStates.map((state) => [state, 0])) as Record<DeliveryState, number>;
      for (const row of db.prepare('SELECT state, COUNT(*) AS n FROM outbox GROUP BY state').all() as { state: DeliveryState; n: number }[]) counts[row.state] = row.n;
      return counts;
    },
    async lastDeliveredAt() {
      const row = db.prepare(`SELECT MAX(delivered_at) AS t FROM outbox WHERE state = 'delivered'`).get() as { t: string | null };
      return row.t ?? undefined;
    },
  };
}
