import type { Clock } from '../../src/schedule/clock.ts';

/**
 * A clock whose time moves only when everything waiting on it is idle: when no other work is
 * pending (a setImmediate turn comes round), it jumps to the earliest sleeper and wakes it. A
 * 429's 30-second retry_after or a backoff of minutes then costs microseconds, and the order of
 * events is the order real time would give. `set` moves time by hand (for scheduler sweeps).
 */
export type VirtualClock = Clock & {
  set(ms: number): void;
  advance(ms: number): void;
  /** Sleepers still waiting. */
  sleepers(): number;
};

type Timer = { at: number; seq: number; wake: (elapsed: boolean) => void };

/** Create a virtual clock starting at `start` (epoch ms). */
export function createVirtualClock(start: number): VirtualClock {
  let now = start;
  let seq = 0;
  let pumping = false;
  const timers: Timer[] = [];

  function pump(): void {
    if (pumping) return;
    pumping = true;
    setImmediate(() => {
      pumping = false;
      if (timers.length === 0) return;
      timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = timers.shift() as Timer;
      now = Math.max(now, next.at);
      next.wake(true);
      if (timers.length > 0) pump();
    });
  }

  return {
    now: () => now,
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.resolve(false);
      if (ms <= 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer: Timer = {
          at: now + ms,
          seq: seq++,
          wake: (elapsed) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(elapsed);
          },
        };
        const onAbort = () => {
          const index = timers.indexOf(timer);
          if (index >= 0) timers.splice(index, 1);
          resolve(false);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        timers.push(timer);
        pump();
      });
    },
    set(ms) {
      now = ms;
    },
    advance(ms) {
      now += ms;
    },
    sleepers: () => timers.length,
  };
}
