import type { Destination } from '../store/subscription-store.ts';
import { briefingToText, splitMessage } from './briefing-text.ts';
import type { Briefing, DeliveryPort } from './ports.ts';

/**
 * The `console` platform: prints briefings to stdout, so the whole loop (subscribe, schedule,
 * deliver) can be watched locally with no token. It always accepts, and splits at a
 * Telegram-sized limit so multi-part delivery is visible too.
 */
export type ConsolePortOptions = {
  /** Where a message goes (stdout by default). */
  readonly write?: (text: string) => void;
  /** How a briefing becomes text (serve passes the engine's renderBriefingText); by default its content is printed as is. */
  readonly renderText?: (briefing: Briefing) => string;
  readonly maxMessageLength?: number;
};

/** A label for a destination: the chat, and its thread when there is one. */
export function destinationLabel(destination: Destination): string {
  return destination.threadId === undefined ? destination.chatId : `${destination.chatId}#${destination.threadId}`;
}

/** Create the console delivery port. */
export function createConsolePort(options: ConsolePortOptions = {}): DeliveryPort {
  const write = options.write ?? ((text: string) => process.stdout.write(`${text}\n`));
  const maxLength = options.maxMessageLength ?? 4000;
  return {
    platform: 'console',
    renderParts(briefing) {
      return splitMessage((options.renderText ?? briefingToText)(briefing), maxLength).map((body) => ({ body }));
    },
    async sendPart(destination, part, context) {
      const counter = context.partCount > 1 ? ` (${context.partIndex + 1}/${context.partCount})` : '';
      write(`── briefing → console:${destinationLabel(destination)}${counter}\n${part.body}`);
      return { kind: 'accepted' };
    },
  };
}
