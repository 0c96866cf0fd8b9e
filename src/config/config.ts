import { z } from 'zod';
import { ConfigError } from '../errors.ts';
import { DEFAULT_PACK_ID, PACK_IDS, packById } from '../packs/registry.ts';
import type { Pack } from '../packs/schema.ts';

/**
 * The one place that reads the environment. Every variable is documented in docs/configuration.md;
 * every problem is reported at once.
 */
const byteSize = z
  .string()
  .regex(/^\d+(\.\d+)?\s*(b|kb|kib|mb|mib)?$/i, 'expected a size such as 1048576, 512KiB or 1MiB')
  .transform(toBytes);

/** A platform's send limits: `global=30/1s,chat=1/1s,group=20/1m`, or `none`. */
const rateSpec = z.string().transform((text, context) => {
  const limits: RateLimitSpec = {};
  if (text.trim().toLowerCase() === 'none') return limits;
  const names = { global: 'global', chat: 'perDestination', group: 'perGroup' } as const;
  for (const item of text.split(',').map((piece) => piece.trim()).filter(Boolean)) {
    const match = /^(global|chat|group)=(\d+)\/(\d*)(ms|s|m|min|h)$/i.exec(item);
    const count = Number(match?.[2]);
    const amount = match?.[3] ? Number(match[3]) : 1;
    if (!match || count < 1 || amount < 1) {
      context.addIssue({ code: 'custom', message: `'${item}' is not a limit; write e.g. global=30/1s,chat=1/1s,group=20/1m (or none)` });
      continue;
    }
    const unit = (match[4] as string).toLowerCase();
    const unitMs = unit === 'ms' ? 1 : unit === 's' ? 1_000 : unit === 'h' ? 3_600_000 : 60_000;
    limits[names[(match[1] as string).toLowerCase() as keyof typeof names]] = { count, perMs: amount * unitMs };
  }
  return limits;
});

const positive = (fallback: number) => z.coerce.number({ error: 'must be a number' }).positive('must be a positive number').default(fallback);
const count = (fallback: number) => z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').default(fallback);
const atLeastZero = (fallback: number) => z.coerce.number({ error: 'must be a number' }).min(0, 'must be 0 or more').default(fallback);
const bytes = (fallback: number) => byteSize.refine((size) => size > 0, 'must be more than 0 bytes').default(fallback);
const flag = (fallback: boolean) =>
  z
    .string()
    .toLowerCase()
    .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { error: 'must be true or false' }))
    .transform((text) => ['true', '1', 'yes', 'on'].includes(text))
    .default(fallback);

const environmentSchema = z.object({
  MUJAZ_DB: z.string().min(1, 'must not be empty').default('./data/mujaz.db'),
  MUJAZ_PACK: z.string().refine((id) => packById(id) !== undefined, { error: (issue) => `unknown pack '${String(issue.input)}'; this build carries: ${PACK_IDS.join(', ')}` }).default(DEFAULT_PACK_ID),
  MUJAZ_MAX_ARTICLE_BYTES: byteSize.default(1024 * 1024),
  MUJAZ_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  PORT: z.coerce.number({ error: 'must be a TCP port (0–65535)' }).int('must be a whole number').min(0).max(65_535, 'must be a TCP port (0–65535)').default(3000),
  MUJAZ_HOST: z.string().min(1).default('0.0.0.0'),
  MUJAZ_BRIEFING: z.enum(['brief', 'full'], { error: "must be 'brief' (one message: three lines and the items that matter) or 'full' (the whole digest, in several messages when long)" }).default('brief'),
  MUJAZ_GRACE_HOURS: z.coerce.number({ error: 'must be a number of hours' }).min(0, 'must be 0 or more').max(168, 'must be at most 168 (a week)').default(6),
  MUJAZ_DELIVERY_CONCURRENCY: count(32),
  MUJAZ_DELIVERY_MAX_ATTEMPTS: count(6),
  MUJAZ_DELIVERY_LEASE_SECONDS: positive(60),
  MUJAZ_SEND_TIMEOUT_SECONDS: positive(20),
  // Live feeds (`mujaz feeds poll` and `mujaz serve`); the defaults are FEED_DEFAULTS, DEFAULT_RELEVANCE_THRESHOLD
  // and DEFAULT_STARTUP_SPREAD_MS (test/config checks they agree).
  MUJAZ_FEED_RELEVANCE_THRESHOLD: atLeastZero(6),
  MUJAZ_FEED_TIMEOUT_SECONDS: positive(20),
  MUJAZ_FEED_PAGE_TIMEOUT_SECONDS: positive(20),
  MUJAZ_FEED_MAX_BYTES: bytes(5 * 1024 * 1024),
  MUJAZ_FEED_PAGE_MAX_BYTES: bytes(2 * 1024 * 1024),
  MUJAZ_FEED_CONCURRENCY: count(4),
  MUJAZ_FEED_CONCURRENCY_PER_HOST: count(2),
  MUJAZ_FEED_FULL_TEXT: flag(true),
  MUJAZ_FEED_SUMMARY_CHARS: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 or more').default(600),
  MUJAZ_FEED_MAX_BACKOFF_MINUTES: positive(360),
  MUJAZ_FEED_STARTUP_SPREAD_SECONDS: atLeastZero(60),
});

/** Send limits for one platform (`count` messages per `perMs`), as the delivery worker takes them. */
export type RateLimitSpec = {
  global?: { count: number; perMs: number };
  perDestination?: { count: number; perMs: number };
  perGroup?: { count: number; perMs: number };
};

