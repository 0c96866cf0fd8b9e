/**
 * Everything the bot says in its own voice, in Arabic and English. Content (digests, statuses)
 * comes from src/; this file holds only the bot's replies, usage lines and command descriptions.
 */
import { FULL_DIGEST_WORD, type BriefingSections, type Lang, type RequestProblem, type SubscriptionView } from '../../src/index.ts';

/** A command the bot registers with setMyCommands. */
export type CommandName = 'start' | 'help' | 'status' | 'digest' | 'subscribe' | 'unsubscribe' | 'settings' | 'sources';

/** The commands in menu order. */
export const commandNames: readonly CommandName[] = ['start', 'help', 'status', 'digest', 'subscribe', 'unsubscribe', 'settings', 'sources'];

/** Why a channel cannot be subscribed, as found by the permission check. */
export type ChannelProblem = 'not_found' | 'not_a_channel' | 'bot_not_member' | 'bot_not_admin' | 'bot_cannot_post' | 'user_not_admin';

/** Settings as shown to a user: the shared reading (src/schedule/subscription-view.ts). */
export type SettingsView = SubscriptionView;

type Texts = {
  readonly descriptions: Record<CommandName, string>;
  readonly usage: Record<Exclude<CommandName, 'start' | 'help' | 'sources'>, string>;
  readonly welcome: (name: string | undefined) => string;
  readonly helpTitle: string;
  readonly helpFooter: string;
  readonly somethingWrong: string;
  readonly unknownCommand: string;
  readonly notADate: (text: string) => string;
  readonly noNewsThatDay: (day: string, known: readonly string[]) => string;
  readonly noNewsYet: string;
  readonly unknownZone: (text: string, suggestion: string | undefined) => string;
  readonly badTime: (text: string) => string;
  readonly notUnderstood: (text: string) => string;
  readonly adminsOnly: string;
  readonly postAsYourself: string;
  readonly channelFromPrivate: string;
  readonly channelProblem: (problem: ChannelProblem, channel: string, bot: string) => string;
  readonly subscribed: (where: string) => string;
  readonly updated: (where: string) => string;
  readonly unsubscribed: (where: string) => string;
  readonly noSubscription: (where: string) => string;
  readonly settingsTitle: (where: string) => string;
  readonly settingsLines: (view: SettingsView) => string[];
  readonly pausedHint: (reason: string) => string;
  readonly thisChat: string;
  readonly thisTopic: string;
  readonly sourcesTitle: string;
  readonly sourcesIntro: string;
};

const SECTIONS_AR: Record<BriefingSections, string> = { all: 'المفاوضات والأرقام', talks: 'المفاوضات', figures: 'الأرقام' };
const SECTIONS_EN: Record<BriefingSections, string> = { all: 'talks and figures', talks: 'talks', figures: 'figures' };

