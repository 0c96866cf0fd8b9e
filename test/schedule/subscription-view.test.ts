import { describe, expect, it } from 'vitest';
import { nextDueAt, subscriptionView, wallClock } from '../../src/schedule/subscription-view.ts';
import type { Subscription } from '../../src/store/subscription-store.ts';

const subscription = (overrides: Partial<Subscription> = {}): Subscription => ({
  id: 's1', platform: 'telegram', destination: { chatId: 'c' }, localTime: '06:45', timeZone: 'Asia/Riyadh', language: 'en', sections: 'figures',
  whenEmpty: 'notice', createdBy: 'test', createdAt: '2026-01-01T00:00:00.000Z', state: 'active', activeSince: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('a subscription read back to its subscriber', () => {
  it("gives today's briefing while it is ahead on the subscriber's clock, else tomorrow's", () => {
    // 03:00 UTC is 06:00 in Riyadh: today's 06:45 is ahead.
    expect(subscriptionView(subscription(), Date.parse('2026-03-10T03:00:00Z')).next).toBe('2026-03-10 06:45');
    expect(subscriptionView(subscription(), Date.parse('2026-03-10T04:00:00Z')).next).toBe('2026-03-11 06:45');
  });

  it('shows the time a clock change moves a briefing to, not a time that does not exist that day', () => {
    // In Berlin the clocks jump from 02:00 to 03:00 on 29 March 2026: 02:30 is never read on a wall.
    const night = subscription({ localTime: '02:30', timeZone: 'Europe/Berlin' });
    const due = nextDueAt(night, Date.parse('2026-03-28T12:00:00Z'));
    expect(wallClock(due, 'Europe/Berlin')).not.toBe('2026-03-29 02:30');
    expect(subscriptionView(night, Date.parse('2026-03-28T12:00:00Z')).next).toBe(wallClock(due, 'Europe/Berlin'));
  });

  it('says why it is paused instead of when it is next due, and keeps the choices', () => {
    const paused = subscriptionView(subscription({ state: 'paused', pausedReason: 'the bot was removed', detail: 'full', arabicQuotes: true }), 0);
    expect(paused).toEqual({ localTime: '06:45', timeZone: 'Asia/Riyadh', language: 'en', sections: 'figures', detail: 'full', arabicQuotes: true, paused: 'the bot was removed' });
    expect(subscriptionView(subscription({ state: 'paused' }), 0).paused).toBe('—');
  });
});
