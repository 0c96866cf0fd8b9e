/**
 * The command language, shared by the slash command and by mentions (pure): `/briefing status
 * talks` and `@mujaz status talks` read the same. Arguments of `subscribe` and `digest` may come in
 * any order, because each kind of word is recognisable on its own (07:30, Asia/Dubai, ar, talks).
 */
import {
  briefingChoiceOf, editDistance, isCalendarDate, languageWordOf, resolveLocalTime, resolveTimeZone, sectionsWordOf, suggestTimeZone, timeWordOf, toAsciiDigits,
  type BriefingDetail, type BriefingSections, type Lang,
} from '../../src/index.ts';

/** The subcommands, in the order help lists them. */
export const subcommands = ['status', 'digest', 'subscribe', 'unsubscribe', 'settings', 'help'] as const;
/** One subcommand. */
export type Subcommand = (typeof subcommands)[number];

/** A question whose answer is shown to the asker, who can then share it. */
export type Question =
  | { readonly kind: 'status'; readonly topic: 'talks' | 'figures'; readonly lang?: Lang }
  | { readonly kind: 'digest'; readonly day?: string; readonly lang?: Lang; readonly sections?: BriefingSections; readonly full?: true; readonly arabicQuotes?: boolean };

/** A parsed command. */
export type SlackRequest =
  | Question
  | {
    readonly kind: 'subscribe'; readonly localTime?: string; readonly timeZone?: string; readonly lang?: Lang; readonly sections?: BriefingSections;
    readonly detail?: BriefingDetail; readonly arabicQuotes?: boolean;
  }
  | { readonly kind: 'unsubscribe'; readonly lang?: Lang }
  | { readonly kind: 'settings'; readonly lang?: Lang }
  | { readonly kind: 'help'; readonly lang?: Lang };

/** Why a command could not be read; messages.ts words each one in both languages. */
export type GrammarProblem =
  | { readonly code: 'unknown_command'; readonly word: string; readonly suggestion?: Subcommand }
  | { readonly code: 'status_topic'; readonly word?: string }
  | { readonly code: 'bad_time'; readonly word: string }
  | { readonly code: 'unknown_zone'; readonly word: string; readonly suggestion?: string }
  | { readonly code: 'bad_date'; readonly word: string }
  | { readonly code: 'unexpected'; readonly word: string; readonly command: Subcommand };

/** A parse: the request, or the problem and the language the user wrote in (when they named one). */
export type ParseResult = { readonly ok: true; readonly request: SlackRequest } | { readonly ok: false; readonly problem: GrammarProblem; readonly lang?: Lang };

/** Arabic words for the subcommands; languages, sections and briefing choices come from the shared vocabulary (src/schedule). */
const aliases: Readonly<Record<string, string>> = {
  حالة: 'status', الحالة: 'status', موجز: 'digest', الموجز: 'digest', اشتراك: 'subscribe', اشترك: 'subscribe', إلغاء: 'unsubscribe', الغاء: 'unsubscribe',
  إعدادات: 'settings', الإعدادات: 'settings', مساعدة: 'help',
};

/** A token as the grammar reads it: a subcommand alias, else a language or sections word in either language (shared with Telegram), else lower case. */
const wordOf = (token: string): string => aliases[token] ?? aliases[token.toLowerCase()] ?? languageWordOf(token) ?? sectionsWordOf(token) ?? token.toLowerCase();
const isLang = (word: string): word is Lang => word === 'ar' || word === 'en';
const isSections = (word: string): word is BriefingSections => word === 'talks' || word === 'figures' || word === 'all';

/** Remove the app's own mention (`<@U0BOT>` or `<@U0BOT|mujaz>`) and Slack's escapes from a mention's text. */
export function mentionText(text: string, botUserId: string | undefined): string {
  const own = botUserId === undefined ? /<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g : new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g');
  return text.replace(own, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/gu, ' ').trim();
}