const ar: Texts = {
  descriptions: {
    start: 'ابدأ: ما يفعله موجز',
    help: 'الأوامر وطريقة استخدامها',
    status: 'وضع المفاوضات أو الأرقام: /status talks أو figures',
    digest: 'موجز يوم: /digest أو /digest 2026-02-05، والموجز الكامل: /digest 2026-02-05 كامل',
    subscribe: 'اشترك في الموجز الصباحي: /subscribe 07:30 Asia/Dubai ar all',
    unsubscribe: 'ألغِ اشتراك هذه المحادثة',
    settings: 'إعدادات الاشتراك وموعد الموجز التالي',
    sources: 'المصادر التي يُبنى عليها الموجز',
  },
  usage: {
    status: 'الاستخدام: /status [talks|figures] [ar|en]',
    digest: 'الاستخدام: /digest [YYYY-MM-DD] [talks|figures|all] [ar|en] [كامل] [quotes]',
    subscribe: 'الاستخدام: /subscribe [HH:MM] [المنطقة الزمنية] [ar|en] [talks|figures|all] [موجز|كامل] [quotes|noquotes] — ولقناة: /subscribe @القناة …',
    unsubscribe: 'الاستخدام: /unsubscribe — ولقناة: /unsubscribe @القناة',
    settings: 'الاستخدام: /settings — ولقناة: /settings @القناة',
  },
  welcome: (name) => `أهلًا${name ? ` ${name}` : ''}! أنا موجز: أقرأ الأخبار العربية عن الحرب في أوكرانيا ومفاوضات السلام وأرسل موجزًا يوميًا بالوقائع والأرقام ومصادرها.`,
  helpTitle: 'الأوامر',
  helpFooter: 'في المجموعات يشترك المشرفون فقط. لاشتراك قناة أرسل من المحادثة الخاصة: /subscribe @القناة 07:30 Asia/Dubai',
  somethingWrong: 'حدث خطأ ما، حاول مرة أخرى.',
  unknownCommand: 'لا أعرف هذا الأمر. أرسل /help لقائمة الأوامر.',
  notADate: (text) => `'${text}' ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD، مثل 2026-02-05.`,
  noNewsThatDay: (day, known) => `لا أخبار ليوم ${day}.${known.length > 0 ? ` أيام فيها أخبار: ${known.join('، ')}.` : ''}`,
  noNewsYet: 'لا أخبار بعد.',
  unknownZone: (text, suggestion) => `منطقة زمنية غير معروفة '${text}'${suggestion ? ` — هل تقصد ${suggestion}؟` : ' — استخدم اسمًا مثل Asia/Dubai أو Europe/Kyiv.'}`,
  badTime: (text) => `'${text}' ليس وقتًا؛ اكتبه بالشكل HH:MM، مثل 07:30.`,
  notUnderstood: (text) => `لم أفهم '${text}'.`,
  adminsOnly: 'مشرفو المجموعة فقط يمكنهم تغيير اشتراكها.',
  postAsYourself: 'أرسل الأمر باسمك أو باسم المجموعة، لا باسم قناة.',
  channelFromPrivate: 'لاشتراك قناة أرسل الأمر في محادثة خاصة معي: /subscribe @القناة …',
  channelProblem: (problem, channel, bot) => {
    switch (problem) {
      case 'not_found': return `لم أجد ${channel}. تحقق من اسم القناة، وأضفني (@${bot}) إليها مشرفًا.`;
      case 'not_a_channel': return `${channel} ليست قناة. لاشتراك مجموعة أرسل /subscribe داخلها.`;
      case 'bot_not_member': return `لست عضوًا في ${channel}. أضفني (@${bot}) إلى القناة مشرفًا مع صلاحية «نشر الرسائل»، ثم أعد المحاولة.`;
      case 'bot_not_admin': return `لست مشرفًا في ${channel}. اجعلني (@${bot}) مشرفًا مع صلاحية «نشر الرسائل»، ثم أعد المحاولة.`;
      case 'bot_cannot_post': return `أنا مشرف في ${channel} لكن دون صلاحية «نشر الرسائل». فعّلها ثم أعد المحاولة.`;
      case 'user_not_admin': return `مشرفو ${channel} فقط يمكنهم اشتراكها، وأنت لست مشرفًا فيها.`;
    }
  },
  subscribed: (where) => `تم الاشتراك: سيصل الموجز إلى ${where} يوميًا.`,
  updated: (where) => `تم تحديث اشتراك ${where}.`,
  unsubscribed: (where) => `أُلغي اشتراك ${where}. أرسل /subscribe للاشتراك من جديد.`,
  noSubscription: (where) => `لا يوجد اشتراك في ${where}. أرسل /subscribe للاشتراك.`,
  settingsTitle: (where) => `اشتراك ${where}`,
  settingsLines: (view) => [
    `الوقت: ${view.localTime} (${view.timeZone})`,
    `اللغة: ${view.language === 'ar' ? 'العربية' : 'الإنجليزية'}`,
    `الأقسام: ${SECTIONS_AR[view.sections]}`,
    `المحتوى: ${view.detail === 'full' ? 'الموجز الكامل' : view.detail === 'brief' ? 'الموجز القصير' : 'ما يختاره المشغّل'}`,
    ...(view.language === 'en' ? [`الاقتباسات العربية: ${view.arabicQuotes ? 'نعم' : 'لا'}`] : []),
    view.paused === undefined ? `الموجز التالي: ${view.next ?? '—'} (${view.timeZone})` : `متوقف: ${view.paused} — أرسل /subscribe لاستئنافه`,
  ],
  pausedHint: (reason) => `اشتراك هذه المحادثة متوقف (${reason}). أرسل /subscribe لاستئنافه.`,
  thisChat: 'هذه المحادثة',
  thisTopic: 'هذا الموضوع',
  sourcesTitle: 'المصادر',
  sourcesIntro: 'يبني موجز ملخصاته من مقالات إخبارية عربية يجمعها المشغّل، ويذكر لكل واقعة عدد التقارير ومصادرها. مصادر آخر يوم:',
};

