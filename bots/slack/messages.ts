/**
 * Everything the Slack app says in its own voice, in Arabic and English. Content (digests and
 * statuses) comes from src/ through the Block Kit renderer; this file holds replies, usage and
 * announcements. Anything a user typed is escaped before it is echoed; the only deliberate mention
 * is of the user who changed a subscription, written from the id Slack signed.
 */
import type { BriefingDetail, BriefingSections, Lang, SubscriptionView } from '../../src/index.ts';
import { escapeSlackText, type SlackMessage } from './slack-blocks.ts';
import type { GrammarProblem } from './grammar.ts';
import type { SubscribePolicy } from './permissions.ts';

const RLM = '\u200F';

/** A subscription as shown in settings and announcements: the shared reading (src/schedule/subscription-view.ts). */
export type { SubscriptionView };

/** A user mention, only for ids shaped like Slack's (so a crafted payload cannot smuggle `<!channel>`). */
export function mention(userId: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : escapeSlackText(userId);
}

const code = (text: string): string => `\`${escapeSlackText(text).replace(/`/g, "'")}\``;

/** Lines of mrkdwn as one reply; Arabic lines start with a right-to-left mark (see slack-blocks.ts). */
export function reply(lines: readonly string[], lang: Lang): SlackMessage {
  // As in the renderer, the mark goes inside a leading bold asterisk, where Slack still opens bold.
  const marked = lines.map((line) => (lang !== 'ar' || line === '' ? line : line.startsWith('*') ? `*${RLM}${line.slice(1)}` : `${RLM}${line}`));
  const text = marked.join('\n');
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text, verbatim: true } }] };
}

const sectionNames: Record<Lang, Record<BriefingSections, string>> = {
  ar: { talks: 'المفاوضات', figures: 'الأرقام', all: 'المفاوضات والأرقام' },
  en: { talks: 'talks', figures: 'figures', all: 'talks and figures' },
};
const detailNames: Record<Lang, Record<BriefingDetail, string>> = { ar: { brief: 'الموجز القصير', full: 'الموجز الكامل' }, en: { brief: 'the brief', full: 'the full digest' } };
const languageNames: Record<Lang, Record<Lang, string>> = { ar: { ar: 'العربية', en: 'الإنجليزية' }, en: { ar: 'Arabic', en: 'English' } };

function describeSubscription(view: SubscriptionView, lang: Lang): string {
  const sep = lang === 'ar' ? '، ' : ', ';
  const detail = view.detail === undefined ? [] : [detailNames[lang][view.detail]];
  const quotes = view.language === 'en' && view.arabicQuotes ? [lang === 'ar' ? 'مع الاقتباسات العربية' : 'with the Arabic quotes'] : [];
  const what = [sectionNames[lang][view.sections], languageNames[lang][view.language], ...detail, ...quotes].join(sep);
  return lang === 'ar' ? `كل يوم الساعة ${view.localTime} بتوقيت ${view.timeZone} (${what})` : `every day at ${view.localTime} ${view.timeZone} (${what})`;
}

function describePolicy(policy: SubscribePolicy, lang: Lang): string {
  switch (policy.kind) {
    case 'anyone': return lang === 'ar' ? 'أي عضو في القناة' : 'anyone in the channel';
    case 'admins': return lang === 'ar' ? 'مديرو مساحة العمل ومالكوها' : 'workspace admins and owners';
    case 'users': return policy.userIds.map(mention).join(', ');
  }
}

