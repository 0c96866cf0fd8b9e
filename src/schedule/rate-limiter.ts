import type { Platform } from '../store/subscription-store.ts';
import type { Clock } from './clock.ts';

/**
 * Keeps sends under each platform's limits before the platform has to refuse. Every limit is a
 * minimum spacing between reserved send times (`count` per `perMs` → one every perMs/count), which
 * is stricter than a sliding window and so never exceeds it. A send reserves a slot on every key it
 * touches (the platform overall, its chat, its group) at the earliest time free on all of them, so
 * a busy chat delays only its own messages, never the rest of the queue.
 */
export type Rate = { readonly count: number; readonly perMs: number };
/** One platform's limits: overall, per destination (chat or channel), per group chat. */
export type PlatformLimits = { readonly global?: Rate; readonly perDestination?: Rate; readonly perGroup?: Rate };
/** Limits by platform; a platform left out is unlimited. */
export type RateLimits = Partial<Record<Platform, PlatformLimits>>;

/** Telegram's documented limits and Slack's chat.postMessage tier. */
export const defaultRateLimits: RateLimits = {
  telegram: { global: { count: 30, perMs: 1_000 }, perDestination: { count: 1, perMs: 1_000 }, perGroup: { count: 20, perMs: 60_000 } },
  slack: { perDestination: { count: 1, perMs: 1_000 } },
  console: {},
};

/** Hands out send slots; shared by every row a worker holds. */
export type RateLimiter = {
  /** Wait for a send slot; false when `signal` aborted the wait (the slot is given back). */
  acquire(platform: Platform, destinationKey: string, isGroup: boolean, signal?: AbortSignal): Promise<boolean>;
  /** The platform said "retry after": nothing goes to that destination before `untilMs`. */
  block(platform: Platform, destinationKey: string, untilMs: number): void;
};

/** Reserved send times on one key, sorted and at least `spacing` apart. */
class SpacedSlots {
  private readonly times: number[] = [];
  blockedUntil = 0;
  /**
   * @param spacing the minimum gap between two reserved send times
   * @param tolerance how late a send may leave its slot and still keep the platform's window
   *   (the margin added over a whole window, perMs × marginRatio)
   */
  constructor(
    readonly spacing: number,
    readonly tolerance: number,
  ) {}

  /** The earliest time ≥ `from` at least `spacing` away from every reservation. */
  earliest(from: number): number {
    let time = Math.max(from, this.blockedUntil);
    let index = this.firstAfter(time - this.spacing);
    while (index < this.times.length && (this.times[index] as number) < time + this.spacing) {
      time = Math.max(time, (this.times[index] as number) + this.spacing);
      index++;
    }
    return time;
  }

  reserve(time: number): void {
    this.times.splice(this.firstAfter(time), 0, time);
  }

  cancel(time: number): void {
    const index = this.times.indexOf(time);
    if (index >= 0) this.times.splice(index, 1);
  }

  prune(now: number): void {
    let drop = 0;
    while (drop < this.times.length && (this.times[drop] as number) <= now - this.spacing) drop++;
    if (drop > 0) this.times.splice(0, drop);
  }

  private firstAfter(value: number): number {
    let low = 0;
    let high = this.times.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.times[middle] as number) <= value) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * Create a limiter. `marginRatio` widens every spacing a little (default 2%), because the
 * platform measures arrival times on its own clock, not ours.
 */
export function createRateLimiter(limits: RateLimits, clock: Clock, options: { marginRatio?: number } = {}): RateLimiter {
  const margin = 1 + (options.marginRatio ?? 0.02);
  const slots = new Map<string, SpacedSlots>();

  function slotFor(key: string, rate: Rate | undefined): SpacedSlots | undefined {
    if (!rate) return undefined;
    let slot = slots.get(key);
    if (!slot) {
      slot = new SpacedSlots((rate.perMs / rate.count) * margin, rate.perMs * (margin - 1));
      slots.set(key, slot);
    }
    return slot;
  }

  /** The destination's slot exists even without a rate, so a retry_after can block it. */
  function destinationSlot(platform: Platform, destinationKey: string): SpacedSlots {
    return slotFor(`${platform}:d:${destinationKey}`, limits[platform]?.perDestination ?? { count: 1, perMs: 0 }) as SpacedSlots;
  }

  function keysOf(platform: Platform, destinationKey: string, isGroup: boolean): SpacedSlots[] {
    const limit = limits[platform] ?? {};
    return [
      slotFor(`${platform}:global`, limit.global),
      destinationSlot(platform, destinationKey),
      isGroup ? slotFor(`${platform}:g:${destinationKey}`, limit.perGroup) : undefined,
    ].filter((slot): slot is SpacedSlots => slot !== undefined);
  }

  return {
    async acquire(platform, destinationKey, isGroup, signal) {
      for (;;) {
        const keys = keysOf(platform, destinationKey, isGroup);
        const now = clock.now();
        for (const key of keys) key.prune(now);
        // Raise the candidate until every key agrees; each step only moves it later, so this ends.
        let time = now;
        for (let settled = false; !settled; ) {
          settled = true;
          for (const key of keys) {
            const earliest = key.earliest(time);
            if (earliest > time) {
              time = earliest;
              settled = false;
            }
          }
        }
        for (const key of keys) key.reserve(time);
        // Timers may fire a millisecond early; never send before the reserved time.
        let waited = true;
        while (waited && clock.now() < time) waited = await clock.sleep(time - clock.now(), signal);
        if (!waited) {
          for (const key of keys) key.cancel(time);
          return false;
        }
        // A retry_after that arrived while we waited moves this send behind it; so does waking
        // later than the margin covers (a long GC pause or a busy loop), since the platform
        // counts when messages arrive, not when we meant to send them.
        const late = clock.now() - time;
        if (keys.every((key) => key.blockedUntil <= time && (key.spacing === 0 || late <= key.tolerance))) return true;
        for (const key of keys) key.cancel(time);
      }
    },
    block(platform, destinationKey, untilMs) {
      const destination = destinationSlot(platform, destinationKey);
      destination.blockedUntil = Math.max(destination.blockedUntil, untilMs);
    },
  };
}
