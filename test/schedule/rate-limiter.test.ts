import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/schedule/rate-limiter.ts';
import { createVirtualClock } from '../support/virtual-clock.ts';

const start = Date.parse('2026-02-06T03:30:00Z');

/** Acquire for each chat in order, all at once, and return when each was let through (ms after start). */
async function release(limiter: ReturnType<typeof createRateLimiter>, clock: ReturnType<typeof createVirtualClock>, chats: string[], group = false) {
  const times: Record<string, number[]> = {};
  await Promise.all(
    chats.map(async (chat) => {
      expect(await limiter.acquire('telegram', chat, group)).toBe(true);
      times[chat] ??= [];
      times[chat].push(clock.now() - start);
    }),
  );
  return times;
}

describe('createRateLimiter', () => {
  it('spaces sends to one chat by its limit and lets other chats through in between', async () => {
    const clock = createVirtualClock(start);
    const limiter = createRateLimiter({ telegram: { global: { count: 10, perMs: 1_000 }, perDestination: { count: 1, perMs: 1_000 } } }, clock, { marginRatio: 0 });
    const times = await release(limiter, clock, ['a', 'a', 'a', 'b', 'c']);
    expect(times.a).toEqual([0, 1_000, 2_000]);
    // b and c take the next global slots (100 ms apart) instead of queueing behind a's second message.
    expect(times.b).toEqual([100]);
    expect(times.c).toEqual([200]);
  });

  it('never lets more than the global count through in any window', async () => {
    const clock = createVirtualClock(start);
    const limiter = createRateLimiter({ telegram: { global: { count: 30, perMs: 1_000 } } }, clock);
    const chats = Array.from({ length: 120 }, (_, i) => `chat-${i}`);
    const times = Object.values(await release(limiter, clock, chats)).flat().sort((a, b) => a - b);
    for (let i = 30; i < times.length; i++) expect((times[i] as number) - (times[i - 30] as number)).toBeGreaterThanOrEqual(1_000);
    expect(times.at(-1)).toBeLessThan(119 * (1_000 / 30) * 1.03);
  });

  it('holds group chats to their per-minute limit', async () => {
    const clock = createVirtualClock(start);
    const limiter = createRateLimiter({ telegram: { perDestination: { count: 1, perMs: 1_000 }, perGroup: { count: 20, perMs: 60_000 } } }, clock, { marginRatio: 0 });
    const times = await release(limiter, clock, ['-100', '-100', '-100'], true);
    expect(times['-100']).toEqual([0, 3_000, 6_000]);
  });

  it('blocks a destination until a retry_after has passed, and gives a slot back when a wait is aborted', async () => {
    const clock = createVirtualClock(start);
    const limiter = createRateLimiter({ telegram: { perDestination: { count: 1, perMs: 1_000 } } }, clock, { marginRatio: 0 });
    limiter.block('telegram', 'a', start + 7_000);
    const aborted = new AbortController();
    const waiting = limiter.acquire('telegram', 'a', false, aborted.signal);
    aborted.abort();
    expect(await waiting).toBe(false);
    expect(await limiter.acquire('telegram', 'a', false)).toBe(true);
    expect(clock.now() - start).toBe(7_000);
    expect(await limiter.acquire('telegram', 'other', false)).toBe(true);
    expect(clock.now() - start).toBe(7_000);
  });
});
