/**
 * The feeds on their schedule, for a long-running process (`mujaz serve`): every tick, poll the
 * feeds that are due, then let the caller refresh facts so the next briefing and /status include
 * the new articles. One pass at a time; a pass that throws is logged and the next tick tries again.
 * The first pass after start-up spreads a backlog (see startup-spread.ts) rather than requesting
 * every overdue feed at once.
 */
import type { Logger } from '../../log.ts';
import type { Feed } from '../../store/feed-store.ts';
import { FEED_DEFAULTS, pollFeeds, type FeedPollOptions, type FeedReport } from './poll-feeds.ts';
import { DEFAULT_STARTUP_SPREAD_MS, startupDelayMs } from './startup-spread.ts';

/** Wait `ms`; resolves true when the time passed, false when `signal` aborted the wait first. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<boolean>;

export type FeedPollerOptions = FeedPollOptions & {
  /** How often to look for due feeds (default one minute); each feed keeps its own interval. */
  readonly tickMs?: number;
  /**
   * The window over which the first pass spreads the feeds due at start-up, when there are more
   * of them than `concurrency` (default one minute; 0 polls them all at once).
   */
  readonly startupSpreadMs?: number;
  /** How the first pass waits out a feed's delay (default a timer); tests pass a virtual clock's. */
  readonly sleep?: Sleep;
  /** Called after each pass that stored something, e.g. `() => engine.refreshFacts()`. */
  readonly afterStore?: (reports: readonly FeedReport[]) => Promise<unknown>;
  readonly logger?: Logger;
};

export type FeedPoller = {
  /** Run one pass now (waiting for a pass already running); resolves with its reports. */
  pollNow(): Promise<readonly FeedReport[]>;
  /** Stop ticking, cut the start-up spread short (its unstarted feeds stay due) and wait for the pass in flight. */
  stop(): Promise<void>;
};

const sleepOnTimer: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });

/** Start polling at once and then every tick. */
export function startFeedPoller(options: FeedPollerOptions): FeedPoller {
  const tickMs = options.tickMs ?? 60_000;
  const spreadMs = options.startupSpreadMs ?? DEFAULT_STARTUP_SPREAD_MS;
  const sleep = options.sleep ?? sleepOnTimer;
  const stopping = new AbortController();
  let running: Promise<readonly FeedReport[]> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let first = true;

  async function pass(): Promise<readonly FeedReport[]> {
    const due = await options.feeds.dueFeeds(options.now().toISOString());
    // A handful of due feeds is fetched at once anyway; only a backlog larger than the
    // concurrency limit, as after downtime, is spread.
    const spread = first && spreadMs > 0 && due.length > (options.concurrency ?? FEED_DEFAULTS.concurrency);
    first = false;
    if (spread) options.logger?.info('feeds_spread', { due: due.length, window_ms: spreadMs });
    const delayMsOf = (feed: Feed) => startupDelayMs(feed, spreadMs);
    const reports = await pollFeeds(due, spread ? { ...options, stagger: { delayMsOf, sleep: (ms) => sleep(ms, stopping.signal) } } : options);
    for (const report of reports) {
      if (report.outcome === 'failed') options.logger?.warn('feed_failed', { feed: report.feed.id, url: report.feed.url, reason: report.error, next_poll_at: report.nextPollAt });
    }
    const stored = reports.flatMap((report) => report.items).filter((item) => item.decision === 'stored').length;
    if (stored > 0) {
      options.logger?.info('feeds_stored', { stored, feeds: reports.length });
      await options.afterStore?.(reports);
    }
    return reports;
  }

  function pollNow(): Promise<readonly FeedReport[]> {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      pollNow()
        .catch((error: unknown) => options.logger?.error('feeds_poll_failed', { reason: (error as Error).message }))
        .finally(schedule);
    }, tickMs);
    timer.unref?.();
  }

  pollNow()
    .catch((error: unknown) => options.logger?.error('feeds_poll_failed', { reason: (error as Error).message }))
    .finally(schedule);

  return {
    pollNow,
    async stop() {
      stopped = true;
      stopping.abort();
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
