/**
 * The read-only commands: /start, /help, /status, /digest and /sources. Each asks the engine and
 * renders its blocks; nothing here knows how a digest is built or worded.
 */
import type { Composer, Context } from 'grammy';
import type { BotCommand } from 'grammy/types';
import {
  briefBlocks, digestBlocks, figuresStatusBlocks, talksStatusBlocks, TEMPLATES,
  type Block, type Lang,
} from '../../src/index.ts';
import { parseDigestArgument, parseStatusArgument } from './arguments.ts';
import { chatLanguage, destinationOf, findSubscription, replyBlocks, replyLines, today, userLanguage, type CommandDeps } from './chat.ts';
import { commandNames, fullDigestCommand, problemLine, textsFor } from './messages.ts';

/** The command menu in a language, as setMyCommands takes it. */
export function commandMenu(lang: Lang): BotCommand[] {
  const texts = textsFor(lang);
  return commandNames.map((command) => ({ command, description: texts.descriptions[command] }));
}

function helpBlocks(lang: Lang): Block[] {
  const texts = textsFor(lang);
  return [
    { kind: 'heading', text: texts.helpTitle },
    { kind: 'list', items: commandNames.map((command) => `/${command} — ${texts.descriptions[command]}`) },
    { kind: 'list', items: Object.values(texts.usage) },
    { kind: 'paragraph', text: texts.helpFooter },
  ];
}

/** The day a chat's "today" is: its subscription's zone, else UTC. */
async function chatToday(ctx: Context, deps: CommandDeps): Promise<string> {
  const subscription = ctx.msg === undefined ? undefined : await findSubscription(deps.subscriptions, destinationOf(ctx.msg));
  return today(deps.now(), subscription?.timeZone);
}

/** Register the read-only commands on a composer (the bot's error boundary). */
export function registerInfoCommands<C extends Context>(composer: Composer<C>, deps: CommandDeps): void {
  const { engine, subscriptions } = deps;

  composer.command('start', async (ctx) => {
    const lang = await chatLanguage(ctx, subscriptions);
    const texts = textsFor(lang);
    const subscription = ctx.msg === undefined ? undefined : await findSubscription(subscriptions, destinationOf(ctx.msg));
    const paused = subscription?.state === 'paused' ? [{ kind: 'paragraph', text: texts.pausedHint(subscription.pausedReason ?? '—') } as const] : [];
    await replyBlocks(ctx, [{ kind: 'paragraph', text: texts.welcome(ctx.from?.first_name) }, ...paused, ...helpBlocks(lang)], lang);
  });

  composer.command('help', async (ctx) => {
    const lang = await chatLanguage(ctx, subscriptions);
    await replyBlocks(ctx, helpBlocks(lang), lang);
  });

  composer.command('status', async (ctx) => {
    const lang = await chatLanguage(ctx, subscriptions);
    const parsed = parseStatusArgument(ctx.match);
    if (!parsed.ok) {
      await replyLines(ctx, [problemLine(parsed.problem, lang), textsFor(lang).usage.status], lang);
      return;
    }
    const asOf = await chatToday(ctx, deps);
    const { sections, language = lang } = parsed.value;
    if (sections !== 'figures') await replyBlocks(ctx, talksStatusBlocks(await engine.talksStatus(asOf), language), language);
    if (sections !== 'talks') await replyBlocks(ctx, figuresStatusBlocks(await engine.figuresStatus(asOf), language), language);
  });

  composer.command('digest', async (ctx) => {
    const chatLang = await chatLanguage(ctx, subscriptions);
    const parsed = parseDigestArgument(ctx.match);
    if (!parsed.ok) {
      await replyLines(ctx, [problemLine(parsed.problem, chatLang), textsFor(chatLang).usage.digest], chatLang);
      return;
    }
    // "/digest en": the digest in the language asked for.
    const lang = parsed.value.language ?? chatLang;
    const texts = textsFor(lang);
    const latest = await chatToday(ctx, deps);
    const days = await engine.newsDays();
    const day = parsed.value.day ?? days.find((candidate) => candidate <= latest);
    if (day === undefined) {
      await replyLines(ctx, [texts.noNewsYet], lang);
      return;
    }
    if (!days.includes(day)) {
      await replyLines(ctx, [texts.noNewsThatDay(day, days.slice(0, 5))], lang);
      return;
    }
    const digest = { ...(await engine.digest({ since: day, until: day }, lang)), sections: parsed.value.sections ?? 'all' };
    // The Arabic quotes in English when asked here, or when this chat's subscription asks for them.
    const quotes = parsed.value.arabicQuotes ?? (ctx.msg !== undefined && (await findSubscription(subscriptions, destinationOf(ctx.msg)))?.arabicQuotes === true);
    const text = quotes ? { arabicQuotes: true } : {};
    await replyBlocks(ctx, parsed.value.full ? digestBlocks(digest, lang, text) : briefBlocks(digest, lang, { fullDigest: fullDigestCommand(day, lang), ...text }), lang);
  });

  composer.command('sources', async (ctx) => {
    const lang = await chatLanguage(ctx, subscriptions);
    const texts = textsFor(lang);
    const latest = await chatToday(ctx, deps);
    const day = (await engine.newsDays()).find((candidate) => candidate <= latest);
    const intro: Block[] = [{ kind: 'heading', text: texts.sourcesTitle }, { kind: 'paragraph', text: texts.sourcesIntro }];
    if (day === undefined) {
      await replyBlocks(ctx, [...intro, { kind: 'paragraph', text: texts.noNewsYet }], lang);
      return;
    }
    // The digest's own sources section, so the list reads exactly as it does in the briefing.
    const blocks = digestBlocks(await engine.digest({ since: day, until: day }, lang), lang);
    const at = blocks.findIndex((block) => block.kind === 'heading' && block.text === TEMPLATES[lang].sources);
    await replyBlocks(ctx, [...intro, ...(at >= 0 ? blocks.slice(at + 1) : [])], lang);
  });
}

/** Answer a private chat's unknown command with a pointer to /help (in groups, it may be another bot's). */
export function registerUnknownCommand<C extends Context>(composer: Composer<C>): void {
  composer.chatType('private').on('message:entities:bot_command', async (ctx) => {
    if (ctx.msg.entities.some((entity) => entity.type === 'bot_command' && entity.offset === 0)) {
      const lang = userLanguage(ctx);
      await replyLines(ctx, [textsFor(lang).unknownCommand], lang);
    }
  });
}
