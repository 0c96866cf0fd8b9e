/**
 * The Telegram delivery port: renders a briefing as Telegram HTML messages and sends them one at a
 * time for the outbox, classifying every failure instead of retrying it here. The outbox owns
 * retries (and survives restarts), so a 429 becomes "retry after N s", a blocked user "permanent",
 * an upgraded group "migrated", and one stuck chat never holds up the rest of the morning run.
 */
import { GrammyError, HttpError, type Api } from 'grammy';
import { briefingBlocks as briefingBlocksOf, type Block, type Briefing, type DeliveryPart, type DeliveryPort, type Destination, type SendOutcome } from '../../src/index.ts';
import { splitTelegramHtml } from './telegram-html.ts';
import { fullDigestCommand } from './messages.ts';

/** What the port needs beyond the grammY Api. */
export type TelegramDeliveryOptions = {
  /** Abort a send with no answer after this long (the worker's own timeout is the backstop). */
  readonly sendTimeoutMs?: number;
  /** Strips the token from any text that could reach a log or the outbox. */
  readonly redact?: (text: string) => string;
};

/** The blocks a briefing is sent as (src's briefingBlocks), its brief naming Telegram's way to ask for the full digest. */
export function briefingBlocks(briefing: Briefing): Block[] {
  return briefingBlocksOf(briefing, (digest) => fullDigestCommand(digest.until, briefing.lang));
}

/** Negative ids are groups, supergroups and channels: Telegram limits those to about 20 messages a minute. */
export function isGroupChatId(chatId: string): boolean {
  return chatId.startsWith('-') || chatId.startsWith('@');
}

const destinationRefusals = [
  /chat not found/i,
  /have no rights to send/i,
  /not enough rights/i,
  /need administrator rights/i,
  /chat_write_forbidden/i,
  /message thread not found/i,
  /topic_closed|topic_deleted/i,
  /peer_id_invalid/i,
  /group chat was deactivated/i,
  /chat_restricted/i,
];

/**
 * Classify a failed Bot API call the way the outbox needs it. 429 waits exactly `retry_after`;
 * `migrate_to_chat_id` moves the subscription; 401 is the bot's own token (no subscriber is
 * paused for it); 403 and the refusals that name the chat are permanent for that destination;
 * 5xx, network errors and timeouts are transient. Any other 400 is a message Telegram refused to
 * parse: transient, so it is retried a bounded number of times and then recorded as failed
 * without pausing a subscriber who did nothing wrong.
 */
export function classifyTelegramError(error: unknown, redact: (text: string) => string = (text) => text): SendOutcome {
  if (error instanceof GrammyError) {
    const reason = redact(`${error.error_code} ${error.description}`);
    const migrateTo = error.parameters.migrate_to_chat_id;
    if (migrateTo !== undefined) return { kind: 'migrated', newDestination: String(migrateTo), reason };
    if (error.error_code === 429) return { kind: 'retry_after', seconds: error.parameters.retry_after ?? 5, reason };
    if (error.error_code === 401 || error.error_code === 404) return { kind: 'permanent', scope: 'platform', reason: `${reason} (the bot token was refused; check TELEGRAM_BOT_TOKEN)` };
    if (error.error_code === 403) return { kind: 'permanent', scope: 'destination', reason };
    if (error.error_code === 400 && destinationRefusals.some((pattern) => pattern.test(error.description))) return { kind: 'permanent', scope: 'destination', reason };
    return { kind: 'transient', reason };
  }
  if (error instanceof HttpError) {
    const cause = error.error as { code?: unknown; type?: unknown } | undefined;
    const code = typeof cause?.code === 'string' ? ` (${cause.code})` : typeof cause?.type === 'string' ? ` (${cause.type})` : '';
    // Only grammY's own message and the cause's code: the cause's message quotes the request URL, token included.
    return { kind: 'transient', reason: redact(`${error.message}${code}`) };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: 'transient', reason: redact(message) };
}

/** Create the port over a grammY Api (the bot's own `bot.api`). */
export function createTelegramDeliveryPort(api: Api, options: TelegramDeliveryOptions = {}): DeliveryPort {
  const sendTimeoutMs = options.sendTimeoutMs ?? 15_000;
  const redact = options.redact ?? ((text: string) => text);
  return {
    platform: 'telegram',
    renderParts(briefing: Briefing): DeliveryPart[] {
      const direction = briefing.lang === 'ar' ? 'rtl' : 'ltr';
      return splitTelegramHtml(briefingBlocks(briefing), { direction }).map((body) => ({ body }));
    },
    async sendPart(destination: Destination, part: DeliveryPart): Promise<SendOutcome & { readonly reference?: unknown }> {
      try {
        const message = await api.sendMessage(
          destination.chatId,
          part.body,
          {
            parse_mode: 'HTML',
            link_preview_options: { is_disabled: true },
            ...(destination.threadId === undefined ? {} : { message_thread_id: Number(destination.threadId) }),
          },
          // grammY types its signal after the abort-controller polyfill; it only listens for 'abort', which a native signal fires.
          AbortSignal.timeout(sendTimeoutMs) as Parameters<Api['sendMessage']>[3],
        );
        return { kind: 'accepted', reference: { chatId: message.chat.id, messageId: message.message_id } };
      } catch (error) {
        return classifyTelegramError(error, redact);
      }
    },
    isGroup: (destination: Destination) => isGroupChatId(destination.chatId),
  };
}
