/**
 * What users type to mujaz, read once for every platform (pure): a command word and its arguments,
 * `status talks`, `digest 2026-02-05 full`, `subscribe 07:30 Asia/Dubai ar`. Arguments come in any
 * order, because each kind of word is recognisable on its own: a time (digits in any script, `07:30`,
 * `٠٧:٣٠`, `07.30`), a time zone (checked against the runtime's tz database), a language, the
 * sections, brief or full, quotes or not, a date. Adapters keep only their syntax (Telegram's
 * `/subscribe@bot`, Slack's `/briefing` and mentions) and their wording of each problem code.
 */
import { editDistance, resolveLocalTime, resolveTimeZone, suggestTimeZone } from './time-zone.ts';
import { briefingChoiceOf } from './briefing-choices.ts';
import { languageWordOf, sectionsWordOf, timeWordOf, toAsciiDigits } from './request-words.ts';
import { isIsoDate } from '../text/calendar.ts';
import type { BriefingDetail, BriefingSections } from '../store/subscription-store.ts';
import type { Lang } from '../digest/types.ts';

/** The commands, in the order help lists them. */
export const REQUEST_COMMANDS = ['status', 'digest', 'subscribe', 'unsubscribe', 'settings', 'help'] as const;
export type RequestCommand = (typeof REQUEST_COMMANDS)[number];

/** A question whose answer goes to the asker. `status` alone asks for both topics. */
export type Question =
  | { readonly kind: 'status'; readonly topic: 'talks' | 'figures' | 'all'; readonly lang?: Lang }
  | { readonly kind: 'digest'; readonly day?: string; readonly lang?: Lang; readonly sections?: BriefingSections; readonly full?: true; readonly arabicQuotes?: boolean };

/** A request read from what a user typed. `channel` is another channel named by the platform's own syntax. */
export type Request =
  | Question
  | {
    readonly kind: 'subscribe'; readonly channel?: string; readonly localTime?: string; readonly timeZone?: string; readonly lang?: Lang;
    readonly sections?: BriefingSections; readonly detail?: BriefingDetail; readonly arabicQuotes?: boolean;
  }
  | { readonly kind: 'unsubscribe'; readonly channel?: string; readonly lang?: Lang }
  | { readonly kind: 'settings'; readonly channel?: string; readonly lang?: Lang }
  | { readonly kind: 'help'; readonly lang?: Lang };

/** Why a request could not be read: one code per reason, which each adapter words in both languages. */
export type RequestProblem =
  | { readonly code: 'unknown_command'; readonly word: string; readonly suggestion?: RequestCommand }
  | { readonly code: 'status_topic'; readonly word: string }
  | { readonly code: 'bad_time'; readonly word: string }
  | { readonly code: 'unknown_zone'; readonly word: string; readonly suggestion?: string }
  | { readonly code: 'bad_date'; readonly word: string }
  | { readonly code: 'unexpected'; readonly word: string; readonly command: RequestCommand };

/** A parse: the request, or the problem and the language the user wrote in (when they named one). */
export type RequestParse = { readonly ok: true; readonly request: Request } | { readonly ok: false; readonly problem: RequestProblem; readonly lang?: Lang };

export type GrammarOptions = {
  /** How this platform names another channel (Telegram: `@newsroom`, `-1001234567890`); none when absent. */
  readonly isChannel?: (word: string) => boolean;
};

/** Arabic command words; languages, sections and briefing choices come from the shared vocabulary (request-words.ts). */
const ALIASES: Readonly<Record<string, RequestCommand>> = {
  حالة: 'status', الحالة: 'status', موجز: 'digest', الموجز: 'digest', اشتراك: 'subscribe', اشترك: 'subscribe', إلغاء: 'unsubscribe', الغاء: 'unsubscribe',
  إعدادات: 'settings', الإعدادات: 'settings', مساعدة: 'help',
};

