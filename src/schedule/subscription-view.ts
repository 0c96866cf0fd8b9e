/**
 * A subscription as a person reads it back (`/settings`, an announcement, `mujaz subscriptions list`):
 * its choices, and when its next briefing is due on its own wall clock, or why it is paused. One
 * reading for every platform; each adapter only words it.
 */
import type { BriefingDetail, BriefingLanguage, BriefingSections, Subscription } from '../store/subscription-store.ts';
import { addDays, dueInstant, localDateOf } from './zoned-time.ts';

export type SubscriptionView = {
  readonly localTime: string;
  readonly timeZone: string;
  readonly language: BriefingLanguage;
  readonly sections: BriefingSections;
  /** What each briefing shows; absent: the deployment's default. */
  readonly detail?: BriefingDetail;
  readonly arabicQuotes: boolean;
  /** Why it is paused ('—' when no reason was recorded); absent while active. */
  readonly paused?: string;
  /** The next briefing as `YYYY-MM-DD HH:MM` on the subscription's wall clock; absent while paused. */
  readonly next?: string;
};

/** When the next briefing is due after `now`: today's if still ahead, else tomorrow's (a skipped local time moves as the scheduler moves it). */
export function nextDueAt(subscription: Pick<Subscription, 'localTime' | 'timeZone'>, now: number): number {
  const today = localDateOf(now, subscription.timeZone);
  const due = dueInstant(today, subscription.localTime, subscription.timeZone);
  return due > now ? due : dueInstant(addDays(today, 1), subscription.localTime, subscription.timeZone);
}

/** An instant as `YYYY-MM-DD HH:MM` on the wall clock of `timeZone`. */
export function wallClock(instant: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${String(Number(parts.hour) % 24).padStart(2, '0')}:${parts.minute}`;
}

export function subscriptionView(subscription: Subscription, now: number): SubscriptionView {
  const base = {
    localTime: subscription.localTime, timeZone: subscription.timeZone, language: subscription.language, sections: subscription.sections,
    ...(subscription.detail !== undefined ? { detail: subscription.detail } : {}), arabicQuotes: subscription.arabicQuotes === true,
  };
  return subscription.state === 'paused'
    ? { ...base, paused: subscription.pausedReason ?? '—' }
    : { ...base, next: wallClock(nextDueAt(subscription, now), subscription.timeZone) };
}
