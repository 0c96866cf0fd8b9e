import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../errors.ts';
import {
  createHttpFetcher,
  createRelevanceScorer,
  DEFAULT_USER_AGENT,
  pollDueFeeds,
  pollFeeds,
  type Feed,
  type FeedStore,
  type ItemReport,
} from '../ingest/feeds/index.ts';
import type { Engine } from '../engine/engine.ts';
import type { Backend } from '../store/backend.ts';
import { stringOption, type CliContext, type Command } from './command.ts';
import { withBackend } from './open-delivery-store.ts';
import { engineOver } from './open-engine.ts';

/** The polling interval when none is given, in minutes. */
export const DEFAULT_FEED_INTERVAL_MINUTES = 10;

type Values = Record<string, string | boolean | undefined>;

function numberOption(values: Values, name: string, check: (n: number) => boolean, hint: string): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || !check(value)) throw new InputError(`--${name} '${raw}' ${hint}`);
  return value;
}

/** A feeds file: one feed a line, `URL [MINUTES] [OUTLET…]`; blank lines and # comments skipped. */
export function parseFeedsFile(text: string): { url: string; intervalMinutes?: number; outlet?: string; line: number }[] {
  return text.split('\n').flatMap((raw, index) => {
    const line = raw.replace(/#.*$/u, '').trim();
    if (!line) return [];
    const [url, second, ...rest] = line.split(/\s+/u);
    const minutes = second !== undefined && /^\d+$/u.test(second) ? Number(second) : undefined;
    const outlet = (minutes === undefined ? [second, ...rest] : rest).filter((word): word is string => word !== undefined).join(' ');
    return [{ url: url!, line: index + 1, ...(minutes !== undefined ? { intervalMinutes: minutes } : {}), ...(outlet ? { outlet } : {}) }];
  });
}

function describeFeed(feed: Feed): string {
  const head = `${feed.id}  ${feed.url}${feed.outlet ? ` (${feed.outlet})` : ''}, every ${feed.intervalMinutes} min`;
  const state =
    feed.failures > 0
      ? `failing ×${feed.failures}: ${feed.lastError ?? 'unknown error'}; backing off, next try ${feed.nextPollAt}`
      : feed.lastPolledAt
        ? `ok: ${feed.lastOutcome ?? 'polled'} at ${feed.lastPolledAt}; next poll ${feed.nextPollAt}`
        : `not polled yet; first poll ${feed.nextPollAt}`;
  return `${head}\n    ${state}`;
}

function describeItem(item: ItemReport, explain: boolean): string[] {
  const label = item.decision === 'off_topic' ? 'off topic' : item.decision;
  const target = item.articleId ? ` → ${item.articleId}${item.nearDuplicateOf ? `, same story as ${item.nearDuplicateOf}` : ''}` : '';
  const lines = [`  ${label.padEnd(9)} ${item.link}${target}${item.title ? `  «${item.title}»` : ''}${item.decision === 'stored' && !explain ? '' : `: ${item.reason}`}`];
  if (explain && item.relevance) lines.push(...item.relevance.reasons.slice(0, -1).map((reason) => `              ${reason}`));
  return lines;
}

/** The feeds of the configured backend, with its articles and the engine over them, for one command. */
function withFeeds<T>(context: CliContext, work: (feeds: FeedStore, parts: Backend & { readonly engine: Engine }) => Promise<T>): Promise<T> {
  return withBackend(context, (backend) => work(backend.feeds, { ...backend, engine: engineOver(backend, context) }));
}

export const feedsCommand: Command = {
  name: 'feeds',
  summary: 'the news feeds mujaz polls: add, list, remove, poll (operator only)',
  usage:
    'mujaz feeds add URL [--every MINUTES] [--outlet NAME] | add --file FEEDS_FILE | list [--json] | remove ID|URL | poll [--all] [--explain] [--threshold N] [--timeout SECONDS] [--no-full-text]',
  options: {
    every: { type: 'string' },
    outlet: { type: 'string' },
    file: { type: 'string' },
    json: { type: 'boolean' },
    all: { type: 'boolean' },
    explain: { type: 'boolean' },
    threshold: { type: 'string' },
    timeout: { type: 'string' },
    'no-full-text': { type: 'boolean' },
  },
  optionHelp: {
    every: 'add: minutes between polls of this feed (default 10)',
    outlet: "add: the outlet's name, shown as the source",
    file: 'add: read feeds from a file, one URL per line (optionally minutes and outlet after it)',
    json: 'list: JSON instead of text',
    all: 'poll: every feed now, not only those due',
    explain: 'poll: print every item with its relevance score and decision',
    threshold: 'poll: the relevance score an item needs to be stored (default: MUJAZ_FEED_RELEVANCE_THRESHOLD, else 6)',
    timeout: 'poll: seconds to wait for each feed and page',
    'no-full-text': "poll: keep the feed's own text instead of fetching each article page",
  },
  examples: ['mujaz feeds add https://example.com/rss.xml --every 15 --outlet "Example News"', 'mujaz feeds poll --explain'],
  allowPositionals: true,
  async run(context, values, positionals) {
    const [action, ...rest] = positionals;
    switch (action) {
      case 'add': {
        const every = numberOption(values, 'every', (n) => Number.isInteger(n) && n >= 1, 'is not a whole number of minutes (at least 1)') ?? DEFAULT_FEED_INTERVAL_MINUTES;
        const file = stringOption(values, 'file');
        const entries = file
          ? parseFeedsFile(await readFile(resolve(context.cwd, file), 'utf8')).map((entry) => ({ url: entry.url, intervalMinutes: entry.intervalMinutes ?? every, ...(entry.outlet ? { outlet: entry.outlet } : {}) }))
          : rest.map((url) => ({ url, intervalMinutes: every, ...(stringOption(values, 'outlet') ? { outlet: stringOption(values, 'outlet')! } : {}) }));
        if (entries.length === 0) throw new InputError('give a feed URL or --file FEEDS_FILE, e.g. mujaz feeds add https://example.com/rss.xml --every 10');
        return withFeeds(context, async (feeds) => {
          let failed = 0;
          for (const entry of entries) {
            try {
              const feed = await feeds.addFeed(entry, context.now().toISOString());
              context.out(`added ${feed.id}  ${feed.url}, every ${feed.intervalMinutes} min`);
            } catch (error) {
              if (!(error instanceof InputError)) throw error;
              context.err(`refused ${entry.url}: ${error.message}`);
              failed++;
            }
          }
          return failed > 0 && failed === entries.length ? 2 : 0;
        });
      }
      case 'list':
        return withFeeds(context, async (feeds) => {
          const list = await feeds.listFeeds();
          if (values.json) context.out(JSON.stringify(list, null, 2));
          else if (list.length === 0) context.out('no feeds yet; add one with mujaz feeds add URL');
          else list.forEach((feed) => { context.out(describeFeed(feed)); });
          return 0;
        });
      case 'remove': {
        if (rest.length !== 1) throw new InputError('say which feed: mujaz feeds remove ID (or its URL)');
        return withFeeds(context, async (feeds) => {
          const feed = await feeds.removeFeed(rest[0]!);
          context.out(`removed ${feed.id}  ${feed.url}`);
          return 0;
        });
      }
      case 'poll': {
        // Flags override the environment (MUJAZ_FEED_*), which overrides the defaults.
        const configured = context.config.feeds;
        const threshold = numberOption(values, 'threshold', (n) => n >= 0, 'is not a score (a number ≥ 0)') ?? configured.relevanceThreshold;
        const timeout = numberOption(values, 'timeout', (n) => n > 0, 'is not a number of seconds');
        const explain = values.explain === true;
        return withFeeds(context, async (feeds, parts) => {
          const fetcher = createHttpFetcher({ userAgent: DEFAULT_USER_AGENT, perHost: configured.perHost });
          try {
            const options = {
              fetcher,
              feeds,
              articles: parts.articles,
              relevance: createRelevanceScorer(context.config.pack, { threshold }),
              now: context.now,
              ...configured.poll,
              ...(values['no-full-text'] === true ? { fullText: false } : {}),
              ...(timeout !== undefined ? { feedTimeoutMs: timeout * 1000, pageTimeoutMs: timeout * 1000 } : {}),
            };
            const reports = values.all ? await pollFeeds(await feeds.listFeeds(), options) : await pollDueFeeds(options);
            if (reports.length === 0) context.out('no feed is due; --all polls every feed now');
            for (const report of reports) {
              const status = report.outcome === 'failed' ? `FAILED: ${report.error}; next try ${report.nextPollAt}` : report.outcome === 'unchanged' ? 'unchanged (304)' : `${report.items.length} items`;
              context.out(`${report.feed.id}  ${report.feed.url}: ${status}`);
              for (const item of report.items) if (explain || item.decision !== 'seen') describeItem(item, explain).forEach((line) => { context.out(line); });
            }
            const extracted = await parts.engine.refreshFacts();
            const stored = reports.flatMap((report) => report.items).filter((item) => item.decision === 'stored').length;
            context.out(`${stored} stored, facts extracted from ${extracted} articles`);
            return reports.length > 0 && reports.every((report) => report.outcome === 'failed') ? 1 : 0;
          } finally {
            await fetcher.close();
          }
        });
      }
      default:
        throw new InputError(`say what to do with feeds: add, list, remove or poll${action ? ` (not '${action}')` : ''}\nusage: ${feedsCommand.usage}`);
    }
  },
};