/** The usage of every subcommand. */
export function helpReply(command: string, policy: SubscribePolicy, lang: Lang): SlackMessage {
  const c = (rest: string) => code(`${command} ${rest}`);
  if (lang === 'ar') {
    return reply([
      '*موجز — ملخصات أخبار الحرب الروسية الأوكرانية والمفاوضات*',
      `• ${c('status talks')} — أين وصلت المفاوضات`,
      `• ${c('status figures')} — آخر أرقام الخسائر`,
      `• ${c('digest [YYYY-MM-DD] [full] [quotes]')} — موجز يوم (آخر يوم افتراضيًا)، والموجز الكامل بكلمة full`,
      `• ${c('subscribe [HH:MM] [المنطقة الزمنية] [ar|en] [talks|figures|all] [brief|full] [quotes|noquotes]')} — موجز كل صباح في هذه القناة`,
      `• ${c('unsubscribe')} — إيقاف الموجز في هذه القناة`,
      `• ${c('settings')} — اشتراك هذه القناة`,
      `الإجابات تظهر لك وحدك، ويمكنك مشاركتها في القناة. يمكن أيضًا ذكر التطبيق: ${code('@mujaz status talks')}. من يملك تغيير الاشتراك: ${describePolicy(policy, lang)}.`,
    ], lang);
  }
  return reply([
    '*mujaz — briefings on the Russia–Ukraine war and talks*',
    `• ${c('status talks')} — where the talks stand`,
    `• ${c('status figures')} — the latest losses tally`,
    `• ${c('digest [YYYY-MM-DD] [full] [quotes]')} — one day's brief (the latest by default); full for the whole digest; quotes adds the Arabic quotes to English`,
    `• ${c('subscribe [HH:MM] [time zone] [ar|en] [talks|figures|all] [brief|full] [quotes|noquotes]')} — a briefing in this channel every morning: the brief or the full digest, with or without the Arabic quotes in English`,
    `• ${c('unsubscribe')} — stop this channel's briefing`,
    `• ${c('settings')} — this channel's subscription`,
    `Answers are shown to you only, with a button to share them. Mentioning the app works too: ${code('@mujaz status talks')}. Who may change the subscription: ${describePolicy(policy, lang)}.`,
  ], lang);
}

/** A command that could not be read, with what to type instead. */
export function problemReply(problem: GrammarProblem, command: string, lang: Lang): SlackMessage {
  const ar = lang === 'ar';
  const help = code(`${command} help`);
  switch (problem.code) {
    case 'unknown_command': {
      const hint = problem.suggestion ? (ar ? ` هل تقصد ${code(`${command} ${problem.suggestion}`)}؟` : ` Did you mean ${code(`${command} ${problem.suggestion}`)}?`) : '';
      return reply([ar ? `لا أعرف الأمر ${code(problem.word)}.${hint} اكتب ${help} لقائمة الأوامر.` : `I don't know ${code(problem.word)}.${hint} Try ${help}.`], lang);
    }
    case 'status_topic':
      return reply([ar ? `لا أعرف الحالة ${code(problem.word)}؛ اكتب ${code(`${command} status talks`)} أو ${code(`${command} status figures`)} أو ${code(`${command} status`)} للاثنتين.` : `There is no ${code(problem.word)} status: try ${code(`${command} status talks`)}, ${code(`${command} status figures`)}, or ${code(`${command} status`)} for both.`], lang);
    case 'bad_time':
      return reply([ar ? `${code(problem.word)} ليس وقتًا؛ اكتبه بالشكل HH:MM، مثل 07:30` : `${code(problem.word)} is not a time of day; write it as HH:MM, for example 07:30`], lang);
    case 'unknown_zone': {
      const hint = problem.suggestion ? (ar ? ` هل تقصد ${code(problem.suggestion)}؟` : ` Did you mean ${code(problem.suggestion)}?`) : ar ? ' استخدم اسمًا مثل Asia/Dubai أو Europe/Kyiv.' : ' Use a name such as Asia/Dubai or Europe/Kyiv.';
      return reply([ar ? `لا أعرف المنطقة الزمنية ${code(problem.word)}.${hint}` : `Unknown time zone ${code(problem.word)}.${hint}`], lang);
    }
    case 'bad_date':
      return reply([ar ? `${code(problem.word)} ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD، مثل 2026-02-05` : `${code(problem.word)} is not a date; write it as YYYY-MM-DD, for example 2026-02-05`], lang);
    case 'unexpected':
      return reply([ar ? `لم أفهم ${code(problem.word)} في ${code(`${command} ${problem.command}`)}. اكتب ${help}.` : `I didn't understand ${code(problem.word)} in ${code(`${command} ${problem.command}`)}. Try ${help}.`], lang);
  }
}

/** The user may not change this channel's subscription. */
export function notAllowedReply(policy: SubscribePolicy, lang: Lang): SlackMessage {
  const who = describePolicy(policy, lang);
  return reply([lang === 'ar' ? `تغيير اشتراك هذه القناة مقصور على: ${who}.` : `Only ${who} may change this channel's subscription.`], lang);
}

/** The app must be a member of the channel before it can post there. */
export function inviteFirstReply(botUserId: string | undefined, command: string, lang: Lang): SlackMessage {
  // The app's own mention renders as its name and notifies no one.
  const invite = `/invite ${botUserId === undefined ? '@mujaz' : mention(botUserId)}`;
  return reply([lang === 'ar' ? `لست عضوًا في هذه القناة بعد. ادعني أولًا: ${invite} ثم أعد ${code(`${command} subscribe`)}.` : `I'm not in this channel yet. Invite me first: ${invite}, then run ${code(`${command} subscribe`)} again.`], lang);
}

