/**
 * Time enters the scheduler and the delivery worker through this port, so tests can drive them
 * across a DST change or a 429's retry_after without waiting for real time to pass.
 */
export type Clock = {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Wait `ms`; resolves true when the time passed, false when `signal` aborted the wait first. */
  sleep(ms: number, signal?: AbortSignal): Promise<boolean>;
};

/** The process's own clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve(false);
      const onAbort = () => {
        clearTimeout(timer);
        resolve(false);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve(true);
      }, Math.max(0, ms));
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  },
};

/** The system clock shifted by `offsetMs` (the bench and `serve` tests start "at" a chosen minute). */
export function createOffsetClock(offsetMs: number, base: Clock = systemClock): Clock {
  return { now: () => base.now() + offsetMs, sleep: (ms, signal) => base.sleep(ms, signal) };
}

/** ISO-8601 text for an instant, the store's timestamp format. */
export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}
