/**
 * What the app does with a command, whichever way it came (slash command, mention, share button).
 * The Bolt listeners in app.ts acknowledge first and then call in here, so nothing below has to
 * fit in Slack's three seconds. Replies go through a `Replier` the listener builds: `respond()` for
 * a slash command, chat.postEphemeral and chat.postMessage for a mention.
 */
import type { webApi } from '@slack/bolt';
import { InputError, localDateOf, resolveTimeZone, silentLogger, subscriptionView, type Engine, type Lang, type Logger, type Subscription, type SubscriptionStore } from '../../src/index.ts';
import type { SlackBlock, SlackMessage } from './slack-blocks.ts';
import { answerQuestion } from './content.ts';
import { parseCommand, questionText, type Question, type SlackRequest } from './grammar.ts';
import {
  alreadySubscribedReply, helpReply, inviteFirstReply, notAllowedReply, notSubscribedReply, problemReply, settingsReply, shareLabel,
  sharedBy, somethingWrongReply, subscribedAnnouncement, unsubscribedAnnouncement, type SubscriptionView,
} from './messages.ts';
import { maySubscribe, type SubscribePolicy } from './permissions.ts';

/** The action id of the share button under an answer. */
export const SHARE_ACTION = 'mujaz_share';
/** A new subscription's time when the user names none. */
export const DEFAULT_LOCAL_TIME = '07:30';

/** The share button under an answer. */
export type ShareButtonBlock = {
  type: 'actions';
  elements: { type: 'button'; action_id: string; text: { type: 'plain_text'; text: string; emoji: boolean }; value: string }[];
};
/** A message as posted: the renderer's blocks, plus the button added here. */
export type Outgoing = { text: string; blocks: (SlackBlock | ShareButtonBlock)[] };

/** How the listener answers: privately to the asker, or in the channel for everyone. */
export type Replier = {
  private(messages: readonly Outgoing[]): Promise<void>;
  announce(message: Outgoing): Promise<void>;
};

/** One command as it arrived. */
export type Invocation = { readonly channelId: string; readonly userId: string; readonly text: string; readonly reply: Replier };

/** What the handler needs; all of it is given by app.ts. */
export type CommandDeps = {
  readonly engine: Engine;
  readonly subscriptions: SubscriptionStore;
  readonly client: Pick<webApi.WebClient, 'chat' | 'conversations' | 'users'>;
  readonly command: string;
  readonly policy: SubscribePolicy;
  readonly defaultLanguage: Lang;
  readonly now: () => Date;
  readonly botUserId: () => string | undefined;
  readonly logger?: Logger;
  /** Told about any failure that is not the user's: the app's one error handler. */
  readonly reportError: (error: unknown, where: string) => void;
  /** Called after a subscription changed (the scheduler re-reads its jobs sooner). */
  readonly onSubscriptionChange?: () => void;
};

/** The command handler app.ts calls. */
export type CommandHandler = {
  handle(invocation: Invocation): Promise<void>;
  /** The share button: post the answer (recomposed from the button's command words) in the channel. */
  share(invocation: Invocation & { readonly value: string }): Promise<'shared' | 'not_in_channel' | 'failed'>;
};

function isPlatformError(error: unknown, ...codes: string[]): boolean {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' && codes.includes(data.error);
}

const viewOf = (subscription: Subscription, now: number): SubscriptionView => subscriptionView(subscription, now);
const detailOf = (detail: Subscription['detail']) => (detail === undefined ? {} : { detail });