const en: Texts = {
  descriptions: {
    start: 'Start: what mujaz does',
    help: 'Commands and how to use them',
    status: 'Where the talks or the figures stand: /status talks or figures',
    digest: "A day's brief: /digest or /digest 2026-02-05; the full digest: /digest 2026-02-05 full",
    subscribe: 'Get the morning briefing: /subscribe 07:30 Asia/Dubai en all',
    unsubscribe: "Stop this chat's briefing",
    settings: "This chat's subscription and next briefing",
    sources: 'Where the briefing comes from',
  },
  usage: {
    status: 'Usage: /status [talks|figures] [ar|en]',
    digest: 'Usage: /digest [YYYY-MM-DD] [talks|figures|all] [ar|en] [full] [quotes]',
    subscribe: 'Usage: /subscribe [HH:MM] [time zone] [ar|en] [talks|figures|all] [brief|full] [quotes|noquotes] — for a channel: /subscribe @channel …',
    unsubscribe: 'Usage: /unsubscribe — for a channel: /unsubscribe @channel',
    settings: 'Usage: /settings — for a channel: /settings @channel',
  },
  welcome: (name) => `Hello${name ? ` ${name}` : ''}! I am mujaz: I read Arabic news on the war in Ukraine and the peace talks, and send a daily briefing of the facts and figures with their sources.`,
  helpTitle: 'Commands',
  helpFooter: 'In groups only administrators can subscribe. To subscribe a channel, send from a private chat with me: /subscribe @channel 07:30 Asia/Dubai',
  somethingWrong: 'Something went wrong, try again.',
  unknownCommand: "I don't know that command. Send /help for the list.",
  notADate: (text) => `'${text}' is not a date; write it as YYYY-MM-DD, for example 2026-02-05.`,
  noNewsThatDay: (day, known) => `No news for ${day}.${known.length > 0 ? ` Days with news: ${known.join(', ')}.` : ''}`,
  noNewsYet: 'No news yet.',
  unknownZone: (text, suggestion) => `Unknown time zone '${text}'${suggestion ? ` — did you mean ${suggestion}?` : ' — use a name such as Asia/Dubai or Europe/Kyiv.'}`,
  badTime: (text) => `'${text}' is not a time of day; write it as HH:MM, for example 07:30.`,
  notUnderstood: (text) => `I don't understand '${text}'.`,
  adminsOnly: "Only the group's administrators can change its subscription.",
  postAsYourself: 'Send the command as yourself or as the group, not as a channel.',
  channelFromPrivate: 'To subscribe a channel, send the command in a private chat with me: /subscribe @channel …',
  channelProblem: (problem, channel, bot) => {
    switch (problem) {
      case 'not_found': return `I can't find ${channel}. Check the channel's username, and add me (@${bot}) to it as an administrator.`;
      case 'not_a_channel': return `${channel} is not a channel. To subscribe a group, send /subscribe in the group.`;
      case 'bot_not_member': return `I am not in ${channel}. Add me (@${bot}) to the channel as an administrator with the "Post messages" right, then try again.`;
      case 'bot_not_admin': return `I am not an administrator of ${channel}. Make me (@${bot}) an administrator with the "Post messages" right, then try again.`;
      case 'bot_cannot_post': return `I am an administrator of ${channel} but without the "Post messages" right. Turn it on, then try again.`;
      case 'user_not_admin': return `Only administrators of ${channel} can subscribe it, and you are not one.`;
    }
  },
  subscribed: (where) => `Subscribed: the briefing will arrive in ${where} every day.`,
  updated: (where) => `Updated the subscription of ${where}.`,
  unsubscribed: (where) => `Unsubscribed ${where}. Send /subscribe to start again.`,
  noSubscription: (where) => `There is no subscription in ${where}. Send /subscribe to get the briefing.`,
  settingsTitle: (where) => `Subscription of ${where}`,
  settingsLines: (view) => [
    `Time: ${view.localTime} (${view.timeZone})`,
    `Language: ${view.language === 'ar' ? 'Arabic' : 'English'}`,
    `Sections: ${SECTIONS_EN[view.sections]}`,
    `Detail: ${view.detail === 'full' ? 'the full digest' : view.detail === 'brief' ? 'the brief' : "the operator's default"}`,
    ...(view.language === 'en' ? [`Arabic quotes: ${view.arabicQuotes ? 'shown' : 'not shown (send /subscribe quotes to add them)'}`] : []),
    view.paused === undefined ? `Next briefing: ${view.next ?? '—'} (${view.timeZone})` : `Paused: ${view.paused} — send /subscribe to resume`,
  ],
  pausedHint: (reason) => `This chat's subscription is paused (${reason}). Send /subscribe to resume it.`,
  thisChat: 'this chat',
  thisTopic: 'this topic',
  sourcesTitle: 'Sources',
  sourcesIntro: 'mujaz builds its briefings from Arabic news articles collected by its operator, and gives every fact with its number of reports and their sources. Sources of the latest day:',
};

/** The bot's texts in a language. */
/** How a chat asks for a day's full digest, as the brief's last line tells it. */
export function fullDigestCommand(day: string, lang: Lang): string {
  return `/digest ${day} ${FULL_DIGEST_WORD[lang]}`;
}

export function textsFor(lang: Lang): Texts {
  return lang === 'ar' ? ar : en;
}

/** The shared grammar's problem in this chat's words. */
export function problemLine(problem: RequestProblem, lang: Lang): string {
  const texts = textsFor(lang);
  if (problem.code === 'bad_time') return texts.badTime(problem.word);
  if (problem.code === 'unknown_zone') return texts.unknownZone(problem.word, problem.suggestion);
  if (problem.code === 'bad_date') return texts.notADate(problem.word);
  return texts.notUnderstood(problem.word);
}