export type MujazConfig = {
  databasePath: string;
  /** The domain pack every command reads and renders with (MUJAZ_PACK). */
  pack: Pack;
  maxArticleBytes: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** The HTTP port of `mujaz serve` (/healthz, /metrics, webhooks). */
  port: number;
  host: string;
  /** What a scheduled briefing carries: the brief (default) or the full digest. */
  scheduling: { graceMs: number; briefing: 'brief' | 'full' };
  delivery: { concurrency: number; maxAttempts: number; leaseMs: number; sendTimeoutMs: number };
  /** MUJAZ_RATE_<PLATFORM> as given, by platform name; each adapter brings its own limits, and these override them. */
  rateLimits: Readonly<Record<string, RateLimitSpec>>;
  feeds: FeedConfig;
};

/** How feeds are polled; `poll` spreads straight into the poller's options. */
export type FeedConfig = {
  relevanceThreshold: number;
  /** Requests in flight to one host at once (the HTTP fetcher's limit). */
  perHost: number;
  /** The window over which `serve` spreads a backlog of feeds due at start-up; 0 turns it off. */
  startupSpreadMs: number;
  poll: {
    concurrency: number;
    feedTimeoutMs: number;
    pageTimeoutMs: number;
    maxFeedBytes: number;
    maxPageBytes: number;
    fullText: boolean;
    summaryChars: number;
    maxBackoffMinutes: number;
  };
};

/** MUJAZ_RATE_TELEGRAM, MUJAZ_RATE_SLACK, …: one variable per platform, named after it, for any platform an adapter brings. */
function rateLimitsOf(present: Readonly<Record<string, string | undefined>>): { limits: Record<string, RateLimitSpec>; problems: string[] } {
  const limits: Record<string, RateLimitSpec> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(present)) {
    const platform = /^MUJAZ_RATE_([A-Z][A-Z0-9_]*)$/u.exec(name)?.[1]?.toLowerCase();
    if (platform === undefined || value === undefined) continue;
    const parsed = rateSpec.safeParse(value);
    if (parsed.success) limits[platform] = parsed.data;
    else problems.push(...parsed.error.issues.map((issue) => `${name}: ${issue.message}`));
  }
  return { limits, problems };
}

/** Parse the environment once at start-up; throws ConfigError listing every problem. */
export function loadConfig(environment: Readonly<Record<string, string | undefined>>): MujazConfig {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  const rates = rateLimitsOf(present);
  if (!parsed.success || rates.problems.length > 0) {
    throw new ConfigError([
      ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`)),
      ...rates.problems,
    ]);
  }
  const data = parsed.data;
  // A lease shorter than a send could take would let a second worker claim a row mid-send.
  if (data.MUJAZ_DELIVERY_LEASE_SECONDS < 2 * data.MUJAZ_SEND_TIMEOUT_SECONDS) {
    throw new ConfigError([`MUJAZ_DELIVERY_LEASE_SECONDS: must be at least twice MUJAZ_SEND_TIMEOUT_SECONDS (${data.MUJAZ_SEND_TIMEOUT_SECONDS})`]);
  }
  return {
    databasePath: data.MUJAZ_DB,
    pack: packById(data.MUJAZ_PACK)!,
    maxArticleBytes: data.MUJAZ_MAX_ARTICLE_BYTES,
    logLevel: data.MUJAZ_LOG_LEVEL,
    port: data.PORT,
    host: data.MUJAZ_HOST,
    scheduling: { graceMs: data.MUJAZ_GRACE_HOURS * 3_600_000, briefing: data.MUJAZ_BRIEFING },
    delivery: {
      concurrency: data.MUJAZ_DELIVERY_CONCURRENCY,
      maxAttempts: data.MUJAZ_DELIVERY_MAX_ATTEMPTS,
      leaseMs: data.MUJAZ_DELIVERY_LEASE_SECONDS * 1000,
      sendTimeoutMs: data.MUJAZ_SEND_TIMEOUT_SECONDS * 1000,
    },
    rateLimits: rates.limits,
    feeds: {
      relevanceThreshold: data.MUJAZ_FEED_RELEVANCE_THRESHOLD,
      perHost: data.MUJAZ_FEED_CONCURRENCY_PER_HOST,
      startupSpreadMs: data.MUJAZ_FEED_STARTUP_SPREAD_SECONDS * 1000,
      poll: {
        concurrency: data.MUJAZ_FEED_CONCURRENCY,
        feedTimeoutMs: data.MUJAZ_FEED_TIMEOUT_SECONDS * 1000,
        pageTimeoutMs: data.MUJAZ_FEED_PAGE_TIMEOUT_SECONDS * 1000,
        maxFeedBytes: data.MUJAZ_FEED_MAX_BYTES,
        maxPageBytes: data.MUJAZ_FEED_PAGE_MAX_BYTES,
        fullText: data.MUJAZ_FEED_FULL_TEXT,
        summaryChars: data.MUJAZ_FEED_SUMMARY_CHARS,
        maxBackoffMinutes: data.MUJAZ_FEED_MAX_BACKOFF_MINUTES,
      },
    },
  };
}

function toBytes(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const amount = Number(match?.[1] ?? 'NaN');
  const unit = (match?.[2] ?? '').toLowerCase();
  const factor = unit === 'kb' || unit === 'kib' ? 1024 : unit === 'mb' || unit === 'mib' ? 1024 * 1024 : 1;
  return Math.round(amount * factor);
}
