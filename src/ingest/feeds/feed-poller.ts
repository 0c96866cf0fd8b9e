/**
 * The feeds on their schedule, for a long-running process (`mujaz serve`): every tick, poll the
 * feeds that are due, then let the caller refresh facts so the next briefing and /status include
 * the new articles. One pass at a time; a pass that throws is logged and the next tick tries again.
 */
import type { Logger } from '../../log.ts';
import { pollDueFeeds, type FeedPollOptions, type FeedReport } from './poll-feeds.ts';

export type FeedPollerOptions = FeedPollOptions & {
  /** How often to look for due feeds (default one minute); each feed keeps its own interval. */
  readonly tickMs?: number;
  /** Called after each pass that stored something, e.g. `() => engine.refreshFacts()`. */
  readonly afterStore?: (reports: readonly FeedReport[]) => Promise<unknown>;
  readonly logger?: Logger;
};

export type FeedPoller = {
  /** Run one pass now (waiting for a pass already running); resolves with its reports. */
  pollNow(): Promise<readonly FeedReport[]>;
  /** Stop ticking and wait for the pass in flight. */
  stop(): Promise<void>;
};

/** Start polling at once and then every tick. */
export function startFeedPoller(options: FeedPollerOptions): FeedPoller {
  const tickMs = options.tickMs ?? 60_000;
  let running: Promise<readonly FeedReport[]> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function pass(): Promise<readonly FeedReport[]> {
    const reports = await pollDueFeeds(options);
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
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
