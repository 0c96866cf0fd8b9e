import { briefingToText, splitMessage } from '../../src/schedule/briefing-text.ts';
import type { Clock } from '../../src/schedule/clock.ts';
import type { Briefing, BriefingComposer, DeliveryPort, SendOutcome } from '../../src/schedule/ports.ts';
import type { Rate } from '../../src/schedule/rate-limiter.ts';
import type { Platform } from '../../src/store/subscription-store.ts';

/**
 * A fault-injecting fake platform for the delivery tests and the fan-out bench. It enforces its
 * own sliding-window limits (refusing with retry_after, as Telegram does), records every message
 * it accepted with the briefing key and part index, and lets a test script failures per send.
 */
export type Fault =
  | { readonly kind: 'retry_after'; readonly seconds: number }
  | { readonly kind: 'server_error'; readonly status?: number }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'permanent'; readonly reason: string; readonly scope?: 'destination' | 'platform' }
  | { readonly kind: 'migrate'; readonly to: string };

/** One message the fake platform accepted. */
export type SendRecord = { readonly chatId: string; readonly key: string; readonly partIndex: number; readonly partCount: number; readonly at: number };

/** How the fake platform behaves: faults, limits and latency. */
export type FakePlatformOptions = {
  readonly clock: Clock;
  readonly platform?: Platform;
  /** Decide a fault for one send; `attempt` counts sends of that message so far (1-based). */
  readonly fault?: (send: { chatId: string; key: string; partIndex: number; attempt: number }) => Fault | undefined;
  readonly limits?: { readonly global?: Rate; readonly perChat?: Rate };
  /** Time from a message's arrival to the platform's answer, on the clock. */
  readonly latencyMs?: (partIndex: number) => number;
  readonly maxMessageLength?: number;
  readonly groupChat?: (chatId: string) => boolean;
};

/** The fake platform's port and what it saw. */
export type FakePlatform = {
  readonly port: DeliveryPort;
  /** Every accepted message, in order. */
  readonly accepted: SendRecord[];
  /** Sends refused because they broke the platform's rate limits. */
  refusals(): number;
  /** Accepted messages that repeat one already accepted (same briefing key and part). */
  duplicates(): number;
  /** Every send attempt, whatever the answer. */
  attempts(): number;
};

/** The content the test composer produces: a key naming the briefing, and its text. */
export type TestContent = { readonly key: string; readonly text: string };

/**
 * A composer for tests: the content names the subscription and briefing day, so a platform can
 * tell a duplicate from a new briefing; `words` makes it long enough to need several parts.
 */
export function createTestComposer(options: { words?: number; nothingNew?: (subscriptionId: string) => boolean } = {}): BriefingComposer {
  return async (request) => {
    const key = `${request.subscription.id}/${request.briefingDay}`;
    const text = [`briefing ${key}`, ...Array.from({ length: options.words ?? 0 }, (_, i) => `word${i}`)].join(' ');
    const content: TestContent = { key, text };
    return {
      nothingNew: options.nothingNew?.(request.subscription.id) ?? false,
      lang: request.subscription.language,
      sections: request.subscription.sections,
      late: request.late,
      coveredUntil: request.briefingDay,
      content,
    };
  };
}

function windowCount(times: number[], now: number, rate: Rate): number {
  while (times.length > 0 && (times[0] as number) <= now - rate.perMs) times.shift();
  return times.length;
}

/** Create the fake platform and its DeliveryPort. */
export function createFakePlatform(options: FakePlatformOptions): FakePlatform {
  const accepted: SendRecord[] = [];
  const seen = new Map<string, number>();
  const tries = new Map<string, number>();
  const globalTimes: number[] = [];
  const chatTimes = new Map<string, number[]>();
  let refusals = 0;
  let attempts = 0;
  const maxLength = options.maxMessageLength ?? 60;

  function decide(chatId: string, key: string, messageKey: string, attempt: number, context: { partIndex: number; partCount: number }): SendOutcome | 'hang' | 'reset' {
    const now = options.clock.now();
    const fault = options.fault?.({ chatId, key, partIndex: context.partIndex, attempt });
    switch (fault?.kind) {
      case 'retry_after':
        return { kind: 'retry_after', seconds: fault.seconds, reason: `429 Too Many Requests: retry after ${fault.seconds}` };
      case 'server_error':
        return { kind: 'transient', reason: `HTTP ${fault.status ?? 502}` };
      case 'timeout':
        return 'hang';
      case 'reset':
        return 'reset';
      case 'permanent':
        return { kind: 'permanent', reason: fault.reason, ...(fault.scope ? { scope: fault.scope } : {}) };
      case 'migrate':
        return { kind: 'migrated', newDestination: fault.to, reason: 'group chat was upgraded to a supergroup chat' };
      default:
        break;
    }
    const chat = chatTimes.get(chatId) ?? [];
    chatTimes.set(chatId, chat);
    const { global, perChat } = options.limits ?? {};
    if ((global && windowCount(globalTimes, now, global) >= global.count) || (perChat && windowCount(chat, now, perChat) >= perChat.count)) {
      refusals++;
      return { kind: 'retry_after', seconds: 1, reason: '429 Too Many Requests: retry after 1' };
    }
    globalTimes.push(now);
    chat.push(now);
    seen.set(messageKey, (seen.get(messageKey) ?? 0) + 1);
    accepted.push({ chatId, key, partIndex: context.partIndex, partCount: context.partCount, at: now });
    return { kind: 'accepted', reference: { messageId: accepted.length } } as SendOutcome;
  }

  const port: DeliveryPort = {
    platform: options.platform ?? 'telegram',
    renderParts(briefing: Briefing) {
      const content = briefing.content as TestContent;
      const text = briefingToText({ ...briefing, content: content.text }, (value) => String(value));
      return splitMessage(text, maxLength).map((body) => ({ body, payload: { key: content.key } }));
    },
    async sendPart(destination, part, context): Promise<SendOutcome> {
      attempts++;
      const key = (part.payload as { key: string }).key;
      const messageKey = `${key}#${context.partIndex}`;
      const attempt = (tries.get(messageKey) ?? 0) + 1;
      tries.set(messageKey, attempt);
      // Limits are judged when the request arrives; the latency is the time until the answer.
      const answer = decide(destination.chatId, key, messageKey, attempt, context);
      if (options.latencyMs) await options.clock.sleep(options.latencyMs(context.partIndex));
      if (answer === 'hang') return new Promise<never>(() => {});
      if (answer === 'reset') throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      return answer;
    },
    ...(options.groupChat ? { isGroup: (destination: { chatId: string }) => (options.groupChat as (id: string) => boolean)(destination.chatId) } : {}),
  };

  return {
    port,
    accepted,
    refusals: () => refusals,
    duplicates: () => [...seen.values()].reduce((sum, count) => sum + count - 1, 0),
    attempts: () => attempts,
  };
}
