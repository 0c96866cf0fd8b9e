import type { OutboxEntry, Subscription } from '../store/subscription-store.ts';
import { toIso } from './clock.ts';
import { addDays, dueInstant } from './zoned-time.ts';

const hourMs = 3_600_000;
const utcDay = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/**
 * Which briefings fell due in a window of time: the pure heart of the scheduler. Given the
 * active subscriptions and the window (from, to], it lists one entry per subscription and local
 * day whose due instant is inside, classified as on time, late (within the grace window) or
 * missed (older). Idempotency is the store's job; this may be asked about the same window twice.
 */
export type PlanOptions = {
  /** Exclusive start: the scheduler's watermark (less a small overlap). */
  readonly from: number;
  /** Inclusive end: now plus a short horizon, so a tick that fires a hair early still counts. */
  readonly to: number;
  readonly now: number;
  /** A briefing up to this long overdue is sent and marked late; older ones are recorded as missed. */
  readonly graceMs: number;
  /** Overdue by more than this counts as late (a sweep that ran a little slow is still on time). */
  readonly lateAfterMs: number;
  /** Nothing older than this is looked at, however long the process was down. */
  readonly maxLookbackMs: number;
};

/** An outbox entry with why it is late or missed (for logs and counts). */
export type PlannedBriefing = OutboxEntry & { readonly kind: 'on_time' | 'late' | 'missed' };

// Every minute's sweep asks about the same few days again; dueInstant is pure, so remember it.
const dueCache = new Map<string, number>();

function cachedDueInstant(day: string, localTime: string, timeZone: string): number {
  const key = `${day} ${localTime} ${timeZone}`;
  let due = dueCache.get(key);
  if (due === undefined) {
    if (dueCache.size >= 50_000) dueCache.clear();
    due = dueInstant(day, localTime, timeZone);
    dueCache.set(key, due);
  }
  return due;
}

/** Subscriptions sharing a time and zone share their due instants (and their cron job). */
export function scheduleKeyOf(subscription: Pick<Subscription, 'localTime' | 'timeZone'>): string {
  return `${subscription.localTime} ${subscription.timeZone}`;
}

/** The briefings due in (from, to] for the active subscriptions, oldest first. */
export function planDueBriefings(subscriptions: readonly Subscription[], options: PlanOptions): PlannedBriefing[] {
  const start = Math.max(options.from, options.now - options.maxLookbackMs);
  if (options.to <= start) return [];
  const groups = new Map<string, Subscription[]>();
  for (const subscription of subscriptions) {
    if (subscription.state !== 'active') continue;
    const key = scheduleKeyOf(subscription);
    groups.set(key, [...(groups.get(key) ?? []), subscription]);
  }
  const planned: PlannedBriefing[] = [];
  for (const members of groups.values()) {
    const { localTime, timeZone } = members[0] as Subscription;
    // Every zone's local day is within a day of the UTC day (offsets run from −12 h to +14 h),
    // and a day's due instant can fall after that day ends locally (a gap at midnight), so the
    // candidates are the UTC days around the window, widened by one; the window test keeps only
    // what is really inside. Plain date arithmetic here keeps a sweep cheap: Intl only on a miss.
    const lastDay = utcDay(options.to + 14 * hourMs);
    for (let day = utcDay(start - 36 * hourMs); day <= lastDay; day = addDays(day, 1)) {
      const due = cachedDueInstant(day, localTime, timeZone);
      if (due <= start || due > options.to) continue;
      const overdue = options.now - due;
      const kind = overdue <= options.lateAfterMs ? 'on_time' : overdue <= options.graceMs ? 'late' : 'missed';
      for (const subscription of members) {
        // Only what fell due while the subscription was active is owed to it.
        if (due <= Date.parse(subscription.activeSince)) continue;
        planned.push({
          subscriptionId: subscription.id,
          briefingDay: day,
          dueAt: toIso(due),
          state: kind === 'missed' ? 'missed' : 'pending',
          late: kind === 'late',
          kind,
        });
      }
    }
  }
  return planned.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.subscriptionId.localeCompare(b.subscriptionId));
}
