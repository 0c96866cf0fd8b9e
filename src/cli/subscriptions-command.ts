import { InputError, NotFoundError } from '../errors.ts';
import { toIso } from '../schedule/clock.ts';
import { nextDueAt, wallClock } from '../schedule/subscription-view.ts';
import { resolveLocalTime, resolveTimeZone } from '../schedule/time-zone.ts';
import { CONSOLE_PLATFORM, type Platform, type Subscription, type SubscriptionDraft } from '../store/subscription-store.ts';
import { stringOption, type Command } from './command.ts';
import { withBackend } from './open-delivery-store.ts';

const usage = [
  'mujaz subscriptions list [--json]',
  '       mujaz subscriptions add --chat ID --time HH:MM --tz ZONE [--platform console|NAME] [--thread ID]',
  '                               [--lang ar|en] [--sections all|talks|figures] [--detail brief|full] [--arabic-quotes]',
  '                               [--when-empty notice|skip] [--by NAME]',
  '       mujaz subscriptions remove|resume ID',
  '       mujaz subscriptions pause ID [--reason TEXT]',
].join('\n');

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`--${name} '${value}' is not one of ${allowed.join(', ')}`);
}


/** The next briefing on the subscriber's wall clock, with the instant in UTC for the operator ("2026-02-06 07:30 Asia/Dubai (03:30 UTC)"). */
function nextLine(due: number, timeZone: string): string {
  return `${wallClock(due, timeZone)} ${timeZone} (${toIso(due).slice(11, 16)} UTC)`;
}

function describe(subscription: Subscription, now: number): string {
  const where = `${subscription.platform}:${subscription.destination.chatId}${subscription.destination.threadId === undefined ? '' : `#${subscription.destination.threadId}`}`;
  const state = subscription.state === 'paused' ? `paused (${subscription.pausedReason ?? 'no reason given'})` : `active, next ${nextLine(nextDueAt(subscription, now), subscription.timeZone)}`;
  const choices = [
    subscription.detail === undefined ? '' : ` ${subscription.detail}`,
    subscription.arabicQuotes === true ? ' arabic-quotes' : '',
    subscription.whenEmpty === 'skip' ? ' quiet-when-empty' : '',
  ].join('');
  return `${subscription.id}  ${where}  ${subscription.localTime} ${subscription.timeZone}  ${subscription.language} ${subscription.sections}${choices}  ${state}`;
}

/**
 * `mujaz subscriptions list|add|remove|pause|resume`. `platforms` are the names of the adapters
 * wired in (bots/main.ts); `console` is always known.
 */
