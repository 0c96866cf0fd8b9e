/**
 * Fault scripting and flood windows shared by the fake servers. A test says "the next N calls of
 * this method (to this chat) fail like so"; the server asks the queue before it does any work.
 */
type Rule<F> = { readonly method: string; readonly fault: F; readonly applies: (params: Record<string, unknown>) => boolean; remaining: number };

export type FaultQueue<F> = {
  /** Script `fault` for the next `times` calls of `method` whose params pass `applies`. */
  add(method: string, fault: F, applies: (params: Record<string, unknown>) => boolean, times: number): void;
  /** The fault for this call, if one is scripted; consumes one use of it. */
  take(method: string, params: Record<string, unknown>): F | undefined;
  /** Scripted faults not yet used. */
  pending(): number;
};

/** Create an empty fault queue; rules are used in the order they were added. */
export function createFaultQueue<F>(): FaultQueue<F> {
  const rules: Rule<F>[] = [];
  return {
    add(method, fault, applies, times) {
      rules.push({ method, fault, applies, remaining: Math.max(1, times) });
    },
    take(method, params) {
      const index = rules.findIndex((rule) => rule.method === method && rule.applies(params));
      const rule = rules[index];
      if (rule === undefined) return undefined;
      rule.remaining -= 1;
      if (rule.remaining === 0) rules.splice(index, 1);
      return rule.fault;
    },
    pending: () => rules.reduce((sum, rule) => sum + rule.remaining, 0),
  };
}

/**
 * A sliding window of accepted events: at most `limit` within `windowMs`. `wait` says how long
 * until one more would fit (0 when it fits now), which is what a 429's retry-after reports.
 */
export type FloodWindow = { wait(now: number): number; record(now: number): void };

/** Create a sliding window allowing `limit` events per `windowMs`. */
export function createFloodWindow(limit: number, windowMs: number): FloodWindow {
  const times: number[] = [];
  const prune = (now: number): void => {
    while (times.length > 0 && (times[0] as number) <= now - windowMs) times.shift();
  };
  return {
    wait(now) {
      prune(now);
      if (times.length < limit) return 0;
      return (times[times.length - limit] as number) + windowMs - now;
    },
    record(now) {
      prune(now);
      times.push(now);
    },
  };
}

/** Whole seconds to wait, at least 1, as Telegram's retry_after and Slack's Retry-After report. */
export function toRetrySeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}
