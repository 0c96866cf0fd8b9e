/**
 * /subscribe, /unsubscribe and /settings, for the chat itself (a private chat, a group, a forum
 * topic) or for a channel named from a private chat; plus the membership and migration updates
 * that keep subscriptions pointing at chats the bot can still post to.
 */
import type { Composer, Context } from 'grammy';
import type { Message } from 'grammy/types';
import { subscriptionView, type Destination, type Lang, type Subscription, type SubscriptionDraft } from '../../src/index.ts';
import { parseSubscribeArguments, type SubscribeArguments } from './arguments.ts';
import { chatLanguage, destinationOf, findSubscription, replyBlocks, replyLines, subscriptionsInChat, type CommandDeps } from './chat.ts';
import { problemLine, textsFor } from './messages.ts';
import { checkChannel, mayManageChat } from './permissions.ts';

type Usage = 'subscribe' | 'unsubscribe' | 'settings';

/** A destination the sender may manage, how to name it in a reply's language, and who they are for the record. */
type Target = { readonly destination: Destination; readonly where: (lang: Lang) => string; readonly by: string };


/**
 * Resolve who and where a command is about, replying with the refusal when the sender may not
 * manage it. `check` is false for reading settings in the chat itself, which anyone there may do.
 */
async function resolveTarget(ctx: Context & { msg: Message }, lang: Lang, channel: string | undefined, check: boolean): Promise<Target | undefined> {
  const texts = textsFor(lang);
  if (channel !== undefined) {
    if (ctx.chat?.type !== 'private' || ctx.from === undefined) {
      await replyLines(ctx, [texts.channelFromPrivate], lang);
      return undefined;
    }
    const result = await checkChannel(ctx.api, channel, ctx.from, ctx.me.id);
    if (!result.ok) {
      await replyLines(ctx, [texts.channelProblem(result.problem, channel, ctx.me.username)], lang);
      return undefined;
    }
    const name = result.chat.username === undefined ? result.chat.title : `@${result.chat.username}`;
    return { destination: { chatId: String(result.chat.id) }, where: () => name, by: `telegram:user:${ctx.from.id}` };
  }
  const destination = destinationOf(ctx.msg);
  const where = (replyLang: Lang) => (destination.threadId === undefined ? textsFor(replyLang).thisChat : textsFor(replyLang).thisTopic);
  if (!check) return { destination, where, by: '' };
  const decision = await mayManageChat(ctx.api, ctx.msg);
  if (!decision.allowed) {
    await replyLines(ctx, [decision.reason === 'admins_only' ? texts.adminsOnly : texts.postAsYourself], lang);
    return undefined;
  }
  return { destination, where, by: decision.by };
}

function settingsBlocks(subscription: Subscription, title: string, now: Date) {
  const texts = textsFor(subscription.language);
  return [{ kind: 'paragraph', text: title } as const, { kind: 'list', items: texts.settingsLines(subscriptionView(subscription, now.getTime())) } as const];
}

const sameSettings = (a: SubscriptionDraft, b: Subscription) =>
  a.localTime === b.localTime && a.timeZone === b.timeZone && a.language === b.language && a.sections === b.sections
  && a.detail === b.detail && (a.arabicQuotes === true) === (b.arabicQuotes === true);

const detailOf = (detail: SubscriptionDraft['detail']) => (detail === undefined ? {} : { detail });