/** A token as the grammar compares it: a language or sections word in either language, else lower case. */
const wordOf = (token: string): string => languageWordOf(token) ?? sectionsWordOf(token) ?? token.toLowerCase();
const commandOf = (token: string): string => ALIASES[token] ?? ALIASES[token.toLowerCase()] ?? token.toLowerCase();
const isLang = (word: string): word is Lang => word === 'ar' || word === 'en';
const isSections = (word: string): word is BriefingSections => word === 'talks' || word === 'figures' || word === 'all';
const isCommand = (word: string): word is RequestCommand => (REQUEST_COMMANDS as readonly string[]).includes(word);

function suggestCommand(word: string): RequestCommand | undefined {
  let best: { name: RequestCommand; distance: number } | undefined;
  for (const name of REQUEST_COMMANDS) {
    const distance = editDistance(word, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= 2 ? best.name : undefined;
}

type Fail = { ok: false; problem: RequestProblem; lang?: Lang };

function fail(problem: RequestProblem, words: readonly string[]): Fail {
  const lang = words.find(isLang);
  return lang === undefined ? { ok: false, problem } : { ok: false, problem, lang };
}

/** A word that is no other kind of argument is a time zone, or looks like a mistyped one. */
function zoneProblem(token: string, words: readonly string[], command: RequestCommand): Fail {
  const suggestion = suggestTimeZone(token);
  const looksLikeZone = token.includes('/') || suggestion !== undefined || /^(utc|gmt)/iu.test(token);
  if (!looksLikeZone) return fail({ code: 'unexpected', word: token, command }, words);
  return fail(suggestion === undefined ? { code: 'unknown_zone', word: token } : { code: 'unknown_zone', word: token, suggestion }, words);
}

function parseSubscribe(tokens: readonly string[], words: readonly string[], options: GrammarOptions): RequestParse {
  const found: { channel?: string; localTime?: string; timeZone?: string; lang?: Lang; sections?: BriefingSections; detail?: BriefingDetail; arabicQuotes?: boolean } = {};
  for (const [index, token] of tokens.entries()) {
    const word = words[index] as string;
    const unexpected = fail({ code: 'unexpected', word: token, command: 'subscribe' }, words);
    // The token as typed first: "موجز" here is the brief, not the digest command.
    const choice = briefingChoiceOf(token);
    if (choice !== undefined) {
      const key = 'detail' in choice ? 'detail' : 'arabicQuotes';
      if (found[key] !== undefined) return unexpected;
      Object.assign(found, choice);
    } else if (options.isChannel?.(token)) {
      if (found.channel !== undefined) return unexpected;
      found.channel = token;
    } else if (/^\d/u.test(token)) {
      if (found.localTime !== undefined) return unexpected;
      try {
        found.localTime = resolveLocalTime(timeWordOf(token) ?? token);
      } catch {
        // resolveLocalTime's only failure is "not a time of day", which the code says in either language.
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
        return zoneProblem(token, words, 'subscribe');
      }
    }
  }
  return { ok: true, request: { kind: 'subscribe', ...found } };
}

function parseDigest(tokens: readonly string[], words: readonly string[]): RequestParse {
  const found: { day?: string; lang?: Lang; sections?: BriefingSections; full?: true; arabicQuotes?: boolean } = {};
  for (const [index, token] of tokens.entries()) {
    const word = words[index] as string;
    const choice = briefingChoiceOf(token);
    if (choice !== undefined && 'detail' in choice && choice.detail === 'full' && found.full === undefined) found.full = true;
    else if (choice !== undefined && 'arabicQuotes' in choice && found.arabicQuotes === undefined) found.arabicQuotes = choice.arabicQuotes;
    else if (isLang(word) && found.lang === undefined) found.lang = word;
    else if (isSections(word) && found.sections === undefined) found.sections = word;
    else if (/^\d/u.test(token) && found.day === undefined) {
      if (!isIsoDate(token)) return fail({ code: 'bad_date', word: token }, words);
      found.day = token;
    } else if (found.day === undefined && choice === undefined && !isLang(word) && !isSections(word)) {
      // A word of no kind the digest takes was meant as its day ("yesterday", "5 February"); a known word twice is not.
      return fail({ code: 'bad_date', word: token }, words);
    } else return fail({ code: 'unexpected', word: token, command: 'digest' }, words);
  }
  return { ok: true, request: { kind: 'digest', ...found } };
}

/**
 * Longer than any request a person types (the longest, a subscription with every choice, is under 80
 * characters): refused before it is split or compared, so one message cannot make the process work long.
 */
const MAX_REQUEST_LENGTH = 300;

/** The arguments of one command (`talks en` after `status`), whichever syntax carried the command itself. */
export function parseArguments(command: RequestCommand, text: string, options: GrammarOptions = {}): RequestParse {
  if (text.length > MAX_REQUEST_LENGTH) return { ok: false, problem: { code: 'unexpected', word: `${text.trim().slice(0, 20)}…`, command } };
  // Digits in any script read as ASCII ("٠٧:٣٠", "٢٠٢٦-٠٢-٠٥").
  const tokens = toAsciiDigits(text).trim().split(/\s+/u).filter((token) => token !== '');
  const words = tokens.map(wordOf);
  const lang = words.find(isLang);
  const withLang = lang === undefined ? {} : { lang };
  switch (command) {
    case 'help':
      return { ok: true, request: { kind: 'help', ...withLang } };
    case 'status': {
      const [topic = 'all', ...rest] = words;
      if (topic !== 'talks' && topic !== 'figures' && topic !== 'all' && !isLang(topic)) return fail({ code: 'status_topic', word: tokens[0] as string }, words);
      // A topic (or none), then at most one language.
      const afterTopic = isLang(topic) ? words : rest;
      const offset = isLang(topic) ? 0 : 1;
      const extra = afterTopic.findIndex((word, index) => index > 0 || !isLang(word));
      if (extra >= 0) return fail({ code: 'unexpected', word: tokens[extra + offset] as string, command: 'status' }, words);
      return { ok: true, request: { kind: 'status', topic: isLang(topic) ? 'all' : topic, ...withLang } };
    }
    case 'digest':
      return parseDigest(tokens, words);
    case 'subscribe':
      return parseSubscribe(tokens, words, options);
    case 'unsubscribe':
    case 'settings': {
      let channel: string | undefined;
      for (const [index, word] of words.entries()) {
        const token = tokens[index] as string;
        if (isLang(word) && index === words.findIndex(isLang)) continue;
        if (channel === undefined && options.isChannel?.(token)) channel = token;
        else return fail({ code: 'unexpected', word: token, command }, words);
      }
      return { ok: true, request: { kind: command, ...(channel === undefined ? {} : { channel }), ...withLang } };
    }
  }
}

/** A whole request: the command word (English or Arabic; nothing means help), then its arguments. */
export function parseRequest(text: string, options: GrammarOptions = {}): RequestParse {
  if (text.length > MAX_REQUEST_LENGTH) return { ok: false, problem: { code: 'unknown_command', word: `${text.trim().slice(0, 20)}…` } };
  const trimmed = text.trim();
  const space = trimmed.search(/\s/u);
  const head = space === -1 ? trimmed : trimmed.slice(0, space);
  const rest = space === -1 ? '' : trimmed.slice(space);
  if (head === '') return { ok: true, request: { kind: 'help' } };
  const command = commandOf(head);
  if (isCommand(command)) return parseArguments(command, rest, options);
  const suggestion = suggestCommand(command);
  const words = toAsciiDigits(rest).split(/\s+/u).filter((token) => token !== '').map(wordOf);
  return fail(suggestion === undefined ? { code: 'unknown_command', word: head } : { code: 'unknown_command', word: head, suggestion }, words);
}

/** A question written back as command words, as a share button carries it (`status talks ar`). */
export function questionText(question: Question, lang: Lang): string {
  if (question.kind === 'status') return `status ${question.topic} ${lang}`;
  const quotes = question.arabicQuotes === undefined ? undefined : question.arabicQuotes ? 'quotes' : 'noquotes';
  return ['digest', question.day, question.sections, question.full ? 'full' : undefined, quotes, lang].filter((word) => word !== undefined).join(' ');
}
