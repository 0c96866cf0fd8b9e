import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { ConfigError } from '../../src/errors.ts';
import { DEFAULT_RELEVANCE_THRESHOLD } from '../../src/ingest/feeds/relevance.ts';
import { FEED_DEFAULTS } from '../../src/ingest/feeds/poll-feeds.ts';
import { DEFAULT_STARTUP_SPREAD_MS } from '../../src/ingest/feeds/startup-spread.ts';

function problemsOf(environment: Record<string, string>): readonly string[] {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('loadConfig, pack', () => {
  it('reads with the Russia–Ukraine pack unless MUJAZ_PACK names another one this build carries', () => {
    expect(loadConfig({}).pack.id).toBe('russia_ukraine');
    expect(loadConfig({ MUJAZ_PACK: 'russia_ukraine' }).pack.id).toBe('russia_ukraine');
  });

  it('refuses a pack id it does not carry and lists the ones it does', () => {
    expect(problemsOf({ MUJAZ_PACK: 'sudan' })).toEqual(["MUJAZ_PACK: unknown pack 'sudan'; this build carries: russia_ukraine"]);
  });
});

describe('loadConfig, rate limits', () => {
  it('reads MUJAZ_RATE_<PLATFORM> for any platform, leaving the others to their adapters', () => {
    expect(loadConfig({}).rateLimits).toEqual({});
    expect(loadConfig({ MUJAZ_RATE_DISCORD: 'global=50/1s,chat=5/5s', MUJAZ_RATE_TELEGRAM: 'none' }).rateLimits).toEqual({
      discord: { global: { count: 50, perMs: 1_000 }, perDestination: { count: 5, perMs: 5_000 } },
      telegram: {},
    });
  });

  it('names a bad limit beside the other problems', () => {
    expect(problemsOf({ MUJAZ_RATE_SLACK: 'chat=fast', MUJAZ_LOG_LEVEL: 'loud' })).toEqual([
      expect.stringMatching(/^MUJAZ_LOG_LEVEL: /u),
      "MUJAZ_RATE_SLACK: 'chat=fast' is not a limit; write e.g. global=30/1s,chat=1/1s,group=20/1m (or none)",
    ]);
  });
});

describe('loadConfig, feeds', () => {
  it("defaults to the poller's own defaults", () => {
    const { feeds } = loadConfig({});
    expect(feeds).toEqual({
      relevanceThreshold: DEFAULT_RELEVANCE_THRESHOLD,
      perHost: 2,
      startupSpreadMs: DEFAULT_STARTUP_SPREAD_MS,
      poll: {
        concurrency: FEED_DEFAULTS.concurrency,
        feedTimeoutMs: FEED_DEFAULTS.feedTimeoutMs,
        pageTimeoutMs: FEED_DEFAULTS.pageTimeoutMs,
        maxFeedBytes: FEED_DEFAULTS.maxFeedBytes,
        maxPageBytes: FEED_DEFAULTS.maxPageBytes,
        fullText: true,
        summaryChars: FEED_DEFAULTS.summaryChars,
        maxBackoffMinutes: FEED_DEFAULTS.maxBackoffMinutes,
      },
    });
  });

  it('reads every MUJAZ_FEED_* variable', () => {
    const { feeds } = loadConfig({
      MUJAZ_FEED_RELEVANCE_THRESHOLD: '7.5',
      MUJAZ_FEED_TIMEOUT_SECONDS: '2.5',
      MUJAZ_FEED_PAGE_TIMEOUT_SECONDS: '8',
      MUJAZ_FEED_MAX_BYTES: '8MiB',
      MUJAZ_FEED_PAGE_MAX_BYTES: '512KiB',
      MUJAZ_FEED_CONCURRENCY: '6',
      MUJAZ_FEED_CONCURRENCY_PER_HOST: '1',
      MUJAZ_FEED_FULL_TEXT: 'off',
      MUJAZ_FEED_SUMMARY_CHARS: '0',
      MUJAZ_FEED_MAX_BACKOFF_MINUTES: '90',
      MUJAZ_FEED_STARTUP_SPREAD_SECONDS: '0',
    });
    expect(feeds).toEqual({
      relevanceThreshold: 7.5,
      perHost: 1,
      startupSpreadMs: 0,
      poll: { concurrency: 6, feedTimeoutMs: 2500, pageTimeoutMs: 8000, maxFeedBytes: 8 * 1024 * 1024, maxPageBytes: 512 * 1024, fullText: false, summaryChars: 0, maxBackoffMinutes: 90 },
    });
    expect(loadConfig({ MUJAZ_FEED_FULL_TEXT: 'TRUE' }).feeds.poll.fullText).toBe(true);
  });

  it('names every bad variable at once, saying what it must be', () => {
    expect(
      problemsOf({
        MUJAZ_FEED_RELEVANCE_THRESHOLD: 'high',
        MUJAZ_FEED_TIMEOUT_SECONDS: '0',
        MUJAZ_FEED_PAGE_TIMEOUT_SECONDS: '-3',
        MUJAZ_FEED_MAX_BYTES: '5 gigabytes',
        MUJAZ_FEED_PAGE_MAX_BYTES: '0',
        MUJAZ_FEED_CONCURRENCY: '2.5',
        MUJAZ_FEED_CONCURRENCY_PER_HOST: '0',
        MUJAZ_FEED_FULL_TEXT: 'maybe',
        MUJAZ_FEED_SUMMARY_CHARS: '-1',
        MUJAZ_FEED_MAX_BACKOFF_MINUTES: 'never',
        MUJAZ_FEED_STARTUP_SPREAD_SECONDS: '-60',
      }),
    ).toEqual([
      'MUJAZ_FEED_RELEVANCE_THRESHOLD: must be a number',
      'MUJAZ_FEED_TIMEOUT_SECONDS: must be a positive number',
      'MUJAZ_FEED_PAGE_TIMEOUT_SECONDS: must be a positive number',
      'MUJAZ_FEED_MAX_BYTES: expected a size such as 1048576, 512KiB or 1MiB',
      'MUJAZ_FEED_PAGE_MAX_BYTES: must be more than 0 bytes',
      'MUJAZ_FEED_CONCURRENCY: must be a whole number',
      'MUJAZ_FEED_CONCURRENCY_PER_HOST: must be at least 1',
      'MUJAZ_FEED_FULL_TEXT: must be true or false',
      'MUJAZ_FEED_SUMMARY_CHARS: must be 0 or more',
      'MUJAZ_FEED_MAX_BACKOFF_MINUTES: must be a number',
      'MUJAZ_FEED_STARTUP_SPREAD_SECONDS: must be 0 or more',
    ]);
  });

  it('reports a bad feed variable beside the other problems, in one ConfigError', () => {
    expect(() => loadConfig({ MUJAZ_FEED_TIMEOUT_SECONDS: 'soon', PORT: '70000' })).toThrow(
      /invalid configuration:\n {2}- PORT: must be a TCP port \(0–65535\)\n {2}- MUJAZ_FEED_TIMEOUT_SECONDS: must be a number/,
    );
  });
});