/** Create the command handler over the engine, the subscription store and the Web API. */
export function createCommandHandler(deps: CommandDeps): CommandHandler {
  const logger = deps.logger ?? silentLogger;
  // Two people subscribing one channel at the same moment must not leave two subscriptions.
  const channelLocks = new Map<string, Promise<unknown>>();

  function locked<T>(channelId: string, work: () => Promise<T>): Promise<T> {
    const previous = channelLocks.get(channelId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    channelLocks.set(channelId, next);
    return next.finally(() => {
      if (channelLocks.get(channelId) === next) channelLocks.delete(channelId);
    });
  }

  async function channelSubscriptions(channelId: string): Promise<Subscription[]> {
    return (await deps.subscriptions.listSubscriptions({ platform: 'slack' })).filter((s) => s.destination.chatId === channelId && s.destination.threadId === undefined);
  }

  function today(timeZone = 'UTC'): string {
    return localDateOf(deps.now().getTime(), timeZone);
  }

  async function roles(userId: string) {
    const { user } = await deps.client.users.info({ user: userId });
    return { isAdmin: user?.is_admin === true, isOwner: user?.is_owner === true || user?.is_primary_owner === true };
  }

  /** Whether the app can post in the channel: a member, or the app's own DM. */
  async function appIsIn(channelId: string): Promise<boolean> {
    try {
      const { channel } = await deps.client.conversations.info({ channel: channelId });
      return channel?.is_member === true || channel?.is_im === true;
    } catch (error) {
      // A private channel the app is not in is invisible to it: Slack answers channel_not_found.
      if (isPlatformError(error, 'channel_not_found', 'not_in_channel')) return false;
      // A DM needs im:read to be looked at, which the app does not ask for: let the delivery decide.
      if (isPlatformError(error, 'missing_scope') && channelId.startsWith('D')) return true;
      throw error;
    }
  }

  async function userTimeZone(userId: string): Promise<string | undefined> {
    try {
      const { user } = await deps.client.users.info({ user: userId });
      return typeof user?.tz === 'string' ? resolveTimeZone(user.tz) : undefined;
    } catch (error) {
      // Only a default: without users:read, or with a zone this runtime does not know, UTC will do.
      logger.debug('no time zone from the user profile', { error: (error as Error).message });
      return undefined;
    }
  }

  async function answer(invocation: Invocation, question: Question, lang: Lang, timeZone: string | undefined): Promise<void> {
    const result = await answerQuestion(deps.engine, question, lang, today(timeZone), deps.command);
    if ('reply' in result) return invocation.reply.private([result.reply]);
    const button: ShareButtonBlock = { type: 'actions', elements: [{ type: 'button', action_id: SHARE_ACTION, text: { type: 'plain_text', text: shareLabel(lang), emoji: false }, value: questionText(question, lang) }] };
    const messages: Outgoing[] = result.messages.map((message, index) => (index === result.messages.length - 1 ? { text: message.text, blocks: [...message.blocks, button] } : message));
    await invocation.reply.private(messages);
  }

  async function subscribe(invocation: Invocation, request: Extract<SlackRequest, { kind: 'subscribe' }>, existing: Subscription | undefined, lang: Lang): Promise<void> {
    if (!(await maySubscribe(deps.policy, invocation.userId, roles))) return invocation.reply.private([notAllowedReply(deps.policy, lang)]);
    if (!(await appIsIn(invocation.channelId))) return invocation.reply.private([inviteFirstReply(deps.botUserId(), deps.command, lang)]);
    const timeZone = request.timeZone ?? existing?.timeZone ?? (await userTimeZone(invocation.userId)) ?? 'UTC';
    const wanted = {
      localTime: request.localTime ?? existing?.localTime ?? DEFAULT_LOCAL_TIME,
      timeZone,
      language: request.lang ?? existing?.language ?? deps.defaultLanguage,
      sections: request.sections ?? existing?.sections ?? 'all',
      ...detailOf(request.detail ?? existing?.detail),
      ...((request.arabicQuotes ?? existing?.arabicQuotes) === true ? { arabicQuotes: true } : {}),
    };
    const at = deps.now().toISOString();
    const same = existing !== undefined && (['localTime', 'timeZone', 'language', 'sections', 'detail'] as const).every((key) => existing[key] === wanted[key])
      && (existing.arabicQuotes === true) === (wanted.arabicQuotes === true);
    if (same && existing.state === 'active') return invocation.reply.private([alreadySubscribedReply(viewOf(existing, deps.now().getTime()), lang)]);
    let subscription: Subscription;
    if (same) subscription = (await deps.subscriptions.resumeSubscription(existing.id, at)) ?? existing;
    else {
      // The store has no update: a changed subscription is replaced (its delivery history goes with it).
      if (existing !== undefined) await deps.subscriptions.removeSubscription(existing.id);
      subscription = await deps.subscriptions.addSubscription({
        platform: 'slack', destination: { chatId: invocation.channelId }, ...wanted, whenEmpty: 'notice', createdBy: `slack:${invocation.userId}`,
      }, at);
    }
    logger.info('subscribed', { subscription: subscription.id, channel: invocation.channelId, user: invocation.userId, localTime: subscription.localTime, zone: subscription.timeZone });
    deps.onSubscriptionChange?.();
    await invocation.reply.announce(subscribedAnnouncement(invocation.userId, viewOf(subscription, deps.now().getTime()), existing !== undefined, subscription.language));
  }

  async function unsubscribe(invocation: Invocation, existing: readonly Subscription[], lang: Lang): Promise<void> {
    if (existing.length === 0) return invocation.reply.private([notSubscribedReply(deps.command, lang)]);
    if (!(await maySubscribe(deps.policy, invocation.userId, roles))) return invocation.reply.private([notAllowedReply(deps.policy, lang)]);
    for (const subscription of existing) await deps.subscriptions.removeSubscription(subscription.id);
    logger.info('unsubscribed', { channel: invocation.channelId, user: invocation.userId, removed: existing.length });
    deps.onSubscriptionChange?.();
    await invocation.reply.announce(unsubscribedAnnouncement(invocation.userId, lang));
  }

  async function run(invocation: Invocation): Promise<void> {
    const parsed = parseCommand(invocation.text);
    const existing = await channelSubscriptions(invocation.channelId);
    const current = existing[0];
    const channelLang = current?.language ?? deps.defaultLanguage;
    if (!parsed.ok) return invocation.reply.private([problemReply(parsed.problem, deps.command, parsed.lang ?? channelLang)]);
    const request = parsed.request;
    const lang = ('lang' in request ? request.lang : undefined) ?? channelLang;
    switch (request.kind) {
      case 'help':
        return invocation.reply.private([helpReply(deps.command, deps.policy, lang)]);
      case 'settings':
        return invocation.reply.private([settingsReply(current && viewOf(current, deps.now().getTime()), deps.policy, deps.command, lang)]);
      case 'status':
      case 'digest':
        return answer(invocation, request, lang, current?.timeZone);
      case 'subscribe':
        return locked(invocation.channelId, async () => subscribe(invocation, request, (await channelSubscriptions(invocation.channelId))[0], lang));
      case 'unsubscribe':
        return locked(invocation.channelId, async () => unsubscribe(invocation, await channelSubscriptions(invocation.channelId), lang));
    }
  }

  async function guarded<T>(invocation: Invocation, where: string, work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      deps.reportError(error, where);
      const lang = deps.defaultLanguage;
      // The user hears that it failed (never why: the details may name internals); the log has the rest.
      await invocation.reply.private([error instanceof InputError ? { text: error.message, blocks: [] } : somethingWrongReply(lang)]).catch((replyError: unknown) => deps.reportError(replyError, `${where} (reply)`));
      return undefined;
    }
  }

  return {
    handle: (invocation) => guarded(invocation, 'command', () => run(invocation)).then(() => undefined),
    async share(invocation) {
      const outcome = await guarded(invocation, 'share', async () => {
        const parsed = parseCommand(invocation.value);
        if (!parsed.ok || (parsed.request.kind !== 'status' && parsed.request.kind !== 'digest')) throw new InputError('this share button is out of date; ask again');
        const question = parsed.request;
        const lang = question.lang ?? deps.defaultLanguage;
        const result = await answerQuestion(deps.engine, question, lang, today((await channelSubscriptions(invocation.channelId))[0]?.timeZone), deps.command);
        const messages: readonly SlackMessage[] = 'reply' in result ? [result.reply] : result.messages;
        let threadTs: string | undefined;
        for (const [index, message] of messages.entries()) {
          const blocks: SlackBlock[] = index === 0 ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: sharedBy(invocation.userId, lang), verbatim: true }] }, ...message.blocks] : message.blocks;
          try {
            const posted = await deps.client.chat.postMessage({ channel: invocation.channelId, text: message.text, blocks, unfurl_links: false, unfurl_media: false, ...(threadTs === undefined ? {} : { thread_ts: threadTs }) });
            threadTs ??= posted.ts;
          } catch (error) {
            if (index === 0 && isPlatformError(error, 'not_in_channel', 'channel_not_found')) {
              await invocation.reply.private([inviteFirstReply(deps.botUserId(), deps.command, lang)]);
              return 'not_in_channel' as const;
            }
            throw error;
          }
        }
        return 'shared' as const;
      });
      return outcome ?? 'failed';
    },
  };
}