/** Register /subscribe, /unsubscribe and /settings. */
export function registerSubscriptionCommands<C extends Context>(composer: Composer<C>, deps: CommandDeps): void {
  const { subscriptions: store, now, logger } = deps;

  /** Parse the arguments, or reply with what is wrong and the usage line. */
  async function argumentsOf(ctx: Context & { msg: Message }, lang: Lang, usage: Usage): Promise<SubscribeArguments | undefined> {
    const parsed = parseSubscribeArguments(typeof ctx.match === 'string' ? ctx.match : '', usage);
    if (!parsed.ok) {
      await replyLines(ctx, [problemLine(parsed.problem, lang), textsFor(lang).usage[usage]], lang);
      return undefined;
    }
    return parsed.value;
  }

  composer.command('subscribe', async (ctx) => {
    let lang = await chatLanguage(ctx, store);
    const args = await argumentsOf(ctx, lang, 'subscribe');
    if (args === undefined) return;
    const target = await resolveTarget(ctx, lang, args.channel, true);
    if (target === undefined) return;
    const existing = await findSubscription(store, target.destination);
    const draft: SubscriptionDraft = {
      platform: 'telegram',
      destination: target.destination,
      localTime: args.localTime ?? existing?.localTime ?? deps.defaults.localTime,
      timeZone: args.timeZone ?? existing?.timeZone ?? deps.defaults.timeZone,
      language: args.language ?? existing?.language ?? lang,
      sections: args.sections ?? existing?.sections ?? 'all',
      whenEmpty: existing?.whenEmpty ?? 'notice',
      ...detailOf(args.detail ?? existing?.detail),
      ...((args.arabicQuotes ?? existing?.arabicQuotes) === true ? { arabicQuotes: true } : {}),
      createdBy: target.by,
    };
    const at = now().toISOString();
    let saved: Subscription | undefined;
    if (existing && sameSettings(draft, existing)) {
      saved = existing.state === 'paused' ? await store.resumeSubscription(existing.id, at) : existing;
    } else {
      // The store has no update: a changed subscription is a new one (its pending briefing goes with the old).
      if (existing) await store.removeSubscription(existing.id);
      saved = await store.addSubscription(draft, at);
    }
    if (saved === undefined) throw new Error(`subscription ${existing?.id ?? '?'} vanished while it was being resumed`);
    deps.onSubscriptionsChanged?.();
    logger.info('telegram subscription saved', { subscription: saved.id, chat: target.destination.chatId, thread: target.destination.threadId, by: target.by });
    lang = saved.language;
    const texts = textsFor(lang);
    await replyBlocks(ctx, settingsBlocks(saved, existing ? texts.updated(target.where(lang)) : texts.subscribed(target.where(lang)), now()), lang);
  });

  composer.command('unsubscribe', async (ctx) => {
    const chatLang = await chatLanguage(ctx, store);
    const args = await argumentsOf(ctx, chatLang, 'unsubscribe');
    if (args === undefined) return;
    // "/unsubscribe en": the reply in the language asked for.
    const lang = args.language ?? chatLang;
    const target = await resolveTarget(ctx, lang, args.channel, true);
    if (target === undefined) return;
    const existing = await findSubscription(store, target.destination);
    const texts = textsFor(lang);
    if (existing === undefined) {
      await replyLines(ctx, [texts.noSubscription(target.where(lang))], lang);
      return;
    }
    await store.removeSubscription(existing.id);
    deps.onSubscriptionsChanged?.();
    logger.info('telegram subscription removed', { subscription: existing.id, chat: target.destination.chatId, by: target.by });
    await replyLines(ctx, [texts.unsubscribed(target.where(lang))], lang);
  });

  composer.command('settings', async (ctx) => {
    const chatLang = await chatLanguage(ctx, store);
    const args = await argumentsOf(ctx, chatLang, 'settings');
    if (args === undefined) return;
    // "/settings en": the reply in the language asked for.
    const lang = args.language ?? chatLang;
    const target = await resolveTarget(ctx, lang, args.channel, args.channel !== undefined);
    if (target === undefined) return;
    const existing = await findSubscription(store, target.destination);
    if (existing === undefined) {
      await replyLines(ctx, [textsFor(lang).noSubscription(target.where(lang))], lang);
      return;
    }
    await replyBlocks(ctx, settingsBlocks(existing, textsFor(existing.language).settingsTitle(target.where(existing.language)), now()), existing.language);
  });

}

/**
 * Register the updates that keep subscriptions deliverable: the bot removed, blocked or demoted
 * (pause), a group upgraded to a supergroup (move). Registered for every chat type, channels included.
 */
export function registerMembershipUpdates<C extends Context>(composer: Composer<C>, deps: CommandDeps): void {
  const { subscriptions: store, now, logger } = deps;

  // Removed from a group or channel, or blocked in a private chat: pause at once rather than wait
  // for the morning's send to find out. Nothing resumes by itself: /subscribe does, deliberately.
  composer.on('my_chat_member', async (ctx) => {
    const { chat, new_chat_member: member } = ctx.myChatMember;
    const cannotPost = member.status === 'administrator' && chat.type === 'channel' && member.can_post_messages !== true;
    if (member.status !== 'kicked' && member.status !== 'left' && !cannotPost) return;
    const reason = chat.type === 'private' ? 'the user blocked the bot' : cannotPost ? 'the bot may no longer post in the channel' : 'the bot was removed from the chat';
    for (const subscription of await subscriptionsInChat(store, String(chat.id))) {
      if (subscription.state === 'active') await store.pauseSubscription(subscription.id, reason, now().toISOString());
      logger.info('telegram subscription paused', { subscription: subscription.id, chat: chat.id, reason });
    }
  });

  // A group upgraded to a supergroup gets a new id; its subscriptions follow it.
  composer.on('message:migrate_to_chat_id', async (ctx) => {
    const to = String(ctx.msg.migrate_to_chat_id);
    for (const subscription of await subscriptionsInChat(store, String(ctx.chat.id))) {
      await store.moveDestination(subscription.id, to, now().toISOString());
      logger.info('telegram subscription moved', { subscription: subscription.id, from: ctx.chat.id, to });
    }
  });
}