function suggestCommand(word: string): Subcommand | undefined {
  let best: { name: Subcommand; distance: number } | undefined;
  for (const name of subcommands) {
    const distance = editDistance(word, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= 2 ? best.name : undefined;
}

type Fail = { ok: false; problem: GrammarProblem; lang?: Lang };

function languageIn(words: readonly string[]): Lang | undefined {
  return words.find(isLang);
}

function fail(problem: GrammarProblem, words: readonly string[]): Fail {
  const lang = languageIn(words);
  return lang === undefined ? { ok: false, problem } : { ok: false, problem, lang };
}

function parseSubscribe(tokens: readonly string[], words: readonly string[]): ParseResult {
  const found: { localTime?: string; timeZone?: string; lang?: Lang; sections?: BriefingSections; detail?: BriefingDetail; arabicQuotes?: boolean } = {};
  for (const [index, token] of tokens.entries()) {
    const word = words[index] as string;
    const unexpected = fail({ code: 'unexpected', word: token, command: 'subscribe' }, words);
    // The token as typed first: "موجز" here is the brief, not the digest subcommand.
    const choice = briefingChoiceOf(token);
    if (choice !== undefined) {
      const key = 'detail' in choice ? 'detail' : 'arabicQuotes';
      if (found[key] !== undefined) return unexpected;
      Object.assign(found, choice);
    } else if (/^\d/.test(token)) {
      if (found.localTime !== undefined) return unexpected;
      try {
        found.localTime = resolveLocalTime(timeWordOf(token) ?? token);
      } catch {
        // resolveLocalTime's only failure is "not a time of day", which the problem code says in either language.
        return fail({ code: 'bad_time', word: token }, words);
      }
    } else if (isLang(word)) {
      if (found.lang !== undefined) return unexpected;
      found.lang = word;
    } else if (isSections(word)) {
      if (found.sections !== undefined) return unexpected;
      found.sections = word;
    } else {
      if (found.timeZone !== undefined) return unexpected;
      try {
        found.timeZone = resolveTimeZone(token);
      } catch {
        // resolveTimeZone says "unknown zone" in English; the suggestion is all we need from it.
        const suggestion = suggestTimeZone(token);
        return fail(suggestion === undefined ? { code: 'unknown_zone', word: token } : { code: 'unknown_zone', word: token, suggestion }, words);
      }
    }
  }
  return { ok: true, request: { kind: 'subscribe', ...found } };
}

function parseDigest(tokens: readonly string[], words: readonly string[]): ParseResult {
  const found: { day?: string; lang?: Lang; sections?: BriefingSections; full?: true; arabicQuotes?: boolean } = {};
  for (const [index, token] of tokens.entries()) {
    const word = words[index] as string;
    const choice = briefingChoiceOf(token);
    if (choice !== undefined && 'detail' in choice && choice.detail === 'full' && found.full === undefined) found.full = true;
    else if (choice !== undefined && 'arabicQuotes' in choice && found.arabicQuotes === undefined) found.arabicQuotes = choice.arabicQuotes;
    else if (isLang(word) && found.lang === undefined) found.lang = word;
    else if (isSections(word) && found.sections === undefined) found.sections = word;
    else if (/^\d/.test(token) && found.day === undefined) {
      if (!isCalendarDate(token)) return fail({ code: 'bad_date', word: token }, words);
      found.day = token;
    } else return fail({ code: 'unexpected', word: token, command: 'digest' }, words);
  }
  return { ok: true, request: { kind: 'digest', ...found } };
}

/** Parse the words after the command (`status talks`), or a mention's text without the mention. */
export function parseCommand(text: string): ParseResult {
  // Digits in any script read as ASCII ("٠٧:٣٠", "٢٠٢٦-٠٢-٠٥"), as on Telegram.
  const [head, ...tokens] = toAsciiDigits(text).trim().split(/\s+/u).filter((token) => token !== '');
  if (head === undefined) return { ok: true, request: { kind: 'help' } };
  const words = tokens.map(wordOf);
  const command = wordOf(head);
  const lang = languageIn(words);
  const withLang = lang === undefined ? {} : { lang };
  switch (command) {
    case 'help':
      return { ok: true, request: { kind: 'help', ...withLang } };
    case 'status': {
      const [topic, ...rest] = words;
      if (topic !== 'talks' && topic !== 'figures') return fail(topic === undefined ? { code: 'status_topic' } : { code: 'status_topic', word: tokens[0] as string }, words);
      // After the topic, at most one language.
      const extra = rest.findIndex((word, index) => index > 0 || !isLang(word));
      if (extra >= 0) return fail({ code: 'unexpected', word: tokens[extra + 1] as string, command: 'status' }, words);
      return { ok: true, request: { kind: 'status', topic, ...withLang } };
    }
    case 'digest':
      return parseDigest(tokens, words);
    case 'subscribe':
      return parseSubscribe(tokens, words);
    case 'unsubscribe':
    case 'settings': {
      const extra = words.findIndex((word) => !isLang(word));
      if (extra >= 0) return fail({ code: 'unexpected', word: tokens[extra] as string, command }, words);
      return { ok: true, request: { kind: command, ...withLang } };
    }
    default: {
      const suggestion = suggestCommand(command);
      return fail(suggestion === undefined ? { code: 'unknown_command', word: head } : { code: 'unknown_command', word: head, suggestion }, words);
    }
  }
}

/** A question written back as command words, as the share button carries it (`status talks ar`). */
export function questionText(question: Question, lang: Lang): string {
  if (question.kind === 'status') return `status ${question.topic} ${lang}`;
  const quotes = question.arabicQuotes === undefined ? undefined : question.arabicQuotes ? 'quotes' : 'noquotes';
  return ['digest', question.day, question.sections, question.full ? 'full' : undefined, quotes, lang].filter((word) => word !== undefined).join(' ');
}