export const createSubscriptionsCommand = (platforms: readonly Platform[] = []): Command => ({
  name: 'subscriptions',
  summary: 'list, add, remove, pause or resume the subscriptions to the morning briefing',
  usage,
  options: {
    json: { type: 'boolean' },
    platform: { type: 'string' },
    chat: { type: 'string' },
    thread: { type: 'string' },
    time: { type: 'string' },
    tz: { type: 'string' },
    lang: { type: 'string' },
    sections: { type: 'string' },
    'when-empty': { type: 'string' },
    detail: { type: 'string' },
    'arabic-quotes': { type: 'boolean' },
    by: { type: 'string' },
    reason: { type: 'string' },
  },
  optionHelp: {
    json: 'list: JSON instead of text',
    platform: 'add: where the briefing goes: console (default) or a wired platform (telegram, slack)',
    chat: 'add: the chat or channel id (write a leading - as --chat=-100123)',
    thread: 'add: a forum topic or thread id within the chat',
    time: 'add: the local time of the briefing, HH:MM',
    tz: 'add: the IANA time zone of that time, e.g. Asia/Dubai',
    lang: 'add: ar (default) or en',
    sections: 'add: all (default), talks or figures',
    'when-empty': 'add: on a day with nothing new, send a notice (default) or skip',
    detail: 'add: brief or full (default: MUJAZ_BRIEFING)',
    'arabic-quotes': 'add: an English briefing with the Arabic words of each quote',
    by: 'add: who added it, for the record',
    reason: 'pause: why, shown in settings'
  },
  examples: ['mujaz subscriptions add --chat me --time 07:30 --tz Asia/Dubai --lang en', 'mujaz subscriptions pause s0823f64b19 --reason holiday'],
  allowPositionals: true,
  async run(context, values, positionals) {
    const [action = 'list', id, ...extra] = positionals;
    if (extra.length > 0) throw new InputError(`unexpected arguments: ${extra.join(' ')}\nusage: ${usage}`);
    const now = context.now();
    const needId = (): string => {
      if (id === undefined) throw new InputError(`mujaz subscriptions ${action} needs a subscription id (see mujaz subscriptions list)`);
      return id;
    };
    const found = (subscription: Subscription | undefined): Subscription => {
      if (!subscription) throw new NotFoundError(`no subscription '${id}'; see mujaz subscriptions list`);
      return subscription;
    };
    return withBackend(context, async ({ deliveries: store }) => {
      switch (action) {
        case 'list': {
          const all = await store.listSubscriptions();
          if (values.json) context.out(JSON.stringify(all, null, 2));
          else if (all.length === 0) context.out('no subscriptions; add one with: mujaz subscriptions add --chat ID --time 07:30 --tz Asia/Dubai');
          else for (const subscription of all) context.out(describe(subscription, now.getTime()));
          return 0;
        }
        case 'add': {
          const chat = stringOption(values, 'chat');
          const time = stringOption(values, 'time');
          const zone = stringOption(values, 'tz');
          const missing = [chat === undefined ? '--chat' : '', time === undefined ? '--time' : '', zone === undefined ? '--tz' : ''].filter(Boolean);
          if (missing.length > 0) throw new InputError(`mujaz subscriptions add needs ${missing.join(', ')}\nusage: ${usage}`);
          const thread = stringOption(values, 'thread');
          const draft: SubscriptionDraft = {
            platform: oneOf<Platform>('platform', stringOption(values, 'platform'), [CONSOLE_PLATFORM, ...platforms], CONSOLE_PLATFORM),
            destination: thread === undefined ? { chatId: chat as string } : { chatId: chat as string, threadId: thread },
            localTime: resolveLocalTime(time as string),
            timeZone: resolveTimeZone(zone as string),
            language: oneOf('lang', stringOption(values, 'lang'), ['ar', 'en'] as const, 'ar'),
            sections: oneOf('sections', stringOption(values, 'sections'), ['all', 'talks', 'figures'] as const, 'all'),
            whenEmpty: oneOf('when-empty', stringOption(values, 'when-empty'), ['notice', 'skip'] as const, 'notice'),
            ...(stringOption(values, 'detail') === undefined ? {} : { detail: oneOf('detail', stringOption(values, 'detail'), ['brief', 'full'] as const, 'brief') }),
            ...(values['arabic-quotes'] === true ? { arabicQuotes: true } : {}),
            createdBy: stringOption(values, 'by') ?? 'cli',
          };
          const added = await store.addSubscription(draft, now.toISOString());
          context.out(values.json ? JSON.stringify(added, null, 2) : `added ${describe(added, now.getTime())}`);
          return 0;
        }
        case 'remove': {
          if (!(await store.removeSubscription(needId()))) found(undefined);
          context.out(`removed ${id} and its delivery history`);
          return 0;
        }
        case 'pause': {
          const paused = found(await store.pauseSubscription(needId(), stringOption(values, 'reason') ?? 'paused from the command line', now.toISOString()));
          context.out(`paused ${describe(paused, now.getTime())}`);
          return 0;
        }
        case 'resume': {
          const resumed = found(await store.resumeSubscription(needId(), now.toISOString()));
          context.out(`resumed ${describe(resumed, now.getTime())}`);
          return 0;
        }
        default:
          throw new InputError(`unknown action '${action}'; use list, add, remove, pause or resume\nusage: ${usage}`);
      }
    }, action === 'list' ? 'read' : 'write');
  },
});