/** The channel already gets exactly this briefing. */
export function alreadySubscribedReply(view: SubscriptionView, lang: Lang): SlackMessage {
  return reply([lang === 'ar' ? `هذه القناة مشتركة بالفعل: ${describeSubscription(view, lang)}.` : `This channel already gets a briefing ${describeSubscription(view, lang)}.`], lang);
}

/** Announced in the channel: who subscribed it, to what, and when the first briefing comes. */
export function subscribedAnnouncement(userId: string, view: SubscriptionView, replaced: boolean, lang: Lang): SlackMessage {
  const who = mention(userId);
  const next = view.next ? (lang === 'ar' ? ` الموجز التالي: ${view.next}.` : ` Next briefing: ${view.next}.`) : '';
  if (lang === 'ar') return reply([`${who} ${replaced ? 'عدّل' : 'فعّل'} الموجز في هذه القناة: ${describeSubscription(view, lang)}.${next}`], lang);
  return reply([`${who} ${replaced ? 'changed' : 'subscribed'} this channel${replaced ? "'s briefing to" : ' to a briefing'} ${describeSubscription(view, lang)}.${next}`], lang);
}

/** Announced in the channel: the briefing stops. */
export function unsubscribedAnnouncement(userId: string, lang: Lang): SlackMessage {
  return reply([lang === 'ar' ? `${mention(userId)} أوقف الموجز في هذه القناة.` : `${mention(userId)} unsubscribed this channel: no more briefings here.`], lang);
}

/** Nothing to unsubscribe. */
export function notSubscribedReply(command: string, lang: Lang): SlackMessage {
  return reply([lang === 'ar' ? `هذه القناة غير مشتركة. للاشتراك: ${code(`${command} subscribe 07:30`)}` : `This channel has no subscription. To subscribe: ${code(`${command} subscribe 07:30`)}`], lang);
}

/** This channel's subscription, and who may change it. */
export function settingsReply(view: SubscriptionView | undefined, policy: SubscribePolicy, command: string, lang: Lang): SlackMessage {
  const ar = lang === 'ar';
  const lines = [ar ? '*إعدادات هذه القناة*' : "*This channel's settings*"];
  if (view === undefined) lines.push(ar ? `لا اشتراك. للاشتراك: ${code(`${command} subscribe 07:30`)}` : `No subscription. To subscribe: ${code(`${command} subscribe 07:30`)}`);
  else {
    lines.push(`• ${ar ? 'الموجز' : 'Briefing'}: ${describeSubscription(view, lang)}`);
    if (view.paused !== undefined) lines.push(`• ${ar ? 'متوقف' : 'Paused'}: ${escapeSlackText(view.paused)} — ${ar ? `أعد ${code(`${command} subscribe`)} لاستئنافه` : `run ${code(`${command} subscribe`)} again to resume`}`);
    else if (view.next !== undefined) lines.push(`• ${ar ? 'الموجز التالي' : 'Next'}: ${view.next}`);
  }
  lines.push(`• ${ar ? 'من يملك تغيير الاشتراك' : 'Who may change it'}: ${describePolicy(policy, lang)}`);
  return reply(lines, lang);
}

/** No news at all, or none on the day asked for. */
export function noNewsReply(day: string | undefined, known: readonly string[], lang: Lang): SlackMessage {
  const days = known.slice(0, 5).join(lang === 'ar' ? '، ' : ', ');
  if (day === undefined || known.length === 0) return reply([lang === 'ar' ? 'لا أخبار بعد.' : 'No news yet.'], lang);
  return reply([lang === 'ar' ? `لا أخبار مؤرخة ${day}. الأيام المتاحة: ${days}` : `No news dated ${day}. Days with news: ${days}`], lang);
}

/** Something failed inside mujaz; the details are in the log, not in the channel. */
export function somethingWrongReply(lang: Lang): SlackMessage {
  return reply([lang === 'ar' ? 'تعذّر إعداد الإجابة الآن (خطأ داخلي). حاول مرة أخرى بعد قليل.' : "mujaz couldn't answer just now (an internal error). Please try again in a moment."], lang);
}

/** The share button's label, and the line a shared answer carries. */
export function shareLabel(lang: Lang): string {
  return lang === 'ar' ? 'مشاركة في القناة' : 'Share in channel';
}

/** The context line above a shared answer. */
export function sharedBy(userId: string, lang: Lang): string {
  return lang === 'ar' ? `${RLM}شاركه ${mention(userId)}` : `Shared by ${mention(userId)}`;
}
