/**
 * After downtime every feed is due at once, and a process that starts by requesting all of them
 * in the same instant looks like a storm to the outlets (several feeds often share one host). At
 * start-up the poller gives each overdue feed a fixed delay instead, so the backlog arrives spread
 * over a window; the concurrency limits still apply on top.
 */
import { createHash } from 'node:crypto';
import type { Feed } from '../../store/feed-store.ts';

/** The default window: one minute, the poller's tick. */
export const DEFAULT_STARTUP_SPREAD_MS = 60_000;

/**
 * How long after start-up a feed's first poll waits: a fraction of min(its interval, the window)
 * fixed by a hash of its id. The same feed always gets the same delay (no randomness to seed),
 * and a feed polled every few minutes never waits longer than its own interval.
 */
export function startupDelayMs(feed: Pick<Feed, 'id' | 'intervalMinutes'>, windowMs: number): number {
  const span = Math.min(feed.intervalMinutes * 60_000, windowMs);
  if (!(span > 0)) return 0;
  const fraction = createHash('sha256').update(feed.id, 'utf8').digest().readUInt32BE(0) / 2 ** 32;
  return Math.floor(fraction * span);
}
