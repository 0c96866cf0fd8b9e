/**
 * What every command needs about the chat it runs in: where a subscription for it would deliver,
 * the subscription it has, the language to answer in, and a reply that goes through the same
 * Telegram HTML renderer as the briefings (escaped, split, right-to-left marked).
 */
import type { Context } from 'grammy';
import type { Message } from 'grammy/types';
import { localDateOf, type Block, type Destination, type Engine, type Lang, type Logger, type Subscription, type SubscriptionStore } from '../../src/index.ts';
import { splitTelegramHtml } from './telegram-html.ts';

/** What the command handlers share: the engine, the subscription store, the clock and the defaults. */
export type CommandDeps = {
  readonly engine: Engine;
  readonly subscriptions: SubscriptionStore;
  readonly now: () => Date;
  readonly logger: Logger;
  /** Time and zone of a first subscription when the command names none. */
  readonly defaults: { readonly localTime: string; readonly timeZone: string };
  /** Called after a subscription is added, changed or removed (e.g. to sweep the scheduler at once). */
  readonly onSubscriptionsChanged?: () => void;
};

/**
 * Where a subscription made from this message delivers: the chat, and the forum topic when the
 * message is in one. A reply thread in an ordinary group also carries a thread id, but Telegram
 * only accepts it for sending inside forum topics, so only `is_topic_message` counts.
 */
export function destinationOf(message: Pick<Message, 'chat' | 'message_thread_id' | 'is_topic_message'>): Destination {
  const chatId = String(message.chat.id);
  return message.is_topic_message === true && message.message_thread_id !== undefined ? { chatId, threadId: String(message.message_thread_id) } : { chatId };
}

/** The Telegram subscription delivering to exactly this destination, if any. */
export async function findSubscription(store: SubscriptionStore, destination: Destination): Promise<Subscription | undefined> {
  const all = await store.listSubscriptions({ platform: 'telegram' });
  return all.find((s) => s.destination.chatId === destination.chatId && s.destination.threadId === destination.threadId);
}

/** Every Telegram subscription in a chat, whatever its topic (for membership and migration updates). */
export async function subscriptionsInChat(store: SubscriptionStore, chatId: string): Promise<Subscription[]> {
  return (await store.listSubscriptions({ platform: 'telegram' })).filter((s) => s.destination.chatId === chatId);
}

/** The user's own language from Telegram: Arabic for `ar`/`ar-…`, English otherwise. */
export function userLanguage(ctx: Pick<Context, 'from'>): Lang {
  return ctx.from?.language_code?.toLowerCase().startsWith('ar') === true ? 'ar' : 'en';
}

/** The chat's language: its subscription's language, else the sender's Telegram language. */
export async function chatLanguage(ctx: Context, store: SubscriptionStore): Promise<Lang> {
  if (ctx.msg === undefined) return userLanguage(ctx);
  return (await findSubscription(store, destinationOf(ctx.msg)))?.language ?? userLanguage(ctx);
}

/** Send blocks as one or more HTML messages into the chat (and topic) the command came from. */
export async function replyBlocks(ctx: Context, blocks: readonly Block[], lang: Lang): Promise<void> {
  for (const part of splitTelegramHtml(blocks, { direction: lang === 'ar' ? 'rtl' : 'ltr' })) {
    await ctx.reply(part, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  }
}

/** Send short paragraphs (a refusal, a usage line). */
export function replyLines(ctx: Context, lines: readonly string[], lang: Lang): Promise<void> {
  return replyBlocks(ctx, lines.map((text) => ({ kind: 'paragraph', text })), lang);
}

/** Today's date (`YYYY-MM-DD`) in a zone. */
export function today(now: Date, timeZone = 'UTC'): string {
  return localDateOf(now.getTime(), timeZone);
}

